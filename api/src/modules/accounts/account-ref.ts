import type { Account } from './account.entity.js';

/** What lists and case pages show of an account (never its password hash or email). */
export type AccountRef = Pick<Account, 'id' | 'displayName' | 'role' | 'organisationName'>;

export const ACCOUNT_REF_COLUMNS = ['id', 'display_name', 'role', 'organisation_name'] as const;

/** An AccountRef out of a row whose columns are `<prefix>id`, `<prefix>display_name`, … */
export function accountRefOf(row: Record<string, unknown>, prefix = ''): AccountRef | null {
  const id = row[`${prefix}id`];
  if (typeof id !== 'string') return null;
  return {
    id,
    displayName: row[`${prefix}display_name`] as string,
    role: row[`${prefix}role`] as Account['role'],
    organisationName: (row[`${prefix}organisation_name`] as string | null) ?? null,
  };
}
