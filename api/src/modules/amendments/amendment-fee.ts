import type { AmendmentItem } from './amendment-items.js';

/** A fee as quoted for a draft or fixed at submit (amounts are whole New Taiwan dollars). */
export interface FeeQuote {
  amount: number;
  /** False when no card is printed: nothing to pay and no receipt. */
  required: boolean;
  cardPrinted: boolean;
  scheduleVersion: number;
  lines: { item: AmendmentItem; amount: number; rule: string; exemptionReason: string | null }[];
}
