import { Role } from '../../shared/actor.js';
import {
  type AssertCan,
  definePolicies,
  hasRole,
  type Policy,
} from '../../shared/authorization.js';

/**
 * Who may manage the bulletin board: supervisors alone (officers review cases; what the agency
 * announces to the public is decided a level up). Reading published notices needs no policy:
 * they are public.
 */
const policies = {
  'announcement:manage': (actor, _none: null) => hasRole(actor, Role.SUPERVISOR),
} satisfies Record<string, Policy<never>>;

export const assertCan: AssertCan<typeof policies> = definePolicies(policies);
