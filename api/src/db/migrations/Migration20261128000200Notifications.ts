import { Migration } from '@mikro-orm/migrations';

/** The mail outbox: mails written in the caller's transaction, delivered by MailDispatcher. */
export class Migration20261128000200Notifications extends Migration {
  override up(): void {
    this.addSql(`create type "outbox_status" as enum ('PENDING', 'SENT', 'FAILED');`);
    this.addSql(`create table "outbox_mail" ("id" uuid not null, "to_address" varchar(254) not null, "subject" varchar(300) not null, "text_body" text not null, "html_body" text not null, "template" varchar(40) not null, "locale" varchar(5) not null, "status" "outbox_status" not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" varchar(300) null, "message_id" varchar(300) null, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "outbox_mail_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_mail_status_next_attempt_at_index" on "outbox_mail" ("status", "next_attempt_at");`);
  }

  override down(): void {
    this.addSql(`drop table if exists "outbox_mail" cascade;`);
    this.addSql(`drop type if exists "outbox_status";`);
  }
}
