import { describe, expect, it } from 'vitest';
import { auditEventFilter } from '../src/dataProvider.filters';
import { caseAuditPath } from '../src/resources/auditEvents/CaseAuditLink';
import { localDateTime } from '../src/resources/staffAccounts/localDateTime';
import { staffStates } from '../src/resources/staffAccounts/StaffState';
import { actionsFor } from '../src/resources/staffAccounts/StaffRowActions';
import type { StaffAccountFieldsFragment } from '../src/generated/graphql';

describe('staff screens: logic', () => {
  it('writes moments in Taiwan time, in the reader’s language', () => {
    expect(localDateTime('2026-12-06T06:05:00Z', 'zh-TW')).toBe('2026/12/06 14:05');
    expect(localDateTime('2026-12-06T06:05:00Z', 'en')).toBe('6 Dec 2026, 14:05');
    // The Taiwan day, not the UTC one; September as "Sep" whatever the platform's ICU says.
    expect(localDateTime('2026-09-05T16:05:00Z', 'en')).toBe('6 Sep 2026, 00:05');
    expect(localDateTime('2026-09-05T16:05:00Z', 'zh-TW')).toBe('2026/09/06 00:05');
    expect(localDateTime(null, 'en')).toBe('');
  });

  it('filters the audit log by person and by case', () => {
    expect(auditEventFilter({ actor: ' 王小明 ', amendmentId: 'a-case' })).toEqual({
      actor: '王小明',
      amendmentId: 'a-case',
    });
    const path = caseAuditPath('3f0c6a52-1111-4222-8333-444455556666');
    expect(path.startsWith('/auditEvents?filter=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(path.split('filter=')[1] ?? ''))).toEqual({
      amendmentId: '3f0c6a52-1111-4222-8333-444455556666',
    });
  });

  it('offers what fits the account’s state', () => {
    const account = { disabled: false, locked: false } as StaffAccountFieldsFragment;
    expect(staffStates(account)).toEqual(['active']);
    expect(actionsFor(account)).toEqual(['disable', 'role']);
    const both = { ...account, disabled: true, locked: true };
    expect(staffStates(both)).toEqual(['disabled', 'locked']);
    expect(actionsFor(both)).toEqual(['enable', 'unlock', 'role']);
  });
});
