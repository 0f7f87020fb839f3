import { request, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/db.js';
import { fakeBuild, type FakeBuild } from '../test-support/fake-build.js';
import { startTestServer, type TestServer } from '../test-support/server.js';

/*
 * The applicants' portal at / and the officer console at /admin/, served from their builds
 * (stand-ins made here), around the API's own routes.
 */

let db: TestDatabase;
let server: TestServer;
let unbuilt: TestServer;
let portal: FakeBuild;
let officerConsole: FakeBuild;

beforeAll(async () => {
  db = await createTestDatabase();
  portal = await fakeBuild('portal');
  officerConsole = await fakeBuild('console');
  server = await startTestServer(db, {
    portalDistDir: portal.dir,
    adminDistDir: officerConsole.dir,
  });
  unbuilt = await startTestServer(db, {
    portalDistDir: path.join(portal.dir, 'no-such-build'),
    adminDistDir: officerConsole.dir,
  });
});
afterAll(async () => {
  await unbuilt?.close();
  await server?.close();
  await db?.drop();
  await portal?.remove();
  await officerConsole?.remove();
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request over plain node:http: bodies exactly as sent (fetch would decompress them). */
function raw(
  base: TestServer,
  pathAndQuery: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${base.url}${pathAndQuery}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const BROWSER = { ...HTML, 'accept-encoding': 'gzip, deflate, br, zstd' };
const CASE = '0b6f3c1e-8a44-4f55-9d7e-2f1a6c3b9e10';

describe('the applicants’ portal at /', () => {
  it('answers / and its pages with index.html, never cached without asking again', async () => {
    const pages = [
      '/',
      '/login',
      '/register',
      '/account',
      '/account/change-password',
      '/account/verify-email?token=abc',
      '/account/reset-password?token=x',
      '/account/forgot-password',
      '/account/forgot-account-name',
      '/account/resend-verification',
      '/confirm-email?token=abc',
      '/amendments',
      '/amendments/new',
      `/amendments/${CASE}`,
      `/amendments/${CASE}?payment=paid`,
      `/amendments/${CASE}/edit/documents`,
      '/notifications',
      '/mandates',
      '/agency/api-keys',
      '/agency/webhooks',
    ];
    for (const page of pages) {
      const res = await raw(server, page, HTML);
      expect(res.status, page).toBe(200);
      expect(res.headers['content-type'], page).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control'], page).toBe('no-cache');
      expect(res.body.toString(), page).toBe(portal.index);
    }
    // / is the portal whatever the client accepts; HEAD answers the same without a body.
    expect((await raw(server, '/', { accept: '*/*' })).body.toString()).toBe(portal.index);
    const head = await raw(server, `/amendments/${CASE}`, HTML, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toHaveLength(0);
  });

  it('serves its assets cached for good, compressed as the client accepts', async () => {
    const asset = `/assets/${portal.asset.name}`;
    const br = await raw(server, asset, BROWSER);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(portal.asset.body.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(portal.asset.body);

    const gzip = await raw(server, asset, { 'accept-encoding': 'br;q=0, gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(portal.asset.body);

    const plain = await raw(server, asset);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(portal.asset.body);

    // index.html too (its gzip copy is the smaller one here), still asked for again each time.
    const index = await raw(server, '/amendments', BROWSER);
    expect(index.headers['content-encoding']).toBe('gzip');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(index.body).toString()).toBe(portal.index);

    // Files outside assets/ may change under the same name: an hour.
    const icon = await raw(server, '/favicon.svg', BROWSER);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    expect(icon.headers['content-encoding']).toBeUndefined();
  });

  it('leaves a small GraphQL answer (below the compression threshold) as it was', async () => {
    const res = await raw(
      server,
      '/graphql',
      { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' },
      'POST',
      JSON.stringify({ query: '{ __typename }' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it('keeps the JSON 404 for what is not a page: other accepts, files, the API’s paths', async () => {
    const notFound = [
      ['/api-ish/thing', { accept: 'application/json' }],
      ['/api-ish/thing', { accept: '*/*' }],
      ['/api-ish/thing', {}],
      ['/amendments/x', { accept: 'text/html;q=0, application/json' }],
      ['/assets/missing-file.js', HTML],
      ['/robots.txt', HTML],
      [`/amendments/${CASE}/notes.json`, HTML],
      ['/dev/nothing-here', HTML],
      ['/payments/ecpay/somewhere', HTML],
      ['/sandbox-gateway/nothing', HTML],
      ['/healthz/more', HTML],
      ['/assets/%2e%2e/%2e%2e/package.json', HTML],
    ] as const;
    for (const [where, headers] of notFound) {
      const res = await raw(server, where, { 'accept-language': 'en', ...headers });
      expect(res.status, where).toBe(404);
      expect(JSON.parse(res.body.toString()), where).toMatchObject({
        error: { code: 'NOT_FOUND' },
      });
    }
    const post = await raw(server, `/amendments/${CASE}`, HTML, 'POST');
    expect(post.status).toBe(404);
    expect(post.headers['content-type']).toMatch(/^application\/json/);
  });

  it('lets the API’s own routes answer first, whatever the client accepts', async () => {
    for (const where of [
      `/amendments/${CASE}/receipt.pdf`,
      `/amendments/${CASE}/summary.pdf`,
      `/documents/${CASE}`,
      `/mandates/${CASE}/document`,
    ]) {
      const res = await raw(server, where, HTML);
      expect(res.status, where).toBe(401);
      expect(JSON.parse(res.body.toString()), where).toMatchObject({
        error: { code: 'UNAUTHENTICATED' },
      });
    }
    const upload = await raw(
      server,
      `/amendments/${CASE}/documents`,
      { ...HTML, 'content-type': 'multipart/form-data; boundary=x' },
      'POST',
      '--x--\r\n',
    );
    expect(upload.status).toBe(401);
    expect(JSON.parse(upload.body.toString())).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
    const health = await raw(server, '/healthz', HTML);
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok' });
  });

  it('answers its pages 503 while the portal is not built; the rest is unchanged', async () => {
    for (const page of ['/', `/amendments/${CASE}`]) {
      const res = await raw(unbuilt, page, HTML);
      expect(res.status, page).toBe(503);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.body.toString()).toMatch(/portal is not built yet: run `npm run build`/);
    }
    expect((await raw(unbuilt, '/api-ish', { accept: 'application/json' })).status).toBe(404);
    expect((await raw(unbuilt, '/admin/', HTML)).body.toString()).toBe(officerConsole.index);
  });
});

describe('the officer console at /admin/', () => {
  it('still answers /admin/ and its routes with its own index.html, and its assets compressed', async () => {
    for (const page of ['/admin/', '/admin', '/admin/amendments/123', '/admin/index.html']) {
      const res = await raw(server, page, HTML);
      expect(res.status, page).toBe(200);
      expect(res.headers['cache-control'], page).toBe('no-cache');
      expect(res.body.toString(), page).toBe(officerConsole.index);
    }
    const asset = await raw(server, `/admin/assets/${officerConsole.asset.name}`, BROWSER);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(asset.body).toString()).toBe(officerConsole.asset.body);
  });
});
