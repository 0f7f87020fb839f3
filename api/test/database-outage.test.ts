import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDatabase, withDatabase } from '../src/db/database.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../src/db/embedded.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { DEMO_HOLDER } from '../src/db/seeders/demo.js';
import { createLogger } from '../src/shared/logger.js';
import { Role } from '../src/shared/actor.js';
import { createAccount, STRONG_PASSWORD } from '../src/test-support/accounts.js';
import {
  assertBuilt,
  freePort,
  gql,
  loginAt,
  startApiProcess,
  type ApiProcess,
} from '../src/test-support/api-process.js';
import type { TestDatabase } from '../src/test-support/db.js';
import { seedFixtureHolders } from '../src/test-support/fixtures.js';
import { samplePdf } from '../src/test-support/multipart.js';

/*
 * A database outage under load, against a running API on a PostgreSQL server of this test's own
 * (the shared test server is never disturbed): PostgreSQL is stopped and started again, then
 * frozen (SIGSTOP: it accepts connections and answers nothing) and thawed. Requests must fail
 * fast with SERVICE_UNAVAILABLE, never hang or crash the process, /readyz must say "not ready",
 * and service must come back by itself.
 */

const TIMEOUTS = { connect: 1_000, acquire: 2_000, query: 2_000 };
/** A request unanswered this long counts as hanging. */
const HANG_MS = 15_000;

let dataDir: string;
let pgPort: number;
let postgres: EmbeddedPostgresHandle | undefined;
let databaseUrl: string;
let api: ApiProcess;
let token: string;
let amendmentId: string;
let documentId: string;
const log = createLogger('silent');

async function startPostgres() {
  postgres = await startEmbeddedPostgres({ dataDir, port: pgPort, log });
  return postgres;
}

/** The server process and its backends (their parent is the postmaster). */
async function postgresPids(): Promise<number[]> {
  const postmaster = Number(
    (await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0],
  );
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent === postmaster) children.push(Number(entry));
  }
  return [postmaster, ...children];
}

beforeAll(async () => {
  assertBuilt('db/unavailable.js');
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-outage-'));
  await chmod(dataDir, 0o755);
  pgPort = await freePort();
  const server = await startPostgres();
  await ensureDatabase(server.serverUrl, 'goldcard');
  databaseUrl = withDatabase(server.serverUrl, 'goldcard');

  // Schema and a little data, through connections closed before the outage.
  const orm = await initOrm(databaseUrl);
  await migrate(orm);
  await seedFixtureHolders(databaseUrl, 2);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const db = {
    url: databaseUrl,
    name: 'goldcard',
    orm,
    queries: [],
    sql: async (text: string, params?: unknown[]) =>
      (await client.query<Record<string, unknown>>(text, params)).rows,
    drop: () => Promise.resolve(),
  } as unknown as TestDatabase;
  await createAccount(db, { accountName: 'outage-holder', role: Role.APPLICANT, locale: 'en' });
  await client.end();
  await orm.close(true);

  api = await startApiProcess({
    DATABASE_URL: databaseUrl,
    DOCUMENT_STORE_DIR: path.join(dataDir, 'documents'),
    DB_CONNECT_TIMEOUT_MS: String(TIMEOUTS.connect),
    DB_ACQUIRE_TIMEOUT_MS: String(TIMEOUTS.acquire),
    DB_QUERY_TIMEOUT_MS: String(TIMEOUTS.query),
    LOG_LEVEL: 'info',
  });
  const login = await loginAt(api.url, 'outage-holder', STRONG_PASSWORD);
  token = login.data!.login.token;
  const headers = { authorization: `Bearer ${token}` };
  const terms = await gql<{ amendmentTerms: { version: string } }>(
    api.url,
    '{ amendmentTerms { version } }',
    {},
    headers,
  );
  await gql(
    api.url,
    'mutation($v: String!) { acceptAmendmentTerms(version: $v) { version } }',
    { v: terms.data!.amendmentTerms.version },
    headers,
  );
  const started = await gql<{ startAmendment: { id: string } }>(
    api.url,
    'mutation($input: StartAmendmentInput!) { startAmendment(input: $input) { id } }',
    {
      input: {
        uiNumber: DEMO_HOLDER.uiNumber,
        birthDate: DEMO_HOLDER.birthDate,
        passportNumber: DEMO_HOLDER.passport.number,
        alsoChange: ['PASSPORT'],
      },
    },
    headers,
  );
  amendmentId = started.data!.startAmendment.id;
  const uploaded = await upload();
  expect(uploaded.status).toBe(201);
  documentId = ((await uploaded.json()) as { document: { id: string } }).document.id;
}, 120_000);

afterAll(async () => {
  if (postgres) {
    for (const pid of await postgresPids().catch(() => [])) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // gone already
      }
    }
  }
  await api?.stop();
  await postgres?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function upload() {
  const form = new FormData();
  form.append('type', 'OTHER');
  form.append('file', new Blob([samplePdf()], { type: 'application/pdf' }), 'other.pdf');
  return fetch(`${api.url}/amendments/${amendmentId}/documents`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(HANG_MS),
  });
}

// --- The load: every kind of request, over and over ---------------------------------------------

type Kind = 'graphql-session' | 'graphql-public' | 'graphql-mutation' | 'download' | 'upload';
const KINDS: Kind[] = [
  'graphql-session',
  'graphql-public',
  'graphql-mutation',
  'download',
  'upload',
];

interface Answer {
  kind: Kind;
  startedAt: number;
  ms: number;
  /** HTTP status; 0 when no answer came (connection refused or reset, or a hang). */
  status: number;
  /** `extensions.code` / `error.code`, or OK. */
  code: string;
}

async function request(kind: Kind): Promise<Answer> {
  const startedAt = Date.now();
  const headers = { authorization: `Bearer ${token}` };
  const done = (status: number, code: string): Answer => ({
    kind,
    startedAt,
    ms: Date.now() - startedAt,
    status,
    code,
  });
  try {
    if (kind === 'download' || kind === 'upload') {
      const res =
        kind === 'upload'
          ? await upload()
          : await fetch(`${api.url}/documents/${documentId}`, {
              headers,
              signal: AbortSignal.timeout(HANG_MS),
            });
      if (res.ok) {
        const answer = done(res.status, 'OK');
        if (kind === 'upload') {
          // Removed again, so the case never reaches its document limit (not timed).
          const { document } = (await res.json()) as { document: { id: string } };
          await gql(
            api.url,
            'mutation($id: ID!) { removeAmendmentDocument(id: $id) }',
            { id: document.id },
            headers,
            HANG_MS,
          ).catch(() => undefined);
        } else {
          await res.arrayBuffer();
        }
        return answer;
      }
      const body = (await res.json().catch(() => ({}))) as { error?: { code?: string } };
      return done(res.status, body.error?.code ?? 'NO_CODE');
    }
    const [query, variables, auth] = {
      'graphql-session': ['{ session { expiresAt account { id } } }', {}, headers],
      'graphql-public': ['{ fieldsOfExpertise { code } }', {}, {}],
      'graphql-mutation': [
        'mutation($id: ID!, $input: SaveAmendmentDraftInput!) { saveAmendmentDraft(id: $id, input: $input) { id } }',
        {
          id: amendmentId,
          input: {
            passport: {
              number: `R${(randomBytes(4).readUInt32BE() % 90_000_000) + 10_000_000}`,
              issuingCountry: 'US',
              issueDate: '2026-01-15',
              expiryDate: '2036-01-14',
            },
          },
        },
        headers,
      ],
    }[kind] as [string, Record<string, unknown>, Record<string, string>];
    const res = await gql(api.url, query, variables, auth, HANG_MS);
    return done(res.status, res.errors[0]?.extensions?.code ?? (res.data ? 'OK' : 'NO_DATA'));
  } catch (error) {
    const name = (error as Error).name;
    return done(0, name === 'TimeoutError' ? 'HUNG' : 'NO_ANSWER');
  }
}

/** Workers sending every kind of request until stopped; every answer is kept. */
function load(workers = 4) {
  const answers: Answer[] = [];
  let stopped = false;
  let n = 0;
  const worker = async () => {
    while (!stopped) {
      answers.push(await request(KINDS[n++ % KINDS.length]!));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const running = Promise.all(Array.from({ length: workers }, worker));
  return {
    answers,
    stop: async () => {
      stopped = true;
      await running;
    },
  };
}

async function readyz() {
  const started = Date.now();
  const res = await fetch(`${api.url}/readyz`, { signal: AbortSignal.timeout(HANG_MS) });
  return {
    status: res.status,
    body: (await res.json()) as { status: string; reason?: string },
    ms: Date.now() - started,
  };
}

/** What a request of each kind answers while the database is away. */
const UNAVAILABLE: Record<Kind, number> = {
  'graphql-session': 503, // the session cannot be looked up: the context fails
  'graphql-public': 200, // a resolver fails: a GraphQL error in a 200 answer
  'graphql-mutation': 503,
  download: 503,
  upload: 503,
};

function expectUnavailable(answers: Answer[], maxMs: number, atLeast: number) {
  expect(answers.length).toBeGreaterThanOrEqual(atLeast);
  for (const a of answers) {
    expect(a, `${a.kind} while the database is away`).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      status: UNAVAILABLE[a.kind],
    });
    expect(a.ms, `${a.kind} answered fast`).toBeLessThan(maxMs);
  }
  for (const kind of KINDS)
    expect(
      answers.some((a) => a.kind === kind),
      kind,
    ).toBe(true);
}

/**
 * Every answer, before, during and after: served, refused as unavailable (with its status), or
 * (saves of one draft by several workers at once) CONFLICT. Never a 500, never silence.
 */
function expectOnlyCodedAnswers(answers: Answer[]) {
  const wrong = answers.filter(
    (a) =>
      !(
        (a.code === 'OK' && a.status >= 200 && a.status < 300) ||
        (a.code === 'SERVICE_UNAVAILABLE' &&
          (a.status === UNAVAILABLE[a.kind] ||
            // the session was found, then the resolver met the outage
            (a.kind.startsWith('graphql') && a.status === 200))) ||
        (a.code === 'CONFLICT' && a.kind === 'graphql-mutation')
      ),
  );
  if (wrong.length)
    console.log(
      api
        .output()
        .split('\n')
        .filter((l) => l.includes('"error"'))
        .join('\n')
        .slice(0, 5000),
    );
  expect(wrong).toEqual([]);
}

/** Polls until every kind of request has succeeded again; returns how long that took. */
async function untilServed(timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  const served = new Set<Kind>();
  let last: Answer[] = [];
  while (Date.now() - started < timeoutMs) {
    last = await Promise.all(KINDS.filter((k) => !served.has(k)).map((kind) => request(kind)));
    for (const a of last) if (a.code === 'OK' && a.status < 300) served.add(a.kind);
    if (served.size === KINDS.length) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`service did not come back: ${JSON.stringify(last)}`);
}

const figures: Record<string, unknown> = {};

describe('a database outage under load', () => {
  it('PostgreSQL stopped and started again: fast SERVICE_UNAVAILABLE, not ready, back by itself', async () => {
    const pid = api.child.pid;
    expect(await untilServed()).toBeLessThan(5_000);
    const traffic = load();
    await new Promise((resolve) => setTimeout(resolve, 500));

    const stopping = Date.now();
    await postgres!.stop();
    const down = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const ready = await readyz();
    expect(ready).toMatchObject({ status: 503, body: { status: 'not-ready' } });
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    const restarting = Date.now();
    await startPostgres();
    const up = Date.now();
    const recoveredInMs = await untilServed();
    await traffic.stop();

    const during = traffic.answers.filter(
      (a) => a.startedAt >= down && a.startedAt + a.ms <= restarting,
    );
    expectUnavailable(during, 1_000, 20);
    const all = traffic.answers;
    if (all.some((a) => a.code === 'INTERNAL_SERVER_ERROR'))
      console.log(
        api
          .output()
          .split('\n')
          .filter((l) => l.includes('"error"'))
          .join('\n')
          .slice(0, 5000),
      );
    expectOnlyCodedAnswers(all);
    const unexpectedLogs = api
      .logLines()
      .filter(
        (l) =>
          l.msg === 'unexpected error while resolving' ||
          l.msg === 'unhandled error in an HTTP handler',
      );
    expect(unexpectedLogs).toEqual([]);
    expect(api.child.exitCode).toBeNull();
    expect(api.child.pid).toBe(pid);
    expect((await readyz()).status).toBe(200);

    Object.assign(figures, {
      restart: {
        requests: all.length,
        duringOutage: during.length,
        slowestDuringOutageMs: Math.max(...during.map((a) => a.ms)),
        stopTookMs: down - stopping,
        outageMs: up - stopping,
        readyzDuringOutage: `${ready.status} ${ready.body.reason} in ${ready.ms} ms`,
        servedAgainAfterMs: recoveredInMs,
      },
    });
  }, 90_000);

  it('PostgreSQL frozen (accepts, never answers) and thawed: answers within the time limits, back by itself', async () => {
    const traffic = load();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const pids = await postgresPids();
    for (const pid of pids) process.kill(pid, 'SIGSTOP');
    const frozen = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const ready = await readyz();
    const thawing = Date.now();
    for (const pid of pids) process.kill(pid, 'SIGCONT');
    const recoveredInMs = await untilServed();
    await traffic.stop();

    expect(ready).toMatchObject({ status: 503, body: { status: 'not-ready' } });
    expect(ready.ms).toBeLessThan(4_000);
    // Requests sent once the freeze had begun and answered before the thaw: refused within
    // the connect/acquire/statement limits (2 s here) plus a margin, none hanging.
    const bound = TIMEOUTS.acquire + TIMEOUTS.query + 1_500;
    const during = traffic.answers.filter(
      (a) => a.startedAt >= frozen && a.startedAt + a.ms <= thawing,
    );
    expectUnavailable(during, bound, 3);
    const all = traffic.answers;
    expectOnlyCodedAnswers(all);
    expect(api.child.exitCode).toBeNull();

    Object.assign(figures, {
      freeze: {
        requests: all.length,
        duringFreeze: during.length,
        slowestDuringFreezeMs: Math.max(...during.map((a) => a.ms)),
        readyzDuringFreeze: `${ready.status} ${ready.body.reason} in ${ready.ms} ms`,
        servedAgainAfterMs: recoveredInMs,
      },
    });
  }, 90_000);

  it('kept its log machine-readable and its process alive throughout', () => {
    const lines = api
      .output()
      .split('\n')
      .filter((l) => l.trim());
    expect(lines.filter((l) => !l.startsWith('{'))).toEqual([]);
    const levels = api.logLines().map((l) => l.level);
    expect(levels).not.toContain('fatal');
    expect(api.child.exitCode).toBeNull();
    console.log(`database outage figures: ${JSON.stringify(figures)}`);
  });
});
