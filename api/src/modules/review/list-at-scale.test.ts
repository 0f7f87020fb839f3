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
import { listPageSql } from './review-list.sql.js';

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
  await client.query('vacuum analyze');
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

async function planOf(input: unknown): Promise<PlanNode[]> {
  const em = db.orm.em.fork();
  const { sql, params } = listPageSql(em, listSchema.parse(input), {
    me: '00000000-0000-4000-8000-000000000001',
    overdueBefore: new Date(Date.now() - 14 * 86_400_000),
    waiting: ['SUBMITTED', 'UNDER_REVIEW'] as never,
  });
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
    expect(onCases.length).toBeGreaterThanOrEqual(2); // the bounded count and the page
    expect(onCases.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
    for (const n of onCases) expect(LIST_INDEXES).toContain(n['Index Name']);
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
