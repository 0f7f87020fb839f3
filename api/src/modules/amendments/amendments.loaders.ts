import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../accounts/account.entity.js';
import { Applicant } from '../cardholders/applicant.entity.js';
import { AmendmentDocument, AmendmentEvent } from './amendment.entity.js';

function byAmendment<T extends { amendment: { id: string } }>(
  rows: T[],
  ids: readonly string[],
): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows)
    groups.set(row.amendment.id, [...(groups.get(row.amendment.id) ?? []), row]);
  return ids.map((id) => groups.get(id) ?? []);
}

/** Per-request batch loaders for the relations of amendment lists. */
export function createAmendmentLoaders(em: EntityManager) {
  return {
    documentsByAmendment: new DataLoader<string, AmendmentDocument[]>(async (ids) =>
      byAmendment(
        await em.find(
          AmendmentDocument,
          { amendment: { $in: [...ids] } },
          { orderBy: { uploadedAt: 'asc' } },
        ),
        ids,
      ),
    ),
    eventsByAmendment: new DataLoader<string, AmendmentEvent[]>(async (ids) =>
      byAmendment(
        await em.find(AmendmentEvent, { amendment: { $in: [...ids] } }, { orderBy: { at: 'asc' } }),
        ids,
      ),
    ),
    accountById: new DataLoader<string, Account | null>(async (ids) => {
      const rows = await em.find(Account, { id: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    applicantById: new DataLoader<string, Applicant | null>(async (ids) => {
      const rows = await em.find(Applicant, { id: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
