import { describe, expect, it } from 'vitest';
import {
  amendmentFilter,
  amendmentSort,
  applicantFilter,
  auditEventFilter,
  endOfDay,
  startOfDay,
} from '../src/dataProvider.filters';
import type { AmendmentDetailFragment } from '../src/generated/graphql';
import {
  formatAddress,
  formatDate,
  formatDateTime,
  formatRemaining,
  holderName,
} from '../src/format';
import {
  availableActions,
  feeNotPayable,
  officersByLoad,
} from '../src/resources/amendments/availableActions';
import {
  activeTab,
  bulkActionsFor,
  formatCount,
  listPath,
  TABS,
  withTab,
} from '../src/resources/amendments/savedFilters';

describe('filters sent to the API', () => {
  it('turns picked days into Taiwan-day instants, the "until" day included', () => {
    expect(startOfDay('2026-11-28')).toBe('2026-11-27T16:00:00.000Z');
    expect(endOfDay('2026-11-28')).toBe('2026-11-28T16:00:00.000Z');
    expect(startOfDay('28/11/2026')).toBeUndefined();
    expect(startOfDay('')).toBeUndefined();
  });

  it('sends only the case filters that are set', () => {
    expect(amendmentFilter({})).toBeUndefined();
    expect(
      amendmentFilter({
        status: 'SUBMITTED',
        search: ' A800000014 ',
        queue: 'MINE',
        overdue: false,
        assignment: 'MINE',
        submittedTo: '2026-11-28',
      }),
    ).toEqual({
      status: ['SUBMITTED'],
      search: 'A800000014',
      queue: 'MINE',
      assignment: 'MINE',
      submittedTo: '2026-11-28T16:00:00.000Z',
    });
    expect(amendmentFilter({ overdue: true, status: [] })).toEqual({ overdue: true });
    // Addresses saved before the search box (the holder filter) search the same way.
    expect(amendmentFilter({ holder: 'smith' })).toEqual({ search: 'smith' });
  });

  it('maps sortable columns and ignores the others', () => {
    expect(amendmentSort({ field: 'submittedAt', order: 'ASC' })).toEqual({
      field: 'SUBMITTED_AT',
      order: 'ASC',
    });
    expect(amendmentSort({ field: 'applicationNumber', order: 'DESC' })).toEqual({
      field: 'APPLICATION_NUMBER',
      order: 'DESC',
    });
    expect(amendmentSort({ field: 'holder', order: 'ASC' })).toBeUndefined();
  });

  it('reads the holder search box as a UI number, a passport number or a name', () => {
    expect(applicantFilter({ q: 'a800000014' })).toEqual({ uiNumber: 'a800000014' });
    expect(applicantFilter({ q: 'AC01234567' })).toEqual({ uiNumber: 'AC01234567' });
    expect(applicantFilter({ q: '561234567' })).toEqual({ passportNumber: '561234567' });
    expect(applicantFilter({ q: 'smith' })).toEqual({ name: 'smith' });
    expect(applicantFilter({ q: '史密斯', nationality: 'US' })).toEqual({
      name: '史密斯',
      nationality: 'US',
    });
  });

  it('sends audit filters with Taiwan days', () => {
    expect(auditEventFilter({ action: 'auth.login.success', from: '2026-01-01' })).toEqual({
      action: 'auth.login.success',
      from: '2025-12-31T16:00:00.000Z',
    });
  });
});

describe('work-queue tabs', () => {
  it('reads the tab from the filter; switching keeps the search and drops what a queue decides', () => {
    expect(TABS).toHaveLength(8);
    expect(activeTab({})).toBe('ALL');
    expect(activeTab({ queue: 'MINE', search: 'x' })).toBe('MINE');
    expect(activeTab({ queue: 'NOT_A_QUEUE' })).toBe('ALL');
    expect(
      withTab({ search: 'x', queue: 'MINE', status: ['APPROVED'], item: 'NAME' }, 'OVERDUE'),
    ).toEqual({ search: 'x', item: 'NAME', queue: 'OVERDUE' });
    expect(withTab({ search: 'x', queue: 'MINE' }, 'ALL')).toEqual({ search: 'x' });
    expect(decodeURIComponent(listPath({ queue: 'OVERDUE' }))).toBe(
      '/amendments?filter={"queue":"OVERDUE"}',
    );
  });

  it('offers the bulk actions that fit the tab', () => {
    expect(bulkActionsFor('TO_CLAIM')).toEqual(['claim']);
    expect(bulkActionsFor('CARDS_TO_PRODUCE')).toEqual(['markReady']);
    expect(bulkActionsFor('CARDS_TO_HAND_OVER')).toEqual(['markCollected']);
    expect(bulkActionsFor('WAITING_FOR_APPLICANT')).toEqual([]);
    expect(bulkActionsFor('ALL')).toEqual(['claim', 'markReady', 'markCollected']);
  });

  it('shows a count the API stopped counting as “10,000+”', () => {
    expect(formatCount({ count: 10_000, countExact: false }, 'en')).toBe('10,000+');
    expect(formatCount({ count: 42, countExact: true }, 'zh-TW')).toBe('42');
    expect(formatCount(undefined, 'en')).toBeUndefined();
  });
});

describe('decision buttons follow status and assignment', () => {
  const fee: AmendmentDetailFragment['fee'] = {
    amount: 0,
    currency: 'TWD',
    status: 'NOT_REQUIRED',
    cardPrinted: true,
    receiptIssued: true,
    lines: [],
  };
  const me = { id: 'me', role: 'OFFICER' };
  const officer = { id: 'me', displayName: 'Me' };
  const other = { id: 'other', displayName: 'Other' };

  it('lets anyone claim a submitted, unassigned case, and only the assignee decide', () => {
    expect(availableActions({ status: 'SUBMITTED', assignedOfficer: null, fee }, me)).toMatchObject(
      {
        claim: true,
        decide: false,
        release: false,
      },
    );
    expect(
      availableActions({ status: 'UNDER_REVIEW', assignedOfficer: officer, fee }, me),
    ).toMatchObject({
      claim: false,
      decide: true,
      release: true,
      reassign: false,
    });
    expect(
      availableActions({ status: 'UNDER_REVIEW', assignedOfficer: other, fee }, me),
    ).toMatchObject({
      decide: false,
      release: false,
    });
    expect(
      availableActions(
        { status: 'UNDER_REVIEW', assignedOfficer: other, fee },
        { id: 's', role: 'SUPERVISOR' },
      ),
    ).toMatchObject({ decide: false, release: true, reassign: true });
  });

  it('hands out the card after approval, and flags an unpaid fee', () => {
    expect(availableActions({ status: 'APPROVED', assignedOfficer: other, fee }, me)).toMatchObject(
      {
        markReady: true,
        feeUnpaid: false,
      },
    );
    expect(
      availableActions(
        { status: 'APPROVED', assignedOfficer: other, fee: { ...fee, status: 'UNPAID' } },
        me,
      ),
    ).toMatchObject({ markReady: true, feeUnpaid: true });
    expect(
      availableActions({ status: 'CARD_READY', assignedOfficer: other, fee }, me).markCollected,
    ).toBe(true);
    expect(
      availableActions({ status: 'REJECTED', assignedOfficer: officer, fee }, me),
    ).toMatchObject({
      claim: false,
      decide: false,
      markReady: false,
      markCollected: false,
    });
  });
});

describe('display', () => {
  it('formats the countdown, addresses and names', () => {
    expect(formatRemaining(29 * 60_000 + 41_000)).toBe('29:41');
    expect(formatRemaining(500)).toBe('00:01');
    expect(formatRemaining(-5)).toBe('00:00');
    expect(formatRemaining(3_723_000)).toBe('1:02:03');
    expect(
      formatAddress({
        postalCode: '110',
        city: '臺北市',
        district: '信義區',
        line: '松仁路100號8樓',
      }),
    ).toBe('110 臺北市信義區松仁路100號8樓');
    expect(
      holderName({ englishSurname: 'SMITH', englishGivenName: 'JOHN', chineseName: '史密斯' }),
    ).toBe('SMITH JOHN（史密斯）');
  });
});

/** ICU's spaces (narrow or no-break) as plain ones. */
const plain = (text: string) => text.replace(/\s/gu, ' ');

describe('dates and fees as officers read them', () => {
  it('writes dates in the reader’s style, never the American month first', () => {
    expect(formatDate('2026-12-06', 'zh-TW')).toBe('2026/12/06');
    expect(formatDate('2026-12-06', 'en')).toBe('6 Dec 2026');
    // A calendar date does not shift with the time zone.
    expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
    // Instants are shown in Taiwan time.
    expect(plain(formatDateTime('2026-12-05T16:30:00Z', 'zh-TW'))).toBe('2026/12/06 00:30');
    expect(plain(formatDateTime('2026-12-05T16:30:00Z', 'en'))).toBe('6 Dec 2026, 00:30');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('says a rejected or withdrawn case owes nothing', () => {
    expect(feeNotPayable({ status: 'UNPAID' }, 'REJECTED')).toBe(true);
    expect(feeNotPayable({ status: 'UNPAID' }, 'WITHDRAWN')).toBe(true);
    expect(feeNotPayable({ status: 'UNPAID' }, 'APPROVED')).toBe(false);
    expect(feeNotPayable({ status: 'PAID' }, 'REJECTED')).toBe(false);
  });
});

describe('reassigning', () => {
  it('lists active officers other than the case’s, the fewest open cases first', () => {
    const staff = [
      { id: 'a', displayName: 'Chen', openCases: 5, disabled: false },
      { id: 'b', displayName: 'Lin', openCases: 1, disabled: false },
      { id: 'c', displayName: 'Wang', openCases: 0, disabled: true },
      { id: 'd', displayName: 'Huang', openCases: 1, disabled: false },
      { id: 'e', displayName: 'Wu', openCases: 0, disabled: false },
    ];
    expect(officersByLoad(staff, 'e').map((a) => a.id)).toEqual(['d', 'b', 'a']);
  });
});
