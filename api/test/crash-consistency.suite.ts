import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  freePort,
  gql,
  loginAt,
  startApiProcess,
  type ApiProcess,
} from '../src/test-support/api-process.js';
import { createTestDatabase, type TestDatabase } from '../src/test-support/db.js';
import {
  createTestDocumentStore,
  stopSharedS3Server,
  type DocumentStoreKind,
  type TestDocumentStore,
} from '../src/test-support/document-stores.js';
import {
  filingAgency,
  type FilingAgency,
  type FixtureHolder,
} from '../src/test-support/filing-agency.js';
import { graphqlMultipart, samplePdf } from '../src/test-support/multipart.js';
import { startSmtpServer, type TestSmtpServer } from '../src/test-support/smtp.js';
import { startReceiver, type TestReceiver } from '../src/modules/webhooks/webhooks.testing.js';

/*
 * Crash consistency: the production build serves concurrent filings (drafts, uploads through
 * GraphQL multipart and the streaming route, submits with idempotency keys) and is killed with
 * SIGKILL at random moments, again and again, then restarted. Afterwards every acknowledged
 * upload and submission is complete, nothing unacknowledged is half done, and the orphan files
 * the kills left behind are swept. Run on each document store by crash-consistency*.test.ts
 * (a file each, so each run has this module's state to itself).
 */

const KILLS = 10;
const WORKERS = 4;
/** The load runs this long (ms, at random) before each kill. */
const WINDOW_MIN_MS = 250;
const WINDOW_MAX_MS = 1_100;

let db: TestDatabase;
let smtp: TestSmtpServer;
let receiver: TestReceiver;
let agency: FilingAgency;
let subject: TestDocumentStore;
let port: number;
let api: ApiProcess | undefined;
let token: string;
/** The server the workload talks to (the same port across restarts). */
let baseUrl: string;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function env(sweep: { graceSeconds: number; intervalSeconds: number }): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    ...subject.env,
    SMTP_URL: smtp.url,
    MAIL_POLL_INTERVAL_MS: '200',
    WEBHOOK_POLL_INTERVAL_MS: '1000',
    DB_POOL_MAX: '6',
    DOCUMENT_ORPHAN_GRACE_SECONDS: String(sweep.graceSeconds),
    DOCUMENT_SWEEP_INTERVAL_SECONDS: String(sweep.intervalSeconds),
  };
}
/** While crashing: no sweeping at all (a sweep is tested at the end, once). */
const NO_SWEEP = { graceSeconds: 3_600, intervalSeconds: 0 };

const auth = () => ({ authorization: `Bearer ${token}` });

// --- The workload ------------------------------------------------------------------------------

interface SentUpload {
  sha256: string;
  type: string;
  via: 'graphql' | 'route';
  /** The document id when the server answered with it; otherwise the answer never came. */
  acknowledgedId?: string;
}

interface Flow {
  holder: FixtureHolder;
  amendmentId?: string;
  saved: boolean;
  uploads: SentUpload[];
  /** Documents to upload before submitting. */
  target: number;
  submitKey: string;
  submitAttempts: number;
  /** A submit was sent and no answer came (the retry with the same key must not duplicate). */
  submitUnanswered: boolean;
  submitted?: { applicationNumber: string };
  busy: boolean;
}

type Outcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'refused'; code: string; status: number }
  | { kind: 'no-answer' };

const unexpected: string[] = [];
const counts = { requests: 0, answered: 0, unanswered: 0 };

async function attempt<T>(
  send: () => Promise<{ status: number; value?: T | null; code?: string }>,
): Promise<Outcome<T>> {
  counts.requests++;
  try {
    const { status, value, code } = await send();
    counts.answered++;
    if (value && status >= 200 && status < 300) return { kind: 'ok', value };
    return { kind: 'refused', code: code ?? `HTTP_${status}`, status };
  } catch {
    counts.unanswered++;
    return { kind: 'no-answer' };
  }
}

function newPdf(): { bytes: Buffer; sha256: string } {
  const bytes = Buffer.concat([
    samplePdf(),
    Buffer.from(`%${randomUUID()}\n`),
    Buffer.alloc(between(10_000, 200_000), 0x0a),
  ]);
  return { bytes, sha256: sha256(bytes) };
}

async function uploadOnce(flow: Flow, via: 'graphql' | 'route', expectedRefusals: string[] = []) {
  const { bytes, sha256: hash } = newPdf();
  // Each case needs its passport scan; the others are extra documents.
  const type = flow.uploads.some((u) => u.acknowledgedId && u.type === 'PASSPORT')
    ? pick(['PASSPORT', 'OTHER'])
    : 'PASSPORT';
  const sent: SentUpload = { sha256: hash, type, via };
  flow.uploads.push(sent);
  const outcome = await attempt<{ id: string; sha256: string }>(async () => {
    if (via === 'graphql') {
      const res = await graphqlMultipart<{
        uploadAmendmentDocument: { id: string; sha256: string };
      }>(`${baseUrl}/graphql`, {
        query: `mutation($id: ID!, $type: DocumentType!, $file: Upload!) {
            uploadAmendmentDocument(amendmentId: $id, type: $type, file: $file) { id sha256 } }`,
        variables: { id: flow.amendmentId, type },
        files: { file: { name: 'document.pdf', type: 'application/pdf', bytes } },
        headers: auth(),
      });
      return {
        status: res.status,
        value: res.body.data?.uploadAmendmentDocument,
        code: res.body.errors?.[0]?.extensions?.code,
      };
    }
    const form = new FormData();
    form.append('type', type);
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'document.pdf');
    const res = await fetch(`${baseUrl}/amendments/${flow.amendmentId}/documents`, {
      method: 'POST',
      body: form,
      headers: auth(),
    });
    const body = (await res.json()) as {
      document?: { id: string; sha256: string };
      error?: { code: string };
    };
    return { status: res.status, value: body.document, code: body.error?.code };
  });
  if (outcome.kind === 'ok') {
    if (outcome.value.sha256 !== hash) unexpected.push(`upload answered a different SHA-256`);
    sent.acknowledgedId = outcome.value.id;
  } else if (outcome.kind === 'refused' && !expectedRefusals.includes(outcome.code)) {
    unexpected.push(`upload (${via}) refused: ${outcome.code} (${outcome.status})`);
  }
}

async function submitOnce(flow: Flow) {
  flow.submitAttempts++;
  const outcome = await attempt<{ applicationNumber: string; status: string; id: string }>(
    async () => {
      const res = await gql<{
        submitAmendment: { id: string; applicationNumber: string; status: string };
      }>(
        baseUrl,
        `mutation($id: ID!, $key: String!) {
           submitAmendment(id: $id, idempotencyKey: $key) { id applicationNumber status } }`,
        { id: flow.amendmentId, key: flow.submitKey },
        auth(),
      );
      return {
        status: res.status,
        value: res.data?.submitAmendment,
        code: res.errors[0]?.extensions?.code,
      };
    },
  );
  if (outcome.kind === 'ok') {
    if (outcome.value.id !== flow.amendmentId || outcome.value.status !== 'SUBMITTED')
      unexpected.push(`submit answered ${JSON.stringify(outcome.value)}`);
    flow.submitted = { applicationNumber: outcome.value.applicationNumber };
  } else if (outcome.kind === 'no-answer') {
    flow.submitUnanswered = true;
  } else if (outcome.code !== 'CONFLICT') {
    // CONFLICT: an upload to the same case committed first; the retry decides again.
    unexpected.push(`submit refused: ${outcome.code} (${outcome.status})`);
  }
}

/** One step of a flow: start, save, upload or submit (sometimes with a racing upload). */
async function step(flow: Flow, n: number) {
  if (!flow.amendmentId) {
    const outcome = await attempt<{ id: string }>(async () => {
      const res = await gql<{ startAmendment: { id: string } }>(
        baseUrl,
        'mutation($input: StartAmendmentInput!) { startAmendment(input: $input) { id } }',
        {
          input: {
            uiNumber: flow.holder.uiNumber,
            birthDate: flow.holder.birthDate,
            alsoChange: ['PASSPORT'],
          },
        },
        auth(),
      );
      const error = res.errors[0];
      // A start that committed but whose answer was lost: the case is open already.
      if (error?.extensions?.code === 'AMENDMENT_ALREADY_OPEN') {
        const params = error.extensions.params as { amendmentId: string };
        return { status: 200, value: { id: params.amendmentId } };
      }
      return { status: res.status, value: res.data?.startAmendment, code: error?.extensions?.code };
    });
    if (outcome.kind === 'ok') flow.amendmentId = outcome.value.id;
    else if (outcome.kind === 'refused') unexpected.push(`start refused: ${outcome.code}`);
    return;
  }
  if (!flow.saved) {
    const outcome = await attempt<{ id: string }>(async () => {
      const res = await gql<{ saveAmendmentDraft: { id: string } }>(
        baseUrl,
        `mutation($id: ID!, $input: SaveAmendmentDraftInput!) {
           saveAmendmentDraft(id: $id, input: $input) { id } }`,
        {
          id: flow.amendmentId,
          input: {
            passport: {
              number: `Q${String(between(10_000_000, 99_999_999))}`,
              issuingCountry: 'US',
              issueDate: '2026-01-15',
              expiryDate: '2036-01-14',
            },
          },
        },
        auth(),
      );
      return {
        status: res.status,
        value: res.data?.saveAmendmentDraft,
        code: res.errors[0]?.extensions?.code,
      };
    });
    if (outcome.kind === 'ok') flow.saved = true;
    else if (outcome.kind === 'refused' && outcome.code !== 'CONFLICT')
      unexpected.push(`save refused: ${outcome.code}`);
    return;
  }
  const acknowledged = flow.uploads.filter((u) => u.acknowledgedId).length;
  if (acknowledged < flow.target) {
    await uploadOnce(flow, n % 2 === 0 ? 'graphql' : 'route');
    return;
  }
  if (Math.random() < 0.3) {
    // An upload racing the submit of the same case: one of them may be refused, never both
    // half done.
    await Promise.all([submitOnce(flow), uploadOnce(flow, 'route', ['INVALID_TRANSITION'])]);
  } else {
    await submitOnce(flow);
  }
}

const flows: Flow[] = [];

/** Runs `WORKERS` workers over the unfinished flows until `stop()` says so. */
async function runLoad(stop: () => boolean, limit = Infinity) {
  let n = 0;
  const worker = async () => {
    while (!stop()) {
      const flow = flows.find((f) => !f.busy && !f.submitted);
      if (!flow) {
        if (flows.length >= limit) return;
        const holder = agency.holders[flows.length];
        if (!holder) return;
        flows.push({
          holder,
          saved: false,
          uploads: [],
          target: between(1, 4),
          submitKey: `crash-submit-${randomUUID()}`,
          submitAttempts: 0,
          submitUnanswered: false,
          busy: false,
        });
        continue;
      }
      flow.busy = true;
      try {
        await step(flow, n++);
      } finally {
        flow.busy = false;
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
}

// --- What must hold ----------------------------------------------------------------------------

/** Files (temporary ones included) or object keys, `/`-separated. */
async function storedFiles(): Promise<string[]> {
  return (await subject.objects()).map((f) => f.split(path.sep).join('/'));
}

async function referencedKeys(): Promise<Set<string>> {
  const rows = await db.sql<{ key: string }>(
    `select storage_key as key from amendment_document
     union all select document_key from mandate where document_key is not null`,
  );
  return new Set(rows.map((r) => r.key));
}

interface DocumentRow {
  id: string;
  amendment_id: string;
  storage_key: string;
  sha256: string;
  size: number;
  type: string;
}

/** Every document row has its file with the right bytes; every acknowledged upload is there. */
async function checkDocuments() {
  const rows = await db.sql<DocumentRow>(
    'select id, amendment_id, storage_key, sha256, size, type from amendment_document',
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const row of rows) {
    const bytes = await subject.store
      .get(row.storage_key)
      .then((stream) => buffer(stream))
      .catch(() => null);
    expect(bytes, `document ${row.id} has its file`).not.toBeNull();
    expect(sha256(bytes!), `document ${row.id}: stored bytes`).toBe(row.sha256);
    expect(bytes!.length).toBe(row.size);
    const flow = flows.find((f) => f.amendmentId === row.amendment_id);
    const sent = flow?.uploads.find((u) => u.sha256 === row.sha256);
    expect(sent, `document ${row.id} is one that was sent to its case`).toBeDefined();
    expect(row.type).toBe(sent!.type);
  }
  for (const flow of flows) {
    for (const upload of flow.uploads) {
      const matching = rows.filter((r) => r.sha256 === upload.sha256);
      expect(matching.length, 'an upload is recorded at most once').toBeLessThanOrEqual(1);
      if (upload.acknowledgedId) {
        expect(byId.get(upload.acknowledgedId)?.sha256, 'acknowledged upload').toBe(upload.sha256);
      }
    }
  }
  // The timeline and the audit trail name every document, and nothing else.
  const added = await db.sql<{ n: number }>(
    `select count(*)::int as n from amendment_event where type = 'DOCUMENT_ADDED'`,
  );
  expect(added[0]!.n).toBe(rows.length);
  const audited = await db.sql<{ id: string }>(
    `select detail->>'documentId' as id from audit_event where action = 'amendment.document.added'`,
  );
  expect(audited.map((a) => a.id).sort()).toEqual(rows.map((r) => r.id).sort());
  return rows;
}

interface CaseRow {
  id: string;
  applicant_id: string;
  status: string;
  application_number: string | null;
  submitted_at: Date | null;
  submit_events: number;
  submit_audits: number;
  keys: number;
  mails: number;
  webhooks: number;
}

/** Every case is a draft untouched by submission, or submitted with everything that goes with it. */
async function checkCases() {
  const cases = await db.sql<CaseRow>(
    `select a.id, a.applicant_id, a.status, a.application_number, a.submitted_at,
       (select count(*)::int from amendment_event e where e.amendment_id = a.id
          and e.type = 'STATUS_CHANGED' and e.to_status = 'SUBMITTED') as submit_events,
       (select count(*)::int from audit_event x where x.entity_id = a.id::text
          and x.action = 'amendment.submit') as submit_audits,
       (select count(*)::int from idempotency_key k where k.result_ref = a.id::text
          and k.operation = 'submitAmendment') as keys,
       (select count(*)::int from outbox_mail m where m.template = 'AMENDMENT_RECEIVED'
          and a.application_number is not null
          and m.text_body like '%' || a.application_number || '%') as mails,
       (select count(*)::int from webhook_delivery w where w.amendment_id = a.id
          and w.event_type = 'AMENDMENT_SUBMITTED') as webhooks
     from amendment a`,
  );
  for (const c of cases) {
    if (c.status === 'DRAFT') {
      expect(c, 'a draft carries nothing of a submission').toMatchObject({
        application_number: null,
        submitted_at: null,
        submit_events: 0,
        submit_audits: 0,
        keys: 0,
        webhooks: 0,
      });
    } else {
      expect(c, 'a submitted case is complete').toMatchObject({
        status: 'SUBMITTED',
        submit_events: 1,
        submit_audits: 1,
        keys: 1,
        mails: 1,
        webhooks: 1,
      });
      expect(c.application_number).toMatch(/^GC\d{4}-\d{7}$/);
      expect(c.submitted_at).not.toBeNull();
    }
    const flow = flows.find((f) => f.amendmentId === c.id);
    if (flow?.submitted) {
      expect(c.status, 'an acknowledged submission').toBe('SUBMITTED');
      expect(c.application_number).toBe(flow.submitted.applicationNumber);
    }
  }
  // One case per holder at most, each one a flow's (a start whose answer was lost is found again
  // through AMENDMENT_ALREADY_OPEN).
  const holders = new Set(flows.map((f) => f.holder.id));
  expect(cases.every((c) => holders.has(c.applicant_id))).toBe(true);
  expect(new Set(cases.map((c) => c.applicant_id)).size).toBe(cases.length);
  const numbers = cases.map((c) => c.application_number).filter(Boolean);
  expect(new Set(numbers).size).toBe(numbers.length);
  return cases;
}

export function crashConsistencySuite(kind: DocumentStoreKind): void {
  beforeAll(async () => {
    assertBuilt('modules/documents/orphan-sweeper.js');
    db = await createTestDatabase();
    smtp = await startSmtpServer();
    receiver = await startReceiver();
    agency = await filingAgency(db, 90, 'crash-agency');
    subject = await createTestDocumentStore(kind);
    port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    api = await startApiProcess(env(NO_SWEEP), { port });
    const login = await loginAt(api.url, agency.accountName, agency.password);
    token = login.data!.login.token;
    const terms = await gql<{ amendmentTerms: { version: string } }>(
      api.url,
      '{ amendmentTerms { version } }',
      {},
      auth(),
    );
    const accepted = await gql(
      api.url,
      'mutation($v: String!) { acceptAmendmentTerms(version: $v) { version } }',
      { v: terms.data!.amendmentTerms.version },
      auth(),
    );
    expect(accepted.errors).toEqual([]);
    const subscribed = await gql(
      api.url,
      `mutation($input: CreateWebhookSubscriptionInput!) {
       createWebhookSubscription(input: $input) { secret } }`,
      { input: { url: `${receiver.url}/crash`, events: ['AMENDMENT_SUBMITTED'] } },
      auth(),
    );
    expect(subscribed.errors).toEqual([]);
  });

  afterAll(async () => {
    await api?.stop();
    await smtp?.stop();
    await receiver?.close();
    await db?.drop();
    await subject?.dispose();
    await stopSharedS3Server();
  });

  describe(`crash consistency on the ${kind} store`, () => {
    it(`survives ${KILLS} SIGKILLs under concurrent filing: acknowledged work complete, nothing half done, orphans swept`, async () => {
      const started = Date.now();
      const rounds: { windowMs: number; requests: number; unanswered: number }[] = [];
      for (let round = 0; round < KILLS; round++) {
        if (!api) api = await startApiProcess(env(NO_SWEEP), { port });
        const before = { ...counts };
        let stopped = false;
        const load = runLoad(() => stopped);
        const windowMs = between(WINDOW_MIN_MS, WINDOW_MAX_MS);
        await sleep(windowMs);
        stopped = true; // no new requests; those in flight meet the kill
        await api.kill(); // SIGKILL
        api = undefined;
        await load;
        rounds.push({
          windowMs,
          requests: counts.requests - before.requests,
          unanswered: counts.unanswered - before.unanswered,
        });
      }
      expect(unexpected).toEqual([]);

      // What the kills left in the store: files no row names (written, then killed before the
      // commit) and unfinished temporary files (killed while writing).
      const referenced = await referencedKeys();
      const leftovers = (await storedFiles()).filter((f) => !referenced.has(f));
      const orphans = leftovers.filter((f) => !path.basename(f).startsWith('.'));
      const partial = leftovers.filter((f) => path.basename(f).startsWith('.'));

      // Restarted with a short grace period: the sweep at start removes every leftover.
      await sleep(1_100);
      api = await startApiProcess(env({ graceSeconds: 1, intervalSeconds: 1 }), { port });
      await expect
        .poll(async () => (await storedFiles()).filter((f) => !referenced.has(f)), {
          timeout: 15_000,
          interval: 200,
        })
        .toEqual([]);
      const documents = await checkDocuments();
      const casesAfterKills = await checkCases();
      const submittedAfterKills = casesAfterKills.filter((c) => c.status === 'SUBMITTED').length;
      const unansweredSubmits = flows.filter((f) => f.submitUnanswered).length;

      // Finishing the work with the same idempotency keys: a submission whose answer was lost is
      // answered now with the same case and number, never filed twice.
      const numbersBefore = new Map(
        casesAfterKills
          .filter((c) => c.application_number)
          .map((c) => [c.id, c.application_number]),
      );
      const open = flows.filter((f) => !f.submitted).length;
      await runLoad(() => flows.every((f) => f.submitted), flows.length);
      expect(unexpected).toEqual([]);
      for (const [id, number] of numbersBefore) {
        const flow = flows.find((f) => f.amendmentId === id)!;
        expect(flow.submitted?.applicationNumber, 'a retried submission').toBe(number);
      }
      await checkDocuments();
      const cases = await checkCases();
      expect(cases.every((c) => c.status === 'SUBMITTED')).toBe(true);
      expect(cases.length).toBe(flows.length);

      // Mails and webhooks a killed process had claimed stay reserved for their lease (minutes);
      // here the leases run out at once, as they would after that time.
      const leasedMails = await db.sql<{ n: number }>(
        `update outbox_mail set next_attempt_at = now()
        where status = 'PENDING' and next_attempt_at > now() returning 1 as n`,
      );
      const leasedWebhooks = await db.sql<{ n: number }>(
        `update webhook_delivery set next_attempt_at = now()
        where status = 'PENDING' and next_attempt_at > now() returning 1 as n`,
      );

      // Every submission's receipt mail reaches the SMTP server; a mail is sent again only if a
      // kill fell between the server's acceptance and its record, and then with the same id.
      await expect
        .poll(
          () =>
            cases.every((c) => smtp.messages.some((m) => m.text.includes(c.application_number!))),
          { timeout: 20_000, interval: 250 },
        )
        .toBe(true);
      // Its webhook too (a receiver may see an event twice only after a kill, same event id).
      const heard = () =>
        new Set(
          receiver
            .accepted('/crash')
            .map((r) => (JSON.parse(r.body) as { amendment: { id: string } }).amendment.id),
        );
      await expect
        .poll(() => cases.every((c) => heard().has(c.id)), { timeout: 20_000, interval: 250 })
        .toBe(true);
      const eventIds = receiver
        .accepted('/crash')
        .map((r) => String(r.headers['goldcard-event-id']));
      const webhooksResent = eventIds.length - new Set(eventIds).size;
      const byMessageId = new Map<string, number>();
      for (const m of smtp.messages)
        byMessageId.set(m.messageId!, (byMessageId.get(m.messageId!) ?? 0) + 1);
      const resent = [...byMessageId.values()].filter((n) => n > 1).length;

      const figures = {
        kills: KILLS,
        killWindowsMs: rounds.map((r) => r.windowMs),
        requests: counts.requests,
        unansweredRequests: counts.unanswered,
        cases: cases.length,
        submittedBeforeFinishing: submittedAfterKills,
        submitsWithoutAnswer: unansweredSubmits,
        openCasesFinishedAfterwards: open,
        documents: documents.length,
        uploadsSent: flows.reduce((n, f) => n + f.uploads.length, 0),
        uploadsAcknowledged: flows.reduce(
          (n, f) => n + f.uploads.filter((u) => u.acknowledgedId).length,
          0,
        ),
        orphanFilesSwept: orphans.length,
        partialFilesSwept: partial.length,
        mailsLeftLeasedByKilledProcess: leasedMails.length,
        webhooksLeftLeasedByKilledProcess: leasedWebhooks.length,
        mailsResent: resent,
        webhooksResent,
        seconds: Math.round((Date.now() - started) / 1000),
      };
      console.log(`crash consistency figures: ${JSON.stringify(figures)}`);
      // The kills must have hit work in flight, or this test proves nothing.
      expect(counts.unanswered).toBeGreaterThan(0);
      expect(figures.uploadsAcknowledged).toBeGreaterThan(0);
    }, 150_000);
  });
}
