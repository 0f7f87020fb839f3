import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/db.js';
import { startTestServer, type TestServer } from '../test-support/server.js';
import { hideSuggestions } from './limits.js';

/**
 * GraphQL documents over a limit are refused with QUERY_TOO_COMPLEX (HTTP 400) before anything
 * runs. Every refused document below also asks for a captcha, which inserts a row when its
 * resolver runs: the row count shows that none ran.
 */
let db: TestDatabase;
let server: TestServer;
let lowCost: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
  lowCost = await startTestServer(db, { env: { GRAPHQL_MAX_COST: '10' } });
});
afterAll(async () => {
  await lowCost?.close();
  await server?.close();
  await db?.drop();
});

const captchas = async () =>
  Number((await db.sql<{ n: string }>('select count(*) as n from captcha'))[0]!.n);

/** `__type` can nest `ofType` without end: the one way past the depth limit in this schema. */
const nestedTypeRef = (levels: number): string =>
  levels === 0 ? 'name' : `kind ofType { ${nestedTypeRef(levels - 1)} }`;

interface Refusal {
  limit: string;
  max: number;
  document: string;
}

const REFUSALS: Record<string, Refusal> = {
  'a deep query': {
    limit: 'DEPTH',
    max: 10,
    document: `{ captcha { id } __type(name: "Query") { fields { type { ${nestedTypeRef(9)} } } } }`,
  },
  'an alias flood': {
    limit: 'ALIASES',
    max: 15,
    document: `{ captcha { id } ${Array.from(
      { length: 50 },
      (_, i) => `c${i}: checkUiNumber(uiNumber: "A800000014") { valid }`,
    ).join(' ')} }`,
  },
  'a huge query': {
    limit: 'TOKENS',
    max: 2000,
    document: `{ captcha { id } ${'fieldsOfExpertise { code name } '.repeat(400)} }`,
  },
  'many directives': {
    limit: 'DIRECTIVES',
    max: 20,
    document: `{ captcha { id } ${'__typename @include(if: true) '.repeat(21)} }`,
  },
};

describe('GraphQL limits', () => {
  for (const [what, refusal] of Object.entries(REFUSALS)) {
    it(`refuses ${what} with QUERY_TOO_COMPLEX, HTTP 400, before any resolver runs`, async () => {
      const before = await captchas();
      const res = await server.post(refusal.document);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors).toHaveLength(1);
      const [error] = res.body.errors!;
      expect(error!.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        params: { limit: refusal.limit, max: refusal.max },
      });
      const found = (error!.extensions!.params as { found?: number }).found;
      if (refusal.limit !== 'TOKENS') expect(found).toBeGreaterThan(refusal.max);
      expect(error!.message).toBe('此查詢過於龐大或巢狀層數過多，請減少查詢欄位，或拆成多次請求。');
      expect(await captchas()).toBe(before);
    });
  }

  it('answers in English when asked, and a document just within the limits runs', async () => {
    const refused = await server.post(REFUSALS['an alias flood']!.document, undefined, {
      'accept-language': 'en',
    });
    expect(refused.body.errors?.[0]?.message).toMatch(/^This query is too large/);

    const before = await captchas();
    const within = await server.post(
      `{ captcha { id } ${Array.from({ length: 15 }, (_, i) => `c${i}: checkUiNumber(uiNumber: "A800000014") { valid }`).join(' ')} ${'__typename @include(if: true) '.repeat(20)} }`,
    );
    expect(within.status).toBe(200);
    expect(within.body.errors).toBeUndefined();
    expect(await captchas()).toBe(before + 1);
  });

  it('takes its limits from the configuration (GRAPHQL_MAX_COST=10 refuses a cost of 20)', async () => {
    const document =
      '{ captcha { id } amendmentRequirements { item documents { type allowedFormats maxBytes } } }';
    const before = await captchas();
    const res = await lowCost.post(document);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      params: { limit: 'COST', max: 10 },
    });
    expect(await captchas()).toBe(before);
    expect((await server.post(document)).body.errors).toBeUndefined();
  });

  it('never suggests field, argument, type, input field or enum value names', async () => {
    // [document, variables, the name a suggestion would have revealed]
    const mistakes: [string, Record<string, unknown> | undefined, string][] = [
      ['{ captch { id } }', undefined, '"captcha"'],
      [
        '{ checkUiNumber(uiNumber: "A800000014", uiNumbr: "x") { valid } }',
        undefined,
        '"uiNumber"',
      ],
      ['query($n: Strin!) { checkUiNumber(uiNumber: $n) { valid } }', undefined, '"String"'],
      ['{ amendments(filter: { statuss: [SUBMITTED] }) { total } }', undefined, '"status"'],
      ['{ amendments(filter: { status: [SUBMITTE] }) { total } }', undefined, '"SUBMITTED"'],
      [
        'query($f: AmendmentFilter) { amendments(filter: $f) { total } }',
        { f: { status: ['SUBMITTE'] } },
        '"SUBMITTED"',
      ],
    ];
    for (const [query, variables, hidden] of mistakes) {
      const res = await server.post(query, variables);
      expect(res.status, query).toBe(400);
      const messages = res.body.errors!.map((e) => e.message).join('\n');
      expect(messages, query).not.toMatch(/did you mean/i);
      expect(messages, query).not.toContain(hidden);
      expect(res.body.errors![0]!.extensions?.code, query).toMatch(
        /^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/,
      );
    }
  });

  it('keeps the rest of a message when it removes a suggestion', () => {
    expect(
      hideSuggestions('Cannot query field "captch" on type "Query". Did you mean "captcha"?'),
    ).toBe('Cannot query field "captch" on type "Query".');
    expect(
      hideSuggestions(
        'Value "SUBMITTE" does not exist in "AmendmentStatus" enum. Did you mean the enum value "SUBMITTED" or "SUPPLEMENT_REQUESTED"?',
      ),
    ).toBe('Value "SUBMITTE" does not exist in "AmendmentStatus" enum.');
  });
});

describe('request limits', () => {
  it('refuses batched requests (an array body): one operation per request', async () => {
    const before = await captchas();
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ captcha { id } }' }, { query: '{ captcha { id } }' }]),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: object }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_REQUEST' });
    expect(body.errors[0]!.message).toMatch(/batching/i);
    expect(await captchas()).toBe(before);
  });

  it('answers a JSON body over 1 MB with 413 and a coded JSON error', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as {
      error: { code: string; message: string; requestId: string };
    };
    expect(body.error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The request is too large.',
    });
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
  });
});
