import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import {
  AmendmentItem,
  requiredDocuments,
  ITEM_RULES,
} from '../../modules/amendments/amendment-items.js';
import { taipeiToday } from '../../modules/amendments/amendment-fee.js';
import { computeFee } from '../../modules/fees/fee.js';
import { hashPassword } from '../../shared/passwords.js';
import { ADDRESS_POOLS } from './pools.js';
import { batchSql, T, uuidOf } from './amendments-scale.sql.js';

/**
 * Deterministic amendment cases at scale (10 k … 1 M+), for benchmarks and demos.
 *
 * Everything is set-based SQL: one `insert … select … from generate_series(k)` statement per
 * batch computes each case from hashes of (seed, k), joins it to an existing holder and builds
 * the JSON columns (`current`, `requested`, `context`, `fee`) with `jsonb_build_object`; the
 * same statement writes the case's timeline (`amendment_event`) and, for a filed case, the
 * records of the documents its items need (`amendment_document`, without bytes in the store:
 * approval checks them, as submitting does). Each batch commits.
 *
 * Case k of seed s always gets the same id, holder, items and timeline (relative to `now`), so:
 * - `amendments` is the number of this seed's cases that should exist: a rerun with the same
 *   number adds nothing, a larger number adds only cases k ≥ the earlier number (a rerun with a
 *   different seed adds a second, independent set);
 * - application numbers come from `amendment_number_seq` as at submit (`GC<yyyy>-<7 digits>`),
 *   so they are unique but not reproducible across databases.
 *
 * The partial unique index "one open amendment per holder" is respected: a case drawn as open
 * (DRAFT, SUBMITTED, UNDER_REVIEW, SUPPLEMENT_REQUESTED) stays open only if its holder has no
 * open case yet (in the table or earlier in the batch); otherwise it becomes WITHDRAWN. Which
 * case wins such a tie depends on the order of the batches, so data grown in steps
 * (10 k → 100 k → 1 M) can differ from data made at once in a few hundred statuses.
 */
export interface AmendmentScaleOptions {
  /** How many cases of this seed should exist (cases 0 … amendments−1). */
  amendments: number;
  seed: number;
  /** Cases per statement and commit. */
  batchSize?: number;
  /** The reference instant: cases are spread over the three years before it. */
  now?: Date;
  /** Write each case's timeline to `amendment_event` (≈5 rows per case). Default true. */
  events?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface AmendmentScaleResult {
  created: number;
  skipped: number;
  events: number;
}

/** Item combinations people ask for, with weights per thousand cases. */
const COMBINATIONS: { items: AmendmentItem[]; perMille: number }[] = [
  { items: [AmendmentItem.RESIDENCE_ADDRESS], perMille: 300 },
  { items: [AmendmentItem.PASSPORT], perMille: 160 },
  { items: [AmendmentItem.EMAIL], perMille: 90 },
  { items: [AmendmentItem.MOBILE], perMille: 70 },
  { items: [AmendmentItem.UI_NUMBER_NEW_FORMAT], perMille: 70 },
  { items: [AmendmentItem.PASSPORT, AmendmentItem.RESIDENCE_ADDRESS], perMille: 60 },
  { items: [AmendmentItem.NAME, AmendmentItem.PASSPORT], perMille: 60 },
  { items: [AmendmentItem.COLLECTION_PLACE], perMille: 50 },
  { items: [AmendmentItem.NAME], perMille: 40 },
  { items: [AmendmentItem.RESIDENCE_ADDRESS, AmendmentItem.UI_NUMBER_NEW_FORMAT], perMille: 40 },
  { items: [AmendmentItem.EMAIL, AmendmentItem.MOBILE], perMille: 30 },
  { items: [AmendmentItem.UI_NUMBER_PERSONAL_REASON], perMille: 15 },
  { items: [AmendmentItem.NAME, AmendmentItem.UI_NUMBER_PERSONAL_REASON], perMille: 10 },
  { items: [AmendmentItem.SEX], perMille: 5 },
];

const SEED_OFFICERS = [
  { accountName: 'seed-officer-1', displayName: '陳審查 Officer Chen (seed)' },
  { accountName: 'seed-officer-2', displayName: '黃審查 Officer Huang (seed)' },
];
const SEED_FILERS = [
  { accountName: 'seed-agency-1', role: 'AGENCY', organisation: '台灣人才移居顧問有限公司' },
  { accountName: 'seed-agency-2', role: 'AGENCY', organisation: 'Formosa Relocation Partners' },
  { accountName: 'seed-agency-3', role: 'AGENCY', organisation: '新竹科技人才服務社' },
  { accountName: 'seed-agency-4', role: 'AGENCY', organisation: 'Island Talent Desk' },
  { accountName: 'seed-employer-1', role: 'EMPLOYER', organisation: '福爾摩沙半導體股份有限公司' },
  { accountName: 'seed-employer-2', role: 'EMPLOYER', organisation: 'Harbour Biotech Ltd.' },
] as const;

/** Creates the handful of accounts the cases need, if missing. */
async function ensureAccounts(client: pg.ClientBase): Promise<void> {
  const names = [...SEED_OFFICERS, ...SEED_FILERS].map((a) => a.accountName);
  const existing = new Set(
    (
      await client.query<{ account_name: string }>(
        'select account_name from account where account_name = any($1)',
        [names],
      )
    ).rows.map((r) => r.account_name),
  );
  const { rows: officers } = await client.query(
    "select 1 from account where role = 'OFFICER' limit 1",
  );
  const wanted = [
    ...(officers.length
      ? []
      : SEED_OFFICERS.map((o) => ({ ...o, role: 'OFFICER', organisation: null as string | null }))),
    ...SEED_FILERS.map((f) => ({
      accountName: f.accountName,
      role: f.role,
      displayName: `${f.organisation} (seed)`,
      organisation: f.organisation,
    })),
  ].filter((a) => !existing.has(a.accountName));
  if (wanted.length === 0) return;
  // Nobody knows this password: the accounts exist to file and decide cases, not to log in.
  const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
  for (const a of wanted) {
    await client.query(
      `insert into account (id, account_name, email, password_hash, role, display_name,
         organisation_name, locale, email_verified_at, password_changed_at, created_at, updated_at)
       values (${uuidOf(`'goldcard-seed-account:' || $1::text`)}, $1, $1 || '@seed.example', $2,
         $3::role, $4, $5, 'zh-TW', now(), now(), now(), now())
       on conflict do nothing`,
      [a.accountName, passwordHash, a.role, a.displayName, a.organisation],
    );
  }
}

/** Session-local lookup tables: holders numbered 0…H−1, item combinations, officers, filers. */
async function createLookups(client: pg.ClientBase) {
  await dropLookups(client);
  await client.query(
    `create temp table goldcard_seed_holder as
     select (row_number() over (order by a.id) - 1)::int as n, a.id as applicant_id,
       jsonb_build_object(
         'englishSurname', a.english_surname, 'englishGivenName', a.english_given_name,
         'chineseName', a.chinese_name, 'sex', a.sex,
         'passport', jsonb_build_object('number', a.passport_number,
           'issuingCountryCode', a.passport_issuing_country_code,
           'issueDate', a.passport_issue_date, 'expiryDate', a.passport_expiry_date),
         'residence', jsonb_build_object('postalCode', a.residence_postal_code,
           'city', a.residence_city, 'district', a.residence_district, 'line', a.residence_line),
         'collectionPlaceCode', c.collection_place_code,
         'email', a.email, 'mobile', a.mobile) as cur,
       jsonb_build_object('uiNumber', a.ui_number, 'birthDate', a.birth_date,
         'nationalityCode', a.nationality_code, 'hongKongMacauResident', a.hong_kong_macau_resident,
         'fieldOfExpertiseCode', c.field_of_expertise_code) as ctx,
       a.hong_kong_macau_resident as hk,
       own.id as own_account
     from applicant a
     left join lateral (select collection_place_code, field_of_expertise_code from card
       where applicant_id = a.id and status = 'ACTIVE' order by valid_from desc limit 1) c on true
     left join lateral (select id from account
       where applicant_id = a.id and role = 'APPLICANT' order by created_at, id limit 1) own on true`,
  );
  await client.query(`alter table ${T('holder')} add primary key (n)`);

  const on = taipeiToday();
  const combos = COMBINATIONS.map((c, i) => ({
    c: i,
    items: c.items,
    feeStd: computeFee({ items: c.items, hongKongMacauResident: false, on }),
    feeHk: computeFee({ items: c.items, hongKongMacauResident: true, on }),
    contactOnly: c.items.every((item) => !ITEM_RULES[item].needsReview),
    prints: c.items.some((item) => ITEM_RULES[item].printsCard),
    docs: requiredDocuments(c.items),
  }));
  await client.query(
    `create temp table goldcard_seed_combo as
     select * from jsonb_to_recordset($1::jsonb) as x(c int, items text[], "feeStd" jsonb,
       "feeHk" jsonb, "contactOnly" boolean, prints boolean, docs text[])`,
    [JSON.stringify(combos)],
  );
  const slots: number[] = [];
  COMBINATIONS.forEach((c, i) => {
    for (let n = 0; n < c.perMille; n++) slots.push(i);
  });
  if (slots.length !== 1000) throw new Error('item combination weights must add up to 1000');
  await client.query(
    `create temp table goldcard_seed_slot as
     select (s.i - 1)::int as slot, s.c from unnest($1::int[]) with ordinality as s(c, i)`,
    [slots],
  );
  const addresses = ADDRESS_POOLS.flatMap((p) =>
    p.streets.map((street, i) => ({
      residence: {
        postalCode: p.postalCode,
        city: p.city,
        district: p.district,
        line: `${street}${17 + i * 41}號${3 + i * 4}樓`,
      },
      centre: p.centre,
    })),
  );
  await client.query(
    `create temp table goldcard_seed_address as
     select (s.i - 1)::int as i, s.a -> 'residence' as residence, s.a ->> 'centre' as centre
     from jsonb_array_elements($1::jsonb) with ordinality as s(a, i)`,
    [JSON.stringify(addresses)],
  );
  await client.query(
    `create temp table goldcard_seed_officer as
     select (row_number() over (order by account_name) - 1)::int as i, id, role::text as role
     from account where role = 'OFFICER'`,
  );
  await client.query(
    `create temp table goldcard_seed_filer as
     select (row_number() over (order by account_name) - 1)::int as i, id, role::text as role
     from account where account_name = any($1)`,
    [SEED_FILERS.map((f) => f.accountName)],
  );
  for (const t of ['combo', 'slot', 'address', 'officer', 'filer']) {
    await client.query(
      `alter table ${T(t)} add primary key (${t === 'combo' ? 'c' : t === 'slot' ? 'slot' : 'i'})`,
    );
  }
  await client.query(
    `analyze ${['holder', 'combo', 'slot', 'address', 'officer', 'filer'].map(T).join(', ')}`,
  );
  const [counts] = (
    await client.query<{ holders: number; officers: number; filers: number; addresses: number }>(
      `select (select count(*)::int from ${T('holder')}) holders,
              (select count(*)::int from ${T('officer')}) officers,
              (select count(*)::int from ${T('filer')}) filers,
              (select count(*)::int from ${T('address')}) addresses`,
    )
  ).rows;
  return counts!;
}

async function dropLookups(client: pg.ClientBase) {
  for (const t of ['holder', 'combo', 'slot', 'address', 'officer', 'filer']) {
    await client.query(`drop table if exists ${T(t)}`);
  }
}

/**
 * Adds deterministic amendment cases for the holders already in the database (see the module
 * comment for what "deterministic" and "rerun" mean). Creates a handful of filer accounts
 * (agencies, employers) and, when no officer exists, two officer accounts; a holder's own
 * applicant account files the holder's cases when there is one.
 */
export async function seedAmendments(
  client: pg.ClientBase,
  options: AmendmentScaleOptions,
): Promise<AmendmentScaleResult> {
  const {
    amendments,
    seed,
    batchSize = 25_000,
    now = new Date(),
    events = true,
    onProgress,
  } = options;
  if (!Number.isInteger(amendments) || amendments < 0)
    throw new Error('amendments: whole number ≥ 0');
  if (!Number.isInteger(seed) || seed < 0) throw new Error('seed: whole number ≥ 0');
  await ensureAccounts(client);
  const lookups = await createLookups(client);
  try {
    if (amendments > 0 && lookups.holders === 0) {
      throw new Error('no holders: seed holders first (seedHolders or --applicants)');
    }
    const sql = batchSql(events);
    let created = 0;
    let eventCount = 0;
    for (let start = 0; start < amendments; start += batchSize) {
      const end = Math.min(start + batchSize, amendments);
      await client.query('begin');
      try {
        const { rows } = await client.query<{ created: number; events: number }>(sql, [
          seed * 1000,
          String(seed),
          start,
          end,
          now.toISOString(),
          lookups.holders,
          lookups.officers,
          lookups.filers,
          lookups.addresses,
        ]);
        await client.query('commit');
        created += rows[0]!.created;
        eventCount += rows[0]!.events;
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
      onProgress?.(end, amendments);
    }
    if (created > 0) await client.query('analyze amendment, amendment_event');
    return { created, skipped: amendments - created, events: eventCount };
  } finally {
    await dropLookups(client);
  }
}
