import { describe, expect, it } from 'vitest';
import { AMENDMENT_TERMS, currentAmendmentTerms, taipeiDay } from './terms-content.js';

describe('amendment terms', () => {
  it('has 13 clauses numbered 1..13, each non-empty in both languages', () => {
    const terms = currentAmendmentTerms();
    expect(terms.clauses).toHaveLength(13);
    expect(terms.clauses.map((c) => c.number)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    for (const clause of terms.clauses) {
      expect(clause.zhTw.trim().length, `clause ${clause.number} zh-TW`).toBeGreaterThan(10);
      expect(clause.en.trim().length, `clause ${clause.number} en`).toBeGreaterThan(20);
      expect(clause.zhTw).not.toMatch(/\*|\s{2}/);
      expect(clause.en).not.toMatch(/\s{2}|[\u4e00-\u9fff]/);
    }
    expect(terms.title.zhTw).toBe('系統使用聲明事項(就業金卡部分)');
    expect(terms.title.en.length).toBeGreaterThan(0);
  });

  it('keeps the fee clause (9) that the fee schedule cites', () => {
    const clause9 = currentAmendmentTerms().clauses[8]!;
    expect(clause9.zhTw).toContain('新臺幣五百元');
    expect(clause9.zhTw).toContain('二千六百元');
    expect(clause9.en).toContain('NT$500');
    expect(clause9.en).toContain('NT$2,600');
  });

  it('keeps versions in order with unique names and real days', () => {
    const versions = AMENDMENT_TERMS.map((t) => t.version);
    expect(new Set(versions).size).toBe(versions.length);
    AMENDMENT_TERMS.forEach((terms, i) => {
      expect(terms.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(taipeiDay(new Date(`${terms.effectiveFrom}T00:00:00+08:00`))).toBe(
        terms.effectiveFrom,
      );
      if (i > 0) expect(terms.effectiveFrom > AMENDMENT_TERMS[i - 1]!.effectiveFrom).toBe(true);
    });
  });

  it('chooses the version by the calendar day in Taiwan', () => {
    expect(taipeiDay(new Date('2024-04-30T16:00:00Z'))).toBe('2024-05-01');
    expect(taipeiDay(new Date('2024-04-30T15:59:59Z'))).toBe('2024-04-30');
    expect(currentAmendmentTerms(new Date('2025-06-01T00:00:00Z')).version).toBe('2024-05');
    // Nothing earlier exists, so an earlier day still gets the first version.
    expect(currentAmendmentTerms(new Date('2020-01-01T00:00:00Z'))).toBe(AMENDMENT_TERMS[0]);
  });
});
