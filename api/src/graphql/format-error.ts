import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError } from '@mikro-orm/core';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { AppError, isErrorCode, localize, localizeField } from '../shared/errors.js';
import { currentScope } from '../shared/request-context.js';
import type { Logger } from '../shared/logger.js';

/** Apollo's own codes for malformed requests: their messages help the developer, keep them. */
export const PROTOCOL_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * One error model for the whole schema: coded errors get their message in the caller's language;
 * protocol errors pass through; a database outage is SERVICE_UNAVAILABLE; anything else is
 * masked and logged with the request id.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const scope = currentScope();
    const locale = scope?.locale ?? 'zh-TW';
    const original = unwrapResolverError(error);

    if (original instanceof AppError) {
      return {
        message: original.messageIn(locale),
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: original.code,
          ...(Object.keys(original.params).length ? { params: original.params } : {}),
          ...(original.fields.length
            ? { fields: original.fields.map((f) => localizeField(f, locale)) }
            : {}),
        },
      };
    }

    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PROTOCOL_CODES.has(code) && !formatted.path) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    }
    if (typeof code === 'string' && isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
      return {
        message: localize(code, locale),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }

    // Two writes to one record at once (two tabs saving the same draft): the later one lost
    // the optimistic lock. The caller reloads and decides again (docs/errors.md, CONFLICT).
    if (original instanceof OptimisticLockError) {
      return {
        message: localize('CONFLICT', locale),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'CONFLICT' },
      };
    }

    // The database is down or restarting: not a bug, and worth retrying (docs/errors.md).
    if (isDatabaseUnavailable(original)) {
      log.warn({ err: original, path: formatted.path }, 'database unavailable while resolving');
      return {
        message: localize('SERVICE_UNAVAILABLE', locale),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }

    const requestId = scope?.requestId ?? 'unknown';
    log.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: localize('INTERNAL_SERVER_ERROR', locale, { requestId }),
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
