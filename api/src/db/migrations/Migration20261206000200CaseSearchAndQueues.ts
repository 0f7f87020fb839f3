import { Migration } from '@mikro-orm/migrations';

/**
 * The officers' search box and work queues (modules/review/case-search.sql.ts, case-queues.ts).
 *
 * - `pg_trgm` (shipped with PostgreSQL's contrib, which the embedded server and the official
 *   images include; a trusted extension, so the database's owner may create it): trigram GIN
 *   indexes for partial application numbers and English names in either order.
 * - Chinese names are matched by their characters and character pairs (`chinese_name_grams`):
 *   a partial Chinese name is 1–2 characters, too short for trigrams.
 * - `upper(passport_number)` for the exact passport match; a holder's cases in the list's order
 *   with their status, so the cases of many holders are counted and sorted from the index.
 * - `supplement_answered_at`: when the filer last answered a request for documents (backfilled
 *   from the timeline), and partial indexes for the queues the status index does not serve.
 */
export class Migration20261206000200CaseSearchAndQueues extends Migration {
  override up(): void {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create or replace function chinese_name_grams(name text) returns text[] language sql immutable strict parallel safe as $$ select coalesce(array_agg(distinct g), '{}') from (select substr(name, i, 1) as g from generate_series(1, char_length(name)) as i union all select substr(name, i, 2) from generate_series(1, char_length(name) - 1) as i) as grams $$;`);
    this.addSql(`create index "applicant_given_surname_trgm_index" on "applicant" using gin ((' ' || english_given_name || ' ' || english_surname || ' ') gin_trgm_ops);`);
    this.addSql(`create index "applicant_surname_given_trgm_index" on "applicant" using gin ((' ' || english_surname || ' ' || english_given_name || ' ') gin_trgm_ops);`);
    this.addSql(`create index "applicant_chinese_name_grams_index" on "applicant" using gin (chinese_name_grams(chinese_name));`);
    this.addSql(`create index "applicant_passport_number_upper_index" on "applicant" (upper(passport_number));`);
    this.addSql(`create index "amendment_application_number_trgm_index" on "amendment" using gin (application_number gin_trgm_ops);`);
    this.addSql(`create index "amendment_applicant_search_index" on "amendment" ("applicant_id", "submitted_at" desc nulls last, "id") include ("status");`);
    this.addSql(`alter table "amendment" add column "supplement_answered_at" timestamptz null;`);
    this.addSql(`update "amendment" a set "supplement_answered_at" = e.at from (select amendment_id, max(at) as at from amendment_event where type = 'STATUS_CHANGED' and from_status = 'SUPPLEMENT_REQUESTED' and to_status = 'UNDER_REVIEW' group by amendment_id) e where e.amendment_id = a.id;`);
    this.addSql(`create index "amendment_mine_queue_index" on "amendment" ("assigned_officer_id", "submitted_at" desc nulls last, "id") where status in ('SUBMITTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED');`);
    this.addSql(`create index "amendment_supplement_answered_queue_index" on "amendment" ("submitted_at" desc nulls last, "id") where status = 'UNDER_REVIEW' and supplement_answered_at is not null;`);
    this.addSql(`create index "amendment_cards_to_produce_queue_index" on "amendment" ("submitted_at" desc nulls last, "id") where status = 'APPROVED' and items && array['NAME', 'SEX', 'PASSPORT', 'RESIDENCE_ADDRESS', 'UI_NUMBER_NEW_FORMAT', 'UI_NUMBER_PERSONAL_REASON']::text[] and (fee_paid_at is not null or coalesce((fee ->> 'amount')::numeric, 0) = 0);`);
  }

  override down(): void {
    this.addSql(`drop index if exists "amendment_cards_to_produce_queue_index";`);
    this.addSql(`drop index if exists "amendment_supplement_answered_queue_index";`);
    this.addSql(`drop index if exists "amendment_mine_queue_index";`);
    this.addSql(`alter table "amendment" drop column if exists "supplement_answered_at";`);
    this.addSql(`drop index if exists "amendment_application_number_trgm_index";`);
    this.addSql(`drop index if exists "amendment_applicant_search_index";`);
    this.addSql(`drop index if exists "applicant_passport_number_upper_index";`);
    this.addSql(`drop index if exists "applicant_chinese_name_grams_index";`);
    this.addSql(`drop index if exists "applicant_surname_given_trgm_index";`);
    this.addSql(`drop index if exists "applicant_given_surname_trgm_index";`);
    this.addSql(`drop function if exists chinese_name_grams(text);`);
  }
}
