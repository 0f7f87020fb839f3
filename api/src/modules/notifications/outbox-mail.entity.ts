import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Locale } from '../../shared/request-context.js';
import type { MailTemplateName } from './mail-templates.js';

export enum OutboxStatus {
  /** Waiting to be sent (or to be retried at `nextAttemptAt`). */
  PENDING = 'PENDING',
  /** Accepted by the SMTP server. */
  SENT = 'SENT',
  /** Given up: too many failed attempts, or refused permanently by the server. */
  FAILED = 'FAILED',
}

/**
 * One outgoing mail, written in the same transaction as the change that causes it (the
 * transactional outbox): a rolled-back change never sends mail, a committed one always does,
 * eventually. `MailDispatcher` delivers it; the development mailbox shows it.
 *
 * Holds personal data (the address) and may hold secrets (links with tokens in the bodies): never
 * log a row, and never expose it outside the development mailbox.
 */
@Entity({ tableName: 'outbox_mail' })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class OutboxMail {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 254 })
  toAddress!: string;

  @Property({ length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  textBody!: string;

  @Property({ type: 'text' })
  htmlBody!: string;

  @Property({ type: 'string', length: 40 })
  template!: MailTemplateName;

  @Property({ type: 'string', length: 5 })
  locale!: Locale;

  @Enum({ items: () => OutboxStatus, nativeEnumName: 'outbox_status' })
  status: OutboxStatus = OutboxStatus.PENDING;

  /** Delivery attempts started so far (counted when a dispatcher claims the mail). */
  @Property({ type: 'integer' })
  attempts: number = 0;

  /** When the mail is due (again); while a dispatcher holds it, the end of its lease. */
  @Property({ type: 'datetime' })
  nextAttemptAt: Date = new Date();

  /** Why the last attempt failed, in a few words: error code and SMTP reply, no addresses. */
  @Property({ length: 300, nullable: true })
  lastError?: string | null;

  /** The Message-ID the mail was sent with. */
  @Property({ length: 300, nullable: true })
  messageId?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;
}
