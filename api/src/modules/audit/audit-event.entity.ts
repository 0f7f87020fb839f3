import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum AuditActorKind {
  PERSON = 'PERSON',
  SYSTEM = 'SYSTEM',
  ANONYMOUS = 'ANONYMOUS',
  /** An agency's or employer's software, with an API key (the key is in `detail.apiKeyId`). */
  INTEGRATION = 'INTEGRATION',
}

/**
 * Who did what to which record, when and from where. Written in the same transaction as the
 * change it describes; never holds passwords, tokens or document contents.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['actorAccountId', 'at'] })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime' })
  @Index()
  at: Date = new Date();

  @Enum({ items: () => AuditActorKind, nativeEnumName: 'audit_actor_kind' })
  actorKind!: AuditActorKind;

  @Property({ type: 'uuid', nullable: true })
  actorAccountId?: string | null;

  @Property({ length: 20, nullable: true })
  actorRole?: string | null;

  /** Dotted name of what happened, e.g. `auth.login.failure`. */
  @Property({ length: 80 })
  @Index()
  action!: string;

  @Property({ length: 40, nullable: true })
  entityType?: string | null;

  @Property({ length: 64, nullable: true })
  entityId?: string | null;

  @Property()
  success: boolean = true;

  /** Changed fields as `{ field: { before, after } }`. */
  @Property({ type: 'json', nullable: true })
  changes?: Record<string, { before: unknown; after: unknown }> | null;

  /** Anything else worth keeping (a reason code, an account name tried). */
  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown> | null;

  @Property({ length: 45, nullable: true })
  ip?: string | null;

  @Property({ length: 64, nullable: true })
  requestId?: string | null;
}
