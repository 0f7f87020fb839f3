import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Account } from './account.entity.js';

/**
 * A login. Only the SHA-256 of the token is stored, so a database leak yields no usable
 * sessions. Expiry slides with activity up to an absolute limit.
 */
@Entity({ tableName: 'session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Account', { deleteRule: 'cascade', index: true })
  account!: Account;

  @Property({ length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  lastSeenAt: Date = new Date();

  /** Idle expiry: moves forward with each request, never past `absoluteExpiresAt`. */
  @Property({ type: 'datetime' })
  @Index()
  expiresAt!: Date;

  @Property({ type: 'datetime' })
  absoluteExpiresAt!: Date;

  /** When the password has expired: this session may only change it. */
  @Property()
  restricted: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null;

  @Property({ length: 30, nullable: true })
  endReason?: string | null;

  @Property({ length: 45, nullable: true })
  ip?: string | null;

  @Property({ length: 200, nullable: true })
  userAgent?: string | null;
}
