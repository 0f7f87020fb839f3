import { OperationTypeNode } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from './context.js';
import type { Role } from '../shared/actor.js';
import { AppError } from '../shared/errors.js';

/** What a session with an expired password may still do. */
const ALLOWED_WHEN_RESTRICTED = new Set(['changePassword', 'logout', 'session', 'me']);

/**
 * Role gate for `@Authorized(...)`. Object-level rules (this holder, this mandate) live in the
 * services' assertCan; this only answers "may this role call this at all".
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context, info }, roles) => {
  const { actor } = context;
  if (actor.kind !== 'account') {
    throw new AppError(actor.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  }
  // A READ key's software may only read.
  if (
    actor.apiKeyId &&
    info.operation.operation === OperationTypeNode.MUTATION &&
    !actor.scopes?.includes('FILE')
  ) {
    throw new AppError('FORBIDDEN');
  }
  if (actor.restricted && !ALLOWED_WHEN_RESTRICTED.has(info.fieldName)) {
    throw new AppError('PASSWORD_EXPIRED');
  }
  if (roles.length > 0 && !roles.includes(actor.role)) throw new AppError('FORBIDDEN');
  return true;
};
