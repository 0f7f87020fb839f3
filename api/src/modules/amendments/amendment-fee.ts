import { computeFee, lineReason, type FeeLine, type FeeQuote } from '../fees/fee.js';
import { FEE_SCHEDULES } from '../fees/fee-schedule.js';
import type { Amendment } from './amendment.entity.js';
import { ITEM_LABELS } from './amendment-labels.js';

export type { FeeQuote };

// Made once: building a formatter costs far more than using it (it showed in profiles).
const TAIPEI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' });

/** Today in Taiwan: fees are assessed by the local calendar day. */
export function taipeiToday(now = new Date()): string {
  return TAIPEI_DATE.format(now);
}

/** The fee fixed at submit, or a live quote for a draft; reasons in `locale` either way. */
export function feeOf(amendment: Amendment, locale: 'zh-TW' | 'en' = 'zh-TW'): FeeQuote {
  if (amendment.fee) return reasonsIn(amendment.fee, locale);
  return computeFee({
    items: amendment.items,
    hongKongMacauResident: amendment.context.hongKongMacauResident,
    on: taipeiToday(),
    locale,
  });
}

/**
 * A quote fixed at submit keeps its exemption reasons in the filer's language of that moment;
 * the rule and schedule version it records name the same reason in the reader's language.
 */
function reasonsIn(quote: FeeQuote, locale: 'zh-TW' | 'en'): FeeQuote {
  if (quote.lines.every((line) => line.exemptionReason === null)) return quote;
  const schedule = FEE_SCHEDULES.find((s) => s.version === quote.scheduleVersion);
  if (!schedule) return quote;
  const language = locale === 'en' ? 'en' : 'zhTw';
  return {
    ...quote,
    lines: quote.lines.map((line) => {
      const rule = line.exemptionReason && schedule.rules.find((r) => r.id === line.rule);
      return rule ? { ...line, exemptionReason: rule.reason[language] } : line;
    }),
  };
}

/** A fee line as people read it: the item's name and why it costs what it does. */
export interface ExplainedFeeLine extends FeeLine {
  label: string;
  explanation: string;
}

/**
 * Every line of a quote with its item's name and its reason in `locale`, whether the quote is
 * live or was fixed at submit in another language (the rule and schedule version name both).
 */
export function explainedLines(quote: FeeQuote, locale: 'zh-TW' | 'en'): ExplainedFeeLine[] {
  const language = locale === 'en' ? 'en' : 'zhTw';
  return quote.lines.map((line) => ({
    ...line,
    label: ITEM_LABELS[line.item][language],
    explanation:
      lineReason(quote.scheduleVersion, line.rule)?.[language] ?? line.exemptionReason ?? line.rule,
  }));
}
