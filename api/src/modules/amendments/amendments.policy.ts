import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type AssertCan,
  definePolicies,
  hasRole,
  isStaff,
  type Policy,
} from '../../shared/authorization.js';
import { type Actor, Role } from '../../shared/actor.js';
import { hasActiveMandate } from '../agencies/mandates.service.js';
import type { Amendment } from './amendment.entity.js';
import type { AmendmentItem } from './amendment-items.js';

export interface AmendmentRef {
  applicantId: string;
  filedById: string;
  /** For employers and agencies: whether a mandate from the holder is active right now. */
  mandateActive: boolean;
}

const actsForOthers = (role: Role) => role === Role.EMPLOYER || role === Role.AGENCY;

/**
 * Who may do what with an amendment. Employers and agencies act only while the holder's mandate
 * is active: it is checked at every request, so revoking one stops the next request.
 */
const policies = {
  'amendment:start': (actor, _holder: { applicantId: string }) =>
    hasRole(actor, Role.APPLICANT, Role.EMPLOYER, Role.AGENCY),
  'amendment:read': (actor, a: AmendmentRef) =>
    isStaff(actor) ||
    actor.applicantId === a.applicantId ||
    (actor.accountId === a.filedById && (!actsForOthers(actor.role) || a.mandateActive)),
  /** Change the draft, its documents, submit, withdraw, answer a supplement request. */
  'amendment:edit': (actor, a: AmendmentRef) =>
    actor.accountId === a.filedById && (!actsForOthers(actor.role) || a.mandateActive),
  'amendment:list-mine': (actor, _none: null) =>
    hasRole(actor, Role.APPLICANT, Role.EMPLOYER, Role.AGENCY),
} satisfies Record<string, Policy<never>>;

export const assertCan: AssertCan<typeof policies> = definePolicies(policies);

/** The facts the policies need about a case, looking the mandate up only when it matters. */
export async function amendmentRef(
  em: EntityManager,
  actor: Actor,
  amendment: Amendment,
  items: readonly AmendmentItem[] = amendment.items,
): Promise<AmendmentRef> {
  const ref = {
    applicantId: amendment.applicant.id,
    filedById: amendment.filedBy.id,
    mandateActive: false,
  };
  if (actor.kind === 'account' && actsForOthers(actor.role) && actor.accountId === ref.filedById) {
    ref.mandateActive = await hasActiveMandate(em, actor.accountId, ref.applicantId, items);
  }
  return ref;
}
