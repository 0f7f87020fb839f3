import {
  type AssertCan,
  definePolicies,
  hasRole,
  isStaff,
  type Policy,
} from '../../shared/authorization.js';
import { Role } from '../../shared/actor.js';

interface AmendmentRef {
  applicantId: string;
  filedById: string;
}

/**
 * Who may do what with an amendment. Employers and agencies will act through mandates (agencies
 * module); until then they may only see what they filed themselves.
 */
const policies = {
  /** Start a case for a holder: applicants for the holder they are (or become) bound to. */
  'amendment:start': (actor, _holder: { applicantId: string }) =>
    hasRole(actor, Role.APPLICANT, Role.EMPLOYER, Role.AGENCY),
  'amendment:read': (actor, a: AmendmentRef) =>
    isStaff(actor) || actor.accountId === a.filedById || actor.applicantId === a.applicantId,
  /** Change the draft, its documents, submit, withdraw, answer a supplement request. */
  'amendment:edit': (actor, a: AmendmentRef) => actor.accountId === a.filedById,
  'amendment:list-mine': (actor, _none: null) =>
    hasRole(actor, Role.APPLICANT, Role.EMPLOYER, Role.AGENCY),
} satisfies Record<string, Policy<never>>;

export const assertCan: AssertCan<typeof policies> = definePolicies(policies);
