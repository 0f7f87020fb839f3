import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Account } from './account.entity.js';

export enum AccountTokenPurpose {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
}

/** A single-use emailed token (verification or reset), stored as a SHA-256 hash. */
@Entity({ tableName: 'account_token' })
export class AccountToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Account', { deleteRule: 'cascade', index: true })
  account!: Account;

  @Enum({ items: () => AccountTokenPurpose, nativeEnumName: 'account_token_purpose' })
  purpose!: AccountTokenPurpose;

  @Property({ length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
