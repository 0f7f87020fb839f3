import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Applicant } from '../cardholders/applicant.entity.js';

/**
 * The holder's registered data before and after an approved amendment: the history that
 * survives every change (who approved it is in the audit trail under the same amendment).
 */
@Entity({ tableName: 'applicant_revision' })
@Index({ properties: ['applicant', 'changedAt'] })
export class ApplicantRevision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Applicant', { deleteRule: 'cascade' })
  applicant!: Applicant;

  @Property({ type: 'uuid' })
  amendmentId!: string;

  @Property({ type: 'datetime' })
  changedAt: Date = new Date();

  @Property({ type: 'json' })
  before!: Record<string, unknown>;

  @Property({ type: 'json' })
  after!: Record<string, unknown>;
}
