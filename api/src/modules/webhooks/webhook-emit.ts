import type { EntityManager } from '@mikro-orm/core';
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
  applicant: { id: string };
}

/**
 * Tells the software of the account that filed `amendment` that `type` happened, through the
 * transactional outbox: the event is added to the caller's unit of work (no query, no flush) and,
 * when that is flushed, becomes one `WebhookDelivery` per active subscription of the filer that
 * asked for `type` — in the caller's transaction, so a rolled-back change never notifies anyone
 * and a committed one always does (eventually, by `WebhookDispatcher`).
 *
 * `extra` goes into the body as `data`: event-specific details, never personal data.
 */
export function emitAmendmentWebhooks(
  em: EntityManager,
  amendment: WebhookAmendment,
  type: WebhookEventType,
  extra?: Record<string, unknown>,
): WebhookEvent {
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
