import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from './context.js';
import type { Role } from '../shared/actor.js';
import { AppError } from '../shared/errors.js';

/**
 * Role gate for `@Authorized(...)`. Object-level rules (this holder, this mandate) live in the
 * services' assertCan; this only answers "may this role call this at all".
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context }, roles) => {
  const { actor } = context;
  if (actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
  if (roles.length > 0 && !roles.includes(actor.role)) throw new AppError('FORBIDDEN');
  return true;
};
