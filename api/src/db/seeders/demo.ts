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

/** Notices on the demo bulletin board (公布欄), written by the demo supervisor. */
export const DEMO_ANNOUNCEMENTS = [
  {
    id: '00000000-0000-4000-8000-0000000000a1',
    important: true,
    titleZhTw: '居留證即將到期或遺失者，可由本人或代理人線上申請換補發',
    titleEn:
      'Residence cards about to expire or lost can be renewed online by the holder or an agent',
    bodyZhTw: [
      '就業金卡持卡人之居留證**即將到期**或**遺失**時，可由本人或受委任之代理人於本系統線上申請換發或補發，免親自臨櫃送件。',
      '',
      '- 本人：登入後選擇「新增申請」。',
      '- 代理人（雇主或代辦業者）：須先取得持卡人授權，或上傳委任書經移民署核對。',
      '',
      '新卡製妥後，請攜帶護照及現持就業金卡至選定之服務站領取；服務站的地址與時間會顯示在[我的申請案](/amendments)。',
    ].join('\n'),
    bodyEn: [
      'When a Gold Card holder’s residence card is **about to expire** or has been **lost**, the holder or an authorised agent can apply online for a new one, without queueing at a counter.',
      '',
      '- Holders: log in and choose “New application”.',
      '- Agents (employers or agencies): first get the holder’s mandate, or send a power of attorney for the agency to check.',
      '',
      'When the new card is ready, collect it at the service centre you chose, with your passport and your current card; the centre’s address and hours are shown under [My cases](/amendments).',
    ].join('\n'),
    issuingUnitZhTw: '移民署',
    issuingUnitEn: 'National Immigration Agency',
  },
  {
    id: '00000000-0000-4000-8000-0000000000a2',
    important: false,
    titleZhTw: '首頁新增「待辦事項」：待繳規費、待補件、可領新卡一目了然',
    titleEn: 'New on the home page: your to-do list of fees, documents and cards',
    bodyZhTw:
      '登入後，首頁的「待辦事項」會列出需要您處理的申請案：待繳規費、審核人員要求補件、新卡可領取，以及即將刪除的草稿。點選項目即可前往[我的申請案](/amendments)辦理。',
    bodyEn:
      'Once you log in, the to-do list on the home page shows what waits for you: fees to pay, documents the officer asked for, new cards ready to collect and drafts about to be deleted. Choose one to go straight to [your applications](/amendments).',
    issuingUnitZhTw: '移民署',
    issuingUnitEn: 'National Immigration Agency',
  },
] as const;

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
    const announcementsCreated = await seedAnnouncements(client);
    return { holdersCreated: demoCreated + created, accountsCreated, announcementsCreated };
  } finally {
    await client.end();
  }
}

/** The demo notices, by the demo supervisor, published from the first load on. */
async function seedAnnouncements(client: pg.Client): Promise<number> {
  let created = 0;
  for (const a of DEMO_ANNOUNCEMENTS) {
    const result = await client.query(
      `insert into announcement (id, title_zh_tw, title_en, body_zh_tw, body_en, issuing_unit_zh_tw,
         issuing_unit_en, important, publish_from, created_by, updated_by, created_at, updated_at)
       select $1, $2, $3, $4, $5, $6, $7, $8, now(), s.id, s.id, now(), now()
       from account s where s.account_name = 'supervisor'
       on conflict (id) do nothing`,
      [
        a.id,
        a.titleZhTw,
        a.titleEn,
        a.bodyZhTw,
        a.bodyEn,
        a.issuingUnitZhTw,
        a.issuingUnitEn,
        a.important,
      ],
    );
    created += result.rowCount ?? 0;
  }
  return created;
}
