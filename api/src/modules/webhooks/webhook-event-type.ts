import { registerEnumType } from 'type-graphql';
import { AmendmentStatus } from '../amendments/amendment-status.js';

/** What happened to an amendment, as told to the filer's software. */
export enum WebhookEventType {
  AMENDMENT_SUBMITTED = 'AMENDMENT_SUBMITTED',
  DOCUMENTS_REQUESTED = 'DOCUMENTS_REQUESTED',
  AMENDMENT_APPROVED = 'AMENDMENT_APPROVED',
  AMENDMENT_REJECTED = 'AMENDMENT_REJECTED',
  FEE_PAID = 'FEE_PAID',
  CARD_READY = 'CARD_READY',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'Events a webhook subscription can receive; each concerns one amendment',
  valuesConfig: {
    AMENDMENT_SUBMITTED: { description: 'The amendment was submitted and has its number' },
    DOCUMENTS_REQUESTED: { description: 'An officer asked for more documents (補件)' },
    AMENDMENT_APPROVED: { description: 'The amendment was approved' },
    AMENDMENT_REJECTED: { description: 'The amendment was rejected' },
    FEE_PAID: { description: 'The fee was paid' },
    CARD_READY: { description: 'The new card is ready for collection' },
  },
});

export enum WebhookDeliveryStatus {
  /** Waiting to be sent (or retried at `nextAttemptAt`). */
  PENDING = 'PENDING',
  /** The receiver answered 2xx. */
  DELIVERED = 'DELIVERED',
  /** Given up after the last attempt, or the subscription was deleted. */
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where one delivery of an event to one subscription stands',
  valuesConfig: {
    PENDING: { description: 'Waiting to be sent, or to be retried at nextAttemptAt' },
    DELIVERED: { description: 'The receiver answered with a 2xx status' },
    FAILED: {
      description: 'Given up after the last attempt (or the subscription was deleted)',
    },
  },
});

/**
 * The event an amendment's move to `to` announces, or null. A case released back to the queue
 * (UNDER_REVIEW → SUBMITTED) is not submitted again: pass `from` to tell the two apart.
 */
export function webhookEventForTransition(
  to: AmendmentStatus,
  from?: AmendmentStatus,
): WebhookEventType | null {
  switch (to) {
    case AmendmentStatus.SUBMITTED:
      return from === undefined || from === AmendmentStatus.DRAFT
        ? WebhookEventType.AMENDMENT_SUBMITTED
        : null;
    case AmendmentStatus.SUPPLEMENT_REQUESTED:
      return WebhookEventType.DOCUMENTS_REQUESTED;
    case AmendmentStatus.APPROVED:
      return WebhookEventType.AMENDMENT_APPROVED;
    case AmendmentStatus.REJECTED:
      return WebhookEventType.AMENDMENT_REJECTED;
    case AmendmentStatus.CARD_READY:
      return WebhookEventType.CARD_READY;
    default:
      return null;
  }
}
