import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Locale } from '../../shared/request-context.js';
import type { Account } from '../accounts/account.entity.js';

/** A notice's words in one language. */
export interface NoticeText {
  title: string;
  body: string;
}

/** A notice's words in every language the API speaks, so that the bell follows the reader. */
export type NoticeTexts = Record<Locale, NoticeText>;

/**
 * An in-app notice (the bell): what happened to a case, for one account. `texts` holds it in
 * every language; `title` and `body` in the account's language when it was made (the only words
 * of notices made before `texts` existed).
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['account', 'readAt', 'createdAt'] })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Account', { deleteRule: 'cascade' })
  account!: Account;

  /** What kind of event, e.g. AMENDMENT_APPROVED. */
  @Property({ length: 40 })
  kind!: string;

  @Property({ type: 'uuid', nullable: true })
  amendmentId?: string | null;

  @Property({ length: 200 })
  title!: string;

  @Property({ length: 2000 })
  body!: string;

  /** Null on notices made before both languages were kept. */
  @Property({ type: 'json', nullable: true })
  texts?: NoticeTexts | null;

  /** The words in `locale`, or the ones it was made with when that language was not kept. */
  textIn(locale: Locale): NoticeText {
    return this.texts?.[locale] ?? { title: this.title, body: this.body };
  }

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;
}
