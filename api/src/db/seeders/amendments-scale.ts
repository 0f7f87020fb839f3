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

/**
 * Deterministic amendment cases at scale (10 k … 1 M+), for benchmarks and demos.
 *
 * Everything is set-based SQL: one `insert … select … from generate_series(k)` statement per
 * batch computes each case from hashes of (seed, k), joins it to an existing holder and builds
 * the JSON columns (`current`, `requested`, `context`, `fee`) with `jsonb_build_object`; the
 * same statement writes the case's timeline (`amendment_event`). Each batch commits.
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

const OPEN = `('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED')`;
/** Share of cases that are drafts (started in the last 29 days, never submitted). */
const DRAFT_SHARE = 0.005;
/** How far back submissions go, in days (≈3 years). */
const SPAN_DAYS = 1095;

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

/** A version-4-shaped UUID from the MD5 of a text expression (deterministic). */
const uuidOf = (text: string) =>
  `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
/** A uniform number in [0, 1) from case k and a salt. $1 is the seed's salt base. */
const u = (salt: number) =>
  `((hashint8extended(k, $1::bigint + ${salt}) & 2147483647)::float8 / 2147483648.0)`;
/** A whole number in [0, n) from case k and a salt. */
const pick = (salt: number, n: string) =>
  `((hashint8extended(k, $1::bigint + ${salt}) & 2147483647) % (${n}))::int`;

const T = (name: string) => `pg_temp.goldcard_seed_${name}`;

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
 * One batch: cases k ∈ [$3, $4) of the seed whose salt base is $1 ($2 is the seed as text),
 * relative to $5 (now); $6 holders, $7 officers, $8 filers, $9 addresses.
 */
function batchSql(events: boolean): string {
  const rows = `
  ids as (
    select k, ${uuidOf(`'goldcard-amendment:' || $2::text || ':' || k`)} as id
    from generate_series($3::bigint, $4::bigint - 1) as k
  ),
  drawn as (
    select i.k, i.id,
      ${u(1)} < ${DRAFT_SHARE} as is_draft,
      ${u(2)} as u_age, ${u(3)} as u_st, ${u(4)} as u_c, ${u(5)} as u_e, ${u(6)} as u_e2,
      0.05 + 6 * ${u(7)} as dw, 0.1 + 8 * ${u(8)} as dd, 1 + 6 * ${u(9)} as dr, 1 + 25 * ${u(10)} as dc,
      ${pick(11, '$6::int')} as holder_n, ${pick(12, '1000')} as slot,
      ${pick(13, '$7::int')} as officer_i, ${pick(14, '$8::int')} as filer_i,
      ${pick(15, '$9::int')} as address_i, ${pick(16, '2147483647')} as r1,
      ${pick(17, '2147483647')} as r2
    from ids i
    where not exists (select 1 from amendment x where x.id = i.id)
  ),
  timed as (
    select d.*, h.applicant_id, h.cur, h.ctx, h.hk, h.own_account,
      c.items, c."feeStd" as fee_std, c."feeHk" as fee_hk, c."contactOnly" as contact_only,
      c.prints, c.docs, 'EMAIL' = any(c.items) as has_email,
      case when d.is_draft then 29 * d.u_age else ${SPAN_DAYS} * d.u_age end as age
    from drawn d
    join ${T('holder')} h on h.n = d.holder_n
    join ${T('slot')} s on s.slot = d.slot
    join ${T('combo')} c on c.c = s.c
  ),
  wanted as (
    select t.*,
      case
        when is_draft then 'DRAFT'
        when contact_only then case
          when has_email and age < 2 and u_st < 0.5 then 'SUBMITTED'
          when u_st > 0.95 then 'WITHDRAWN'
          else 'APPROVED' end
        when age < 14 and u_st < 0.40 then 'SUBMITTED'
        when age < 14 and u_st < 0.65 then 'UNDER_REVIEW'
        when age < 14 and u_st < 0.75 then 'SUPPLEMENT_REQUESTED'
        when age < 45 and u_st < 0.06 then 'SUBMITTED'
        when age < 45 and u_st < 0.16 then 'UNDER_REVIEW'
        when age < 45 and u_st < 0.24 then 'SUPPLEMENT_REQUESTED'
        when u_c < 0.08 then 'REJECTED'
        when u_c < 0.15 then 'WITHDRAWN'
        when not prints then 'APPROVED'
        when age < 20 then case when u_c < 0.6 then 'APPROVED' else 'CARD_READY' end
        when u_c < 0.20 then 'APPROVED'
        when u_c < 0.23 then 'CARD_READY'
        else 'CARD_COLLECTED' end as wanted
    from timed t
  ),
  resolved as (
    select w.*,
      case when w.wanted in ${OPEN} then
        row_number() over (partition by w.applicant_id, w.wanted in ${OPEN} order by w.k desc) = 1
        and not exists (select 1 from amendment o
          where o.applicant_id = w.applicant_id and o.status in ${OPEN})
      else true end as keeps
    from wanted w
  ),
  timeline as (
    select r.*,
      case when r.keeps then r.wanted else 'WITHDRAWN' end as status,
      case when not r.is_draft then $5::timestamptz - r.age * interval '1 day' end as sub,
      case when r.is_draft then $5::timestamptz - r.age * interval '1 day' end as edited,
      least(1.0, 0.95 * r.age / (r.dw + r.dd + r.dr + r.dc)) as f
    from resolved r
  ),
  steps as (
    select t.*,
      coalesce(t.edited, t.sub - (1 + 20 * t.u_e) * interval '1 minute') as last_edited,
      coalesce(t.sub, t.edited) - (0.01 + 3 * t.u_e2) * interval '1 day' as created,
      t.sub + t.dw * t.f * interval '10 minutes' as t0,
      t.sub + t.dw * t.f * interval '1 day' as t1,
      t.sub + (t.dw + t.dd) * t.f * interval '1 day' as t2,
      t.sub + (t.dw + t.dd + t.dr) * t.f * interval '1 day' as t3,
      t.sub + (t.dw + t.dd + t.dr + t.dc) * t.f * interval '1 day' as t4,
      t.status in ('UNDER_REVIEW', 'SUPPLEMENT_REQUESTED', 'REJECTED', 'CARD_READY', 'CARD_COLLECTED')
        or (t.status = 'APPROVED' and not t.contact_only) as reviewed
    from timeline t
  ),
  numbered as (
    select s.*,
      case when s.sub is not null then nextval('amendment_number_seq') end as num
    from steps s
    order by s.sub nulls last, s.k
  ),
  cases as (
    select n.id, n.k, n.status, n.applicant_id, n.items, n.cur, n.ctx, n.is_draft, n.contact_only,
      n.reviewed, n.t0, n.t1, n.t2, n.t3, n.t4, n.sub, n.created, n.last_edited,
      case when n.num is not null then 'GC' || to_char(n.sub at time zone 'Asia/Taipei', 'YYYY')
        || '-' || lpad(n.num::text, greatest(7, length(n.num::text)), '0') end as application_number,
      n.cur
        || case when 'NAME' = any(n.items) then jsonb_build_object('englishSurname',
             (array['CHEN', 'LIN', 'WANG', 'HUANG', 'NAKAMURA', 'ROSSI', 'NGUYEN', 'KOWALSKI'])[1 + n.r1 % 8])
           else '{}' end
        || case when 'SEX' = any(n.items) then jsonb_build_object('sex',
             case when n.cur ->> 'sex' = 'MALE' then 'FEMALE' else 'MALE' end) else '{}' end
        || case when 'PASSPORT' = any(n.items) then jsonb_build_object('passport', jsonb_build_object(
             'number', chr(65 + n.r1 % 26) || lpad((n.r2 % 100000000)::text, 8, '0'),
             'issuingCountryCode', n.cur -> 'passport' ->> 'issuingCountryCode',
             'issueDate', to_char(coalesce(n.sub, n.edited) - interval '20 days', 'YYYY-MM-DD'),
             'expiryDate', to_char(coalesce(n.sub, n.edited) - interval '21 days' + interval '10 years', 'YYYY-MM-DD')))
           else '{}' end
        || case when 'COLLECTION_PLACE' = any(n.items) then jsonb_build_object('collectionPlaceCode',
             (array['TPE', 'NTP', 'HSC', 'TAO', 'TXG', 'TNN', 'KHH'])[1 + n.r2 % 7]) else '{}' end
        || case when 'RESIDENCE_ADDRESS' = any(n.items) then jsonb_build_object(
             'residence', ad.residence, 'collectionPlaceCode', ad.centre) else '{}' end
        || case when 'EMAIL' = any(n.items) then jsonb_build_object('email',
             'new.' || (n.cur ->> 'email')) else '{}' end
        || case when 'MOBILE' = any(n.items) then jsonb_build_object('mobile',
             '09' || lpad((n.r2 % 100000000)::text, 8, '0')) else '{}' end
        as requested,
      coalesce(n.own_account, fl.id) as filed_by_id,
      case when n.own_account is not null then 'APPLICANT' else fl.role end as filed_by_role,
      case when n.reviewed then o.id end as officer_id,
      case when n.reviewed then o.role end as officer_role,
      case when n.sub is not null then case when n.hk then n.fee_hk else n.fee_std end end as fee,
      case when n.status in ('CARD_READY', 'CARD_COLLECTED')
        and ((case when n.hk then n.fee_hk else n.fee_std end) ->> 'amount')::int > 0
        then n.t2 + (n.t3 - n.t2) / 2 end as fee_paid_at,
      case n.status when 'DRAFT' then 1 + floor(n.u_e * 4)::int when 'SUBMITTED' then 2
        when 'UNDER_REVIEW' then 3 when 'SUPPLEMENT_REQUESTED' then 4 when 'REJECTED' then 4
        when 'APPROVED' then case when n.contact_only then 3 else 4 end
        when 'WITHDRAWN' then case when n.is_draft then 2 else 3 end
        when 'CARD_READY' then 5 else 6 end as version,
      case n.status when 'DRAFT' then n.edited when 'SUBMITTED' then n.sub
        when 'UNDER_REVIEW' then n.t1 when 'SUPPLEMENT_REQUESTED' then n.t2
        when 'CARD_READY' then n.t3 when 'CARD_COLLECTED' then n.t4
        when 'WITHDRAWN' then case when n.is_draft then n.edited else n.t1 end
        when 'APPROVED' then case when n.contact_only then n.t0 else n.t2 end
        else n.t2 end as updated,
      case n.status when 'DRAFT' then null when 'SUBMITTED' then null when 'UNDER_REVIEW' then null
        when 'SUPPLEMENT_REQUESTED' then null
        when 'WITHDRAWN' then case when n.is_draft then n.edited else n.t1 end
        when 'APPROVED' then case when n.contact_only then n.t0 else n.t2 end
        else n.t2 end as decided,
      case when n.status = 'SUPPLEMENT_REQUESTED' then array[coalesce(n.docs[1], 'OTHER')] end as requested_documents,
      case when n.status = 'SUPPLEMENT_REQUESTED' then n.t2 end as supplement_requested_at
    from numbered n
    join ${T('filer')} fl on fl.i = n.filer_i
    left join ${T('officer')} o on o.i = n.officer_i
    join ${T('address')} ad on ad.i = n.address_i
  ),
  ins as (
    insert into amendment (id, application_number, status, applicant_id, items, current, requested,
      context, filed_by_id, filed_by_role, assigned_officer_id, terms_version, fee, fee_paid_at,
      version, created_at, updated_at, last_edited_at, submitted_at, decided_at,
      requested_documents, supplement_requested_at)
    select id, application_number, status::amendment_status, applicant_id, items, cur, requested,
      ctx, filed_by_id, filed_by_role::role, officer_id, '2024-05', fee, fee_paid_at,
      version, created, updated, last_edited, sub, decided, requested_documents,
      supplement_requested_at
    from cases
    returning 1
  )`;
  const eventsSql = events
    ? `,
  ev as (
    insert into amendment_event (id, amendment_id, at, type, from_status, to_status,
      actor_account_id, actor_role, note)
    select ${uuidOf(`r.id::text || ':' || e.n`)}, r.id, e.at, e.type::amendment_event_type,
      e.from_s::amendment_status, e.to_s::amendment_status, e.actor, e.actor_role, e.note
    from cases r cross join lateral (values
      (1, r.created, 'CREATED', null, 'DRAFT', r.filed_by_id, r.filed_by_role, null, true),
      (2, r.sub, 'STATUS_CHANGED', 'DRAFT', 'SUBMITTED', r.filed_by_id, r.filed_by_role, null,
        r.sub is not null),
      (3, r.decided, 'STATUS_CHANGED', 'DRAFT', 'WITHDRAWN', r.filed_by_id, r.filed_by_role, null,
        r.status = 'WITHDRAWN' and r.sub is null),
      (4, r.t1, 'STATUS_CHANGED', 'SUBMITTED', 'WITHDRAWN', r.filed_by_id, r.filed_by_role, null,
        r.status = 'WITHDRAWN' and r.sub is not null),
      (5, r.decided, 'STATUS_CHANGED', 'SUBMITTED', 'APPROVED', null, 'SYSTEM',
        'contact-only change: no review needed', r.status = 'APPROVED' and r.contact_only),
      (6, r.t1, 'STATUS_CHANGED', 'SUBMITTED', 'UNDER_REVIEW', r.officer_id, r.officer_role, null,
        r.reviewed),
      (7, r.t2, 'STATUS_CHANGED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED', r.officer_id,
        r.officer_role, 'Please upload the requested document.', r.status = 'SUPPLEMENT_REQUESTED'),
      (8, r.t2, 'STATUS_CHANGED', 'UNDER_REVIEW',
        case when r.status = 'REJECTED' then 'REJECTED' else 'APPROVED' end, r.officer_id,
        r.officer_role,
        case when r.status = 'REJECTED' then 'The documents do not show the requested change.' end,
        r.reviewed and r.status not in ('UNDER_REVIEW', 'SUPPLEMENT_REQUESTED')),
      (9, r.t3, 'STATUS_CHANGED', 'APPROVED', 'CARD_READY', r.officer_id, r.officer_role, null,
        r.status in ('CARD_READY', 'CARD_COLLECTED')),
      (10, r.t4, 'STATUS_CHANGED', 'CARD_READY', 'CARD_COLLECTED', r.officer_id, r.officer_role,
        null, r.status = 'CARD_COLLECTED')
    ) as e(n, at, type, from_s, to_s, actor, actor_role, note, keep)
    where e.keep
    returning 1
  )`
    : '';
  return `with ${rows}${eventsSql}
  select (select count(*)::int from ins) as created,
         ${events ? '(select count(*)::int from ev)' : '0'} as events`;
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
