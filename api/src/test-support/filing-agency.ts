import { Role } from '../shared/actor.js';
import { createAccount, STRONG_PASSWORD } from './accounts.js';
import type { TestDatabase } from './db.js';
import { seedFixtureHolders } from './fixtures.js';

export interface FixtureHolder {
  id: string;
  uiNumber: string;
  birthDate: string;
  passportNumber: string;
}

export interface FilingAgency {
  accountId: string;
  accountName: string;
  password: string;
  email: string;
  /** Holders who gave the agency an active mandate for every item. */
  holders: FixtureHolder[];
}

/**
 * An agency account holding active mandates from `count` + 1 holders (the demo holder and
 * generated ones): one login files many cases, one per holder, as agencies' software does.
 */
export async function filingAgency(
  db: TestDatabase,
  count: number,
  accountName = 'filing-agency',
): Promise<FilingAgency> {
  await seedFixtureHolders(db.url, count);
  const account = await createAccount(db, { accountName, role: Role.AGENCY, locale: 'en' });
  await db.sql(
    `insert into mandate (id, applicant_id, grantee_id, items, valid_from, valid_until, status,
                          source, created_by, created_at)
     select gen_random_uuid(), a.id, $1, '{}', current_date - 1, current_date + 365, 'ACTIVE',
            'HOLDER_ONLINE', $1, now()
       from applicant a`,
    [account.id],
  );
  const holders = await db.sql<FixtureHolder>(
    `select id, ui_number as "uiNumber", birth_date::text as "birthDate",
            passport_number as "passportNumber"
       from applicant order by ui_number`,
  );
  return {
    accountId: account.id,
    accountName,
    password: STRONG_PASSWORD,
    email: account.email,
    holders,
  };
}
