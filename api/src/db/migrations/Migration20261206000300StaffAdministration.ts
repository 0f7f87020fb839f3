import { Migration } from '@mikro-orm/migrations';

/** Supervisors disable and enable staff accounts (staff.service.ts). */
export class Migration20261206000300StaffAdministration extends Migration {
  override up(): void {
    this.addSql(`alter table "account" add column "disabled_at" timestamptz null;`);
  }

  override down(): void {
    this.addSql(`alter table "account" drop column if exists "disabled_at";`);
  }
}
