import type pg from 'pg';
import type { HolderRecord } from './holders.js';

const col = <T>(rows: HolderRecord[], pick: (h: HolderRecord) => T) => rows.map(pick);

/**
 * Inserts holders with their UI numbers and cards in three statements per batch (unnest of
 * arrays). Holders already present (same id or UI number) are skipped, so re-running is safe.
 * Returns how many holders were new.
 */
export async function insertHolders(
  client: pg.ClientBase,
  holders: HolderRecord[],
): Promise<number> {
  if (holders.length === 0) return 0;
  const now = new Date().toISOString();
  const inserted = await client.query<{ id: string }>(
    `insert into applicant (id, ui_number, birth_date, english_surname, english_given_name,
       chinese_name, sex, nationality_code, birthplace_country_code, birthplace_city, occupation,
       education, marital_status, email, mobile, home_country_address, home_country_phone,
       other_nationality_code, hong_kong_macau_resident, passport_number,
       passport_issuing_country_code, passport_issue_date, passport_expiry_date,
       residence_postal_code, residence_city, residence_district, residence_line, version,
       created_at, updated_at)
     select *, 1, $27::timestamptz, $27::timestamptz from unnest(
       $1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::sex[],
       $8::text[], $9::text[], $10::text[], $11::text[], $12::education[], $13::marital_status[],
       $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::boolean[],
       $20::text[], $21::text[], $22::date[], $23::date[], $24::text[], $25::text[], $26::text[],
       $28::text[])
     on conflict do nothing
     returning id`,
    [
      col(holders, (h) => h.id),
      col(holders, (h) => h.uiNumber),
      col(holders, (h) => h.birthDate),
      col(holders, (h) => h.englishSurname),
      col(holders, (h) => h.englishGivenName),
      col(holders, (h) => h.chineseName),
      col(holders, (h) => h.sex),
      col(holders, (h) => h.nationalityCode),
      col(holders, (h) => h.birthplaceCountryCode),
      col(holders, (h) => h.birthplaceCity),
      col(holders, (h) => h.occupation),
      col(holders, (h) => h.education),
      col(holders, (h) => h.maritalStatus),
      col(holders, (h) => h.email),
      col(holders, (h) => h.mobile),
      col(holders, (h) => h.homeCountryAddress),
      col(holders, (h) => h.homeCountryPhone),
      col(holders, (h) => h.otherNationalityCode),
      col(holders, (h) => h.hongKongMacauResident),
      col(holders, (h) => h.passport.number),
      col(holders, (h) => h.passport.issuingCountryCode),
      col(holders, (h) => h.passport.issueDate),
      col(holders, (h) => h.passport.expiryDate),
      col(holders, (h) => h.residence.postalCode),
      col(holders, (h) => h.residence.city),
      col(holders, (h) => h.residence.district),
      now,
      col(holders, (h) => h.residence.line),
    ],
  );
  const fresh = new Set(inserted.rows.map((r) => r.id));
  const kept = holders.filter((h) => fresh.has(h.id));
  if (kept.length === 0) return 0;

  const numbers = kept.flatMap((h) => h.uiNumbers.map((n) => ({ ...n, applicantId: h.id })));
  await client.query(
    `insert into applicant_ui_number (id, applicant_id, ui_number, format, assigned_on,
       replaced_on, replaced_reason)
     select gen_random_uuid(), * from unnest($1::uuid[], $2::text[], $3::ui_number_format[],
       $4::date[], $5::date[], $6::text[])
     on conflict do nothing`,
    [
      numbers.map((n) => n.applicantId),
      numbers.map((n) => n.uiNumber),
      numbers.map((n) => n.format),
      numbers.map((n) => n.assignedOn),
      numbers.map((n) => n.replacedOn),
      numbers.map((n) => n.replacedReason),
    ],
  );

  const cards = kept.flatMap((h) => h.cards.map((c) => ({ ...c, applicantId: h.id })));
  await client.query(
    `insert into card (id, applicant_id, ui_number, field_of_expertise_code, valid_from,
       valid_until, collection_place_code, status, issued_at)
     select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::date[],
       $7::text[], $8::card_status[], $9::timestamptz[])
     on conflict do nothing`,
    [
      cards.map((c) => c.id),
      cards.map((c) => c.applicantId),
      cards.map((c) => c.uiNumber),
      cards.map((c) => c.fieldOfExpertiseCode),
      cards.map((c) => c.validFrom),
      cards.map((c) => c.validUntil),
      cards.map((c) => c.collectionPlaceCode),
      cards.map((c) => c.status),
      cards.map((c) => c.issuedAt),
    ],
  );
  return kept.length;
}
