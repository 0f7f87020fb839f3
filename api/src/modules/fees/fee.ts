import { AmendmentItem, ITEM_RULES } from '../amendments/amendment-items.js';
import {
  appliesTo,
  FEE_SCHEDULES,
  feeScheduleOn,
  scheduleProblems,
  type Bilingual,
  type FeeRule,
  type FeeSchedule,
  type ResidencyClass,
} from './fee-schedule.js';

export { feeScheduleOn } from './fee-schedule.js';

/**
 * Rule recorded on the line of a chargeable item when another item already carries the one
 * reissue fee of the amendment (one amendment, one card, one fee).
 */
export const INCLUDED_IN_REISSUE = 'INCLUDED_IN_REISSUE';

/** Why an `INCLUDED_IN_REISSUE` line costs nothing: the case's one card carries one fee. */
export const INCLUDED_IN_REISSUE_REASON: Bilingual = {
  zhTw: '一案一卡一費：已含於本案的補發規費，不另收費',
  en: 'One card, one fee: included in the reissue fee of this application',
};

export interface FeeInput {
  /** What the amendment changes; order and repeats do not matter. */
  items: readonly AmendmentItem[];
  /** Hong Kong or Macau resident (terms clause 9 charges them a different amount). */
  hongKongMacauResident: boolean;
  /** The day the fee is assessed (`YYYY-MM-DD`, Asia/Taipei), usually the day of submission. */
  on: string;
  /** Schedules to choose from; the official ones unless a test passes its own. */
  schedules?: readonly FeeSchedule[];
  /** Language of `exemptionReason`; zh-TW (the service's default) unless told. */
  locale?: 'zh-TW' | 'en';
}

export interface FeeLine {
  item: AmendmentItem;
  /** Whole New Taiwan dollars owed for this item. */
  amount: number;
  /** Stable code of the rule that decided the amount, e.g. `CARD_REISSUE`, `EXEMPT_ADDRESS`. */
  rule: string;
  /** Why nothing is owed by law or policy (exempt and free items); null otherwise. */
  exemptionReason: string | null;
}

export interface FeeQuote {
  /** Total in whole New Taiwan dollars. */
  amount: number;
  /** Whether a fee record and receipt exist: whenever a card is printed, even at NT$0. */
  required: boolean;
  /** Whether approving the amendment prints a new card. */
  cardPrinted: boolean;
  /** Version of the schedule applied. */
  scheduleVersion: number;
  /** One line per distinct item, in the order of `AmendmentItem`; amounts add up to `amount`. */
  lines: FeeLine[];
}

const ITEM_ORDER = Object.values(AmendmentItem);
const checked = new WeakSet<readonly FeeSchedule[]>();

function assertSound(schedules: readonly FeeSchedule[]): void {
  if (checked.has(schedules)) return;
  const problems = scheduleProblems(schedules);
  if (problems.length) throw new Error(`Invalid fee schedules: ${problems.join('; ')}`);
  checked.add(schedules);
}

/**
 * Quotes the fee of an amendment from the schedule in force on `input.on`.
 *
 * Each item is decided by the one rule that lists it. A card is printed when any item prints
 * one (`ITEM_RULES`); the first chargeable item (in `AmendmentItem` order, so the quote does not
 * depend on input order) carries the single reissue fee, further chargeable items are
 * `INCLUDED_IN_REISSUE`, and every other item keeps its own rule at NT$0.
 */
export function computeFee(input: FeeInput): FeeQuote {
  const schedules = input.schedules ?? FEE_SCHEDULES;
  assertSound(schedules);
  const schedule = feeScheduleOn(input.on, schedules);
  const residency: ResidencyClass = input.hongKongMacauResident ? 'HONG_KONG_MACAU' : 'STANDARD';
  const language = input.locale === 'en' ? 'en' : 'zhTw';
  const wanted = new Set(input.items);

  let charged = false;
  const lines = ITEM_ORDER.filter((item) => wanted.has(item)).map((item): FeeLine => {
    const rule = ruleFor(schedule, item, residency);
    switch (rule.kind) {
      case 'REISSUE_CHARGE': {
        const first = !charged;
        charged = true;
        return first
          ? { item, amount: rule.amount, rule: rule.id, exemptionReason: null }
          : { item, amount: 0, rule: INCLUDED_IN_REISSUE, exemptionReason: null };
      }
      case 'EXEMPT':
      case 'FREE_RIDER':
        return { item, amount: 0, rule: rule.id, exemptionReason: rule.reason[language] };
      case 'NO_CARD':
        return { item, amount: 0, rule: rule.id, exemptionReason: null };
    }
  });

  const cardPrinted = lines.some((line) => ITEM_RULES[line.item].printsCard);
  return {
    amount: lines.reduce((sum, line) => sum + line.amount, 0),
    required: cardPrinted,
    cardPrinted,
    scheduleVersion: schedule.version,
    lines,
  };
}

function ruleFor(schedule: FeeSchedule, item: AmendmentItem, residency: ResidencyClass): FeeRule {
  const rule = schedule.rules.find((r) => appliesTo(r, item, residency));
  // Unreachable for a schedule that passed `scheduleProblems`.
  if (!rule) throw new Error(`Fee schedule v${schedule.version} has no rule for ${item}`);
  return rule;
}

/** What one item costs when filed on its own, for both residency classes, and why. */
export interface ItemFee {
  amount: number;
  amountHongKongMacau: number;
  explanation: string;
}

/**
 * The fee of `item` filed alone on day `on`, from the same rules as `computeFee`: what the
 * applicants' home page shows before anyone starts (terms clause 9 in figures).
 */
export function itemFee(
  item: AmendmentItem,
  on: string,
  locale: 'zh-TW' | 'en' = 'zh-TW',
  schedules: readonly FeeSchedule[] = FEE_SCHEDULES,
): ItemFee {
  assertSound(schedules);
  const schedule = feeScheduleOn(on, schedules);
  const language = locale === 'en' ? 'en' : 'zhTw';
  const standard = ruleFor(schedule, item, 'STANDARD');
  const hongKongMacau = ruleFor(schedule, item, 'HONG_KONG_MACAU');
  const amountOf = (rule: FeeRule) => (rule.kind === 'REISSUE_CHARGE' ? rule.amount : 0);
  return {
    amount: amountOf(standard),
    amountHongKongMacau: amountOf(hongKongMacau),
    explanation: standard.reason[language],
  };
}

/**
 * Why a quoted line costs what it does, in both languages: its rule's reason in the schedule the
 * quote applied (reissue charged, exempt by law, free, no card printed), or that it rides on the
 * case's one reissue fee. From the rule and schedule version alone, so a quote stored at submit
 * is explained in whichever language it is read. Null only for a rule no schedule has.
 */
export function lineReason(
  scheduleVersion: number,
  rule: string,
  schedules: readonly FeeSchedule[] = FEE_SCHEDULES,
): Bilingual | null {
  if (rule === INCLUDED_IN_REISSUE) return INCLUDED_IN_REISSUE_REASON;
  const schedule = schedules.find((s) => s.version === scheduleVersion);
  return schedule?.rules.find((r) => r.id === rule)?.reason ?? null;
}
