import { createHash, randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/shared/actor.js';
import { createAccount, STRONG_PASSWORD } from '../src/test-support/accounts.js';
import {
  assertBuilt,
  gql,
  loginAt,
  startApiProcess,
  type ApiProcess,
  type GqlAnswer,
} from '../src/test-support/api-process.js';
import { createTestDatabase, type TestDatabase } from '../src/test-support/db.js';
import { filingAgency, type FilingAgency } from '../src/test-support/filing-agency.js';
import { graphqlMultipart, samplePdf } from '../src/test-support/multipart.js';
import { startSmtpServer, type TestSmtpServer } from '../src/test-support/smtp.js';
import { startS3Server, type TestS3Server } from '../src/test-support/document-stores.js';
import { startReceiver, type TestReceiver } from '../src/modules/webhooks/webhooks.testing.js';
import { enqueueMail } from '../src/modules/notifications/mail.service.js';
import { emitAmendmentWebhooks } from '../src/modules/webhooks/webhook-emit.js';
import { WebhookEventType } from '../src/modules/webhooks/webhook-event-type.js';

/*
 * Two API processes on one database behind a round-robin proxy, as in docker-compose.yml:
 * everything shared lives in PostgreSQL and documents in one S3 bucket (each replica has its
 * own data folder), so it does not matter which replica answers.
 */

const LOCKOUT_THRESHOLD = 5;
const PER_ACCOUNT_LIMIT = 8;

let db: TestDatabase;
let smtp: TestSmtpServer;
let receiver: TestReceiver;
let agency: FilingAgency;
let dataDirs: string[] = [];
let s3: TestS3Server;
let replicas: ApiProcess[] = [];
let proxy: { url: string; server: Server; served: string[] };
let agencyToken: string;
/** Cases the agency submitted through the replicas (their webhooks are checked at the end). */
const submittedCases: string[] = [];

/** A round-robin HTTP proxy: request n goes to replica n mod 2; answers say which replica. */
async function startProxy(targets: { name: string; url: string }[]) {
  let next = 0;
  const served: string[] = [];
  const server = createServer((req, res) => {
    const target = targets[next++ % targets.length]!;
    served.push(target.name);
    const upstream = httpRequest(
      `${target.url}${req.url}`,
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-replica': target.name });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'x-replica': target.name });
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, served };
}

const replicaOf = (answer: { headers: Headers }) => answer.headers.get('x-replica');

/**
 * A login through the proxy (captcha and login: two requests), then one more request, so that
 * the logins themselves alternate between the replicas: B, A, B, A, …
 */
async function loginThroughProxy(account: string, password: string, captchaAnswer?: string) {
  const answer = await loginAt(proxy.url, account, password, captchaAnswer);
  await gql(proxy.url, '{ __typename }');
  return answer;
}
const codeOf = (answer: GqlAnswer<unknown>) => answer.errors[0]?.extensions?.code;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  assertBuilt('db/unavailable.js');
  db = await createTestDatabase();
  smtp = await startSmtpServer();
  receiver = await startReceiver();
  agency = await filingAgency(db, 6, 'replica-agency');
  await createAccount(db, { accountName: 'two-tabs', locale: 'en' });
  await createAccount(db, { accountName: 'lockout-target', locale: 'en' });
  s3 = await startS3Server();
  const bucketEnv = s3.env(await s3.createBucket());
  dataDirs = await Promise.all(
    ['a', 'b'].map((name) => mkdtemp(path.join(os.tmpdir(), `goldcard-replica-${name}-`))),
  );
  const env = {
    DATABASE_URL: db.url,
    ...bucketEnv,
    SMTP_URL: smtp.url,
    MAIL_POLL_INTERVAL_MS: '100',
    WEBHOOK_POLL_INTERVAL_MS: '100',
    LOGIN_LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
    LOGIN_RATE_LIMIT_PER_ACCOUNT: String(PER_ACCOUNT_LIMIT),
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', // the receiver listens on loopback
  };
  replicas = await Promise.all(dataDirs.map((dir) => startApiProcess({ ...env, DATA_DIR: dir })));
  proxy = await startProxy([
    { name: 'A', url: replicas[0]!.url },
    { name: 'B', url: replicas[1]!.url },
  ]);
  const login = await loginAt(proxy.url, agency.accountName, agency.password);
  agencyToken = login.data!.login.token;
  const terms = await gql<{ amendmentTerms: { version: string } }>(
    proxy.url,
    '{ amendmentTerms { version } }',
    {},
    bearer(agencyToken),
  );
  await gql(
    proxy.url,
    'mutation($v: String!) { acceptAmendmentTerms(version: $v) { version } }',
    { v: terms.data!.amendmentTerms.version },
    bearer(agencyToken),
  );
  const subscribed = await gql(
    proxy.url,
    `mutation($input: CreateWebhookSubscriptionInput!) {
       createWebhookSubscription(input: $input) { secret } }`,
    { input: { url: `${receiver.url}/replicas`, events: Object.values(WebhookEventType) } },
    bearer(agencyToken),
  );
  expect(subscribed.errors).toEqual([]);
}, 120_000);

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
  await new Promise((resolve) => proxy?.server.close(resolve));
  await smtp?.stop();
  await receiver?.close();
  await db?.drop();
  await s3?.stop();
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A draft of the agency's for the holder at `index`, with its passport scan uploaded. */
async function readyDraft(index: number): Promise<string> {
  const holder = agency.holders[index]!;
  const started = await gql<{ startAmendment: { id: string } }>(
    proxy.url,
    'mutation($input: StartAmendmentInput!) { startAmendment(input: $input) { id } }',
    {
      input: { uiNumber: holder.uiNumber, birthDate: holder.birthDate, alsoChange: ['PASSPORT'] },
    },
    bearer(agencyToken),
  );
  expect(started.errors).toEqual([]);
  const id = started.data!.startAmendment.id;
  const saved = await gql(
    proxy.url,
    `mutation($id: ID!, $input: SaveAmendmentDraftInput!) {
       saveAmendmentDraft(id: $id, input: $input) { id } }`,
    {
      id,
      input: {
        passport: {
          number: `S${String(10_000_000 + index)}`,
          issuingCountry: 'US',
          issueDate: '2026-01-15',
          expiryDate: '2036-01-14',
        },
      },
    },
    bearer(agencyToken),
  );
  expect(saved.errors).toEqual([]);
  const form = new FormData();
  form.append('type', 'PASSPORT');
  form.append('file', new Blob([samplePdf()], { type: 'application/pdf' }), 'passport.pdf');
  const uploaded = await fetch(`${proxy.url}/amendments/${id}/documents`, {
    method: 'POST',
    body: form,
    headers: bearer(agencyToken),
  });
  expect(uploaded.status).toBe(201);
  return id;
}

const SUBMIT = `mutation($id: ID!, $key: String!) {
  submitAmendment(id: $id, idempotencyKey: $key) { id applicationNumber status } }`;

describe('two replicas behind a round-robin proxy', () => {
  it('alternates between the replicas (the premise of every test below)', async () => {
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => gql(proxy.url, '{ __typename }')),
    );
    expect(answers.map(replicaOf).sort()).toEqual(['A', 'A', 'B', 'B']);
  });

  it('a session opened through one replica works through the other, and ends on both', async () => {
    const login = await loginAt(proxy.url, 'two-tabs', STRONG_PASSWORD);
    const token = login.data!.login.token;
    const seen = new Set<string | null>();
    for (let i = 0; i < 4; i++) {
      const session = await gql<{ session: { account: { accountName: string } } | null }>(
        proxy.url,
        '{ session { account { accountName } } }',
        {},
        bearer(token),
      );
      expect(session.data?.session?.account.accountName).toBe('two-tabs');
      seen.add(replicaOf(session));
    }
    expect([...seen].sort()).toEqual(['A', 'B']);
    const logout = await gql(proxy.url, 'mutation { logout }', {}, bearer(token));
    expect(logout.errors).toEqual([]);
    for (const replica of replicas) {
      const after = await gql<{ session: unknown }>(
        replica.url,
        '{ session { expiresAt } }',
        {},
        bearer(token),
      );
      expect(after.data?.session ?? null).toBeNull();
    }
  });

  it('a document uploaded through one replica is served by both, from the shared bucket only', async () => {
    const id = await readyDraft(4);
    const [row] = await db.sql<{ id: string; storage_key: string; sha256: string }>(
      `select id, storage_key, sha256 from amendment_document where amendment_id = $1`,
      [id],
    );
    expect(row).toBeDefined();
    const pdf = samplePdf();
    expect(row!.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    for (const replica of replicas) {
      const anonymous = await fetch(`${replica.url}/documents/${row!.id}`);
      expect(anonymous.status).toBe(401);
      const served = await fetch(`${replica.url}/documents/${row!.id}`, {
        headers: bearer(agencyToken),
      });
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(pdf);
    }
    // Neither replica kept a copy on its own disk.
    for (const dir of dataDirs) {
      const files = await readdir(dir, { recursive: true, withFileTypes: true });
      expect(files.filter((f) => f.isFile() && f.name === path.basename(row!.storage_key))).toEqual(
        [],
      );
    }
  });

  it(`locks an account after ${LOCKOUT_THRESHOLD} wrong passwords spread over both replicas, and mails it once`, async () => {
    const codes: (string | undefined)[] = [];
    const answeredBy: (string | null)[] = [];
    for (let i = 0; i < LOCKOUT_THRESHOLD; i++) {
      // The captcha comes from one replica, the login goes to the other.
      const answer = await loginThroughProxy('lockout-target', 'wrong password, try again');
      codes.push(codeOf(answer));
      answeredBy.push(replicaOf(answer));
    }
    // Neither replica alone saw enough failures to lock.
    expect(answeredBy.filter((r) => r === 'A').length).toBeLessThan(LOCKOUT_THRESHOLD);
    expect(answeredBy.filter((r) => r === 'B').length).toBeLessThan(LOCKOUT_THRESHOLD);
    expect(codes).toEqual([
      ...Array<string>(LOCKOUT_THRESHOLD - 1).fill('INVALID_CREDENTIALS'),
      'ACCOUNT_LOCKED',
    ]);
    for (const replica of replicas) {
      const right = await loginAt(replica.url, 'lockout-target', STRONG_PASSWORD);
      expect(codeOf(right)).toBe('ACCOUNT_LOCKED');
    }
    const mail = await smtp.waitFor(
      (m) => m.to.includes('lockout-target@test.example') && m.headers['message-id'] !== undefined,
    );
    expect(mail.messageId).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.messages.filter((m) => m.to.includes('lockout-target@test.example'))).toHaveLength(
      1,
    );
  });

  it(`counts login attempts per account across both replicas (limit ${PER_ACCOUNT_LIMIT})`, async () => {
    const codes: (string | undefined)[] = [];
    const answeredBy: (string | null)[] = [];
    for (let i = 0; i <= PER_ACCOUNT_LIMIT; i++) {
      const answer = await loginThroughProxy('rate-limited-name', 'whatever it is', 'WRONG1');
      codes.push(codeOf(answer));
      answeredBy.push(replicaOf(answer));
    }
    expect(codes.slice(0, PER_ACCOUNT_LIMIT).every((c) => c === 'CAPTCHA_INVALID')).toBe(true);
    expect(codes[PER_ACCOUNT_LIMIT]).toBe('RATE_LIMITED');
    expect(new Set(answeredBy).size).toBe(2);
    expect(answeredBy.filter((r) => r === 'A').length).toBeLessThan(PER_ACCOUNT_LIMIT);
    expect(answeredBy.filter((r) => r === 'B').length).toBeLessThan(PER_ACCOUNT_LIMIT);
  });

  it('a submit retried with the same key through the other replica files one case', async () => {
    const id = await readyDraft(1);
    const first = await gql<{ submitAmendment: { applicationNumber: string } }>(
      proxy.url,
      SUBMIT,
      { id, key: 'replica-submit-0001' },
      bearer(agencyToken),
    );
    const retry = await gql<{ submitAmendment: { applicationNumber: string } }>(
      proxy.url,
      SUBMIT,
      { id, key: 'replica-submit-0001' },
      bearer(agencyToken),
    );
    expect(first.errors).toEqual([]);
    expect(retry.errors).toEqual([]);
    expect(new Set([replicaOf(first), replicaOf(retry)]).size).toBe(2);
    const number = first.data!.submitAmendment.applicationNumber;
    expect(retry.data!.submitAmendment.applicationNumber).toBe(number);

    // The same key sent to both replicas at the same moment, five times each (a client
    // retrying before the first answer came): one filing, the same answer every time.
    const other = await readyDraft(2);
    const raced = await Promise.all(
      Array.from({ length: 10 }, (_, i) => replicas[i % 2]!).map((replica) =>
        gql<{ submitAmendment: { applicationNumber: string } }>(
          replica.url,
          SUBMIT,
          { id: other, key: 'replica-submit-0002' },
          bearer(agencyToken),
        ),
      ),
    );
    expect(raced.flatMap((r) => r.errors)).toEqual([]);
    expect(new Set(raced.map((r) => r.data!.submitAmendment.applicationNumber)).size).toBe(1);

    submittedCases.push(id, other);
    for (const amendment of [id, other]) {
      const rows = await db.sql<{ events: number; keys: number; mails: number }>(
        `select
           (select count(*)::int from amendment_event where amendment_id = $1
              and to_status = 'SUBMITTED') as events,
           (select count(*)::int from idempotency_key where result_ref = $1::text) as keys,
           (select count(*)::int from outbox_mail m, amendment a where a.id = $1
              and m.template = 'AMENDMENT_RECEIVED'
              and m.text_body like '%' || a.application_number || '%') as mails`,
        [amendment],
      );
      expect(rows[0]).toEqual({ events: 1, keys: 1, mails: 1 });
    }
  });

  it('an integration’s Idempotency-Key replays the first answer on the other replica', async () => {
    const created = await gql<{ createApiKey: { token: string } }>(
      proxy.url,
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }`,
      {
        input: {
          name: 'replica test',
          scopes: ['READ', 'FILE'],
          expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        },
      },
      bearer(agencyToken),
    );
    expect(created.errors).toEqual([]);
    const apiKey = created.data!.createApiKey.token;
    const id = await readyDraft(3);
    const bytes = Buffer.concat([samplePdf(), Buffer.from(`%${randomUUID()}\n`)]);
    const send = (replica: ApiProcess) =>
      graphqlMultipart<{ uploadAmendmentDocument: { id: string } }>(`${replica.url}/graphql`, {
        query: `mutation($id: ID!, $type: DocumentType!, $file: Upload!) {
          uploadAmendmentDocument(amendmentId: $id, type: $type, file: $file) { id } }`,
        variables: { id, type: 'OTHER' },
        files: { file: { name: 'other.pdf', type: 'application/pdf', bytes } },
        headers: { ...bearer(apiKey), 'idempotency-key': 'replica-upload-0001' },
      });
    const first = await send(replicas[0]!);
    const again = await send(replicas[1]!);
    expect(first.body.errors).toBeUndefined();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.data!.uploadAmendmentDocument.id).toBe(
      first.body.data!.uploadAmendmentDocument.id,
    );
    const documents = await db.sql<{ n: number }>(
      `select count(*)::int as n from amendment_document where amendment_id = $1 and type = 'OTHER'`,
      [id],
    );
    expect(documents[0]!.n).toBe(1);
  });

  it('delivers every mail and webhook exactly once although both replicas’ dispatchers poll', async () => {
    const MAILS = 40;
    const EVENTS = 40;
    // Queued in one transaction, so both dispatchers find them all due at the same moment.
    await db.orm.em.fork().transactional((em) => {
      for (let i = 0; i < MAILS; i++) {
        enqueueMail(em, {
          to: `bulk-${i}@test.example`,
          locale: 'en',
          template: 'AMENDMENT_RECEIVED',
          params: {
            displayName: `Bulk ${i}`,
            applicationNumber: `GC2026-9${String(i).padStart(6, '0')}`,
            items: ['Passport'],
            feeAmount: 0,
            link: 'http://localhost/amendments/x',
          },
        });
      }
      for (let i = 0; i < EVENTS; i++) {
        const amendment = {
          id: randomUUID(),
          applicationNumber: `GC2026-8${String(i).padStart(6, '0')}`,
          status: 'APPROVED',
          filedBy: { id: agency.accountId },
          filedByRole: Role.AGENCY,
          applicant: { id: agency.holders[0]!.id },
        };
        // Two events per case: also delivered in order.
        emitAmendmentWebhooks(em, amendment, WebhookEventType.AMENDMENT_APPROVED);
        emitAmendmentWebhooks(em, amendment, WebhookEventType.CARD_READY);
      }
      return Promise.resolve();
    });

    const pending = async () =>
      (
        await db.sql<{ n: number }>(
          `select ((select count(*) from outbox_mail where status <> 'SENT')
                 + (select count(*) from webhook_delivery where status <> 'DELIVERED'))::int as n`,
        )
      )[0]!.n;
    await expect.poll(pending, { timeout: 30_000, interval: 200 }).toBe(0);

    const mails = await db.sql<{ id: string; message_id: string; attempts: number }>(
      'select id, message_id, attempts from outbox_mail',
    );
    const received = new Map<string, number>();
    for (const m of smtp.messages)
      received.set(m.messageId!, (received.get(m.messageId!) ?? 0) + 1);
    for (const mail of mails) {
      expect(received.get(mail.message_id), `mail ${mail.id}`).toBe(1);
      expect(mail.attempts).toBe(1);
    }
    expect(smtp.messages).toHaveLength(mails.length);

    const deliveries = await db.sql<{ event_id: string; amendment_id: string; sequence: string }>(
      'select event_id, amendment_id, sequence from webhook_delivery',
    );
    const heard = receiver.accepted('/replicas');
    expect(heard).toHaveLength(deliveries.length);
    const ids = heard.map((r) => String(r.headers['goldcard-event-id']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(deliveries.map((d) => d.event_id)));
    // Per case, in the order the events happened.
    const order = new Map(deliveries.map((d) => [d.event_id, Number(d.sequence)]));
    const byCase = new Map<string, number[]>();
    for (const r of heard) {
      const body = JSON.parse(r.body) as { id: string; amendment: { id: string } };
      byCase.set(body.amendment.id, [
        ...(byCase.get(body.amendment.id) ?? []),
        order.get(body.id)!,
      ]);
    }
    for (const sequence of byCase.values()) {
      expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
    }
    // The agency heard of each submission it made through the replicas, once.
    for (const id of submittedCases) {
      const submitted = heard.filter((r) => {
        const body = JSON.parse(r.body) as { type: string; amendment: { id: string } };
        return body.type === 'AMENDMENT_SUBMITTED' && body.amendment.id === id;
      });
      expect(submitted, `AMENDMENT_SUBMITTED for ${id}`).toHaveLength(1);
    }
    console.log(
      `replica figures: ${JSON.stringify({
        requestsThroughProxy: proxy.served.length,
        servedByA: proxy.served.filter((r) => r === 'A').length,
        servedByB: proxy.served.filter((r) => r === 'B').length,
        mailsDelivered: mails.length,
        webhooksDelivered: deliveries.length,
        duplicates: 0,
      })}`,
    );
  }, 60_000);

  it('both replicas ran without errors', () => {
    for (const replica of replicas) {
      expect(replica.child.exitCode).toBeNull();
      const errors = replica.logLines().filter((l) => l.level === 'error' || l.level === 'fatal');
      expect(errors).toEqual([]);
    }
  });
});
