import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes in the officers' list order (submitted_at desc nulls last, id): at 1M cases the
 * unfiltered first page went from a 860 ms parallel scan to a 0.03 ms index scan (bench/README.md).
 */
export class Migration20261128000900OfficerListIndexes extends Migration {
  override up(): void {
    this.addSql(`drop index "amendment_status_submitted_at_index";`);
    this.addSql(`create index "amendment_status_submitted_at_id_index" on "amendment" ("status", "submitted_at" desc nulls last, "id");`);
    this.addSql(`create index "amendment_submitted_at_id_index" on "amendment" ("submitted_at" desc nulls last, "id");`);
  }

  override down(): void {
    this.addSql(`drop index if exists "amendment_submitted_at_id_index";`);
    this.addSql(`drop index if exists "amendment_status_submitted_at_id_index";`);
    this.addSql(`create index "amendment_status_submitted_at_index" on "amendment" ("status", "submitted_at");`);
  }
}
