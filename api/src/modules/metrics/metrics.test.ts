import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { startSmtpServer } from '../../test-support/smtp.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { wizard } from '../../test-support/wizard.js';
import { graphqlMultipart, samplePdf } from '../../test-support/multipart.js';
import { createLogger } from '../../shared/logger.js';
import { AppMetrics, MAX_OPERATION_NAMES } from './metrics.js';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, read line by line (as a scraper would). */
function parse(text: string): { types: Map<string, string>; samples: Sample[] } {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) types.set(type[1]!, type[2]!);
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not in the text format: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return { types, samples };
}

/** The sum of the samples named `name` whose labels include `labels` (0 when none). */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

const TOKEN = 'metrics-test-token-0123456789abcdefghijkl';
let db: TestDatabase;
let server: TestServer;
let tokenServer: TestServer;
let smtpPort: number;

async function scrape(base = server.metricsUrl!, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parse(await res.text());
}

beforeAll(async () => {
  db = await createTestDatabase();
  // SMTP is down from the start: mails wait in the outbox.
  const smtp = await startSmtpServer();
  smtpPort = smtp.port;
  await smtp.stop();
  server = await startTestServer(db, {
    // Runs only when a commit kicks the dispatcher; many attempts before giving up.
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_POLL_INTERVAL_MS: '600000',
      MAIL_MAX_ATTEMPTS: '50',
    },
    metrics: { port: 0, host: '127.0.0.1', token: undefined },
  });
  tokenServer = await startTestServer(db, { env: { METRICS_TOKEN: TOKEN } });
});

afterAll(async () => {
  await server?.close();
  await tokenServer?.close();
  await db?.drop();
});

describe('/metrics', () => {
  it('answers every series in the text format, and counters move after requests', async () => {
    const before = (await scrape()).samples;
    await fetch(`${server.url}/healthz`);
    expect((await fetch(`${server.url}/no/such/${randomUUID()}`)).status).toBe(404);
    const unknownDocument = randomUUID();
    await fetch(`${server.url}/documents/${unknownDocument}`);
    expect((await server.post('query MetricsProbe { __typename }')).status).toBe(200);
    await server.post('{ __typename }');
    await server.post('query Broken { noSuchField }');
    const coded = await server.post('mutation Verify { verifyEmail(token: "nope") { accepted } }');
    expect(coded.body.errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID');
    const { types, samples } = await scrape();

    const delta = (name: string, labels: Record<string, string>) =>
      value(samples, name, labels) - value(before, name, labels);
    const requests = 'goldcard_http_requests_total';
    expect(delta(requests, { method: 'GET', route: '/healthz', status: '200' })).toBe(1);
    // The route pattern, never the URL with its id.
    expect(delta(requests, { method: 'GET', route: '/documents/:id' })).toBe(1);
    expect(
      samples.some((s) => Object.values(s.labels).some((v) => v.includes(unknownDocument))),
    ).toBe(false);
    expect(delta(requests, { method: 'POST', route: '/graphql' })).toBe(4);
    expect(delta(requests, { method: 'GET', route: 'other', status: '404' })).toBe(1);
    expect(delta('goldcard_http_request_duration_seconds_count', { route: '/graphql' })).toBe(4);

    const operations = 'goldcard_graphql_operations_total';
    expect(delta(operations, { operation: 'MetricsProbe', type: 'query' })).toBe(1);
    expect(delta(operations, { operation: 'anonymous', type: 'query' })).toBe(1);
    expect(delta(operations, { operation: 'invalid' })).toBe(1);
    expect(delta(operations, { operation: 'Verify', type: 'mutation' })).toBe(1);
    expect(
      delta('goldcard_graphql_operation_duration_seconds_count', { operation: 'MetricsProbe' }),
    ).toBe(1);
    const errors = 'goldcard_graphql_errors_total';
    expect(delta(errors, { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta(errors, { code: 'TOKEN_INVALID' })).toBe(1);

    expect(Object.fromEntries([...types].filter(([n]) => n.startsWith('goldcard_')))).toEqual({
      goldcard_http_requests_total: 'counter',
      goldcard_http_request_duration_seconds: 'histogram',
      goldcard_graphql_operations_total: 'counter',
      goldcard_graphql_operation_duration_seconds: 'histogram',
      goldcard_graphql_errors_total: 'counter',
      goldcard_upload_bytes_total: 'counter',
      goldcard_db_pool_connections_in_use: 'gauge',
      goldcard_db_pool_waiting: 'gauge',
      goldcard_db_pool_size: 'gauge',
      goldcard_db_pool_max: 'gauge',
      goldcard_password_hash_queue_length: 'gauge',
      goldcard_password_hash_workers_busy: 'gauge',
      goldcard_mail_outbox_pending: 'gauge',
      goldcard_mail_outbox_oldest_pending_age_seconds: 'gauge',
      goldcard_webhook_outbox_pending: 'gauge',
      goldcard_webhook_outbox_oldest_pending_age_seconds: 'gauge',
    });
    // The test database's pool (test-support/db.ts): at most 5, and it has been used.
    expect(value(samples, 'goldcard_db_pool_max')).toBe(5);
    expect(value(samples, 'goldcard_db_pool_size')).toBeGreaterThan(0);
    expect(value(samples, 'goldcard_db_pool_waiting')).toBe(0);
    expect(value(samples, 'goldcard_password_hash_queue_length')).toBe(0);
    // prom-client's process and runtime metrics.
    expect(types.get('process_cpu_user_seconds_total')).toBe('counter');
    expect(types.get('process_resident_memory_bytes')).toBe('gauge');
    expect(types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
  });

  it('is not served on the public port without a token configured', async () => {
    for (const headers of [{}, bearer(TOKEN)]) {
      const res = await fetch(`${server.url}/metrics`, { headers });
      expect(res.status).toBe(404);
      const text = await res.text();
      expect(text).not.toContain('goldcard_');
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    // The metrics listener answers /metrics and nothing else (not the API, not the portal).
    expect((await fetch(`${server.metricsUrl}/graphql`)).status).toBe(404);
    expect((await fetch(`${server.metricsUrl}/healthz`)).status).toBe(404);
  });

  it('with METRICS_TOKEN, serves the public port to the token’s bearer only', async () => {
    expect(tokenServer.metricsUrl).toBeUndefined();
    const attempts: Record<string, string>[] = [
      {},
      bearer('wrong-token-wrong-token-wrong-token-00'),
      bearer(`${TOKEN}x`),
      { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` },
    ];
    for (const headers of attempts) {
      const res = await fetch(`${tokenServer.url}/metrics`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const text = await res.text();
      expect(text).not.toContain('goldcard_');
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
    const { samples } = await scrape(tokenServer.url, bearer(TOKEN));
    expect(value(samples, 'goldcard_http_requests_total', { status: '401' })).toBe(4);
  });

  it('shows the mail outbox growing while SMTP is down and emptying once it is back', async () => {
    const emails: string[] = [];
    for (const name of ['outbox1', 'outbox2', 'outbox3']) {
      await createAccount(db, { accountName: name });
      emails.push(`${name}@test.example`);
    }
    const RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) { accepted } }';
    const empty = await scrape();
    expect(value(empty.samples, 'goldcard_mail_outbox_pending')).toBe(0);
    expect(value(empty.samples, 'goldcard_mail_outbox_oldest_pending_age_seconds')).toBe(0);

    for (const e of emails.slice(0, 2))
      expect((await server.post(RESET, { e })).body.errors).toBeUndefined();
    // Each commit kicked the dispatcher; the server refused the connection, the mails stay.
    await vi.waitFor(async () => {
      const [row] = await db.sql<{ n: number }>(
        `select count(*)::int as n from outbox_mail where status = 'PENDING' and attempts > 0`,
      );
      expect(row!.n).toBeGreaterThan(0);
    });
    expect(value((await scrape()).samples, 'goldcard_mail_outbox_pending')).toBe(2);
    expect((await server.post(RESET, { e: emails[2] })).body.errors).toBeUndefined();
    // The first mails have waited a quarter of an hour (past the alert in docs/operations.md).
    await db.sql(
      `update outbox_mail set created_at = now() - interval '15 minutes'
                   where to_address = any($1)`,
      [emails.slice(0, 2)],
    );
    const down = (await scrape()).samples;
    expect(value(down, 'goldcard_mail_outbox_pending')).toBe(3);
    expect(value(down, 'goldcard_mail_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(
      900,
    );
    expect(value(down, 'goldcard_mail_outbox_oldest_pending_age_seconds')).toBeLessThan(1200);

    // SMTP is back on the same port; the next commit kicks the dispatcher, which sends all.
    const back = await startSmtpServer({ port: smtpPort });
    try {
      await createAccount(db, { accountName: 'outbox4' });
      expect((await server.post(RESET, { e: 'outbox4@test.example' })).body.errors).toBeUndefined();
      await vi.waitFor(
        async () => {
          const { samples } = await scrape();
          expect(value(samples, 'goldcard_mail_outbox_pending')).toBe(0);
          expect(value(samples, 'goldcard_mail_outbox_oldest_pending_age_seconds')).toBe(0);
        },
        { timeout: 10_000, interval: 100 },
      );
      expect(back.messages.flatMap((m) => m.envelopeTo).sort()).toEqual(
        [...emails, 'outbox4@test.example'].sort(),
      );
    } finally {
      await back.stop();
    }
  });

  it('shows the webhook outbox’s pending deliveries and the oldest one’s age', async () => {
    const account = await createAccount(db, { accountName: 'hooked' });
    const [sub] = await db.sql<{ id: string }>(
      `insert into webhook_subscription (id, account_id, url, secret, events, created_at)
       values (gen_random_uuid(), $1, 'https://receiver.example/hook', 's', '{CARD_READY}', now())
       returning id`,
      [account.id],
    );
    // Two deliveries waiting (11 and 5 minutes old) and one delivered long ago.
    for (const [minutes, status] of [
      [11, 'PENDING'],
      [5, 'PENDING'],
      [30, 'DELIVERED'],
    ] as const) {
      await db.sql(
        `with event as (
           insert into webhook_event (id, type, amendment_id, account_id, payload, occurred_at)
           values (gen_random_uuid(), 'CARD_READY', gen_random_uuid(), $1, '{}', now())
           returning id, amendment_id)
         insert into webhook_delivery (id, subscription_id, event_id, amendment_id, event_type,
           payload, sequence, status, next_attempt_at, created_at)
         select gen_random_uuid(), $2, event.id, event.amendment_id, 'CARD_READY', '{}', $3::int,
                $4::webhook_delivery_status, now() + interval '1 hour',
                now() - $3::int * interval '1 minute'
           from event`,
        [account.id, sub!.id, minutes, status],
      );
    }
    const { samples } = await scrape();
    expect(value(samples, 'goldcard_webhook_outbox_pending')).toBe(2);
    const age = value(samples, 'goldcard_webhook_outbox_oldest_pending_age_seconds');
    expect(age).toBeGreaterThanOrEqual(11 * 60);
    expect(age).toBeLessThan(30 * 60);
  });

  it('counts the bytes of recorded uploads by document type', async () => {
    await seedFixtureHolders(db.url, 1);
    await createAccount(db, { accountName: 'uploader', locale: 'en' });
    const token = await loginToken(server, 'uploader');
    const [holder] = await db.sql<{ ui: string; birth: string; passport: string }>(
      `select ui_number ui, to_char(birth_date, 'YYYY-MM-DD') birth, passport_number passport
       from applicant where not hong_kong_macau_resident order by ui_number limit 1`,
    );
    const client = wizard(server, token);
    await client.acceptTerms();
    const started = await client.start({
      uiNumber: holder!.ui,
      birthDate: holder!.birth,
      passportNumber: holder!.passport,
      alsoChange: ['COLLECTION_PLACE'],
    });
    expect(started.body.errors).toBeUndefined();
    const upload = (type: string, bytes: Buffer) =>
      graphqlMultipart(`${server.url}/graphql`, {
        query: `mutation Upload($id: ID!, $file: Upload!) {
          uploadAmendmentDocument(amendmentId: $id, type: ${type}, file: $file) { id } }`,
        variables: { id: started.body.data!.startAmendment.id },
        files: { file: { name: 'lease.pdf', type: 'application/pdf', bytes } },
        headers: bearer(token),
      });
    const pdf = samplePdf();
    expect((await upload('PROOF_OF_ADDRESS', pdf)).body.errors).toBeUndefined();
    // Refused (a text file named .pdf): not stored, not counted.
    expect((await upload('PROOF_OF_ADDRESS', Buffer.from('not a pdf'))).body.errors).toBeDefined();
    const { samples } = await scrape();
    expect(value(samples, 'goldcard_upload_bytes_total')).toBe(pdf.length);
    expect(
      value(samples, 'goldcard_upload_bytes_total', { document_type: 'PROOF_OF_ADDRESS' }),
    ).toBe(pdf.length);
  });
});

describe('operation name labels', () => {
  it('stay bounded: GraphQL-shaped names, the first few hundred, then `other`', () => {
    const metrics = new AppMetrics(db.orm, createLogger('silent'));
    expect(metrics.operationLabel(null)).toBe('anonymous');
    expect(metrics.operationLabel('')).toBe('anonymous');
    expect(metrics.operationLabel('x'.repeat(65))).toBe('other');
    expect(metrics.operationLabel('not-a-name')).toBe('other');
    for (let i = 0; i < MAX_OPERATION_NAMES; i++)
      expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany')).toBe('other');
    expect(metrics.operationLabel('Op7')).toBe('Op7');
  });
});
