import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/raw-read.js';
import { AppError } from '../../shared/errors.js';

interface CaseNow {
  status: string;
  version: number;
  changed_by: string | null;
  changed_at: Date | string | null;
}

/**
 * CONFLICT for a decision taken on a stale version, saying what the case is now and who changed
 * it last (the actor of its latest timeline event), so the officer sees why before reloading.
 * Read after the failed attempt, outside its rolled-back transaction; when even this read finds
 * nothing (the case was deleted meanwhile) the plain CONFLICT remains.
 */
export async function staleDecision(em: EntityManager, id: string): Promise<AppError> {
  const [now] = await query<CaseNow>(
    em,
    `select a.status, a.version, p.display_name as changed_by, e.at as changed_at
     from amendment a
     left join lateral (select at, actor_account_id from amendment_event
                        where amendment_id = a.id order by at desc, id desc limit 1) e on true
     left join account p on p.id = e.actor_account_id
     where a.id = ?`,
    [id],
  ).catch(() => [] as CaseNow[]);
  if (!now) return new AppError('CONFLICT');
  const params: Record<string, string | number> = {
    status: now.status,
    version: Number(now.version),
  };
  if (now.changed_by) params.changedBy = now.changed_by;
  if (now.changed_at) params.changedAt = new Date(now.changed_at).toISOString();
  return new AppError('CONFLICT', params);
}
