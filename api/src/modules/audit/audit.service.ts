import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.js';
import { currentScope } from '../../shared/request-context.js';
import { AuditActorKind, AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: string;
  actor: Actor | 'system';
  entityType?: string;
  entityId?: string | null;
  success?: boolean;
  changes?: AuditEvent['changes'];
  detail?: Record<string, unknown>;
}

/**
 * Adds an audit event to the unit of work of `em`: it is written by the same flush, in the
 * same transaction, as the change it describes. The request's ip and id are taken from scope.
 */
export function recordAudit(em: EntityManager, entry: AuditEntry): AuditEvent {
  const event = auditEventOf(entry);
  em.persist(event);
  return event;
}

/**
 * Writes an audit event now, as one statement outside any unit of work: for reads, where there
 * is no change to commit it with (officers viewing holders' data).
 */
export async function writeAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  await em.insert(AuditEvent, auditEventOf(entry));
}

/** The audit event for an entry, not yet written (for writes made in one statement). */
export function auditEventOf(entry: AuditEntry): AuditEvent {
  const scope = currentScope();
  const event = new AuditEvent();
  if (entry.actor === 'system') {
    event.actorKind = AuditActorKind.SYSTEM;
  } else if (entry.actor.kind === 'account') {
    event.actorKind = entry.actor.apiKeyId ? AuditActorKind.INTEGRATION : AuditActorKind.PERSON;
    event.actorAccountId = entry.actor.accountId;
    event.actorRole = entry.actor.role;
  } else {
    event.actorKind = AuditActorKind.ANONYMOUS;
  }
  event.action = entry.action;
  event.entityType = entry.entityType ?? null;
  event.entityId = entry.entityId ?? null;
  event.success = entry.success ?? true;
  event.changes = entry.changes ?? null;
  event.detail =
    entry.actor !== 'system' && entry.actor.kind === 'account' && entry.actor.apiKeyId
      ? { ...entry.detail, apiKeyId: entry.actor.apiKeyId }
      : (entry.detail ?? null);
  event.ip = scope?.ip ?? null;
  event.requestId = scope?.requestId ?? null;
  return event;
}
