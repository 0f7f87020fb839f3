import { Migration } from '@mikro-orm/migrations';

/**
 * Mandates (holders authorising employers and agencies) and API keys for their software; audit
 * events can now say a call came from an integration. (PostgreSQL cannot drop an enum value: the
 * down migration leaves INTEGRATION in audit_actor_kind.)
 */
export class Migration20261128000600Agencies extends Migration {
  override up(): void {
    this.addSql(`create type "mandate_status" as enum ('PENDING_VERIFICATION', 'ACTIVE', 'REVOKED', 'REJECTED');`);
    this.addSql(`create type "mandate_source" as enum ('HOLDER_ONLINE', 'POWER_OF_ATTORNEY');`);
    this.addSql(`create table "api_key" ("id" uuid not null, "account_id" uuid not null, "name" varchar(100) not null, "prefix" varchar(16) not null, "token_hash" varchar(64) not null, "scopes" text[] not null, "expires_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`create index "api_key_account_id_index" on "api_key" ("account_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);
    this.addSql(`create table "mandate" ("id" uuid not null, "applicant_id" uuid not null, "grantee_id" uuid not null, "items" text[] not null, "valid_from" date not null, "valid_until" date not null, "status" "mandate_status" not null, "source" "mandate_source" not null, "document_key" varchar(200) null, "document_mime_type" varchar(100) null, "created_by" uuid not null, "created_at" timestamptz not null, "decided_by" uuid null, "decided_at" timestamptz null, "note" varchar(500) null, constraint "mandate_pkey" primary key ("id"));`);
    this.addSql(`create index "mandate_applicant_id_index" on "mandate" ("applicant_id");`);
    this.addSql(`create index "mandate_grantee_id_applicant_id_status_index" on "mandate" ("grantee_id", "applicant_id", "status");`);
    this.addSql(`alter table "api_key" add constraint "api_key_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mandate" add constraint "mandate_applicant_id_foreign" foreign key ("applicant_id") references "applicant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mandate" add constraint "mandate_grantee_id_foreign" foreign key ("grantee_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter type "audit_actor_kind" add value if not exists 'INTEGRATION' after 'ANONYMOUS';`);
  }

  override down(): void {
    this.addSql(`drop table if exists "mandate" cascade;`);
    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop type if exists "mandate_source";`);
    this.addSql(`drop type if exists "mandate_status";`);
  }
}
