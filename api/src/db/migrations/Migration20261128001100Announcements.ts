import { Migration } from '@mikro-orm/migrations';

/** The bulletin board (公布欄): notices in zh-TW and English, scheduled, pinned and retired. */
export class Migration20261128001100Announcements extends Migration {
  override up(): void {
    this.addSql(`create table "announcement" ("id" uuid not null, "title_zh_tw" varchar(120) not null, "title_en" varchar(120) not null, "body_zh_tw" varchar(4000) not null, "body_en" varchar(4000) not null, "issuing_unit_zh_tw" varchar(80) not null, "issuing_unit_en" varchar(80) not null, "important" boolean not null default false, "publish_from" timestamptz not null, "publish_until" timestamptz null, "retired_at" timestamptz null, "created_by" uuid not null, "updated_by" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "announcement_pkey" primary key ("id"));`);
    this.addSql(`create index "announcement_created_at_index" on "announcement" ("created_at");`);
    this.addSql(`create index "announcement_board_index" on "announcement" ("important" desc, "publish_from" desc, "id") where "retired_at" is null;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "announcement" cascade;`);
  }
}
