import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Kind, OperationTypeNode } from 'graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { localize } from '../../shared/errors.js';
import { IdempotentResponse } from './idempotent-response.entity.js';
import { requestHash } from './idempotency.js';

const KEY = /^[A-Za-z0-9._:-]{8,100}$/;
/** Answers that carry a secret shown once are never stored for replay. */
const NEVER_STORED = new Set(['createWebhookSubscription', 'createApiKey']);
/** Failures of the server rather than answers to the request: never replayed. */
const NOT_AN_ANSWER = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

function errorResult(
  ctx: GraphQLRequestContext<GraphQLContext>,
  code: 'IDEMPOTENCY_KEY_REUSED' | 'CONFLICT' | 'BAD_USER_INPUT',
) {
  return {
    http: { status: 200, headers: new Map() as never },
    body: {
      kind: 'single' as const,
      singleResult: {
        errors: [{ message: localize(code, ctx.contextValue.locale), extensions: { code } }],
      },
    },
  };
}

/** Variables as hashed: uploads count by their position, not their stream object. */
function hashable(variables: Record<string, unknown> | undefined): unknown {
  return JSON.parse(
    JSON.stringify(variables ?? {}, (_k, v: unknown) => (v instanceof Promise ? '[upload]' : v)),
  );
}

/**
 * Mutations sent by an integration (API key) with an `Idempotency-Key` header run once: a retry
 * with the same key and request replays the first answer; the same key with another request is
 * refused (IDEMPOTENCY_KEY_REUSED); a retry while the first is still running gets CONFLICT.
 */
export function idempotencyPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart(start) {
      const key = start.request.http?.headers.get('idempotency-key') ?? null;
      let claimed: { accountId: string; key: string } | null = null;
      return Promise.resolve({
        async responseForOperation(ctx) {
          const { actor } = ctx.contextValue;
          if (!key || actor.kind !== 'account' || !actor.apiKeyId) return null;
          if (ctx.operation.operation !== OperationTypeNode.MUTATION) return null;
          const fields = ctx.operation.selectionSet.selections.map((s) =>
            s.kind === Kind.FIELD ? s.name.value : '',
          );
          if (fields.some((f) => NEVER_STORED.has(f))) return null;
          if (!KEY.test(key)) return errorResult(ctx, 'BAD_USER_INPUT');
          const hash = requestHash({
            query: ctx.request.query,
            variables: hashable(ctx.request.variables),
          });
          const conn = ctx.contextValue.em.getConnection();
          const inserted = await conn.execute<{ key: string }[]>(
            `insert into idempotent_response (account_id, key, request_hash, response, created_at)
             values (?, ?, ?, null, now()) on conflict do nothing returning key`,
            [actor.accountId, key, hash],
          );
          if (inserted.length) {
            claimed = { accountId: actor.accountId, key };
            return null;
          }
          const earlier = await ctx.contextValue.em
            .fork()
            .findOne(IdempotentResponse, { accountId: actor.accountId, key });
          if (!earlier || earlier.requestHash !== hash)
            return errorResult(ctx, 'IDEMPOTENCY_KEY_REUSED');
          if (!earlier.response) return errorResult(ctx, 'CONFLICT');
          return {
            http: { status: 200, headers: new Map([['idempotent-replayed', 'true']]) as never },
            body: { kind: 'single', singleResult: earlier.response },
          };
        },
        async willSendResponse(ctx) {
          if (!claimed) return;
          const em = ctx.contextValue.em.fork();
          const body = ctx.response.body;
          const result = body.kind === 'single' ? body.singleResult : null;
          const failed = result?.errors?.some((e) => NOT_AN_ANSWER.has(String(e.extensions?.code)));
          // A server failure (or an outage) is not an answer: the key is released so the retry
          // can run.
          if (!result || failed) {
            await em.nativeDelete(IdempotentResponse, claimed);
          } else {
            await em.nativeUpdate(IdempotentResponse, claimed, {
              response: JSON.parse(JSON.stringify(result)) as Record<string, unknown>,
            });
          }
        },
      });
    },
  };
}
