import { once } from 'node:events';
import type { Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from './server-timeouts.js';

let server: Server;
let port: number;
beforeAll(async () => {
  server = createHttpServer({
    headersTimeoutMs: 1_000,
    requestTimeoutMs: 2_000,
    keepAliveTimeoutMs: 1_500,
  });
  server.on('request', (req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A raw connection: what it received, and when it was closed (ms after opening). */
async function rawClient(write: (socket: Socket) => void) {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  const opened = Date.now();
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  write(socket);
  await once(socket, 'close');
  return { received, closedAfterMs: Date.now() - opened };
}

describe('HTTP server timeouts', () => {
  it('are set from the configuration', () => {
    expect(server.headersTimeout).toBe(1_000);
    expect(server.requestTimeout).toBe(2_000);
    expect(server.keepAliveTimeout).toBe(1_500);
  });

  it('answers 408 and closes when the headers come too slowly', async () => {
    const { received, closedAfterMs } = await rawClient((s) =>
      s.write('GET / HTTP/1.1\r\nHost: x\r\n'),
    );
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeGreaterThanOrEqual(900);
    expect(closedAfterMs).toBeLessThan(4_000);
  });

  it('answers 408 and closes when the body comes too slowly', async () => {
    const { received, closedAfterMs } = await rawClient((s) =>
      s.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten b'),
    );
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeGreaterThanOrEqual(1_900);
    expect(closedAfterMs).toBeLessThan(5_000);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const { received, closedAfterMs } = await rawClient((s) =>
      s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'),
    );
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(received).toMatch(/Keep-Alive: timeout=1/i);
    expect(closedAfterMs).toBeGreaterThanOrEqual(1_400);
    expect(closedAfterMs).toBeLessThan(4_000);
  });
});
