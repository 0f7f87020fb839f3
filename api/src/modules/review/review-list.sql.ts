import type { EntityManager } from '@mikro-orm/postgresql';
import { columnNames, plainRows, query, selectColumns } from '../../db/raw-read.js';
import { withJoined } from '../amendments/joined-relations.js';
import { ACCOUNT_REF_COLUMNS, type AccountRef, accountRefOf } from '../accounts/account-ref.js';
import { Amendment } from '../amendments/amendment.entity.js';
import { type QueueContext, queueCondition } from './case-queues.js';
import { searchCondition } from './case-search.sql.js';
import { Applicant } from '../cardholders/applicant.entity.js';
import {
  AmendmentSortField,
  AssignmentFilter,
  type listSchema,
  SortOrder,
} from './review.inputs.js';
import type { z } from 'zod';

/**
 * Counting stops here: an exact count of a million cases costs more than the page itself, and
 * nobody pages that far (filters narrow the list). `totalExact` says when the count stopped.
 */
export const LIST_COUNT_LIMIT = 10_000;

const SORT_COLUMNS: Record<AmendmentSortField, string> = {
  SUBMITTED_AT: 'submitted_at',
  UPDATED_AT: 'updated_at',
  CREATED_AT: 'created_at',
  APPLICATION_NUMBER: 'application_number',
  STATUS: 'status',
};

type ListInput = z.infer<typeof listSchema>;

/**
 * Fields of a case answered without its JSON columns (the data as registered and as asked,
 * the holder context, the fixed fee). When a list selects only these, the JSON is not read:
 * it is most of a row's bytes and of the time to parse it. Any other field loads everything.
 */
const FIELDS_WITHOUT_CASE_DATA = new Set([
  '__typename',
  'id',
  'applicationNumber',
  'status',
  'statusLabel',
  'items',
  'version',
  'submittedAt',
  'updatedAt',
  'createdAt',
  'decidedAt',
  'overdue',
  'assignedOfficer',
  'applicant',
  'filedBy',
  'draftExpiresAt',
  'documents',
  'checklist',
  'events',
]);
const CASE_DATA_COLUMNS = new Set(['current', 'requested', 'context', 'fee']);

export type ListConditions = QueueContext;

const spread = (c: { sql: string; params: unknown[] }): [string, ...unknown[]] => [
  c.sql,
  ...c.params,
];

export interface ListPage {
  items: Amendment[];
  total: number;
  totalExact: boolean;
  applicants: Applicant[];
  accounts: AccountRef[];
}

/** The filter as SQL over `amendment a`, with its parameters (`?`, arrays after `in`). */
function whereOf(
  filter: ListInput['filter'],
  c: ListConditions,
): { sql: string; params: unknown[] } {
  // Officers never see other people's drafts.
  const parts = [`a.status <> 'DRAFT'`];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (filter.status?.length) add('a.status in (?)', filter.status);
  if (filter.item) add('a.items @> array[?]::text[]', filter.item);
  if (filter.submittedFrom) add('a.submitted_at >= ?', filter.submittedFrom);
  if (filter.submittedTo) add('a.submitted_at < ?', filter.submittedTo);
  if (filter.assignment === AssignmentFilter.MINE) add('a.assigned_officer_id = ?', c.me);
  if (filter.assignment === AssignmentFilter.UNASSIGNED) add('a.assigned_officer_id is null');
  if (filter.assignedOfficerId) add('a.assigned_officer_id = ?', filter.assignedOfficerId);
  if (filter.overdue) add('a.status in (?) and a.submitted_at < ?', c.waiting, c.overdueBefore);
  if (filter.queue) add(...spread(queueCondition(filter.queue, c)));
  if (filter.search) add(...spread(searchCondition(filter.search)));
  if (filter.holder) {
    const upper = filter.holder.toUpperCase();
    if (/^[A-Z][A-D89]\d{8}$/.test(upper)) {
      // A UI number, current or earlier, matches exactly.
      add(
        'a.applicant_id in (select u.applicant_id from applicant_ui_number u where u.ui_number = ?)',
        upper,
      );
    } else {
      const like = `%${filter.holder.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      add(
        `exists (select 1 from applicant n where n.id = a.applicant_id and
           (n.english_surname ilike ? or n.english_given_name ilike ? or n.chinese_name ilike ?))`,
        like,
        like,
        like,
      );
    }
  }
  return { sql: parts.join(' and '), params };
}

/** The statement `selectListPage` runs (exported for the query-plan tests). */
export function listPageSql(
  em: EntityManager,
  input: ListInput,
  conditions: ListConditions,
  selected?: ReadonlySet<string>,
): { sql: string; params: unknown[] } {
  const { filter, sort, page, perPage } = input;
  const light = selected && [...selected].every((f) => FIELDS_WITHOUT_CASE_DATA.has(f));
  const caseColumns = columnNames(em, Amendment)
    .filter((c) => !light || !CASE_DATA_COLUMNS.has(c))
    .map((c) => `a.${c} as a__${c}`)
    .join(', ');
  const accountColumns = (alias: string) =>
    ACCOUNT_REF_COLUMNS.map((c) => `${alias}.${c} as ${alias}__${c}`).join(', ');
  const where = whereOf(filter, conditions);
  const direction = sort.order === SortOrder.ASC ? 'asc' : 'desc';
  const order = (alias: string) =>
    `${alias}.${SORT_COLUMNS[sort.field]} ${direction} nulls last, ${alias}.id asc`;
  // The page is chosen by id first, then its rows are read: where the indexes cover the filter
  // and the order (a status tab, a holder's cases), thousands of matches are sorted from index
  // entries alone and only the page's rows are fetched (architecture.md, the officers' list).
  return {
    sql: `select t.total, ${caseColumns}, ${selectColumns(em, Applicant, 'h')},
       ${accountColumns('f')}, ${accountColumns('o')}
     from (select count(*)::int as total
           from (select 1 from amendment a where ${where.sql} limit ?) matching) t
     left join lateral (select a.id from amendment a where ${where.sql}
                        order by ${order('a')} limit ? offset ?) p on true
     left join amendment a on a.id = p.id
     left join applicant h on h.id = a.applicant_id
     left join account f on f.id = a.filed_by_id
     left join account o on o.id = a.assigned_officer_id
     order by ${order('a')}`,
    params: [...where.params, LIST_COUNT_LIMIT + 1, ...where.params, perPage, (page - 1) * perPage],
  };
}

/**
 * One page of the officers' list in one statement: the (bounded) count, the page, and the
 * holder, filer and officer of each row. Rows are read-only plain objects (db/raw-read.ts).
 */
export async function selectListPage(
  em: EntityManager,
  input: ListInput,
  conditions: ListConditions,
  selected?: ReadonlySet<string>,
): Promise<ListPage> {
  const { sql, params } = listPageSql(em, input, conditions, selected);
  const rows = await query(em, sql, params);
  const counted = Number(rows[0]?.total ?? 0);
  const found = rows.filter((r) => r.a__id !== null && r.a__id !== undefined);
  const items = plainRows(em, Amendment, found, 'a__');
  const applicants = plainRows(em, Applicant, found, 'h__');
  const accounts = new Map<string, AccountRef>();
  items.forEach((item, i) => {
    const filer = accountRefOf(found[i]!, 'f__');
    const officer = accountRefOf(found[i]!, 'o__');
    for (const ref of [filer, officer]) if (ref) accounts.set(ref.id, ref);
    withJoined(item, { applicant: applicants[i]!, filedBy: filer!, assignedOfficer: officer });
  });
  return {
    items,
    total: Math.min(counted, LIST_COUNT_LIMIT),
    totalExact: counted <= LIST_COUNT_LIMIT,
    applicants,
    accounts: [...accounts.values()],
  };
}
