import type { EntityManager } from '@mikro-orm/core';
import { Role } from '../../shared/actor.js';
import type { Account } from '../accounts/account.entity.js';
import type { WebhookEventType } from './webhook-event-type.js';
import { WebhookEvent, type WebhookPayload } from './webhook.entity.js';

export { webhookEventForTransition } from './webhook-event-type.js';

/** What an event needs to know about its amendment: ids, number and status, nothing personal. */
export interface WebhookAmendment {
  id: string;
  applicationNumber?: string | null;
  status: string;
  filedBy: { id: string };
  /** When known: only employers' and agencies' filings can have subscribers. */
  filedByRole?: string;
  applicant: { id: string };
}

/** The roles that own webhook subscriptions (webhooks.policy.ts). */
const SUBSCRIBER_ROLES: readonly string[] = [Role.EMPLOYER, Role.AGENCY];

/**
 * Tells the software of the account that filed `amendment` that `type` happened, through the
 * transactional outbox: the event is added to the caller's unit of work (no query, no flush) and,
 * when that is flushed, becomes one `WebhookDelivery` per active subscription of the filer that
 * asked for `type` — in the caller's transaction, so a rolled-back change never notifies anyone
 * and a committed one always does (eventually, by `WebhookDispatcher`).
 *
 * `extra` goes into the body as `data`: event-specific details, never personal data. Returns
 * null, adding nothing, when the filer is known to be neither an employer nor an agency.
 */
export function emitAmendmentWebhooks(
  em: EntityManager,
  amendment: WebhookAmendment,
  type: WebhookEventType,
  extra?: Record<string, unknown>,
): WebhookEvent | null {
  if (amendment.filedByRole !== undefined && !SUBSCRIBER_ROLES.includes(amendment.filedByRole)) {
    return null;
  }
  const event = new WebhookEvent();
  const payload: WebhookPayload = {
    id: event.id,
    type,
    occurredAt: event.occurredAt.toISOString(),
    amendment: {
      id: amendment.id,
      applicationNumber: amendment.applicationNumber ?? null,
      status: amendment.status,
    },
    ...(extra ? { data: extra } : {}),
  };
  event.type = type;
  event.amendmentId = amendment.id;
  event.account = em.getReference<Account>('Account', amendment.filedBy.id);
  event.payload = payload;
  em.persist(event);
  return event;
}
