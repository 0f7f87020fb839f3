import { describe, expect, it } from 'vitest';
import { AmendmentItem } from './amendment-items.js';
import { feeOf } from './amendment-fee.js';
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
