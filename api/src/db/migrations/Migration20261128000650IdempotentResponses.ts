import { Migration } from '@mikro-orm/migrations';

/** Replayable answers to integrations' mutations sent with an Idempotency-Key header. */
export class Migration20261128000650IdempotentResponses extends Migration {
  override up(): void {
    this.addSql(`create table "idempotent_response" ("account_id" uuid not null, "key" varchar(100) not null, "request_hash" varchar(64) not null, "response" jsonb null, "created_at" timestamptz not null, constraint "idempotent_response_pkey" primary key ("account_id", "key"));`);
  }

  override down(): void {
    this.addSql(`drop table if exists "idempotent_response" cascade;`);
  }
}
