import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import type { Account } from '../accounts/account.entity.js';
import type { Applicant } from '../cardholders/applicant.entity.js';
import { AmendmentItem } from '../amendments/amendment-items.js';

export enum MandateStatus {
  PENDING_VERIFICATION = 'PENDING_VERIFICATION',
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
  REJECTED = 'REJECTED',
}
registerEnumType(MandateStatus, {
  name: 'MandateStatus',
  description:
    'PENDING_VERIFICATION: an uploaded power of attorney awaits an officer; ACTIVE; REVOKED; REJECTED',
});

export enum MandateSource {
  HOLDER_ONLINE = 'HOLDER_ONLINE',
  POWER_OF_ATTORNEY = 'POWER_OF_ATTORNEY',
}
registerEnumType(MandateSource, {
  name: 'MandateSource',
  description:
    'HOLDER_ONLINE: granted by the holder in their account; POWER_OF_ATTORNEY: a signed document verified by an officer',
});

/**
 * A holder's authorisation for an employer or agency to act for them: which items, from when to
 * when. Checked at every request the grantee makes for the holder; revocation is immediate.
 */
@Entity({ tableName: 'mandate' })
@Index({ properties: ['grantee', 'applicant', 'status'] })
export class Mandate {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Applicant', { deleteRule: 'cascade', index: true })
  applicant!: Applicant;

  @ManyToOne('Account', { deleteRule: 'cascade' })
  grantee!: Account;

  /** Items the grantee may file; empty means all. */
  @Enum({ items: () => AmendmentItem, array: true })
  items: AmendmentItem[] = [];

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date' })
  validUntil!: string;

  @Enum({ items: () => MandateStatus, nativeEnumName: 'mandate_status' })
  status!: MandateStatus;

  @Enum({ items: () => MandateSource, nativeEnumName: 'mandate_source' })
  source!: MandateSource;

  /** The signed power of attorney, for POWER_OF_ATTORNEY mandates. */
  @Property({ length: 200, nullable: true })
  documentKey?: string | null;

  @Property({ length: 100, nullable: true })
  documentMimeType?: string | null;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Property({ length: 500, nullable: true })
  note?: string | null;
}
