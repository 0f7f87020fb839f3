import {
  getIntrospectionQuery,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createTestDatabase, type TestDatabase } from '../test-support/db.js';
import { knownClientOperations } from '../test-support/client-operations.js';
import { startTestServer, type TestServer } from '../test-support/server.js';
import { queryLimitRules } from './limits.js';
import { getSchema } from './schema.js';

/**
 * The default limits let through every operation the officer console, the example agency client
 * and the documentation send (the console's as Apollo Client sends them, with `__typename`
 * added), checked with the same rules the server applies and then over HTTP against a server
 * configured for production, where introspection and the query explorer are off.
 */
const operations = knownClientOperations();
const limits = loadConfig({}).graphqlLimits;
const REFUSED = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX']);

let schema: GraphQLSchema;
let db: TestDatabase;
let production: TestServer;
beforeAll(async () => {
  schema = await getSchema();
  db = await createTestDatabase();
  production = await startTestServer(db, { nodeEnv: 'production' });
});
afterAll(async () => {
  await production?.close();
  await db?.drop();
});

describe('the operations known clients send', () => {
  it('are all found: the console’s, the example client’s and the guide’s', () => {
    const from = (prefix: string) => operations.filter((o) => o.origin.startsWith(prefix)).length;
    expect(from('admin/src/')).toBeGreaterThanOrEqual(20);
    expect(from('examples/agency-client/src/')).toBeGreaterThanOrEqual(9);
    expect(from('docs/integration.md')).toBeGreaterThanOrEqual(10);
  });

  it('pass the schema and the default limits, checked with the server’s own rules', () => {
    const problems = operations.flatMap(({ origin, text }) => {
      try {
        const document = parse(text, { maxTokens: limits.maxTokens });
        return validate(schema, document, [...specifiedRules, ...queryLimitRules(limits)]).map(
          (error) => `${origin}: ${error.message}`,
        );
      } catch (error) {
        return [`${origin}: ${(error as Error).message}`];
      }
    });
    expect(problems).toEqual([]);
  });

  it('pass over HTTP in production: none is refused, none fails', async () => {
    const refused: string[] = [];
    for (const { origin, text } of operations) {
      const res = await production.post(text);
      const codes = (res.body.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
      if (res.status >= 500 || codes.some((c) => REFUSED.has(c) || c === 'INTERNAL_SERVER_ERROR'))
        refused.push(`${origin}: HTTP ${res.status} ${codes.join(', ')}`);
    }
    expect(refused).toEqual([]);
  });

  it('the development tools’ introspection query passes the limits too', () => {
    const document = parse(getIntrospectionQuery({ descriptions: true }), {
      maxTokens: limits.maxTokens,
    });
    expect(validate(schema, document, [...specifiedRules, ...queryLimitRules(limits)])).toEqual([]);
  });
});

describe('production', () => {
  it('refuses introspection (the console builds the schema in from schema.graphql)', async () => {
    for (const query of [
      getIntrospectionQuery(),
      '{ __schema { types { name } } }',
      '{ __type(name: "Query") { fields { name } } }',
    ]) {
      const res = await production.post(query);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    }
  });

  it('serves no query explorer', async () => {
    const res = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(await res.text()).not.toMatch(/<html|<script/i);
  });
});
