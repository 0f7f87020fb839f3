import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Account } from '../accounts/account.entity.js';
import type { Applicant } from '../cardholders/applicant.entity.js';
import { Role } from '../../shared/actor.js';
import { AmendmentItem, DocumentType } from './amendment-items.js';
import { AmendmentStatus } from './amendment-status.js';
import type { AmendmentValues, HolderContext } from './amendment-values.js';
import type { FeeQuote } from './amendment-fee.js';

/**
 * One data-amendment case. The partial unique index `amendment_one_open_per_holder` (migration)
 * makes "one open amendment per holder" hold even under concurrent starts.
 */
@Entity({ tableName: 'amendment' })
@Unique({
  name: 'amendment_one_open_per_holder',
  expression: `create unique index "amendment_one_open_per_holder" on "amendment" ("applicant_id") where "status" in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED')`,
})
// The officers' list sorts by submission, newest first, ties by id: indexes in that exact order
// make its first page an index scan at any size (bench/README.md).
@Index({
  name: 'amendment_submitted_at_id_index',
  expression: `create index "amendment_submitted_at_id_index" on "amendment" ("submitted_at" desc nulls last, "id")`,
})
@Index({
  name: 'amendment_status_submitted_at_id_index',
  expression: `create index "amendment_status_submitted_at_id_index" on "amendment" ("status", "submitted_at" desc nulls last, "id")`,
})
@Index({ properties: ['filedBy', 'updatedAt'] })
// The search box and the work queues (modules/review/case-search.sql.ts, case-queues.ts).
@Index({
  name: 'amendment_application_number_trgm_index',
  expression: `create index "amendment_application_number_trgm_index" on "amendment" using gin (application_number gin_trgm_ops)`,
})
@Index({
  name: 'amendment_applicant_search_index',
  expression: `create index "amendment_applicant_search_index" on "amendment" ("applicant_id", "submitted_at" desc nulls last, "id") include ("status")`,
})
@Index({
  name: 'amendment_mine_queue_index',
  expression: `create index "amendment_mine_queue_index" on "amendment" ("assigned_officer_id", "submitted_at" desc nulls last, "id") where status in ('SUBMITTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED')`,
})
@Index({
  name: 'amendment_supplement_answered_queue_index',
  expression: `create index "amendment_supplement_answered_queue_index" on "amendment" ("submitted_at" desc nulls last, "id") where status = 'UNDER_REVIEW' and supplement_answered_at is not null`,
})
@Index({
  name: 'amendment_cards_to_produce_queue_index',
  expression: `create index "amendment_cards_to_produce_queue_index" on "amendment" ("submitted_at" desc nulls last, "id") where status = 'APPROVED' and items && array['NAME', 'SEX', 'PASSPORT', 'RESIDENCE_ADDRESS', 'UI_NUMBER_NEW_FORMAT', 'UI_NUMBER_PERSONAL_REASON']::text[] and (fee_paid_at is not null or coalesce((fee ->> 'amount')::numeric, 0) = 0)`,
})
export class Amendment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Shown to the applicant at submit, e.g. GC2026-0000042. */
  @Property({ length: 20, nullable: true, unique: true })
  applicationNumber?: string | null;

  @Enum({ items: () => AmendmentStatus, nativeEnumName: 'amendment_status' })
  status: AmendmentStatus = AmendmentStatus.DRAFT;

  @ManyToOne('Applicant', { index: true })
  applicant!: Applicant;

  @Enum({ items: () => AmendmentItem, array: true })
  items: AmendmentItem[] = [];

  @Property({ type: 'json' })
  current!: AmendmentValues;

  @Property({ type: 'json' })
  requested!: AmendmentValues;

  @Property({ type: 'json' })
  context!: HolderContext;

  @ManyToOne('Account', { index: true })
  filedBy!: Account;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  filedByRole!: Role;

  @ManyToOne('Account', { nullable: true, index: true })
  assignedOfficer?: Account | null;

  @Property({ length: 20 })
  termsVersion!: string;

  /** The fee as fixed at submit (drafts are quoted live). */
  @Property({ type: 'json', nullable: true })
  fee?: FeeQuote | null;

  @Property({ type: 'datetime', nullable: true })
  feePaidAt?: Date | null;

  /** Documents the officer asked for in the latest supplement request (補件). */
  @Enum({ items: () => DocumentType, array: true, nullable: true })
  requestedDocuments?: DocumentType[] | null;

  @Property({ type: 'datetime', nullable: true })
  supplementRequestedAt?: Date | null;

  /** When the filer last answered a supplement request (the queue SUPPLEMENT_ANSWERED). */
  @Property({ type: 'datetime', nullable: true })
  supplementAnsweredAt?: Date | null;

  /** Contact-only changes: SHA-256 of the link sent to the new email address. */
  @Property({ length: 64, nullable: true, unique: true })
  contactTokenHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  contactTokenExpiresAt?: Date | null;

  @Property({ version: true })
  version: number = 1;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Drafts are purged this long after their last change (DRAFT_RETENTION_DAYS). */
  @Property({ type: 'datetime' })
  @Index()
  lastEditedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;
}

export enum AmendmentEventType {
  CREATED = 'CREATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  DOCUMENT_ADDED = 'DOCUMENT_ADDED',
  DOCUMENT_REMOVED = 'DOCUMENT_REMOVED',
  NOTE = 'NOTE',
}

/** The timeline: every change of status (and document) with its time and who made it. */
@Entity({ tableName: 'amendment_event' })
@Index({ properties: ['amendment', 'at'] })
export class AmendmentEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Amendment, { deleteRule: 'cascade' })
  amendment!: Amendment;

  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Enum({ items: () => AmendmentEventType, nativeEnumName: 'amendment_event_type' })
  type!: AmendmentEventType;

  @Enum({ items: () => AmendmentStatus, nativeEnumName: 'amendment_status', nullable: true })
  fromStatus?: AmendmentStatus | null;

  @Enum({ items: () => AmendmentStatus, nativeEnumName: 'amendment_status', nullable: true })
  toStatus?: AmendmentStatus | null;

  @Property({ type: 'uuid', nullable: true })
  actorAccountId?: string | null;

  @Property({ length: 20, nullable: true })
  actorRole?: string | null;

  @Property({ length: 2000, nullable: true })
  note?: string | null;
}

/** An uploaded document: the bytes live in the document store under `storageKey`. */
@Entity({ tableName: 'amendment_document' })
export class AmendmentDocument {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Amendment, { deleteRule: 'cascade', index: true })
  amendment!: Amendment;

  @Property({ length: 40 })
  type!: string;

  @Property({ length: 200, unique: true })
  storageKey!: string;

  @Property({ length: 200 })
  originalName!: string;

  @Property({ length: 100 })
  mimeType!: string;

  @Property()
  size!: number;

  @Property({ length: 64 })
  sha256!: string;

  @Property({ type: 'integer', nullable: true })
  width?: number | null;

  @Property({ type: 'integer', nullable: true })
  height?: number | null;

  @Property({ type: 'uuid' })
  uploadedBy!: string;

  @Property({ type: 'datetime' })
  uploadedAt: Date = new Date();
}
