import { Migration } from '@mikro-orm/migrations';

/**
 * In-app notices keep their words in every language (`texts`), so the bell answers in the reader's.
 * Existing notices keep `texts` null: their `title` and `body` (the account's language when they
 * were made) answer in every language.
 */
export class Migration20261128001000NoticeLanguages extends Migration {
  override up(): void {
    this.addSql(`alter table "notification" add column "texts" jsonb null;`);
  }

  override down(): void {
    this.addSql(`alter table "notification" drop column if exists "texts";`);
  }
}
