import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/db.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

const PORTAL = 'https://portal.example';
const AGENCY = 'http://localhost:5173';
const STRANGER = 'https://evil.example';

let db: TestDatabase;
let listed: TestServer;
let sameOriginOnly: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  listed = await startTestServer(db, { env: { CORS_ORIGINS: `${PORTAL}, ${AGENCY}` } });
  sameOriginOnly = await startTestServer(db);
});
afterAll(async () => {
  await sameOriginOnly?.close();
  await listed?.close();
  await db?.drop();
});

const query = (server: TestServer, origin: string | undefined) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(origin === undefined ? {} : { origin }),
    },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

const preflight = (server: TestServer, origin: string, path = '/graphql') =>
  fetch(`${server.url}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization, idempotency-key',
    },
  });

describe('CORS allow-list (CORS_ORIGINS)', () => {
  it('lets a listed origin call with credentials, and says the answer varies by origin', async () => {
    for (const origin of [PORTAL, AGENCY]) {
      const res = await query(listed, origin);
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(res.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
      expect(res.headers.get('vary')).toMatch(/origin/i);
    }
  });

  it('answers a listed origin’s preflight: methods, the API’s headers, cached 10 minutes', async () => {
    for (const path of ['/graphql', '/documents/00000000-0000-4000-8000-000000000000']) {
      const res = await preflight(listed, PORTAL, path);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(PORTAL);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD,POST');
      const allowed = res.headers.get('access-control-allow-headers')!.toLowerCase().split(',');
      for (const header of ['content-type', 'authorization', 'idempotency-key', 'x-requested-with'])
        expect(allowed).toContain(header);
      expect(res.headers.get('access-control-max-age')).toBe('600');
    }
  });

  it('gives any other origin no CORS header and refuses its preflight', async () => {
    for (const origin of [STRANGER, `${PORTAL}:8443`, 'http://portal.example', 'null']) {
      const res = await query(listed, origin);
      // The request is served (browsers then keep the page from reading it)…
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(res.headers.get('vary')).toMatch(/origin/i);
      // …but a preflight, which only a cross-origin page sends, is refused.
      const refused = await preflight(listed, origin);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    }
  });

  it('by default allows no other origin at all (same-origin only)', async () => {
    for (const origin of [PORTAL, STRANGER]) {
      const res = await query(sameOriginOnly, origin);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect((await preflight(sameOriginOnly, origin)).status).toBe(403);
    }
    // The console's own requests (no Origin, or `null` under no-referrer) are unaffected.
    expect((await query(sameOriginOnly, undefined)).status).toBe(200);
    expect((await query(sameOriginOnly, 'null')).status).toBe(200);
  });
});
