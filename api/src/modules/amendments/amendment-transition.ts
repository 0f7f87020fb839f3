import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { type Amendment, AmendmentEvent, AmendmentEventType } from './amendment.entity.js';
import {
  type AmendmentStatus,
  canTransition,
  STATUS_LABELS,
  TRANSITIONS,
  type TransitionName,
} from './amendment-status.js';
import { emitAmendmentWebhooks, webhookEventForTransition } from '../webhooks/webhook-emit.js';

/**
 * The one way an amendment changes status: checks the declared transition, moves it, and adds
 * the timeline event and the audit event to the same unit of work (one flush, one transaction).
 */
export function applyTransition(
  em: EntityManager,
  amendment: Amendment,
  action: TransitionName,
  actor: Actor | 'system',
  note: string | null = null,
): AmendmentEvent {
  const from = amendment.status;
  if (!canTransition(action, from)) {
    throw statusRefusal(from);
  }
  const to = TRANSITIONS[action].to;
  amendment.status = to;
  const person = actor !== 'system' && actor.kind === 'account' ? actor : null;
  const event = Object.assign(new AmendmentEvent(), {
    amendment,
    type: AmendmentEventType.STATUS_CHANGED,
    fromStatus: from,
    toStatus: to,
    actorAccountId: person?.accountId ?? null,
    actorRole: person?.role ?? (actor === 'system' ? 'SYSTEM' : null),
    note,
  });
  em.persist(event);
  recordAudit(em, {
    action: `amendment.${action}`,
    actor,
    entityType: 'Amendment',
    entityId: amendment.id,
    changes: { status: { before: from, after: to } },
    detail: note ? { note } : undefined,
  });
  const webhookType = webhookEventForTransition(to, from);
  if (webhookType) emitAmendmentWebhooks(em, amendment, webhookType);
  return event;
}

/**
 * INVALID_TRANSITION for a case in `status`: `params` keep the English label and the code (for
 * software, as before); the message names the status in the reader's language.
 */
export function statusRefusal(status: AmendmentStatus): AppError {
  return new AppError(
    'INVALID_TRANSITION',
    { status: STATUS_LABELS[status].en, statusCode: status },
    [],
    (locale) => ({
      status: locale === 'en' ? STATUS_LABELS[status].en : STATUS_LABELS[status].zhTw,
    }),
  );
}
