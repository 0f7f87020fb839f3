import { describe, expect, it } from 'vitest';
import { AmendmentItem } from './amendment-items.js';
import { explainedLines, feeOf } from './amendment-fee.js';
import type { Amendment } from './amendment.entity.js';
import { computeFee } from '../fees/fee.js';

describe('feeOf', () => {
  it('says a submitted fee’s exemption reasons in the reader’s language, whatever the filer’s', () => {
    const fixed = computeFee({
      items: [AmendmentItem.RESIDENCE_ADDRESS, AmendmentItem.PASSPORT],
      hongKongMacauResident: false,
      on: '2026-12-01',
      locale: 'zh-TW',
    });
    const submitted = { fee: fixed } as unknown as Amendment;
    const en = feeOf(submitted, 'en');
    expect(en.lines.map((l) => l.exemptionReason)).toEqual(
      computeFee({
        items: [AmendmentItem.RESIDENCE_ADDRESS, AmendmentItem.PASSPORT],
        hongKongMacauResident: false,
        on: '2026-12-01',
        locale: 'en',
      }).lines.map((l) => l.exemptionReason),
    );
    expect(en.lines[0]?.exemptionReason).toMatch(/^[\x20-\x7e]+$/);
    expect(feeOf(submitted, 'zh-TW')).toEqual(fixed);
  });
});

describe('explainedLines', () => {
  const { NAME, SEX, RESIDENCE_ADDRESS, EMAIL } = AmendmentItem;
  // Fixed at submit by a filer reading Chinese; read later in English.
  const stored = computeFee({
    items: [NAME, SEX, RESIDENCE_ADDRESS, EMAIL],
    hongKongMacauResident: false,
    on: '2026-12-01',
    locale: 'zh-TW',
  });

  it('gives every line, charged or not, its item’s name and its reason in the reader’s language', () => {
    const en = explainedLines(feeOf({ fee: stored } as unknown as Amendment, 'en'), 'en');
    expect(en.map((l) => [l.label, l.rule, l.explanation])).toEqual([
      [
        'Name',
        'CARD_REISSUE',
        'Reissue of the Gold Card because of a data change: NT$500 per application (terms clause 9)',
      ],
      [
        'Sex',
        'INCLUDED_IN_REISSUE',
        'One card, one fee: included in the reissue fee of this application',
      ],
      [
        'Residence address',
        'EXEMPT_ADDRESS',
        'Change of residence address: fee waived under the proviso of Article 7 of the Charges and Fees Act',
      ],
      ['Email', 'NO_CARD_PRINTED', 'This change prints no new card and owes nothing'],
    ]);
    // The compatible field keeps its meaning: a reason only where nothing is owed by law.
    expect(en.map((l) => l.exemptionReason === null)).toEqual([true, true, false, true]);
    const zh = explainedLines(stored, 'zh-TW');
    expect(zh.map((l) => l.label)).toEqual(['中英文姓名', '性別', '居留地址', '電子郵件']);
    expect(zh.every((l) => /[\u4e00-\u9fff]/.test(l.explanation))).toBe(true);
  });
});
