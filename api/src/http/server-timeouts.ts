import { createServer, type Server } from 'node:http';
import type { HttpSettings } from './hardening-settings.js';

/**
 * The HTTP server with its timeouts: a client gets `headersTimeoutMs` to send its headers and
 * `requestTimeoutMs` to send the whole request (uploads included) before Node answers 408 and
 * closes the connection; an idle keep-alive connection is closed after `keepAliveTimeoutMs`
 * (longer than a reverse proxy's idle timeout, so the proxy never reuses a closing connection).
 * Node checks the first two every `connectionsCheckingInterval`: a second here, not its 30.
 */
export function createHttpServer(
  settings: Pick<HttpSettings, 'headersTimeoutMs' | 'requestTimeoutMs' | 'keepAliveTimeoutMs'>,
): Server {
  return createServer({
    headersTimeout: settings.headersTimeoutMs,
    requestTimeout: settings.requestTimeoutMs,
    keepAliveTimeout: settings.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1_000, settings.headersTimeoutMs),
  });
}
