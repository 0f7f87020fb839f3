import {
  type AssertCan,
  definePolicies,
  isStaff,
  type Policy,
} from '../../shared/authorization.js';

/**
 * Who may see a holder: officers and supervisors, and the holder's own applicant account.
 * Employers and agencies gain access through mandates (agencies module).
 */
const policies = {
  'applicant:read': (actor, applicant: { id: string }) =>
    isStaff(actor) || actor.applicantId === applicant.id,
  'applicant:search': (actor, _none: null) => isStaff(actor),
} satisfies Record<string, Policy<never>>;

export const assertCan: AssertCan<typeof policies> = definePolicies(policies);
