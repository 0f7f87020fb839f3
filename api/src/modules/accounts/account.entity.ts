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

  /** Stored lower-case: account names are case-insensitive. */
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

  /** Set for accounts created with a temporary password (officers): change it before anything else. */
  @Property()
  mustChangePassword: boolean = false;

  /** Consecutive wrong passwords; reset by a successful login or a password reset. */
  @Property()
  failedLoginCount: number = 0;

  /** Locked after too many wrong passwords; a password reset or a supervisor unlocks. */
  @Property({ type: 'datetime', nullable: true })
  lockedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  /**
   * Set when a supervisor disables a staff account: its sessions end and its login is refused
   * until a supervisor enables it again (staff.service.ts).
   */
  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
