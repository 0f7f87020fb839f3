import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Role } from '../../shared/actor.js';
import type { Applicant } from '../cardholders/applicant.entity.js';

/**
 * A person or organisation that logs in. Never exposed as-is through GraphQL: it carries the
 * password hash and lockout counters.
 */
@Entity({ tableName: 'account' })
export class Account {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 64, unique: true })
  accountName!: string;

  @Property({ length: 254, unique: true })
  email!: string;

  @Property({ length: 200 })
  passwordHash!: string;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Property({ length: 120 })
  displayName!: string;

  @Property({ length: 120, nullable: true })
  organisationName?: string | null;

  @Property({ length: 5 })
  locale: 'zh-TW' | 'en' = 'zh-TW';

  /** The holder an APPLICANT account acts for, bound once it has proven who it is. */
  @ManyToOne('Applicant', { nullable: true, deleteRule: 'set null', index: true })
  applicant?: Applicant | null;

  @Property({ type: 'datetime', nullable: true })
  emailVerifiedAt?: Date | null;

  @Property({ type: 'datetime' })
  passwordChangedAt: Date = new Date();

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
