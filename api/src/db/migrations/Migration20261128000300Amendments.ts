import { Migration } from '@mikro-orm/migrations';

/**
 * Amendment cases, their timeline and documents, terms acceptances, idempotency keys, and the
 * sequence behind application numbers. A partial unique index allows one open case per holder.
 */
export class Migration20261128000300Amendments extends Migration {
  override up(): void {
    this.addSql(`create type "amendment_status" as enum ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'CARD_READY', 'CARD_COLLECTED');`);
    this.addSql(`create type "amendment_event_type" as enum ('CREATED', 'STATUS_CHANGED', 'DOCUMENT_ADDED', 'DOCUMENT_REMOVED', 'NOTE');`);
    this.addSql(`create table "amendment" ("id" uuid not null, "application_number" varchar(20) null, "status" "amendment_status" not null default 'DRAFT', "applicant_id" uuid not null, "items" text[] not null, "current" jsonb not null, "requested" jsonb not null, "context" jsonb not null, "filed_by_id" uuid not null, "filed_by_role" "role" not null, "assigned_officer_id" uuid null, "terms_version" varchar(20) not null, "fee" jsonb null, "fee_paid_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "last_edited_at" timestamptz not null, "submitted_at" timestamptz null, "decided_at" timestamptz null, constraint "amendment_pkey" primary key ("id"));`);
    this.addSql(`alter table "amendment" add constraint "amendment_application_number_unique" unique ("application_number");`);
    this.addSql(`create index "amendment_applicant_id_index" on "amendment" ("applicant_id");`);
    this.addSql(`create index "amendment_filed_by_id_index" on "amendment" ("filed_by_id");`);
    this.addSql(`create index "amendment_assigned_officer_id_index" on "amendment" ("assigned_officer_id");`);
    this.addSql(`create index "amendment_last_edited_at_index" on "amendment" ("last_edited_at");`);
    this.addSql(`create index "amendment_filed_by_id_updated_at_index" on "amendment" ("filed_by_id", "updated_at");`);
    this.addSql(`create index "amendment_status_submitted_at_index" on "amendment" ("status", "submitted_at");`);
    this.addSql(`create unique index "amendment_one_open_per_holder" on "amendment" ("applicant_id") where "status" in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED');`);
    this.addSql(`create table "amendment_event" ("id" uuid not null, "amendment_id" uuid not null, "at" timestamptz not null, "type" "amendment_event_type" not null, "from_status" "amendment_status" null, "to_status" "amendment_status" null, "actor_account_id" uuid null, "actor_role" varchar(20) null, "note" varchar(2000) null, constraint "amendment_event_pkey" primary key ("id"));`);
    this.addSql(`create index "amendment_event_amendment_id_at_index" on "amendment_event" ("amendment_id", "at");`);
    this.addSql(`create table "amendment_document" ("id" uuid not null, "amendment_id" uuid not null, "type" varchar(40) not null, "storage_key" varchar(200) not null, "original_name" varchar(200) not null, "mime_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "width" int null, "height" int null, "uploaded_by" uuid not null, "uploaded_at" timestamptz not null, constraint "amendment_document_pkey" primary key ("id"));`);
    this.addSql(`create index "amendment_document_amendment_id_index" on "amendment_document" ("amendment_id");`);
    this.addSql(`alter table "amendment_document" add constraint "amendment_document_storage_key_unique" unique ("storage_key");`);
    this.addSql(`create table "idempotency_key" ("account_id" uuid not null, "key" varchar(100) not null, "operation" varchar(60) not null, "request_hash" varchar(64) not null, "result_ref" varchar(64) not null, "created_at" timestamptz not null, constraint "idempotency_key_pkey" primary key ("account_id", "key"));`);
    this.addSql(`create table "terms_acceptance" ("id" uuid not null, "account_id" uuid not null, "version" varchar(20) not null, "accepted_at" timestamptz not null, "ip" varchar(45) null, constraint "terms_acceptance_pkey" primary key ("id"));`);
    this.addSql(`create index "terms_acceptance_account_id_version_index" on "terms_acceptance" ("account_id", "version");`);
    this.addSql(`alter table "amendment" add constraint "amendment_applicant_id_foreign" foreign key ("applicant_id") references "applicant" ("id") on update cascade;`);
    this.addSql(`alter table "amendment" add constraint "amendment_filed_by_id_foreign" foreign key ("filed_by_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "amendment" add constraint "amendment_assigned_officer_id_foreign" foreign key ("assigned_officer_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "amendment_event" add constraint "amendment_event_amendment_id_foreign" foreign key ("amendment_id") references "amendment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "amendment_document" add constraint "amendment_document_amendment_id_foreign" foreign key ("amendment_id") references "amendment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "terms_acceptance" add constraint "terms_acceptance_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`create sequence if not exists "amendment_number_seq" as bigint start 1;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "terms_acceptance" cascade;`);
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
    this.addSql(`drop table if exists "amendment_document" cascade;`);
    this.addSql(`drop table if exists "amendment_event" cascade;`);
    this.addSql(`drop table if exists "amendment" cascade;`);
    this.addSql(`drop sequence if exists "amendment_number_seq";`);
    this.addSql(`drop type if exists "amendment_event_type";`);
    this.addSql(`drop type if exists "amendment_status";`);
  }
}
