import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Card } from './card.entity.js';
import { ApplicantUiNumber } from './applicant-ui-number.entity.js';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Per-request batch loaders: a list of holders costs one query per relation, not one per row. */
export function createCardholderLoaders(em: EntityManager) {
  return {
    cardsByApplicant: new DataLoader<string, Card[]>(async (ids) => {
      const cards = await em.find(
        Card,
        { applicant: { $in: [...ids] } },
        { orderBy: { issuedAt: 'desc' } },
      );
      const groups = groupBy(cards, (c) => c.applicant.id);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    uiNumbersByApplicant: new DataLoader<string, ApplicantUiNumber[]>(async (ids) => {
      const rows = await em.find(
        ApplicantUiNumber,
        { applicant: { $in: [...ids] } },
        { orderBy: { assignedOn: 'desc' } },
      );
      const groups = groupBy(rows, (r) => r.applicant.id);
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}
