import { Migration } from '@mikro-orm/migrations';

/** Sessions, captchas, emailed tokens, shared rate-limit counters, the audit trail, lockout. */
export class Migration20261128000100Accounts extends Migration {
  override up(): void {
    this.addSql(`create type "account_token_purpose" as enum ('VERIFY_EMAIL', 'RESET_PASSWORD');`);
    this.addSql(`create type "audit_actor_kind" as enum ('PERSON', 'SYSTEM', 'ANONYMOUS');`);
    this.addSql(`create table "account_token" ("id" uuid not null, "account_id" uuid not null, "purpose" "account_token_purpose" not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "account_token_pkey" primary key ("id"));`);
    this.addSql(`create index "account_token_account_id_index" on "account_token" ("account_id");`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create table "audit_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" "audit_actor_kind" not null, "actor_account_id" uuid null, "actor_role" varchar(20) null, "action" varchar(80) not null, "entity_type" varchar(40) null, "entity_id" varchar(64) null, "success" boolean not null default true, "changes" jsonb null, "detail" jsonb null, "ip" varchar(45) null, "request_id" varchar(64) null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action");`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);
    this.addSql(`create index "audit_event_actor_account_id_at_index" on "audit_event" ("actor_account_id", "at");`);
    this.addSql(`create table "captcha" ("id" uuid not null, "answer_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "captcha_pkey" primary key ("id"));`);
    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);
    this.addSql(`create table "session" ("id" uuid not null, "account_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "absolute_expires_at" timestamptz not null, "restricted" boolean not null default false, "ended_at" timestamptz null, "end_reason" varchar(30) null, "ip" varchar(45) null, "user_agent" varchar(200) null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);
    this.addSql(`alter table "account_token" add constraint "account_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account" add column "must_change_password" boolean not null default false, add column "failed_login_count" int not null default 0, add column "locked_at" timestamptz null, add column "last_login_at" timestamptz null;`);
  }

  override down(): void {
    this.addSql(`alter table "account" drop column "must_change_password", drop column "failed_login_count", drop column "locked_at", drop column "last_login_at";`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "rate_limit" cascade;`);
    this.addSql(`drop table if exists "captcha" cascade;`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "account_token" cascade;`);
    this.addSql(`drop type if exists "audit_actor_kind";`);
    this.addSql(`drop type if exists "account_token_purpose";`);
  }
}
