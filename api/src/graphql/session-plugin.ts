import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from './context.js';
import { SessionService } from '../modules/accounts/session.service.js';
import { consume } from '../modules/accounts/rate-limits.js';
import { recordAudit } from '../modules/audit/audit.service.js';

/** Reading the countdown must not keep a session alive; anything else a person does does. */
const PASSIVE_FIELDS = new Set(['session', '__typename']);

function isPassive(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && PASSIVE_FIELDS.has(s.name.value),
  );
}

export function sessionActivityPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ contextValue, operation, operationName }) {
          const { actor } = contextValue;
          if (actor.kind === 'account' && actor.apiKeyId) {
            // Software: a per-key rate limit, and every call audited as an integration.
            await consume(contextValue.services.limits.apiKeyPerMinute, actor.apiKeyId);
            const em = contextValue.em.fork();
            recordAudit(em, {
              action: 'integration.call',
              actor,
              detail: {
                operation: operationName ?? null,
                fields: operation?.selectionSet.selections.map((s) =>
                  s.kind === Kind.FIELD ? s.name.value : s.kind,
                ),
              },
            });
            await em.flush();
          }
          const session = contextValue.session;
          if (!session || !operation || isPassive(operation)) return;
          await new SessionService(contextValue.em.fork(), contextValue.services.config.auth).touch(
            session,
          );
        },
      });
    },
  };
}
