import { describe, expect, it } from 'vitest';
import {
  mandatePage,
  mandateStatusFilter,
  type MandateRecord,
} from '../src/resources/mandates/listing';
import { daysSince, formatCalendarDate, formatNtd } from '../src/resources/payments/money';

const mandate = (
  id: string,
  status: MandateRecord['status'],
  createdAt: string,
): MandateRecord => ({
  id,
  status,
  createdAt,
  source: 'POWER_OF_ATTORNEY',
  applicantId: 'h',
  applicantUiNumber: 'A800000014',
  holderName: null,
  granteeId: 'g',
  granteeName: 'Agency',
  items: [],
  validFrom: '2026-01-01',
  validUntil: '2027-01-01',
  activeNow: status === 'ACTIVE',
  documentUrl: null,
  decisionNote: null,
});

describe('the mandates list', () => {
  const all = [
    mandate('active-new', 'ACTIVE', '2026-03-01T00:00:00Z'),
    mandate('pending-new', 'PENDING_VERIFICATION', '2026-03-02T00:00:00Z'),
    mandate('revoked', 'REVOKED', '2026-01-01T00:00:00Z'),
    mandate('pending-old', 'PENDING_VERIFICATION', '2026-02-01T00:00:00Z'),
    mandate('active-old', 'ACTIVE', '2026-01-05T00:00:00Z'),
  ];

  it('puts the pending ones first, the longest waiting first; then the newest', () => {
    const { data, total } = mandatePage(all, {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'status', order: 'ASC' },
      filter: {},
    });
    expect(data.map((m) => m.id)).toEqual([
      'pending-old',
      'pending-new',
      'active-new',
      'active-old',
      'revoked',
    ]);
    expect(total).toBe(5);
  });

  it('cuts pages and keeps the total', () => {
    const page = mandatePage(all, {
      pagination: { page: 2, perPage: 2 },
      sort: { field: 'status', order: 'ASC' },
      filter: {},
    });
    expect(page.data.map((m) => m.id)).toEqual(['active-new', 'active-old']);
    expect(page.total).toBe(5);
  });

  it('sends only a known status to the API', () => {
    expect(mandateStatusFilter({ status: 'REJECTED' })).toBe('REJECTED');
    expect(mandateStatusFilter({ status: 'DROP TABLE' })).toBeNull();
    expect(mandateStatusFilter({})).toBeNull();
  });
});

describe('money and dates in words', () => {
  it('writes NT$ with thousands separators', () => {
    expect(formatNtd(2600, 'en')).toBe('NT$2,600');
    expect(formatNtd(1234567, 'zh-TW')).toBe('NT$1,234,567');
    expect(formatNtd(0, 'zh-TW')).toBe('NT$0');
  });

  it('writes a calendar date out in the reader’s language, without shifting the day', () => {
    expect(formatCalendarDate('2027-01-05', 'zh-TW')).toBe('2027年1月5日');
    expect(formatCalendarDate('2027-01-05', 'en')).toBe('Jan 5, 2027');
    expect(formatCalendarDate(null, 'en')).toBe('');
  });

  it('counts whole days since a time', () => {
    const now = Date.parse('2026-12-06T10:00:00Z');
    expect(daysSince('2026-11-16T09:00:00Z', now)).toBe(20);
    expect(daysSince('2026-12-06T11:00:00Z', now)).toBe(0);
  });
});
