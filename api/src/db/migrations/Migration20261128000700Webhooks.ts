import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks: subscriptions of employers and agencies, the events their filings cause (the
 * transactional outbox) and one delivery per event and subscription, ordered per amendment by
 * `webhook_event_sequence` (a plain sequence the fan-out draws from; not tied to a column).
 */
export class Migration20261128000700Webhooks extends Migration {
  override up(): void {
    this.addSql(`create type "webhook_event_type" as enum ('AMENDMENT_SUBMITTED', 'DOCUMENTS_REQUESTED', 'AMENDMENT_APPROVED', 'AMENDMENT_REJECTED', 'FEE_PAID', 'CARD_READY');`);
    this.addSql(`create type "webhook_delivery_status" as enum ('PENDING', 'DELIVERED', 'FAILED');`);
    this.addSql(`create sequence if not exists "webhook_event_sequence" as bigint start 1;`);
    this.addSql(`create table "webhook_event" ("id" uuid not null, "type" "webhook_event_type" not null, "amendment_id" uuid not null, "account_id" uuid not null, "payload" jsonb not null, "occurred_at" timestamptz not null, constraint "webhook_event_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_event_account_id_index" on "webhook_event" ("account_id");`);
    this.addSql(`create index "webhook_event_amendment_id_occurred_at_index" on "webhook_event" ("amendment_id", "occurred_at");`);
    this.addSql(`create table "webhook_subscription" ("id" uuid not null, "account_id" uuid not null, "url" varchar(2000) not null, "secret" varchar(200) not null, "events" text[] not null, "active" boolean not null default true, "created_at" timestamptz not null, "disabled_at" timestamptz null, constraint "webhook_subscription_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_subscription_account_id_created_at_index" on "webhook_subscription" ("account_id", "created_at");`);
    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "subscription_id" uuid not null, "event_id" uuid not null, "amendment_id" uuid not null, "event_type" "webhook_event_type" not null, "payload" jsonb not null, "sequence" bigint not null, "status" "webhook_delivery_status" not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_attempt_at" timestamptz null, "last_status_code" int null, "last_error" varchar(300) null, "created_at" timestamptz not null, "delivered_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_subscription_id_created_at_index" on "webhook_delivery" ("subscription_id", "created_at");`);
    this.addSql(`create index "webhook_delivery_subscription_id_amendment_id_sequence_index" on "webhook_delivery" ("subscription_id", "amendment_id", "sequence");`);
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_subscription_id_event_id_unique" unique ("subscription_id", "event_id");`);
    this.addSql(`alter table "webhook_event" add constraint "webhook_event_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_subscription" add constraint "webhook_subscription_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_subscription_id_foreign" foreign key ("subscription_id") references "webhook_subscription" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_event_id_foreign" foreign key ("event_id") references "webhook_event" ("id") on update cascade on delete cascade;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "webhook_subscription" cascade;`);
    this.addSql(`drop table if exists "webhook_event" cascade;`);
    this.addSql(`drop sequence if exists "webhook_event_sequence";`);
    this.addSql(`drop type if exists "webhook_delivery_status";`);
    this.addSql(`drop type if exists "webhook_event_type";`);
  }
}
