import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../shared/errors.js';
import { IdempotencyKey } from './idempotency-key.entity.js';

export const requestHash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * Looks a key up before doing the work: returns the earlier result for a true retry, throws
 * IDEMPOTENCY_KEY_REUSED when the key was used for something else, or null for a new key.
 */
export async function replayOf(
  em: EntityManager,
  scope: { accountId: string; key: string; operation: string; request: unknown },
): Promise<string | null> {
  const found = await em.findOne(IdempotencyKey, { accountId: scope.accountId, key: scope.key });
  return replayFrom(
    found && {
      operation: found.operation,
      request_hash: found.requestHash,
      result_ref: found.resultRef,
    },
    scope,
  );
}

/** `replayOf` for a key row the caller has already read (columns as in the table). */
export function replayFrom(
  found: { operation: string; request_hash: string; result_ref: string } | null,
  scope: { operation: string; request: unknown },
): string | null {
  if (!found) return null;
  if (found.operation !== scope.operation || found.request_hash !== requestHash(scope.request)) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED');
  }
  return found.result_ref;
}

/** Records the key in the caller's unit of work (same transaction as the work itself). */
export function rememberKey(
  em: EntityManager,
  scope: { accountId: string; key: string; operation: string; request: unknown; resultRef: string },
) {
  const record = Object.assign(new IdempotencyKey(), {
    accountId: scope.accountId,
    key: scope.key,
    operation: scope.operation,
    requestHash: requestHash(scope.request),
    resultRef: scope.resultRef,
  });
  em.persist(record);
}
