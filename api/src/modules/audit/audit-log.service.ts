import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { parseInput } from '../../shared/validation.js';
import { AuditEvent } from './audit-event.entity.js';

export const auditQuerySchema = z.object({
  filter: z
    .object({
      action: z.string().trim().max(80).nullish(),
      actorAccountId: z.uuid().nullish(),
      actor: z.string().trim().max(120).nullish(),
      amendmentId: z.uuid().nullish(),
      entityType: z.string().trim().max(40).nullish(),
      entityId: z.string().trim().max(64).nullish(),
      from: z.date().nullish(),
      to: z.date().nullish(),
    })
    .default({}),
  page: z.number().int().min(1).max(100_000),
  perPage: z.number().int().min(1).max(200),
});

const likeFragment = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A case's events are those about the case itself and about its documents and payments (whose
 * audit events name the document or payment, not the case). A removed document's row is gone,
 * so the views of it no longer lead back to the case.
 */
const ABOUT_CASE = `(("e"."entity_type" = 'Amendment' and "e"."entity_id" = ?)
  or ("e"."entity_type" = 'AmendmentDocument'
      and "e"."entity_id" in (select "id"::text from "amendment_document" where "amendment_id" = ?))
  or ("e"."entity_type" = 'Payment'
      and "e"."entity_id" in (select "id"::text from "payment" where "amendment_id" = ?)))`;

/** People whose account name or display name contains the text. */
const BY_PERSON = `"e"."actor_account_id" in (select "id" from "account"
  where "account_name" ilike ? or "display_name" ilike ?)`;

/** One page of the audit trail, newest first, and how many events match. */
export async function listAuditEvents(
  em: EntityManager,
  input: unknown,
): Promise<{ rows: AuditEvent[]; total: number }> {
  const { filter: f, page, perPage } = parseInput(auditQuerySchema, input, '');
  const where: Record<string, unknown>[] = [];
  if (f.action)
    where.push({ action: f.action.endsWith('.') ? { $like: `${f.action}%` } : f.action });
  if (f.actorAccountId) where.push({ actorAccountId: f.actorAccountId });
  if (f.entityType) where.push({ entityType: f.entityType });
  if (f.entityId) where.push({ entityId: f.entityId });
  if (f.from) where.push({ at: { $gte: f.from } });
  if (f.to) where.push({ at: { $lt: f.to } });
  const qb = em.createQueryBuilder(AuditEvent, 'e').where(where.length ? { $and: where } : {});
  if (f.amendmentId) qb.andWhere(ABOUT_CASE, [f.amendmentId, f.amendmentId, f.amendmentId]);
  if (f.actor) qb.andWhere(BY_PERSON, [likeFragment(f.actor), likeFragment(f.actor)]);
  qb.orderBy({ at: 'desc', id: 'asc' })
    .limit(perPage)
    .offset((page - 1) * perPage);
  const [rows, total] = await qb.getResultAndCount();
  return { rows, total };
}
