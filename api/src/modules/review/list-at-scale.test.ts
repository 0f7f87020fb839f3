import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAmendments } from '../../db/seeders/amendments-scale.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { Role } from '../../shared/actor.js';
import { listSchema } from './review.inputs.js';
import { LIST_COUNT_LIMIT, listPageSql } from './review-list.sql.js';
import { queueCountsSql } from './case-queues.js';

// The officers' list on a realistic table (20,000 cases): the plans PostgreSQL chooses, and the
// list's rows against the case page's. bench/RESULTS.md (B2, B6) has the timings at 1 M.
let db: TestDatabase;
let server: TestServer;
let officer: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 3_000);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await seedAmendments(client, { amendments: 20_000, seed: 5, events: false });
  // The seeder writes no answers to supplement requests: a third of the cases under review got one.
  await client.query(
    `update amendment set supplement_answered_at = submitted_at + interval '2 days'
     where status = 'UNDER_REVIEW' and get_byte(decode(md5(id::text), 'hex'), 0) < 86`,
  );
  await client.query('vacuum analyze');
  // MINE as seen by the officer with the most open cases.
  const busiest = await client.query<{ id: string }>(
    `select assigned_officer_id id from amendment where status = 'UNDER_REVIEW'
     group by 1 order by count(*) desc limit 1`,
  );
  CONDITIONS.me = busiest.rows[0]!.id;
  await client.end();
  server = await startTestServer(db);
  await createAccount(db, { accountName: 'officer', role: Role.OFFICER, locale: 'en' });
  officer = await loginToken(server, 'officer');
}, 120_000);
afterAll(async () => {
  await server.close();
  await db.drop();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const nodesOf = (node: PlanNode): PlanNode[] => [
  node,
  ...(node.Plans ?? []).flatMap((child) => nodesOf(child)),
];

const CONDITIONS = {
  me: '00000000-0000-4000-8000-000000000001',
  overdueBefore: new Date(Date.now() - 14 * 86_400_000),
  waiting: ['SUBMITTED', 'UNDER_REVIEW'],
};

async function planOf(input: unknown): Promise<PlanNode[]> {
  const em = db.orm.em.fork();
  return planOfSql(listPageSql(em, listSchema.parse(input), CONDITIONS));
}

async function planOfSql({ sql, params }: { sql: string; params: unknown[] }) {
  const em = db.orm.em.fork();
  const [row] = await em
    .getConnection()
    .execute<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(`explain (format json) ${sql}`, params);
  return nodesOf(row!['QUERY PLAN'][0]!.Plan);
}

const NEWEST = { field: 'SUBMITTED_AT', order: 'DESC' };
const LIST_INDEXES = ['amendment_submitted_at_id_index', 'amendment_status_submitted_at_id_index'];

describe('the officers’ list at 20,000 cases', () => {
  it.each([
    ['the landing page (all, newest first)', { sort: NEWEST, page: 1, perPage: 50 }],
    ['a status tab', { filter: { status: ['SUBMITTED'] }, sort: NEWEST, page: 1, perPage: 50 }],
    [
      'a closed status',
      { filter: { status: ['CARD_COLLECTED'] }, sort: NEWEST, page: 1, perPage: 100 },
    ],
    [
      'two statuses',
      { filter: { status: ['SUBMITTED', 'UNDER_REVIEW'] }, sort: NEWEST, page: 1, perPage: 10 },
    ],
  ])('%s: read through the list indexes, never a sequential scan of cases', async (_, input) => {
    const nodes = await planOf(input);
    const onCases = nodes.filter((n) => n['Relation Name'] === 'amendment');
    expect(onCases.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
    // The bounded count and the page's ids through the list indexes, then the page's rows by id.
    const [rows, ...chosen] = onCases.reverse();
    expect(rows!['Index Name']).toBe('amendment_pkey');
    expect(chosen.length).toBeGreaterThanOrEqual(2);
    for (const n of chosen) expect(LIST_INDEXES).toContain(n['Index Name']);
  });

  it('counts up to 10,000 and says so', async () => {
    const res = await server.post<{ amendments: { total: number; totalExact: boolean } }>(
      '{ amendments(perPage: 1) { total totalExact } }',
      {},
      bearer(officer),
    );
    expect(res.body.data!.amendments).toEqual({ total: 10_000, totalExact: false });
    const [{ n }] = (await db.sql<{ n: number }>(
      "select count(*)::int n from amendment where status = 'SUBMITTED'",
    )) as [{ n: number }];
    const submitted = await server.post<{ amendments: { total: number; totalExact: boolean } }>(
      '{ amendments(perPage: 1, filter: { status: [SUBMITTED] }) { total totalExact } }',
      {},
      bearer(officer),
    );
    expect(submitted.body.data!.amendments).toEqual({ total: n, totalExact: true });
  });

  it('shows every field of a case in the list exactly as the case page shows it', async () => {
    const schema = buildSchema(
      readFileSync(new URL('../../../../schema.graphql', import.meta.url), 'utf8'),
    );
    const type = schema.getType('Amendment') as GraphQLObjectType;
    // All fields together, then each field alone (the list leaves columns out by selection).
    const each = selectionOf(schema, type, 3, true);
    expect(each.length).toBeGreaterThan(20);
    for (const selection of [selectionOf(schema, type, 3), ...each.map((f) => `id ${f}`)]) {
      const list = await server.post<{ amendments: { items: { id: string }[] } }>(
        `query { amendments(perPage: 20, filter: { status: [APPROVED, SUBMITTED] }) { items { ${selection} } } }`,
        {},
        bearer(officer),
      );
      expect(list.body.errors).toBeUndefined();
      const items = list.body.data!.amendments.items;
      expect(items.length).toBe(20);
      for (const item of items.slice(0, 3)) {
        const page = await server.post<{ amendment: unknown }>(
          `query($id: ID!) { amendment(id: $id) { ${selection} } }`,
          { id: item.id },
          bearer(officer),
        );
        expect(page.body.data!.amendment).toEqual(item);
      }
    }
  });
});

interface Row {
  id: string;
  applicationNumber: string;
  applicant: { id: string; englishSurname: string; englishGivenName: string; chineseName: string };
}
const SEARCH = `query($search: String!) { amendments(perPage: 100, filter: { search: $search }) {
  total totalExact items { id applicationNumber
    applicant { id englishSurname englishGivenName chineseName } } } }`;

async function search(term: string) {
  const res = await server.post<{ amendments: { total: number; items: Row[] } }>(
    SEARCH,
    { search: term },
    bearer(officer),
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.amendments;
}
const countOf = async (sql: string, params: unknown[]) =>
  (
    await db.sql<{ n: number }>(
      `select count(*)::int n from amendment a where a.status <> 'DRAFT' and ${sql}`,
      params,
    )
  )[0]!.n;

/** Asserts that neither cases nor holders are read in full, and which indexes answer. */
async function expectIndexed(term: string, indexes: string[]) {
  const nodes = await planOf({ filter: { search: term }, sort: NEWEST, page: 1, perPage: 50 });
  const scans = nodes.filter((n) => ['amendment', 'applicant'].includes(n['Relation Name'] ?? ''));
  expect(scans.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
  const used = nodes.map((n) => n['Index Name']).filter(Boolean);
  for (const index of indexes) expect(used).toContain(index);
}

describe('the search box at 20,000 cases', () => {
  it('finds an application number from its last digits, through the trigram index', async () => {
    const [{ number }] = (await db.sql<{ number: string }>(
      `select application_number as number from amendment where status <> 'DRAFT' order by id limit 1`,
    )) as [{ number: string }];
    const digits = number.slice(-5);
    const found = await search(digits);
    expect(found.items.map((r) => r.applicationNumber)).toContain(number);
    expect(found.items.every((r) => r.applicationNumber.includes(digits))).toBe(true);
    expect(found.total).toBe(await countOf(`position($1 in a.application_number) > 0`, [digits]));
    await expectIndexed(digits, ['amendment_application_number_trgm_index']);
  });

  it('finds a holder by an earlier UI number and by passport number (exact, any case)', async () => {
    const [holder] = (await db.sql<{ id: string; old: string; passport: string }>(
      `select n.id, u.ui_number old, n.passport_number passport
       from applicant_ui_number u join applicant n on n.id = u.applicant_id
       where u.replaced_on is not null
         and exists (select 1 from amendment a where a.applicant_id = n.id and a.status <> 'DRAFT')
       order by u.ui_number limit 1`,
    )) as [{ id: string; old: string; passport: string }];
    const expected = await countOf('a.applicant_id = $1', [holder.id]);
    for (const term of [holder.old.toLowerCase(), ` ${holder.passport.toLowerCase()} `]) {
      const found = await search(term);
      expect(found.total).toBe(expected);
      expect(new Set(found.items.map((r) => r.applicant.id))).toEqual(new Set([holder.id]));
    }
    await expectIndexed(holder.old, ['applicant_ui_number_ui_number_unique']);
    await expectIndexed(holder.passport, ['applicant_passport_number_upper_index']);
  });

  it('finds English names in either order, and Chinese names in part', async () => {
    const [holder] = (await db.sql<{ given: string; surname: string; chinese: string }>(
      `select english_given_name given, english_surname surname, chinese_name chinese
       from applicant n where char_length(chinese_name) >= 3
         and exists (select 1 from amendment a where a.applicant_id = n.id and a.status <> 'DRAFT')
       order by id limit 1`,
    )) as [{ given: string; surname: string; chinese: string }];
    const names = `(a.applicant_id in (select id from applicant where
      position($1 in english_given_name || ' ' || english_surname) > 0 or
      position($1 in english_surname || ' ' || english_given_name) > 0))`;
    for (const term of [
      `${holder.given} ${holder.surname}`,
      `${holder.surname}, ${holder.given}`,
    ]) {
      const found = await search(term.toLowerCase());
      const words = term.replace(',', '').toUpperCase();
      expect(found.total).toBe(await countOf(names, [words]));
      for (const r of found.items) {
        const { englishGivenName: g, englishSurname: f } = r.applicant;
        expect(`${g} ${f}`.includes(words) || `${f} ${g}`.includes(words)).toBe(true);
      }
    }
    await expectIndexed(`${holder.given} ${holder.surname}`, [
      'applicant_given_surname_trgm_index',
      'applicant_surname_given_trgm_index',
      'amendment_applicant_search_index',
    ]);
    const part = [...holder.chinese].slice(-2).join('');
    const found = await search(part);
    expect(found.total).toBe(
      await countOf(
        'a.applicant_id in (select id from applicant where position($1 in chinese_name) > 0)',
        [part],
      ),
    );
    expect(found.items.every((r) => r.applicant.chineseName.includes(part))).toBe(true);
    await expectIndexed(part, [
      'applicant_chinese_name_grams_index',
      'amendment_applicant_search_index',
    ]);
  });
});

/** The index that (at least) each queue's plan reads. */
const QUEUE_INDEXES: Record<string, string> = {
  TO_CLAIM: 'amendment_status_submitted_at_id_index',
  MINE: 'amendment_mine_queue_index',
  WAITING_FOR_APPLICANT: 'amendment_status_submitted_at_id_index',
  SUPPLEMENT_ANSWERED: 'amendment_supplement_answered_queue_index',
  CARDS_TO_PRODUCE: 'amendment_cards_to_produce_queue_index',
  CARDS_TO_HAND_OVER: 'amendment_status_submitted_at_id_index',
  OVERDUE: 'amendment_status_submitted_at_id_index',
};

describe('the work queues at 20,000 cases', () => {
  it.each(Object.entries(QUEUE_INDEXES))('%s: read through its index', async (queue, index) => {
    const nodes = await planOf({ filter: { queue }, sort: NEWEST, page: 1, perPage: 50 });
    const onCases = nodes.filter((n) => n['Relation Name'] === 'amendment');
    expect(onCases.length).toBeGreaterThanOrEqual(2); // the bounded count and the page
    expect(onCases.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
    expect(nodes.map((n) => n['Index Name'])).toContain(index);
  });

  it('counts every queue in one statement without reading all cases, as the list counts', async () => {
    const nodes = await planOfSql(queueCountsSql(CONDITIONS, LIST_COUNT_LIMIT));
    const onCases = nodes.filter((n) => n['Relation Name'] === 'amendment');
    expect(onCases).toHaveLength(7);
    expect(onCases.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
    const res = await server.post<{
      caseQueues: { queue: string; count: number; countExact: boolean }[];
    }>('{ caseQueues { queue label count countExact } }', {}, bearer(officer));
    expect(res.body.errors).toBeUndefined();
    for (const q of res.body.data!.caseQueues) {
      const list = await server.post<{ amendments: { total: number; totalExact: boolean } }>(
        `{ amendments(perPage: 1, filter: { queue: ${q.queue} }) { total totalExact } }`,
        {},
        bearer(officer),
      );
      expect(list.body.data!.amendments).toEqual({ total: q.count, totalExact: q.countExact });
    }
    const produce = res.body.data!.caseQueues.find((q) => q.queue === 'CARDS_TO_PRODUCE');
    expect(produce!.count).toBeGreaterThan(0);
  });
});

/** Every field of a type without arguments, with sub-selections to `depth`. */
function selectionOf(schema: GraphQLSchema, type: GraphQLObjectType, depth: number): string;
function selectionOf(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  depth: number,
  separately: true,
): string[];
function selectionOf(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  depth: number,
  separately = false,
): string | string[] {
  const parts = Object.values(type.getFields())
    .filter((f) =>
      f.args.every((a) => a.defaultValue !== undefined || !String(a.type).endsWith('!')),
    )
    .map((f) => {
      const named = getNamedType(f.type);
      if (!isObjectType(named)) return f.name;
      if (depth === 0) return '';
      const inner = selectionOf(schema, named, depth - 1);
      return inner ? `${f.name} { ${inner} }` : '';
    })
    .filter(Boolean);
  return separately ? parts : parts.join(' ');
}
