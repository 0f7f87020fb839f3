import { type Actor, type Role, STAFF_ROLES } from './actor.js';
import { AppError } from './errors.js';

export type AccountActor = Extract<Actor, { kind: 'account' }>;
export type Policy<R> = (actor: AccountActor, resource: R) => boolean;

export const isStaff = (actor: AccountActor) => STAFF_ROLES.includes(actor.role);
export const hasRole = (actor: AccountActor, ...roles: Role[]) => roles.includes(actor.role);

/**
 * Builds a module's `assertCan(actor, action, resource)` from its policy table. An action that
 * is not in the table cannot be called: every permission is written down.
 */
export type AssertCan<P extends Record<string, Policy<never>>> = <A extends keyof P & string>(
  actor: Actor,
  action: A,
  resource: Parameters<P[A]>[1],
) => asserts actor is AccountActor;

export function definePolicies<P extends Record<string, Policy<never>>>(policies: P): AssertCan<P> {
  return function assertCan<A extends keyof P & string>(
    actor: Actor,
    action: A,
    resource: Parameters<P[A]>[1],
  ): asserts actor is AccountActor {
    if (actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    const policy = policies[action] as Policy<Parameters<P[A]>[1]>;
    if (!policy(actor, resource)) throw new AppError('FORBIDDEN');
  };
}
