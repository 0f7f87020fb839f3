import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-support/db.js';
import { startTestServer, type TestServer } from './test-support/server.js';
import { initOrm } from './db/orm.js';
import { ensureDatabase, withDatabase } from './db/database.js';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './shared/logger.js';
import { inject } from 'vitest';

let db: TestDatabase;
let server: TestServer;
let consoleDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  consoleDir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-console-'));
  await writeFile(path.join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
  await writeFile(path.join(consoleDir, 'app.js'), 'console.log(1)');
  server = await startTestServer(db, { adminDistDir: consoleDir });
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('HTTP surface', () => {
  it('answers { __typename } at /graphql', async () => {
    const res = await server.post('{ __typename }');
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('is not ready while migrations are pending', async () => {
    const name = `${db.name}_empty`;
    await ensureDatabase(inject('pgServerUrl'), name);
    const orm = await initOrm(withDatabase(inject('pgServerUrl'), name));
    const { app } = await createApp({
      config: loadConfig({ NODE_ENV: 'test' }),
      orm,
      log: createLogger('silent'),
    });
    const listener = app.listen(0, '127.0.0.1');
    await new Promise((r) => listener.once('listening', r));
    const port = (listener.address() as { port: number }).port;
    const res = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ reason: 'migrations pending' });
    await new Promise((r) => listener.close(r));
    await orm.close(true);
    await db.sql(`drop database "${name}" with (force)`).catch(() => undefined);
  });

  it('gives each request an id, echoes a well-formed one, and logs it', async () => {
    const given = await server.post('{ __typename }', {}, { 'x-request-id': 'agency-req-0001' });
    expect(given.headers.get('x-request-id')).toBe('agency-req-0001');
    const made = await server.post('{ __typename }', {}, { 'x-request-id': 'bad id with spaces' });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      server.logLines.some(
        (l) => l.requestId === 'agency-req-0001' && l.msg === 'request completed',
      ),
    ).toBe(true);
  });

  it('answers malformed JSON with a coded 400, without a stack trace', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|SyntaxError/);
  });

  it('refuses cross-site "simple" requests (CSRF prevention)', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(400);
  });

  it('answers unknown routes with a coded 404', async () => {
    const res = await fetch(`${server.url}/nope`, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('serves the console at /admin/ with client-side routes falling back to index.html', async () => {
    const index = await fetch(`${server.url}/admin/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>console</title>');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const deep = await fetch(`${server.url}/admin/amendments/123`);
    expect(await deep.text()).toContain('<title>console</title>');
    const asset = await fetch(`${server.url}/admin/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    // `/` is the applicants' portal now (http/static-apps.test.ts), no longer a redirect here.
    const root = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(root.headers.get('location')).toBeNull();
  });
});
