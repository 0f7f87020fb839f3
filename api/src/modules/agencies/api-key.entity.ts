import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import type { Account } from '../accounts/account.entity.js';

export enum ApiKeyScope {
  READ = 'READ',
  FILE = 'FILE',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'READ: queries only; FILE: also mutations (start, save, upload, submit…)',
});

/**
 * A credential for an agency's or employer's software. The token (`gk_<prefix>_<secret>`) is
 * shown once; only its SHA-256 is stored, found again by its public prefix.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Account', { deleteRule: 'cascade', index: true })
  account!: Account;

  @Property({ length: 100 })
  name!: string;

  @Property({ length: 16, unique: true })
  prefix!: string;

  @Property({ length: 64 })
  tokenHash!: string;

  @Enum({ items: () => ApiKeyScope, array: true })
  scopes: ApiKeyScope[] = [];

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
