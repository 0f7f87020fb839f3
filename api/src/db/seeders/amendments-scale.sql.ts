/** The set-based SQL behind `seedAmendments` (amendments-scale.ts): one statement per batch. */

export const OPEN = `('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED')`;
/** Share of cases that are drafts (started in the last 29 days, never submitted). */
export const DRAFT_SHARE = 0.005;
/** How far back submissions go, in days (≈3 years). */
export const SPAN_DAYS = 1095;

/** A version-4-shaped UUID from the MD5 of a text expression (deterministic). */
export const uuidOf = (text: string) =>
  `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
/** A uniform number in [0, 1) from case k and a salt. $1 is the seed's salt base. */
export const u = (salt: number) =>
  `((hashint8extended(k, $1::bigint + ${salt}) & 2147483647)::float8 / 2147483648.0)`;
/** A whole number in [0, n) from case k and a salt. */
export const pick = (salt: number, n: string) =>
  `((hashint8extended(k, $1::bigint + ${salt}) & 2147483647) % (${n}))::int`;

export const T = (name: string) => `pg_temp.goldcard_seed_${name}`;

/**
 * One batch: cases k ∈ [$3, $4) of the seed whose salt base is $1 ($2 is the seed as text),
 * relative to $5 (now); $6 holders, $7 officers, $8 filers, $9 addresses.
 */
export function batchSql(events: boolean): string {
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
    select n.id, n.k, n.status, n.applicant_id, n.items, n.docs, n.cur, n.ctx, n.is_draft, n.contact_only,
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
  ),
  docs as (
    -- A filed case has the documents its items need, as submitting requires (and approving
    -- checks). Their bytes are not in the document store: only the records are seeded.
    insert into amendment_document (id, amendment_id, type, storage_key, original_name, mime_type,
      size, sha256, uploaded_by, uploaded_at)
    select ${uuidOf(`r.id::text || ':document:' || d.type`)}, r.id, d.type,
      'seed/' || r.id::text || '/' || lower(d.type), lower(d.type) || '.pdf', 'application/pdf',
      40000 + (hashtext(r.id::text || d.type) & 65535), md5(r.id::text || d.type) || md5(d.type || r.id::text),
      r.filed_by_id, r.sub - interval '5 minutes'
    from cases r cross join lateral unnest(r.docs) as d(type)
    where r.sub is not null
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
