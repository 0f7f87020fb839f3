import type { ApolloServerPlugin } from '@apollo/server';
import { ConnectionException } from '@mikro-orm/core';
import type { ErrorRequestHandler } from 'express';
import type { GraphQLContext } from '../graphql/context.js';
import { localize } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { currentScope } from '../shared/request-context.js';

/**
 * Whether an error means "the database cannot be reached right now" (stopped, restarting,
 * unreachable, out of connections, not answering) rather than "this request is wrong" or a bug.
 * Such failures are answered with SERVICE_UNAVAILABLE (HTTP 503): the caller should retry, and
 * nothing is wrong with the request or the code.
 *
 * Errors arrive in several wrappings: raw `pg` errors (rate limits use knex directly), MikroORM's
 * `DriverException` (which copies the driver error's `code` and message), knex's pool timeout, and
 * GraphQL's wrappers (`originalError`). The chain is followed through `originalError`, `cause`
 * and `previous`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  for (let depth = 0; depth < 8 && isObject(current) && !seen.has(current); depth++) {
    seen.add(current);
    if (matches(current)) return true;
    current = current.originalError ?? current.cause ?? current.previous;
  }
  return false;
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  originalError?: unknown;
  cause?: unknown;
  previous?: unknown;
}

const isObject = (value: unknown): value is ErrorLike =>
  typeof value === 'object' && value !== null;

/** Socket-level failures reaching the server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs: class 08 (connection exception), the server shutting down or starting up (57P01
 * admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now), too many connections (53300).
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What `pg` and knex say when the connection dies or never comes (they set no code). */
const MESSAGES = [
  'Connection terminated', // …unexpectedly, …due to connection timeout
  'Connection ended unexpectedly',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Timeout acquiring a connection',
  // knex ends a transaction whose connection died; the unit of work's next statement in it
  // then fails with this (the connection's own error went to the statement before).
  'Transaction query already complete',
];

function matches(error: ErrorLike): boolean {
  if (error instanceof ConnectionException) return true;
  if (error.name === 'KnexTimeoutError') return true;
  const code = typeof error.code === 'string' ? error.code : '';
  if (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return MESSAGES.some((m) => message.includes(m));
}

/** How long a caller is told to wait before retrying (`Retry-After`, seconds). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Express error handler for the non-GraphQL routes (uploads, downloads, PDFs, payment notices):
 * a database outage is answered with 503 SERVICE_UNAVAILABLE and `Retry-After`, not a 500.
 * Mount it before the general error handler; every other error is passed on.
 */
export function databaseUnavailableHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (!isDatabaseUnavailable(error) || res.headersSent) {
      next(error);
      return;
    }
    const scope = currentScope();
    const requestId = scope?.requestId ?? '';
    log.warn({ err: error }, 'database unavailable while handling a request');
    res
      .status(503)
      .set('Retry-After', String(RETRY_AFTER_SECONDS))
      .json({
        error: {
          code: 'SERVICE_UNAVAILABLE',
          message: localize('SERVICE_UNAVAILABLE', scope?.locale ?? 'zh-TW'),
          requestId,
        },
      });
  };
}

/**
 * Apollo plugin: when building a request's context fails because the database is unavailable
 * (the session or API key cannot be looked up), the answer is HTTP 503 with `Retry-After`
 * instead of 500. The error itself becomes SERVICE_UNAVAILABLE in `formatError`.
 */
export function databaseUnavailablePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    contextCreationDidFail({ error }) {
      if (!isDatabaseUnavailable(error)) return Promise.resolve();
      // Apollo wraps the error in a GraphQLError that takes over these extensions.
      const target = error as Error & { extensions?: Record<string, unknown> };
      const extensions = {
        code: 'SERVICE_UNAVAILABLE',
        http: {
          status: 503,
          headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]),
        },
      };
      if (target.extensions) Object.assign(target.extensions, extensions);
      else target.extensions = extensions;
      return Promise.resolve();
    },
  };
}
