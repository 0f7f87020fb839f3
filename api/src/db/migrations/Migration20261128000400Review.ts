import { Migration } from '@mikro-orm/migrations';

/** The holder's data before and after each approved amendment. */
export class Migration20261128000400Review extends Migration {
  override up(): void {
    this.addSql(`create table "applicant_revision" ("id" uuid not null, "applicant_id" uuid not null, "amendment_id" uuid not null, "changed_at" timestamptz not null, "before" jsonb not null, "after" jsonb not null, constraint "applicant_revision_pkey" primary key ("id"));`);
    this.addSql(`create index "applicant_revision_applicant_id_changed_at_index" on "applicant_revision" ("applicant_id", "changed_at");`);
    this.addSql(`alter table "applicant_revision" add constraint "applicant_revision_applicant_id_foreign" foreign key ("applicant_id") references "applicant" ("id") on update cascade on delete cascade;`);
  }

  override down(): void {
    this.addSql(`drop table if exists "applicant_revision" cascade;`);
  }
}
