import type { WebhookEventType } from '../generated/graphql';

/** Every event a subscription can ask for, in the order a case meets them. */
export const WEBHOOK_EVENTS: readonly WebhookEventType[] = [
  'AMENDMENT_SUBMITTED',
  'DOCUMENTS_REQUESTED',
  'AMENDMENT_APPROVED',
  'AMENDMENT_REJECTED',
  'FEE_PAID',
  'CARD_READY',
];

/** The case's application number from a delivery's JSON body, if it has one. */
export function applicationNumberOf(payload: string): string | undefined {
  try {
    const body = JSON.parse(payload) as { amendment?: { applicationNumber?: unknown } };
    const number = body.amendment?.applicationNumber;
    return typeof number === 'string' ? number : undefined;
  } catch {
    return undefined;
  }
}
