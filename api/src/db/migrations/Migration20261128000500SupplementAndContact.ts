import { Migration } from '@mikro-orm/migrations';

/** What a supplement request asked for, and the confirmation link of contact-only changes. */
export class Migration20261128000500SupplementAndContact extends Migration {
  override up(): void {
    this.addSql(`alter table "amendment" add column "requested_documents" text[] null, add column "supplement_requested_at" timestamptz null, add column "contact_token_hash" varchar(64) null, add column "contact_token_expires_at" timestamptz null;`);
    this.addSql(`alter table "amendment" add constraint "amendment_contact_token_hash_unique" unique ("contact_token_hash");`);
  }

  override down(): void {
    this.addSql(`alter table "amendment" drop constraint "amendment_contact_token_hash_unique";`);
    this.addSql(`alter table "amendment" drop column "requested_documents", drop column "supplement_requested_at", drop column "contact_token_hash", drop column "contact_token_expires_at";`);
  }
}
