import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/raw-read.js';
import { AmendmentStatus } from '../amendments/amendment-status.js';

/** Cases an officer is working on: assigned and not decided yet. */
export const OPEN_CASE_STATUSES = [
  AmendmentStatus.UNDER_REVIEW,
  AmendmentStatus.SUPPLEMENT_REQUESTED,
] as const;

/** Per-request batch loaders for the staff list: one grouped count for the whole page. */
export function createStaffLoaders(em: EntityManager) {
  return {
    openCasesByOfficer: new DataLoader<string, number>(async (ids) => {
      const rows = await query<{ officer: string; cases: number }>(
        em,
        `select assigned_officer_id as officer, count(*)::int as cases from amendment
         where assigned_officer_id in (?) and status in (?)
         group by assigned_officer_id`,
        [[...ids], [...OPEN_CASE_STATUSES]],
      );
      const counts = new Map(rows.map((r) => [r.officer, r.cases]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}
