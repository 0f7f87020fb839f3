import pg from 'pg';
import { hashPassword } from '../../shared/passwords.js';
import { insertHolders } from './bulk-insert.js';
import type { HolderRecord } from './holders.js';
import { seedHolders } from './scale.js';

export const DEMO_SEED = 2026;

/** The holder the demo applicant account owns; a switched (old → new) UI number to show history. */
export const DEMO_HOLDER: HolderRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  uiNumber: 'A800000014',
  birthDate: '1985-04-12',
  englishSurname: 'SMITH',
  englishGivenName: 'JOHN',
  chineseName: '史密斯',
  sex: 'MALE',
  nationalityCode: 'US',
  birthplaceCountryCode: 'US',
  birthplaceCity: 'SAN FRANCISCO',
  occupation: 'Software engineer',
  education: 'MASTER',
  maritalStatus: 'MARRIED',
  email: 'john.smith@demo.example',
  mobile: '0912345678',
  homeCountryAddress: '100 MARKET STREET, SAN FRANCISCO, CA 94105',
  homeCountryPhone: '+1 415 555 0100',
  otherNationalityCode: null,
  hongKongMacauResident: false,
  passport: {
    number: '561234567',
    issuingCountryCode: 'US',
    issueDate: '2020-06-01',
    expiryDate: '2030-05-31',
  },
  residence: {
    postalCode: '106',
    city: '臺北市',
    district: '大安區',
    line: '忠孝東路四段100號5樓',
  },
  uiNumbers: [
    {
      uiNumber: 'A800000014',
      format: 'NEW',
      assignedOn: '2022-03-01',
      replacedOn: null,
      replacedReason: null,
    },
    {
      uiNumber: 'AC01234567',
      format: 'OLD',
      assignedOn: '2019-05-20',
      replacedOn: '2022-03-01',
      replacedReason: 'NEW_FORMAT',
    },
  ],
  cards: [
    {
      id: '00000000-0000-4000-8000-0000000000c1',
      uiNumber: 'A800000014',
      fieldOfExpertiseCode: 'DIGITAL',
      validFrom: '2025-03-01',
      validUntil: '2028-02-29',
      collectionPlaceCode: 'TPE',
      status: 'ACTIVE',
      issuedAt: '2025-03-01T02:00:00.000Z',
    },
  ],
};

export interface DemoAccount {
  accountName: string;
  password: string;
  role: 'APPLICANT' | 'EMPLOYER' | 'AGENCY' | 'OFFICER' | 'SUPERVISOR';
  displayName: string;
  organisationName?: string;
  applicantId?: string;
}

/** Demo credentials: printed at start in development only, never loaded in production. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    accountName: 'officer',
    password: 'Officer-demo-2026',
    role: 'OFFICER',
    displayName: '王小明 Officer Wang',
  },
  {
    accountName: 'supervisor',
    password: 'Supervisor-demo-2026',
    role: 'SUPERVISOR',
    displayName: '林主任 Supervisor Lin',
  },
  {
    accountName: 'holder',
    password: 'Holder-demo-2026',
    role: 'APPLICANT',
    displayName: 'John Smith',
    applicantId: DEMO_HOLDER.id,
  },
  {
    accountName: 'employer',
    password: 'Employer-demo-2026',
    role: 'EMPLOYER',
    displayName: 'Formosa Chips HR',
    organisationName: '福爾摩沙晶片股份有限公司',
  },
  {
    accountName: 'agency',
    password: 'Agency-demo-2026',
    role: 'AGENCY',
    displayName: 'Island Relocation Desk',
    organisationName: '寶島移居顧問有限公司',
  },
];

/**
 * Loads the demo data set once: running it again changes nothing (rows are keyed by fixed ids,
 * UI numbers and account names).
 */
export async function seedDemoData(databaseUrl: string, holders = 40) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    const demoCreated = await insertHolders(client, [DEMO_HOLDER]);
    await client.query('commit');
    const { created } = await seedHolders(client, { applicants: holders, seed: DEMO_SEED });
    let accountsCreated = 0;
    for (const account of DEMO_ACCOUNTS) {
      const exists = await client.query('select 1 from account where account_name = $1', [
        account.accountName,
      ]);
      if (exists.rowCount) continue;
      await client.query(
        `insert into account (id, account_name, email, password_hash, role, display_name,
           organisation_name, locale, applicant_id, email_verified_at, password_changed_at,
           created_at, updated_at)
         values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, 'zh-TW', $7, now(), now(), now(), now())
         on conflict do nothing`,
        [
          account.accountName,
          `${account.accountName}@demo.example`,
          await hashPassword(account.password),
          account.role,
          account.displayName,
          account.organisationName ?? null,
          account.applicantId ?? null,
        ],
      );
      accountsCreated++;
    }
    return { holdersCreated: demoCreated + created, accountsCreated };
  } finally {
    await client.end();
  }
}
