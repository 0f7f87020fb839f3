import { Migration } from '@mikro-orm/migrations';

/**
 * Online fee payments: one `payment` per attempt at the gateway (at most one counts as the fee's
 * payment: `payment_one_paid_per_amendment`), and every notice the gateway posted, verified or
 * not, in `payment_callback` (for disputes and reconciliation).
 */
export class Migration20261128000800Payments extends Migration {
  override up(): void {
    this.addSql(`create type "payment_method" as enum ('CREDIT_CARD', 'ATM', 'CONVENIENCE_STORE');`);
    this.addSql(`create type "payment_status" as enum ('CREATED', 'AWAITING_PAYMENT', 'PAID', 'FAILED');`);
    this.addSql(`create table "payment" ("id" uuid not null, "amendment_id" uuid not null, "merchant_trade_no" varchar(20) not null, "amount" int not null, "method" "payment_method" not null, "provider" varchar(20) not null, "status" "payment_status" not null default 'CREATED', "payment_info" jsonb null, "provider_trade_no" varchar(40) null, "provider_payment_type" varchar(40) null, "failure_reason" varchar(200) null, "duplicate" boolean not null default false, "started_by" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "paid_at" timestamptz null, constraint "payment_pkey" primary key ("id"));`);
    this.addSql(`alter table "payment" add constraint "payment_merchant_trade_no_unique" unique ("merchant_trade_no");`);
    this.addSql(`create index "payment_amendment_id_created_at_index" on "payment" ("amendment_id", "created_at");`);
    this.addSql(`create unique index "payment_one_paid_per_amendment" on "payment" ("amendment_id") where "status" = 'PAID' and not "duplicate";`);
    this.addSql(`create table "payment_callback" ("id" uuid not null, "received_at" timestamptz not null, "provider" varchar(20) not null, "merchant_trade_no" varchar(64) null, "payment_id" uuid null, "verified" boolean not null, "outcome" varchar(30) not null, "rtn_code" varchar(20) null, "params" jsonb not null, "remote_ip" varchar(45) null, "answer" varchar(100) not null, constraint "payment_callback_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_callback_received_at_index" on "payment_callback" ("received_at");`);
    this.addSql(`create index "payment_callback_merchant_trade_no_received_at_index" on "payment_callback" ("merchant_trade_no", "received_at");`);
    this.addSql(`alter table "payment" add constraint "payment_amendment_id_foreign" foreign key ("amendment_id") references "amendment" ("id") on update cascade;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "payment_callback" cascade;`);
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(`drop type if exists "payment_status";`);
    this.addSql(`drop type if exists "payment_method";`);
  }
}
