import { computeFee, type FeeQuote } from '../fees/fee.js';
import type { Amendment } from './amendment.entity.js';

export type { FeeQuote };

// Made once: building a formatter costs far more than using it (it showed in profiles).
const TAIPEI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' });

/** Today in Taiwan: fees are assessed by the local calendar day. */
export function taipeiToday(now = new Date()): string {
  return TAIPEI_DATE.format(now);
}

/** The fee fixed at submit, or a live quote for a draft. */
export function feeOf(amendment: Amendment, locale: 'zh-TW' | 'en' = 'zh-TW'): FeeQuote {
  if (amendment.fee) return amendment.fee;
  return computeFee({
    items: amendment.items,
    hongKongMacauResident: amendment.context.hongKongMacauResident,
    on: taipeiToday(),
    locale,
  });
}
