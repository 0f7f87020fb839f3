import { Migration } from '@mikro-orm/migrations';

/** In-app notices (the bell). */
export class Migration20261128000660Notices extends Migration {
  override up(): void {
    this.addSql(`create table "notification" ("id" uuid not null, "account_id" uuid not null, "kind" varchar(40) not null, "amendment_id" uuid null, "title" varchar(200) not null, "body" varchar(2000) not null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_account_id_read_at_created_at_index" on "notification" ("account_id", "read_at", "created_at");`);
    this.addSql(`alter table "notification" add constraint "notification_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "notification" cascade;`);
  }
}
