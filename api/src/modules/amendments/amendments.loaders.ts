import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { columnNames, plainRows, query, selectPlain } from '../../db/raw-read.js';
import { ACCOUNT_REF_COLUMNS, type AccountRef, accountRefOf } from '../accounts/account-ref.js';
import { Applicant } from '../cardholders/applicant.entity.js';
import { Amendment, AmendmentDocument, AmendmentEvent } from './amendment.entity.js';

function byAmendment<T extends { amendment: { id: string } }>(
  rows: T[],
  ids: readonly string[],
): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.amendment.id);
    if (list) list.push(row);
    else groups.set(row.amendment.id, [row]);
  }
  return ids.map((id) => groups.get(id) ?? []);
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/**
 * Per-request batch loaders for the relations of cases: one statement per relation whatever
 * the number of cases (hand-written SQL, see db/raw-read.ts). Lists prime the account and
 * holder loaders with what they already joined.
 */
export function createAmendmentLoaders(em: EntityManager) {
  return {
    documentsByAmendment: new DataLoader<string, AmendmentDocument[]>(async (ids) =>
      byAmendment(
        await selectPlain(
          em,
          AmendmentDocument,
          '"amendment_id" in (?)',
          [[...ids]],
          '"uploaded_at", "id"',
        ),
        ids,
      ),
    ),
    eventsByAmendment: new DataLoader<string, AmendmentEvent[]>(async (ids) =>
      byAmendment(
        await selectPlain(em, AmendmentEvent, '"amendment_id" in (?)', [[...ids]], '"at", "id"'),
        ids,
      ),
    ),
    accountById: new DataLoader<string, AccountRef | null>(async (ids) => {
      const rows = await query(
        em,
        `select ${ACCOUNT_REF_COLUMNS.join(', ')} from account where id in (?)`,
        [[...ids]],
      );
      return byId(
        rows.map((r) => accountRefOf(r)).filter((r) => r !== null),
        ids,
      );
    }),
    applicantById: new DataLoader<string, Applicant | null>(async (ids) =>
      byId(await selectPlain(em, Applicant, '"id" in (?)', [[...ids]]), ids),
    ),
  };
}

export type AmendmentLoaders = ReturnType<typeof createAmendmentLoaders>;

/** Relations a caller will read right after loading a case (from the GraphQL selection). */
export interface CaseRelations {
  documents: boolean;
  events: boolean;
}

/**
 * One case and, in the same statement, the relations asked for, which then prime the loaders:
 * a case page costs one query instead of three.
 */
export async function selectCase(
  em: EntityManager,
  where: string,
  params: unknown[],
  relations: CaseRelations,
  loaders: AmendmentLoaders | undefined,
): Promise<Amendment | null> {
  const columns = columnNames(em, Amendment).map((c) => `a."${c}"`);
  const aggregate = (table: string, order: string) =>
    `(select coalesce(json_agg(r order by ${order}), '[]'::json) from "${table}" r
      where r.amendment_id = a.id)`;
  const withDocuments = relations.documents && loaders;
  const withEvents = relations.events && loaders;
  if (withDocuments)
    columns.push(`${aggregate('amendment_document', 'r.uploaded_at, r.id')} as "__documents"`);
  if (withEvents) columns.push(`${aggregate('amendment_event', 'r.at, r.id')} as "__events"`);
  const [row] = await query(
    em,
    `select ${columns.join(', ')} from amendment a where ${where}`,
    params,
  );
  if (!row) return null;
  const [amendment] = plainRows(em, Amendment, [row]);
  if (withDocuments) {
    const documents = plainRows(
      em,
      AmendmentDocument,
      row.__documents as Record<string, unknown>[],
    );
    loaders.documentsByAmendment.prime(amendment!.id, documents);
  }
  if (withEvents) {
    const events = plainRows(em, AmendmentEvent, row.__events as Record<string, unknown>[]);
    loaders.eventsByAmendment.prime(amendment!.id, events);
  }
  return amendment!;
}
