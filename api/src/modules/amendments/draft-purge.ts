import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../shared/logger.js';
import { recordAudit } from '../audit/audit.service.js';
import type { DocumentStore } from '../documents/document-store.js';
import { Amendment, AmendmentDocument } from './amendment.entity.js';
import { AmendmentStatus } from './amendment-status.js';

/**
 * Deletes drafts nobody has touched for `retentionDays` (and their documents). Safe with several
 * replicas: rows are claimed with SKIP LOCKED. Files go after the commit; a crash in between
 * leaves orphan files, never records pointing at missing files.
 */
export async function purgeStaleDrafts(
  orm: MikroORM,
  store: DocumentStore,
  retentionDays: number,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const keys: string[] = [];
  const purged = await orm.em.fork().transactional(async (em) => {
    const stale = await em.find(
      Amendment,
      { status: AmendmentStatus.DRAFT, lastEditedAt: { $lt: cutoff } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: 500 },
    );
    if (stale.length === 0) return 0;
    const docs = await em.find(AmendmentDocument, { amendment: { $in: stale } });
    keys.push(...docs.map((d) => d.storageKey));
    for (const amendment of stale) {
      recordAudit(em, {
        action: 'amendment.draft.purged',
        actor: 'system',
        entityType: 'Amendment',
        entityId: amendment.id,
        detail: {
          lastEditedAt: amendment.lastEditedAt.toISOString(),
          documents: docs.filter((d) => d.amendment.id === amendment.id).length,
        },
      });
    }
    await em.nativeDelete(Amendment, { id: { $in: stale.map((a) => a.id) } });
    return stale.length;
  });
  for (const key of keys) await store.delete(key).catch(() => undefined);
  return purged;
}

/** Runs the purge now and then every hour until stopped. */
export function scheduleDraftPurge(
  orm: MikroORM,
  store: DocumentStore,
  retentionDays: number,
  log: Logger,
) {
  const run = () =>
    purgeStaleDrafts(orm, store, retentionDays)
      .then((n) => {
        if (n) log.info({ purged: n }, 'purged stale drafts');
      })
      .catch((error: unknown) => log.error({ err: error }, 'draft purge failed'));
  void run();
  const timer = setInterval(() => void run(), 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
