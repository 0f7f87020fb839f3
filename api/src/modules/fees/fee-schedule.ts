import { AmendmentItem, ITEM_RULES } from '../amendments/amendment-items.js';

/**
 * The fee table for amendments, as data with effective dates (fees change by
 * regulation on a date, so they are data, not if-chains). `fee.ts` interprets it with one small function; nothing else
 * in the code base knows an amount.
 *
 * To change a fee, append a new schedule with a later `effectiveFrom` and a higher `version`;
 * never edit a schedule that has been in force (fees already quoted must stay explainable).
 */

/** A text shown to people, in both languages the service speaks. */
export interface Bilingual {
  zhTw: string;
  en: string;
}

/** Whom an amount applies to (terms clause 9 charges Hong Kong and Macau residents differently). */
export type ResidencyClass = 'STANDARD' | 'HONG_KONG_MACAU';

interface RuleBase {
  /** Stable code recorded on fee lines, e.g. `CARD_REISSUE`. */
  id: string;
  /** The amendment items this rule decides for. */
  items: readonly AmendmentItem[];
  /** Why, for people: shown as the line's explanation or exemption reason. */
  reason: Bilingual;
}

/**
 * The item makes the card be reissued and the reissue is charged. One card is printed per
 * amendment, so at most one reissue fee is charged however many such items there are.
 */
export interface ReissueChargeRule extends RuleBase {
  kind: 'REISSUE_CHARGE';
  residency: ResidencyClass;
  /** Whole New Taiwan dollars. */
  amount: number;
}

/** The item prints a card but the fee is waived by law; an NT$0 receipt is still issued. */
export interface ExemptRule extends RuleBase {
  kind: 'EXEMPT';
}

/** The item prints a card but costs nothing extra (it rides along with the reissue, if any). */
export interface FreeRiderRule extends RuleBase {
  kind: 'FREE_RIDER';
}

/** The item prints no card and owes nothing (contact details, collection place). */
export interface NoCardRule extends RuleBase {
  kind: 'NO_CARD';
}

export type FeeRule = ReissueChargeRule | ExemptRule | FreeRiderRule | NoCardRule;

export interface FeeSchedule {
  /** Increases by one with each schedule; recorded on every quote. */
  version: number;
  /** First day (Asia/Taipei calendar day, `YYYY-MM-DD`) on which the schedule applies. */
  effectiveFrom: string;
  /** Where the numbers come from, so an auditor can check them. */
  source: string;
  /** For each residency class, every amendment item is decided by exactly one rule. */
  rules: readonly FeeRule[];
}

/** Items whose reissue is charged under terms clause 9 ("資料變更申請補發"). */
const CHARGEABLE: readonly AmendmentItem[] = [
  AmendmentItem.NAME,
  AmendmentItem.SEX,
  AmendmentItem.UI_NUMBER_PERSONAL_REASON,
];

const REISSUE_REASON: Bilingual = {
  zhTw: '就業金卡因資料變更申請補發，每件收費新臺幣五百元（系統使用聲明事項第9點）',
  en: 'Reissue of the Gold Card because of a data change: NT$500 per application (terms clause 9)',
};

export const FEE_SCHEDULES: readonly FeeSchedule[] = [
  {
    version: 1,
    // The seed does not say since when clause 9 has read as it does; 2018-02-08 is the day the
    // Act for the Recruitment and Employment of Foreign Professionals (and the Gold Card) took
    // effect. Unconfirmed: only the amounts are attested (platform terms as shown in 2024-05).
    effectiveFrom: '2018-02-08',
    source:
      'NIA Foreign Professionals Online Application Platform, 系統使用聲明事項(就業金卡部分) ' +
      'clause 9 (as shown 2024-05); 規費法第7條但書 for the address and passport exemptions; ' +
      'email, mobile and collection-place-only changes print no card (unconfirmed)',
    rules: [
      {
        id: 'CARD_REISSUE',
        kind: 'REISSUE_CHARGE',
        items: CHARGEABLE,
        residency: 'STANDARD',
        amount: 500,
        reason: REISSUE_REASON,
      },
      {
        id: 'CARD_REISSUE_HK_MACAU',
        kind: 'REISSUE_CHARGE',
        items: CHARGEABLE,
        residency: 'HONG_KONG_MACAU',
        amount: 2600,
        reason: {
          zhTw: '香港或澳門居民申請補發，每件收費新臺幣二千六百元（系統使用聲明事項第9點）',
          en: 'Reissue for a Hong Kong or Macau resident: NT$2,600 per application (terms clause 9)',
        },
      },
      {
        id: 'EXEMPT_ADDRESS',
        kind: 'EXEMPT',
        items: [AmendmentItem.RESIDENCE_ADDRESS],
        reason: {
          zhTw: '居住地址變更，依規費法第7條但書規定免徵收規費',
          en: 'Change of residence address: fee waived under the proviso of Article 7 of the Charges and Fees Act',
        },
      },
      {
        id: 'EXEMPT_PASSPORT',
        kind: 'EXEMPT',
        items: [AmendmentItem.PASSPORT],
        reason: {
          zhTw: '護照號碼變更，依規費法第7條但書規定免徵收規費',
          en: 'Change of passport number: fee waived under the proviso of Article 7 of the Charges and Fees Act',
        },
      },
      {
        id: 'UI_NUMBER_NEW_FORMAT_FREE',
        kind: 'FREE_RIDER',
        items: [AmendmentItem.UI_NUMBER_NEW_FORMAT],
        reason: {
          zhTw: '換用新式統一證號不另收費',
          en: 'Switching to the new-format UI number costs nothing extra',
        },
      },
      {
        id: 'NO_CARD_PRINTED',
        kind: 'NO_CARD',
        items: [AmendmentItem.EMAIL, AmendmentItem.MOBILE, AmendmentItem.COLLECTION_PLACE],
        reason: {
          zhTw: '此項異動不製發新卡，不收費',
          en: 'This change prints no new card and owes nothing',
        },
      },
    ],
  },
];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const RESIDENCY_CLASSES: readonly ResidencyClass[] = ['STANDARD', 'HONG_KONG_MACAU'];

/**
 * Every way a schedule list can be wrong, all at once (empty when it is sound): versions and
 * dates strictly increasing, amounts whole and positive, every item decided by exactly one rule
 * per residency class, and the rule kinds agreeing with `ITEM_RULES.printsCard`.
 */
export function scheduleProblems(schedules: readonly FeeSchedule[]): string[] {
  const problems: string[] = [];
  if (schedules.length === 0) problems.push('no fee schedule');
  schedules.forEach((schedule, index) => {
    const at = `schedule v${schedule.version}`;
    if (!Number.isInteger(schedule.version) || schedule.version < 1) {
      problems.push(`${at}: version must be a positive integer`);
    }
    if (!isCalendarDay(schedule.effectiveFrom)) {
      problems.push(`${at}: effectiveFrom ${schedule.effectiveFrom} is not a YYYY-MM-DD day`);
    }
    const previous = schedules[index - 1];
    if (previous && schedule.version <= previous.version) {
      problems.push(`${at}: versions must increase`);
    }
    if (previous && schedule.effectiveFrom <= previous.effectiveFrom) {
      problems.push(`${at}: effectiveFrom must be later than v${previous.version}'s`);
    }
    const ids = schedule.rules.map((r) => r.id);
    for (const id of new Set(ids)) {
      if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`${at}: rule ${id} repeated`);
    }
    for (const rule of schedule.rules) {
      if (rule.kind === 'REISSUE_CHARGE' && !(Number.isInteger(rule.amount) && rule.amount > 0)) {
        problems.push(`${at}: ${rule.id} amount must be a positive whole number of TWD`);
      }
      for (const item of rule.items) {
        const prints = ITEM_RULES[item].printsCard;
        if (rule.kind === 'NO_CARD' && prints) {
          problems.push(`${at}: ${rule.id} lists ${item}, which prints a card`);
        }
        if (rule.kind !== 'NO_CARD' && !prints) {
          problems.push(`${at}: ${rule.id} lists ${item}, which prints no card`);
        }
      }
    }
    for (const residency of RESIDENCY_CLASSES) {
      for (const item of Object.values(AmendmentItem)) {
        const n = schedule.rules.filter((r) => appliesTo(r, item, residency)).length;
        if (n !== 1) problems.push(`${at}: ${item} (${residency}) is decided by ${n} rules`);
      }
    }
  });
  return problems;
}

/** Whether `rule` decides `item` for a holder of the given residency class. */
export function appliesTo(rule: FeeRule, item: AmendmentItem, residency: ResidencyClass): boolean {
  return (
    rule.items.includes(item) && (rule.kind !== 'REISSUE_CHARGE' || rule.residency === residency)
  );
}

/**
 * The schedule in force on a day: the one with the latest `effectiveFrom` not after `on`.
 * Throws a `RangeError` for a malformed day or a day before the first schedule (no fee was
 * defined then, and guessing would misquote).
 */
export function feeScheduleOn(
  on: string,
  schedules: readonly FeeSchedule[] = FEE_SCHEDULES,
): FeeSchedule {
  if (!isCalendarDay(on)) throw new RangeError(`Not a YYYY-MM-DD day: ${on}`);
  let found: FeeSchedule | undefined;
  for (const schedule of schedules) {
    if (schedule.effectiveFrom <= on && (!found || schedule.effectiveFrom > found.effectiveFrom)) {
      found = schedule;
    }
  }
  if (!found) throw new RangeError(`No fee schedule was in force on ${on}`);
  return found;
}
