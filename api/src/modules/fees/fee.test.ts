import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AmendmentItem, printsCard } from '../amendments/amendment-items.js';
import {
  computeFee,
  feeScheduleOn,
  INCLUDED_IN_REISSUE,
  itemFee,
  lineReason,
  type FeeQuote,
} from './fee.js';
import { FEE_SCHEDULES, scheduleProblems, type FeeSchedule } from './fee-schedule.js';

const {
  NAME,
  SEX,
  PASSPORT,
  COLLECTION_PLACE,
  RESIDENCE_ADDRESS,
  EMAIL,
  MOBILE,
  UI_NUMBER_NEW_FORMAT,
  UI_NUMBER_PERSONAL_REASON,
} = AmendmentItem;
const ALL = Object.values(AmendmentItem);
/** Written out here rather than read from the schedule, so the test checks the schedule too. */
const CHARGEABLE = new Set<AmendmentItem>([NAME, SEX, UI_NUMBER_PERSONAL_REASON]);
const CONTACT_ONLY = new Set<AmendmentItem>([EMAIL, MOBILE, COLLECTION_PLACE]);
const TODAY = '2026-01-15';

const quote = (items: AmendmentItem[], hongKongMacauResident = false, on = TODAY) =>
  computeFee({ items, hongKongMacauResident, on });

/** All 2^9 subsets of the items, each in `AmendmentItem` order. */
const SUBSETS: AmendmentItem[][] = Array.from({ length: 2 ** ALL.length }, (_, mask) =>
  ALL.filter((_, bit) => mask & (1 << bit)),
);
const CASES = SUBSETS.flatMap((items) => [false, true].map((hk) => ({ items, hk })));

const subset = fc.subarray(ALL);
const reissue = (hk: boolean) => (hk ? 2600 : 500);

function checkInvariants(items: AmendmentItem[], hk: boolean, q: FeeQuote): void {
  const chargeable = items.some((i) => CHARGEABLE.has(i));
  expect([0, 500, 2600]).toContain(q.amount);
  expect(q.amount).toBe(chargeable ? reissue(hk) : 0);
  expect(q.cardPrinted).toBe(printsCard(items));
  expect(q.required).toBe(q.cardPrinted);
  expect(q.lines.map((l) => l.item).sort()).toEqual([...new Set(items)].sort());
  expect(q.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(q.amount);
  expect(q.lines.filter((l) => l.amount > 0).length).toBe(chargeable ? 1 : 0);
  for (const line of q.lines) {
    expect(Number.isInteger(line.amount) && line.amount >= 0).toBe(true);
  }
}

describe('fee schedule', () => {
  it('is sound: every item decided by exactly one rule, amounts whole, versions ordered', () => {
    expect(scheduleProblems(FEE_SCHEDULES)).toEqual([]);
  });

  it('reports what is wrong with a broken schedule, and computeFee refuses to use it', () => {
    const broken: FeeSchedule[] = [
      {
        version: 1,
        effectiveFrom: '2020-02-30',
        source: 'test',
        rules: [
          {
            id: 'NO_CARD_PRINTED',
            kind: 'NO_CARD',
            items: [EMAIL, NAME],
            reason: { zhTw: '-', en: '-' },
          },
        ],
      },
    ];
    const problems = scheduleProblems(broken);
    expect(problems).toContain('schedule v1: effectiveFrom 2020-02-30 is not a YYYY-MM-DD day');
    expect(problems).toContain('schedule v1: NO_CARD_PRINTED lists NAME, which prints a card');
    expect(problems).toContain('schedule v1: PASSPORT (STANDARD) is decided by 0 rules');
    expect(() =>
      computeFee({ items: [EMAIL], hongKongMacauResident: false, on: TODAY, schedules: broken }),
    ).toThrow(/Invalid fee schedules/);
  });

  it('picks the schedule in force on a day and refuses days before the first one', () => {
    const first = FEE_SCHEDULES[0]!;
    expect(feeScheduleOn(first.effectiveFrom).version).toBe(first.version);
    expect(feeScheduleOn(TODAY).version).toBe(FEE_SCHEDULES.at(-1)!.version);
    expect(() => feeScheduleOn('2018-02-07')).toThrow(RangeError);
    expect(() => quote([NAME], false, '2017-12-31')).toThrow(/No fee schedule/);
    expect(() => quote([NAME], false, '2026-1-15')).toThrow(RangeError);
    expect(() => quote([NAME], false, '2026-02-29')).toThrow(RangeError);
  });
});

describe('computeFee: every combination of items × Hong Kong/Macau', () => {
  it('holds the invariants over all 1,024 cases (exhaustive)', () => {
    for (const { items, hk } of CASES) checkInvariants(items, hk, quote(items, hk));
  });

  it('holds the invariants for any order and repetition of items (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALL), { maxLength: 20 }),
        fc.boolean(),
        (items, hk) => {
          const q = quote(items, hk);
          checkInvariants(items, hk, q);
          // Order and repeats change nothing: same quote as the canonical set.
          expect(q).toEqual(quote([...new Set(items)], hk));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('charges exactly one reissue fee when a chargeable item prints a card', () => {
    fc.assert(
      fc.property(subset, fc.boolean(), (items, hk) => {
        const total = quote(items, hk).amount;
        expect(total === 0).toBe(!items.some((i) => CHARGEABLE.has(i)));
        expect([0, 500, 2600]).toContain(total);
      }),
      { numRuns: 1024 },
    );
  });

  it('gives an NT$0 receipt (required) when only exempt or free items print a card', () => {
    const exemptOrFree = SUBSETS.filter(
      (items) => printsCard(items) && !items.some((i) => CHARGEABLE.has(i)),
    );
    expect(exemptOrFree.length).toBeGreaterThan(0);
    for (const items of exemptOrFree) {
      for (const hk of [false, true]) {
        expect(quote(items, hk)).toMatchObject({ amount: 0, required: true, cardPrinted: true });
      }
    }
  });

  it('requires nothing for contact-only changes (email, mobile, collection place)', () => {
    const contactOnly = SUBSETS.filter((items) => items.every((i) => CONTACT_ONLY.has(i)));
    expect(contactOnly).toHaveLength(8);
    for (const items of contactOnly) {
      for (const hk of [false, true]) {
        const q = quote(items, hk);
        expect(q).toMatchObject({ amount: 0, required: false, cardPrinted: false });
        expect(q.lines.every((l) => l.rule === 'NO_CARD_PRINTED')).toBe(true);
      }
    }
  });

  it('never changes the total when the new-format UI number rides along with a printed card', () => {
    for (const { items, hk } of CASES) {
      if (!printsCard(items) || items.includes(UI_NUMBER_NEW_FORMAT)) continue;
      const withSwitch = quote([...items, UI_NUMBER_NEW_FORMAT], hk);
      expect(withSwitch.amount).toBe(quote(items, hk).amount);
      expect(withSwitch.lines.find((l) => l.item === UI_NUMBER_NEW_FORMAT)).toMatchObject({
        amount: 0,
        rule: 'UI_NUMBER_NEW_FORMAT_FREE',
      });
    }
  });
});

describe('computeFee: examples', () => {
  it('address and passport together are exempt, with an NT$0 receipt', () => {
    const q = quote([RESIDENCE_ADDRESS, PASSPORT]);
    expect(q).toMatchObject({ amount: 0, required: true, cardPrinted: true, scheduleVersion: 1 });
    expect(q.lines).toEqual([
      {
        item: PASSPORT,
        amount: 0,
        rule: 'EXEMPT_PASSPORT',
        exemptionReason: '護照號碼變更，依規費法第7條但書規定免徵收規費',
      },
      {
        item: RESIDENCE_ADDRESS,
        amount: 0,
        rule: 'EXEMPT_ADDRESS',
        exemptionReason: '居住地址變更，依規費法第7條但書規定免徵收規費',
      },
    ]);
  });

  it('a name change costs NT$500', () => {
    expect(quote([NAME])).toEqual({
      amount: 500,
      required: true,
      cardPrinted: true,
      scheduleVersion: 1,
      lines: [{ item: NAME, amount: 500, rule: 'CARD_REISSUE', exemptionReason: null }],
    });
  });

  it('a name change costs a Hong Kong or Macau resident NT$2,600', () => {
    expect(quote([NAME], true).lines).toEqual([
      { item: NAME, amount: 2600, rule: 'CARD_REISSUE_HK_MACAU', exemptionReason: null },
    ]);
    expect(quote([NAME], true).amount).toBe(2600);
  });

  it('name and address together cost one reissue fee; the address line stays exempt', () => {
    const q = computeFee({
      items: [RESIDENCE_ADDRESS, NAME],
      hongKongMacauResident: false,
      on: TODAY,
      locale: 'en',
    });
    expect(q.amount).toBe(500);
    expect(q.lines).toEqual([
      { item: NAME, amount: 500, rule: 'CARD_REISSUE', exemptionReason: null },
      {
        item: RESIDENCE_ADDRESS,
        amount: 0,
        rule: 'EXEMPT_ADDRESS',
        exemptionReason:
          'Change of residence address: fee waived under the proviso of Article 7 of the Charges and Fees Act',
      },
    ]);
  });

  it('a second chargeable item is included in the one reissue fee', () => {
    const q = quote([UI_NUMBER_PERSONAL_REASON, SEX, NAME, EMAIL]);
    expect(q.amount).toBe(500);
    expect(q.lines.map((l) => [l.item, l.amount, l.rule])).toEqual([
      [NAME, 500, 'CARD_REISSUE'],
      [SEX, 0, INCLUDED_IN_REISSUE],
      [EMAIL, 0, 'NO_CARD_PRINTED'],
      [UI_NUMBER_PERSONAL_REASON, 0, INCLUDED_IN_REISSUE],
    ]);
  });

  it('an email change alone requires no fee record', () => {
    expect(quote([EMAIL])).toEqual({
      amount: 0,
      required: false,
      cardPrinted: false,
      scheduleVersion: 1,
      lines: [{ item: EMAIL, amount: 0, rule: 'NO_CARD_PRINTED', exemptionReason: null }],
    });
  });

  it('switching to the new-format UI number alone prints a card for free (NT$0 receipt)', () => {
    expect(quote([UI_NUMBER_NEW_FORMAT])).toMatchObject({
      amount: 0,
      required: true,
      cardPrinted: true,
    });
  });

  it('nothing to change, nothing to pay', () => {
    expect(quote([])).toEqual({
      amount: 0,
      required: false,
      cardPrinted: false,
      scheduleVersion: 1,
      lines: [],
    });
  });
});

describe('computeFee: schedule versions', () => {
  // A hypothetical later schedule: the reissue fee rises to NT$800 (NT$3,000 for HK/Macau).
  const current = FEE_SCHEDULES.at(-1)!;
  const later: FeeSchedule = {
    version: current.version + 1,
    effectiveFrom: '2027-07-01',
    source: 'hypothetical, for this test',
    rules: current.rules.map((rule) =>
      rule.kind === 'REISSUE_CHARGE'
        ? { ...rule, amount: rule.residency === 'STANDARD' ? 800 : 3000 }
        : rule,
    ),
  };
  const schedules = [...FEE_SCHEDULES, later];
  const at = (on: string, hongKongMacauResident = false) =>
    computeFee({ items: [NAME, PASSPORT], hongKongMacauResident, on, schedules });

  it('applies from its effective date only', () => {
    expect(scheduleProblems(schedules)).toEqual([]);
    expect(at('2027-06-30')).toMatchObject({ amount: 500, scheduleVersion: current.version });
    expect(at('2027-07-01')).toMatchObject({ amount: 800, scheduleVersion: later.version });
    expect(at('2030-01-01', true)).toMatchObject({ amount: 3000, scheduleVersion: 2 });
    expect(feeScheduleOn('2027-06-30', schedules)).toBe(current);
  });

  it('quotes any day by the latest schedule not after it (fast-check)', () => {
    const day = fc
      .date({ min: new Date('2018-02-08T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z') })
      .filter((d) => !Number.isNaN(d.getTime()))
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.boolean(), (on, hk) => {
        const expected = on >= later.effectiveFrom ? (hk ? 3000 : 800) : reissue(hk);
        expect(at(on, hk).amount).toBe(expected);
      }),
    );
  });

  it('rejects schedules whose dates or versions do not increase', () => {
    expect(scheduleProblems([later, ...FEE_SCHEDULES])).toEqual([
      'schedule v1: versions must increase',
      "schedule v1: effectiveFrom must be later than v2's",
    ]);
  });
});

describe('itemFee: one item filed alone, as the home page shows it', () => {
  const on = '2026-12-06';

  it('agrees with computeFee for every item and both residency classes', () => {
    for (const item of ALL) {
      const fee = itemFee(item, on, 'en');
      expect(fee.amount).toBe(
        computeFee({ items: [item], hongKongMacauResident: false, on }).amount,
      );
      expect(fee.amountHongKongMacau).toBe(
        computeFee({ items: [item], hongKongMacauResident: true, on }).amount,
      );
      expect(fee.explanation.length).toBeGreaterThan(10);
    }
  });

  it('charges the reissue, explains the exemptions, in the language asked', () => {
    expect(itemFee(NAME, on, 'en')).toMatchObject({ amount: 500, amountHongKongMacau: 2600 });
    expect(itemFee(NAME, on, 'en').explanation).toMatch(/NT\$500/);
    expect(itemFee(RESIDENCE_ADDRESS, on, 'en')).toMatchObject({
      amount: 0,
      amountHongKongMacau: 0,
    });
    expect(itemFee(RESIDENCE_ADDRESS, on, 'en').explanation).toMatch(/waived/);
    expect(itemFee(RESIDENCE_ADDRESS, on, 'zh-TW').explanation).toMatch(/免徵收規費/);
    expect(itemFee(EMAIL, on, 'en').explanation).toMatch(/no new card/);
  });
});

describe('lineReason: every line of every quote says why', () => {
  it('has a reason in both languages for each line of all 1,024 quotes', () => {
    for (const { items, hk } of CASES) {
      const q = quote(items, hk);
      for (const line of q.lines) {
        const reason = lineReason(q.scheduleVersion, line.rule);
        expect(reason, `${line.item} (${line.rule})`).not.toBeNull();
        expect(reason!.en).toMatch(/^[\x20-\x7e]+$/);
        expect(reason!.zhTw).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('names the reissue charge, a charge included in it, and a change that prints no card', () => {
    expect(lineReason(1, 'CARD_REISSUE')?.en).toMatch(/NT\$500 per application/);
    expect(lineReason(1, INCLUDED_IN_REISSUE)?.en).toBe(
      'One card, one fee: included in the reissue fee of this application',
    );
    expect(lineReason(1, INCLUDED_IN_REISSUE)?.zhTw).toMatch(/一案一卡一費/);
    expect(lineReason(1, 'NO_CARD_PRINTED')?.en).toMatch(/no new card/);
    expect(lineReason(99, 'CARD_REISSUE')).toBeNull();
  });
});
