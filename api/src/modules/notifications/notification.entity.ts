import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Account } from '../accounts/account.entity.js';

/** An in-app notice (the bell): what happened to a case, for one account, in its language. */
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

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;
}
