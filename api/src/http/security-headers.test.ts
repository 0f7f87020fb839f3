import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOLDER } from '../db/seeders/demo.js';
import { createAccount, loginToken } from '../test-support/accounts.js';
import { createTestDatabase, type TestDatabase } from '../test-support/db.js';
import { fakeBuild, type FakeBuild } from '../test-support/fake-build.js';
import { seedFixtureHolders } from '../test-support/fixtures.js';
import { graphqlMultipart, samplePdf } from '../test-support/multipart.js';
import { startTestServer, type TestServer } from '../test-support/server.js';
import { wizard } from '../test-support/wizard.js';

let db: TestDatabase;
let server: TestServer;
let https: TestServer;
let production: TestServer;
let ecpay: TestServer;
let noPayments: TestServer;
let portal: FakeBuild;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 3);
  portal = await fakeBuild('portal');
  const portalDistDir = portal.dir;
  server = await startTestServer(db, { portalDistDir });
  https = await startTestServer(db, {
    env: { COOKIE_SECURE: 'true', PUBLIC_URL: 'https://goldcard.example' },
    portalDistDir,
  });
  // As loadConfig sets production up (COOKIE_SECURE defaults to true there; the test captcha
  // answer it refuses in production stays, hence the direct override of nodeEnv).
  production = await startTestServer(db, {
    nodeEnv: 'production',
    env: { COOKIE_SECURE: 'true' },
    portalDistDir,
  });
  ecpay = await startTestServer(db, {
    env: {
      PAYMENT_PROVIDER: 'ecpay',
      ECPAY_CHECKOUT_URL: 'https://payment.ecpay.com.tw/Cashier/AioCheckOut/V5',
    },
    portalDistDir,
  });
  noPayments = await startTestServer(db, {
    env: { PAYMENT_PROVIDER: 'disabled' },
    portalDistDir,
  });
});
afterAll(async () => {
  await noPayments?.close();
  await ecpay?.close();
  await portal?.remove();
  await production?.close();
  await https?.close();
  await server?.close();
  await db?.drop();
});

/** A CSP header as directive → sources. */
function csp(header: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const get = (base: TestServer, path: string, init: RequestInit = {}) =>
  fetch(`${base.url}${path}`, { redirect: 'manual', ...init });

const graphqlPost = (base: TestServer) =>
  get(base, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

describe('security headers', () => {
  it('come with every kind of answer: console, GraphQL, health, 404', async () => {
    const answers = [
      await get(server, '/admin/'),
      await get(server, '/admin/amendments'),
      await graphqlPost(server),
      await get(server, '/healthz'),
      await get(server, '/no-such-page'),
    ];
    for (const res of answers) {
      const where = res.url;
      expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), where).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy'), where).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy'), where).toBe('same-origin');
      expect(res.headers.get('cross-origin-resource-policy'), where).toBe('same-origin');
      expect(res.headers.get('x-powered-by'), where).toBeNull();
      // Over plain HTTP (development, tests): no HSTS, no upgrade of requests.
      expect(res.headers.get('strict-transport-security'), where).toBeNull();
      expect(csp(res.headers.get('content-security-policy')), where).toEqual({
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      });
    }
  });

  it('over HTTPS: HSTS for a year (COOKIE_SECURE), requests upgraded (an https PUBLIC_URL)', async () => {
    const secure = await get(https, '/healthz');
    expect(secure.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(csp(secure.headers.get('content-security-policy'))).toHaveProperty(
      'upgrade-insecure-requests',
    );
    // Production on an http:// address (the Compose setup on localhost): HSTS, which browsers
    // ignore over plain HTTP, but no upgrade of the console's own requests to https.
    const local = await get(production, '/healthz');
    expect(local.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(csp(local.headers.get('content-security-policy'))).not.toHaveProperty(
      'upgrade-insecure-requests',
    );
  });

  it('leave the development query explorer without a CSP, never in production', async () => {
    const explorer = await get(server, '/graphql', { headers: { accept: 'text/html' } });
    expect(explorer.headers.get('content-security-policy')).toBeNull();
    expect(explorer.headers.get('x-content-type-options')).toBe('nosniff');
    const inProduction = await get(production, '/graphql', { headers: { accept: 'text/html' } });
    expect(csp(inProduction.headers.get('content-security-policy'))['script-src']).toEqual([
      "'self'",
    ]);
  });

  it('on the portal’s pages: the console’s policy, with the payment gateway as a form target', async () => {
    const html = { headers: { accept: 'text/html' } };
    const consolePolicy = csp(
      (await get(ecpay, '/no-such-page')).headers.get('content-security-policy'),
    );
    const cases: [TestServer, string[]][] = [
      // ECPay: its checkout's origin, nothing else of it.
      [ecpay, ["'self'", 'https://payment.ecpay.com.tw']],
      // The sandbox gateway lives at PUBLIC_URL (which a browser may reach under another name).
      [server, ["'self'", new URL(server.config.publicUrl).origin]],
      // No online payment: no form goes anywhere else.
      [noPayments, ["'self'"]],
    ];
    for (const [base, formAction] of cases) {
      for (const page of ['/', '/amendments/0b6f3c1e-8a44-4f55-9d7e-2f1a6c3b9e10']) {
        const res = await get(base, page, html);
        expect(res.status).toBe(200);
        expect(csp(res.headers.get('content-security-policy'))).toEqual({
          ...consolePolicy,
          'form-action': formAction,
        });
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      }
    }
    // Everything else keeps 'self' only, the console included.
    for (const where of ['/admin/', '/healthz', '/no-such-file.json']) {
      const res = await get(ecpay, where, html);
      expect(csp(res.headers.get('content-security-policy'))['form-action'], where).toEqual([
        "'self'",
      ]);
    }
    // Over HTTPS the portal's requests are upgraded like the console's.
    const secure = csp((await get(https, '/', html)).headers.get('content-security-policy'));
    expect(secure['form-action']).toEqual(["'self'", 'https://goldcard.example']);
    expect(secure).toHaveProperty('upgrade-insecure-requests');
  });

  it('keep the policies of pages that set their own', async () => {
    // The sandbox gateway's page posts forms onwards (its order is checked before it answers).
    const gateway = await get(server, '/sandbox-gateway/AioCheckOut/V5', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'MerchantID=1',
    });
    expect(gateway.headers.get('content-type')).toMatch(/^text\/html/);
    expect(csp(gateway.headers.get('content-security-policy'))['form-action']).toEqual(['*']);

    const mailbox = await get(server, '/dev/mailbox');
    expect(csp(mailbox.headers.get('content-security-policy'))['default-src']).toEqual(["'none'"]);
  });

  it('keep the document download’s stricter policy (sandboxed, framed by the console only)', async () => {
    await createAccount(db, { accountName: 'headers-holder', locale: 'en' });
    const token = await loginToken(server, 'headers-holder');
    const client = wizard(server, token);
    await client.acceptTerms();
    const started = await client.start({
      uiNumber: DEMO_HOLDER.uiNumber,
      birthDate: DEMO_HOLDER.birthDate,
      passportNumber: DEMO_HOLDER.passport.number,
      alsoChange: ['RESIDENCE_ADDRESS'],
    });
    expect(started.body.errors).toBeUndefined();
    const uploaded = await graphqlMultipart<{ uploadAmendmentDocument: { downloadUrl: string } }>(
      `${server.url}/graphql`,
      {
        query:
          'mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: PROOF_OF_ADDRESS, file: $file) { downloadUrl } }',
        variables: { id: started.body.data!.startAmendment.id },
        files: { file: { name: 'lease.pdf', type: 'application/pdf', bytes: samplePdf() } },
        headers: { authorization: `Bearer ${token}` },
      },
    );
    const url = uploaded.body.data!.uploadAmendmentDocument.downloadUrl;
    const res = await get(server, url, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});
