import {
  type AssertCan,
  definePolicies,
  hasRole,
  isStaff,
  type Policy,
} from '../../shared/authorization.js';
import { Role } from '../../shared/actor.js';

interface CaseRef {
  assignedOfficerId: string | null;
  filedById: string;
}

/** Officers review; only the assigned officer decides, and never a case they filed themselves. */
const policies = {
  'review:list': (actor, _none: null) => isStaff(actor),
  'review:claim': (actor, c: CaseRef) => isStaff(actor) && c.filedById !== actor.accountId,
  'review:release': (actor, c: CaseRef) =>
    c.assignedOfficerId === actor.accountId || hasRole(actor, Role.SUPERVISOR),
  'review:reassign': (actor, _c: CaseRef) => hasRole(actor, Role.SUPERVISOR),
  'review:decide': (actor, c: CaseRef) =>
    isStaff(actor) && c.assignedOfficerId === actor.accountId && c.filedById !== actor.accountId,
  'review:card': (actor, _c: CaseRef) => isStaff(actor),
} satisfies Record<string, Policy<never>>;

export const assertCan: AssertCan<typeof policies> = definePolicies(policies);
