import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.js';
import { type AccountActor, isStaff } from '../../shared/authorization.js';
import { AppError } from '../../shared/errors.js';
import type { Amendment } from '../amendments/amendment.entity.js';
import { amendmentRef, assertCan } from '../amendments/amendments.policy.js';

/**
 * Who may see a case's payments: whoever may read the case (`amendment:read`): the holder, the
 * filer (an employer or agency only while the holder's mandate is active) and officers.
 */
export async function assertMayReadPayments(
  em: EntityManager,
  actor: Actor,
  amendment: Amendment,
): Promise<AccountActor> {
  assertCan(actor, 'amendment:read', await amendmentRef(em, actor, amendment));
  return actor;
}

/**
 * Who may pay a case's fee: the same people as may read it, except officers.
 *
 * Not `amendment:edit` (the filer alone): the fee is the holder's debt, and when an employer or
 * agency filed the case the holder must still be able to settle it themself; paying changes
 * nothing the filer asked for. The filer may pay too (agencies often pay for their clients),
 * employers and agencies only while the mandate is active, as for every other request. Officers
 * do not pay on a holder's behalf (a counter payment is outside this service).
 */
export async function assertMayPay(
  em: EntityManager,
  actor: Actor,
  amendment: Amendment,
): Promise<AccountActor> {
  const reader = await assertMayReadPayments(em, actor, amendment);
  if (isStaff(reader)) throw new AppError('FORBIDDEN');
  return reader;
}
