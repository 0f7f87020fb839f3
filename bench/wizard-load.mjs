// Many applicants at once through the whole amendment wizard, against one API process, and
// afterwards a check that everything the server acknowledged is really there.
//
//   npm run bench:wizard-load          (200 applicants for 60 s)
//   npm run bench:wizard-load:quick    (40 applicants for 10 s: the CI smoke test)
//   node bench/wizard-load.mjs [--quick] [--applicants N] [--duration S] [--workers N]
//                              [--out FILE] [--pg-url postgres://…] [--tamper-check]
//
// What runs (all on 127.0.0.1, in a temporary folder, stopped by itself also on failure or
// Ctrl-C): an embedded PostgreSQL (or, with --pg-url, a fresh database on that server, dropped
// afterwards), migrated; N generated holders (the deterministic seeder) and N applicant accounts,
// each bound to its own holder, inserted in bulk; the built API (`api/dist`, copied first) as a
// child process; each account logs in through the API once; then the applicants run the wizard
// in a loop for the window (bench/lib/wizard-applicants.mjs, in worker processes of their own).
// The API is then stopped (SIGTERM) and what it acknowledged is looked for in PostgreSQL and in
// the document store. With --tamper-check, the check is then run again on deliberately damaged
// data and must find the damage (a test of the check itself).
//
// Writes bench/results/wizard-load.json (quick mode: wizard-load-quick.json, not committed; or
// --out). Exits non-zero when any assertion fails: a 5xx answer, an INTERNAL_SERVER_ERROR, any
// other failed request, an applicant that completed no cycle, or an acknowledged submission or
// upload not found intact afterwards. Method and recorded figures: bench/README.md.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { snapshotApi, startApi } from './lib/api-server.mjs';
import { createCaptchas } from './lib/fixtures.mjs';
import { gql, LOGIN, loginVariables } from './lib/graphql.mjs';
import { serverFacts, startPostgres } from './lib/postgres.mjs';
import {
  dist,
  percentile,
  root,
  round,
  say,
  seconds,
  spawnNode,
  stopChildren,
  machineInfo,
  stopOnSignals,
} from './lib/util.mjs';

const { ensureDatabase, withDatabase } = await import(dist('db/database.js'));
const { initOrm, migrate } = await import(dist('db/orm.js'));
const { seedHolders } = await import(dist('db/seeders/scale.js'));
const { hashPassword } = await import(dist('shared/passwords.js'));

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    applicants: { type: 'string' },
    duration: { type: 'string' },
    workers: { type: 'string' },
    out: { type: 'string' },
    'pg-url': { type: 'string' },
    'tamper-check': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const pick = (given, full, short) => (given !== undefined ? Number(given) : quick ? short : full);
const settings = {
  mode: quick ? 'quick' : 'full',
  applicants: pick(values.applicants, 200, 40),
  durationSeconds: pick(values.duration, 60, 10),
  workers: pick(values.workers, 2, 1),
  loginConcurrency: 4,
  pdfBytes: 32 * 1024,
  requestTimeoutMs: 60_000,
  holderSeed: 29,
  dbPoolMax: 10,
};
const outFile = values.out
  ? path.resolve(values.out)
  : path.join(root, 'bench', 'results', quick ? 'wizard-load-quick.json' : 'wizard-load.json');
const PASSWORD = 'Wizard-load-2026-x';
const accountName = (i) => `wizard-load-${String(i + 1).padStart(4, '0')}`;
const WORKER = path.join(root, 'bench', 'lib', 'wizard-applicants.mjs');

function apiRevision() {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      uncommittedChanges: git('status', '--porcelain', '--', 'api').length > 0,
    };
  } catch {
    return { commit: 'unknown', uncommittedChanges: null };
  }
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs `fn` over `items`, `limit` at a time. */
async function pool(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

const stats = (latencies) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50), 1),
    p90: round(percentile(sorted, 90), 1),
    p99: round(percentile(sorted, 99), 1),
    max: round(sorted.at(-1) ?? null, 1),
  };
};

// --- Setup ---------------------------------------------------------------------------------------

/** A migrated database with N generated holders and N applicant accounts, one bound to each. */
async function prepareDatabase(url) {
  const orm = await initOrm(url);
  await migrate(orm);
  await orm.close(true);
  return withClient(url, async (client) => {
    const seeded = await seedHolders(client, {
      applicants: settings.applicants,
      seed: settings.holderSeed,
      firstIndex: 3_000_000,
    });
    const { rows: holders } = await client.query(
      `select id, ui_number, to_char(birth_date, 'YYYY-MM-DD') as birth_date, passport_number,
         passport_issuing_country_code as country
       from applicant order by id limit $1`,
      [settings.applicants],
    );
    if (holders.length < settings.applicants) {
      throw new Error(`only ${holders.length} holders for ${settings.applicants} applicants`);
    }
    // One hash made by the API's own password hashing (its current argon2 parameters).
    const hash = await hashPassword(PASSWORD);
    const names = holders.map((_, i) => accountName(i));
    await client.query(
      `insert into account (id, account_name, email, password_hash, role, display_name, locale,
         applicant_id, email_verified_at, password_changed_at, created_at, updated_at)
       select gen_random_uuid(), n, n || '@load.example', $2, 'APPLICANT', 'Load ' || n, 'en',
         h, now(), now(), now(), now()
       from unnest($1::text[], $3::uuid[]) as t(n, h)`,
      [names, hash, holders.map((h) => h.id)],
    );
    return { seededHolders: seeded.created, holders, names };
  });
}

/**
 * Each account logs in through the API once, with a captcha of its own: inserted in the database
 * as the API makes them (the harness's helper), as the API hands one IP only 120 an hour.
 */
async function logIn(apiBase, databaseUrl, names) {
  const captchas = await withClient(databaseUrl, (client) => createCaptchas(client, names.length));
  const tokens = new Array(names.length);
  const latencies = { login: [] };
  const t0 = performance.now();
  await pool(names, settings.loginConcurrency, async (name, i) => {
    const t = performance.now();
    const res = await gql(apiBase, LOGIN, loginVariables(name, PASSWORD, captchas[i]));
    latencies.login.push(performance.now() - t);
    const token = res.body?.data?.login?.token;
    if (res.status !== 200 || !token) {
      throw new Error(
        `login as ${name} failed (${res.status}): ${JSON.stringify(res.body).slice(0, 300)}`,
      );
    }
    tokens[i] = token;
  });
  return {
    tokens,
    summary: {
      accounts: names.length,
      concurrency: settings.loginConcurrency,
      seconds: seconds(t0),
      login: stats(latencies.login),
    },
  };
}

/** Whether the direct upload route answers (a 404 means the API has none). */
async function hasUploadRoute(apiBase, token) {
  const res = await fetch(`${apiBase}/amendments/00000000-0000-4000-8000-000000000000/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: '{}',
  });
  const text = await res.text();
  return !(res.status === 404 && !text.includes('"error"'));
}

// --- The check afterwards --------------------------------------------------------------------------

/**
 * Looks for every acknowledged submission (by the application number the client saw) and upload
 * in PostgreSQL and the document store. Returns counts and the problems found.
 */
async function verify(url, storeDir, acks) {
  const problems = [];
  const flag = (what, detail) => {
    if (problems.length < 200) problems.push({ what, detail });
  };
  return withClient(url, async (client) => {
    // Submissions.
    const numbers = acks.submissions.map((s) => s.applicationNumber);
    const { rows } = await client.query(
      `select a.id, a.application_number, a.status::text as status,
         (select count(*)::int from amendment a2 where a2.application_number = a.application_number) as same_number,
         exists(select 1 from amendment_event e where e.amendment_id = a.id
           and e.to_status = 'SUBMITTED' and e.from_status = 'DRAFT') as submit_event,
         exists(select 1 from audit_event u where u.entity_id = a.id::text
           and u.action = 'amendment.submit' and u.success) as submit_audit,
         exists(select 1 from amendment_event e where e.amendment_id = a.id
           and e.to_status = 'WITHDRAWN') as withdraw_event,
         exists(select 1 from audit_event u where u.entity_id = a.id::text
           and u.action = 'amendment.withdraw' and u.success) as withdraw_audit,
         (select k.key from idempotency_key k where k.operation = 'submitAmendment'
           and k.result_ref = a.id::text limit 1) as idempotency_key,
         coalesce((select array_agg(d.id::text) from amendment_document d
           where d.amendment_id = a.id), '{}') as documents
       from amendment a where a.application_number = any($1::text[])`,
      [numbers],
    );
    const byNumber = new Map(rows.map((r) => [r.application_number, r]));
    const seen = new Set();
    let verified = 0;
    for (const ack of acks.submissions) {
      const row = byNumber.get(ack.applicationNumber);
      const where = `${ack.applicationNumber} (${ack.amendmentId})`;
      const before = problems.length;
      if (seen.has(ack.applicationNumber)) flag('application number acknowledged twice', where);
      seen.add(ack.applicationNumber);
      if (!row) {
        flag('acknowledged submission not found', where);
        continue;
      }
      if (row.id !== ack.amendmentId) flag('application number belongs to another case', where);
      if (row.same_number !== 1) flag('application number on more than one case', where);
      const allowed = ack.withdrawn ? ['WITHDRAWN'] : ['SUBMITTED', 'WITHDRAWN'];
      if (!allowed.includes(row.status)) flag(`status ${row.status}`, where);
      if (!row.submit_event) flag('no SUBMITTED timeline event', where);
      if (!row.submit_audit) flag('no amendment.submit audit event', where);
      if (row.idempotency_key !== ack.idempotencyKey) flag('idempotency key not stored', where);
      if (ack.withdrawn && !row.withdraw_event) flag('no WITHDRAWN timeline event', where);
      if (ack.withdrawn && !row.withdraw_audit) flag('no amendment.withdraw audit event', where);
      for (const doc of ack.documents) {
        if (!row.documents.includes(doc))
          flag('submitted without its document row', `${where} ${doc}`);
      }
      if (problems.length === before) verified++;
    }

    // Uploads: the row, its timeline and audit events, and the stored bytes.
    const { rows: docs } = await client.query(
      `select d.id, d.amendment_id, d.sha256, d.size, d.storage_key,
         exists(select 1 from amendment_event e where e.amendment_id = d.amendment_id
           and e.type = 'DOCUMENT_ADDED') as event,
         exists(select 1 from audit_event u where u.entity_id = d.amendment_id::text
           and u.action = 'amendment.document.added' and u.detail->>'documentId' = d.id::text) as audit
       from amendment_document d where d.id = any($1::uuid[])`,
      [acks.uploads.map((u) => u.documentId)],
    );
    const byId = new Map(docs.map((d) => [d.id, d]));
    let uploadsVerified = 0;
    for (const ack of acks.uploads) {
      const row = byId.get(ack.documentId);
      const where = `${ack.documentId} (case ${ack.amendmentId})`;
      const before = problems.length;
      if (!row) {
        flag('acknowledged upload not found', where);
        continue;
      }
      if (row.amendment_id !== ack.amendmentId) flag('document on another case', where);
      if (row.sha256 !== ack.sha256) flag('document row with another SHA-256', where);
      if (Number(row.size) !== ack.size) flag('document row with another size', where);
      if (!row.event) flag('no DOCUMENT_ADDED timeline event', where);
      if (!row.audit) flag('no amendment.document.added audit event', where);
      try {
        const bytes = await readFile(path.join(storeDir, ...row.storage_key.split('/')));
        const sha = createHash('sha256').update(bytes).digest('hex');
        if (sha !== ack.sha256) flag('stored file with another SHA-256', where);
      } catch (error) {
        flag('stored file missing', `${where}: ${error.code ?? error.message}`);
      }
      if (problems.length === before) uploadsVerified++;
    }
    return {
      submissions: { acknowledged: acks.submissions.length, verified },
      withdrawals: {
        acknowledged: acks.withdrawals.length,
        verified: acks.submissions.filter(
          (s) => s.withdrawn && byNumber.get(s.applicationNumber)?.status === 'WITHDRAWN',
        ).length,
      },
      uploads: { acknowledged: acks.uploads.length, verified: uploadsVerified },
      problems,
    };
  });
}

/**
 * Damages three acknowledged records in three different ways and checks that `verify` finds
 * each: a test of the check itself, on the run's own data.
 */
async function tamperCheck(url, storeDir, acks) {
  const [a, b] = acks.submissions;
  const upload = acks.uploads.find(
    (u) => u.amendmentId !== a?.amendmentId && u.amendmentId !== b?.amendmentId,
  );
  if (!a || !b || !upload) return ['too few acknowledged records to test the check'];
  await withClient(url, async (client) => {
    await client.query(
      "delete from audit_event where entity_id = $1 and action = 'amendment.submit'",
      [a.amendmentId],
    );
    await client.query("update amendment set status = 'REJECTED' where id = $1", [b.amendmentId]);
    const { rows } = await client.query(
      'select storage_key from amendment_document where id = $1',
      [upload.documentId],
    );
    await writeFile(path.join(storeDir, ...rows[0].storage_key.split('/')), 'not the upload');
  });
  const again = await verify(url, storeDir, acks);
  const found = (what, id) => again.problems.some((p) => p.what === what && p.detail.includes(id));
  const missed = [];
  if (!found('no amendment.submit audit event', a.amendmentId))
    missed.push('a deleted audit event');
  if (!found('status REJECTED', b.amendmentId)) missed.push('a changed status');
  if (!found('stored file with another SHA-256', upload.documentId)) missed.push('a changed file');
  if (again.submissions.verified !== again.submissions.acknowledged - 2) {
    missed.push(
      `submissions verified ${again.submissions.verified}, expected ${again.submissions.acknowledged - 2}`,
    );
  }
  return missed.map((m) => `the check after the run did not notice ${m}`);
}

// --- The run ---------------------------------------------------------------------------------------

const t0 = performance.now();
const workDir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-wizard-load-'));
await chmod(workDir, 0o755);
const storeDir = path.join(workDir, 'documents');
await mkdir(storeDir, { recursive: true });
let pgServer;
let dropDatabase;
let api;
let stopping;
function shutdown() {
  stopping ??= (async () => {
    await stopChildren().catch(() => undefined);
    await dropDatabase?.().catch(() => undefined);
    await pgServer?.stop().catch(() => undefined);
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  })();
  return stopping;
}
stopOnSignals(shutdown);

const record = {
  suite: 'wizard-load',
  mode: settings.mode,
  date: new Date().toISOString(),
  settings,
  api: apiRevision(),
  machine: machineInfo(),
  problems: [],
};
let exitCode = 0;
try {
  say(
    `wizard load, ${settings.mode} mode: ${settings.applicants} applicants × ${settings.durationSeconds} s`,
  );
  const apiMain = await snapshotApi(path.join(workDir, 'app'));

  // 1. PostgreSQL and the data.
  let databaseUrl;
  if (values['pg-url']) {
    const serverUrl = values['pg-url'];
    const name = `wizard_load_${randomBytes(4).toString('hex')}`;
    await ensureDatabase(serverUrl, name);
    databaseUrl = withDatabase(serverUrl, name);
    dropDatabase = () =>
      withClient(serverUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
  } else {
    pgServer = await startPostgres(path.join(workDir, 'pg'));
    await ensureDatabase(pgServer.serverUrl, 'wizard_load');
    databaseUrl = pgServer.urlOf('wizard_load');
  }
  const facts = await serverFacts(databaseUrl);
  record.machine.postgres = facts.version;
  record.machine.pgSettings = facts.settings;
  let t = performance.now();
  const data = await prepareDatabase(databaseUrl);
  record.setup = {
    holders: data.seededHolders,
    accounts: data.names.length,
    databaseSeconds: seconds(t),
  };
  say(`database ready: ${data.seededHolders} holders, ${data.names.length} bound accounts`);

  // 2. The API, and every applicant logged in once.
  api = await startApi({
    apiMain,
    workDir,
    name: 'wizard-load',
    databaseUrl,
    storeDir,
    env: { DB_POOL_MAX: String(settings.dbPoolMax) },
  });
  record.setup.apiStartSeconds = api.startSeconds;
  const login = await logIn(api.base, databaseUrl, data.names);
  record.setup.login = login.summary;
  const useRoute = await hasUploadRoute(api.base, login.tokens[0]);
  record.setup.uploadRoute = useRoute;
  say(
    `${data.names.length} applicants logged in (${login.summary.seconds} s); upload route: ${useRoute}`,
  );

  // 3. The window: the applicants split over worker processes, all starting at the same moment.
  const today = new Date();
  const day = (offsetDays) =>
    new Date(today.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const applicants = data.holders.map((h, i) => ({
    index: i,
    account: data.names[i],
    token: login.tokens[i],
    uiNumber: h.ui_number,
    birthDate: h.birth_date,
    newPassport: {
      number: `WL${String(i).padStart(6, '0')}`,
      issuingCountry: h.country,
      issueDate: day(-30),
      expiryDate: day(3650),
    },
  }));
  const startAt = Date.now() + 1500;
  const stopAt = startAt + settings.durationSeconds * 1000;
  const workers = [];
  for (let w = 0; w < settings.workers; w++) {
    const spec = {
      base: api.base,
      startAt,
      stopAt,
      acceptTerms: true,
      useRoute,
      pdfBytes: settings.pdfBytes,
      requestTimeoutMs: settings.requestTimeoutMs,
      applicants: applicants.filter((_, i) => i % settings.workers === w),
    };
    const file = path.join(workDir, `applicants-${w}.json`);
    await writeFile(file, JSON.stringify(spec));
    workers.push(spawnNode(WORKER, [file]));
  }
  const results = await Promise.all(workers.map((w) => w.result()));
  const finishedAt = Math.max(...results.map((r) => r.finishedAt));
  const windowSeconds = (finishedAt - startAt) / 1000;
  record.machine.loadAfter = os.loadavg().map((x) => Number(x.toFixed(2)));

  // 4. Stop the API (gracefully), then look for what it acknowledged.
  const apiStderr = api.stderrTail();
  await api.stop();
  say(
    `window closed after ${windowSeconds.toFixed(1)} s; API stopped; checking what it acknowledged`,
  );
  const acks = { submissions: [], uploads: [], withdrawals: [], starts: 0 };
  const steps = {};
  const cycles = [];
  let failedCycles = 0;
  for (const r of results) {
    acks.submissions.push(...r.acks.submissions);
    acks.uploads.push(...r.acks.uploads);
    acks.withdrawals.push(...r.acks.withdrawals);
    acks.starts += r.acks.starts;
    cycles.push(...r.cycles);
    failedCycles += r.failedCycles;
    record.problems.push(...r.problems.map((p) => ({ ...p, what: `client: ${p.what}` })));
    for (const [name, s] of Object.entries(r.steps)) {
      steps[name] ??= { latencies: [], statuses: {}, errors: {} };
      steps[name].latencies.push(...s.latencies);
      for (const [k, v] of Object.entries(s.statuses))
        steps[name].statuses[k] = (steps[name].statuses[k] ?? 0) + v;
      for (const [k, v] of Object.entries(s.errors))
        steps[name].errors[k] = (steps[name].errors[k] ?? 0) + v;
      if (s.samples) (steps[name].samples ??= []).push(...s.samples);
    }
  }
  t = performance.now();
  const checked = await verify(databaseUrl, storeDir, acks);
  const verifySeconds = seconds(t);
  record.problems.push(...checked.problems.map((p) => ({ ...p, what: `afterwards: ${p.what}` })));

  // 5. Figures and assertions.
  const ORDER = [
    'amendmentTerms',
    'acceptAmendmentTerms',
    'startAmendment',
    'saveAmendmentDraft',
    'upload (GraphQL)',
    'upload (route)',
    'amendment (draft)',
    'submitAmendment',
    'amendment (submitted)',
    'withdrawAmendment',
  ];
  const names = [
    ...ORDER.filter((n) => steps[n]),
    ...Object.keys(steps).filter((n) => !ORDER.includes(n)),
  ];
  const errorsByCode = {};
  let requests = 0;
  let status5xx = 0;
  let failed = 0;
  record.steps = {};
  for (const name of names) {
    const s = steps[name];
    requests += s.latencies.length;
    for (const [code, n] of Object.entries(s.errors))
      errorsByCode[code] = (errorsByCode[code] ?? 0) + n;
    for (const [status, n] of Object.entries(s.statuses)) if (Number(status) >= 500) status5xx += n;
    const stepFailed = Object.values(s.errors).reduce((x, y) => x + y, 0);
    failed += stepFailed;
    record.steps[name] = {
      requests: s.latencies.length,
      reqPerSec: round(s.latencies.length / windowSeconds, 1),
      ...stats(s.latencies),
      mean: round(s.latencies.reduce((x, y) => x + y, 0) / Math.max(1, s.latencies.length), 1),
      statuses: s.statuses,
      errors: s.errors,
      ...(s.samples ? { failedAnswers: s.samples.slice(0, 3) } : {}),
    };
  }
  const sortedCycles = [...cycles].sort((a, b) => a - b);
  record.window = {
    seconds: round(windowSeconds, 1),
    requests,
    reqPerSec: round(requests / windowSeconds, 1),
    failedRequests: failed,
    status5xx,
    errorsByCode,
    cycles: {
      completed: cycles.reduce((x, y) => x + y, 0),
      perApplicant: {
        min: sortedCycles[0],
        median: percentile(sortedCycles, 50),
        max: sortedCycles.at(-1),
      },
      failed: failedCycles,
      perSecond: round(cycles.reduce((x, y) => x + y, 0) / windowSeconds, 1),
    },
    casesStarted: acks.starts,
  };
  record.afterwards = {
    submissions: checked.submissions,
    withdrawals: checked.withdrawals,
    uploads: {
      ...checked.uploads,
      viaGraphql: acks.uploads.filter((u) => u.via === 'graphql').length,
      viaRoute: acks.uploads.filter((u) => u.via === 'route').length,
    },
    seconds: verifySeconds,
  };

  const assertions = {
    'no 5xx answer': status5xx === 0,
    'no INTERNAL_SERVER_ERROR': !errorsByCode.INTERNAL_SERVER_ERROR,
    'no failed request of any kind': failed === 0,
    'every applicant completed a cycle': (sortedCycles[0] ?? 0) >= 1,
    'every acknowledged submission present afterwards':
      checked.submissions.acknowledged > 0 &&
      checked.submissions.verified === checked.submissions.acknowledged,
    'every acknowledged withdrawal present afterwards':
      checked.withdrawals.verified === checked.withdrawals.acknowledged,
    'every acknowledged upload stored with its SHA-256':
      checked.uploads.acknowledged > 0 && checked.uploads.verified === checked.uploads.acknowledged,
    'no wrong answer seen by a client': !record.problems.some((p) => p.what.startsWith('client:')),
  };
  if (values['tamper-check']) {
    const missed = await tamperCheck(databaseUrl, storeDir, acks);
    assertions['the check finds damaged records'] = missed.length === 0;
    record.problems.push(...missed.map((what) => ({ what })));
  }
  record.assertions = assertions;
  record.passed = Object.values(assertions).every(Boolean);
  if (!record.passed) {
    exitCode = 1;
    if (apiStderr.trim()) record.apiStderrTail = apiStderr.slice(-4000);
  }
  record.totalSeconds = seconds(t0);

  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, `${JSON.stringify(record, null, 2)}\n`);

  // A summary on the console.
  console.log('');
  console.log('step                      requests   req/s   p50 ms   p99 ms  errors');
  for (const [name, s] of Object.entries(record.steps)) {
    const errors =
      Object.entries(s.errors)
        .map(([k, v]) => `${k}×${v}`)
        .join(' ') || '-';
    console.log(
      `${name.padEnd(24)} ${String(s.requests).padStart(9)} ${String(s.reqPerSec).padStart(7)} ${String(s.p50).padStart(8)} ${String(s.p99).padStart(8)}  ${errors}`,
    );
  }
  console.log(
    `\n${requests} requests in ${record.window.seconds} s (${record.window.reqPerSec} req/s), ` +
      `${record.window.cycles.completed} cycles; submissions acknowledged ${checked.submissions.acknowledged}, ` +
      `verified ${checked.submissions.verified}; uploads acknowledged ${checked.uploads.acknowledged}, ` +
      `verified ${checked.uploads.verified}`,
  );
  for (const [name, ok] of Object.entries(assertions))
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  for (const p of record.problems.slice(0, 20))
    console.log(`  problem: ${p.what} ${p.detail ?? ''}`);
  say(
    `${record.passed ? 'passed' : 'FAILED'}; results in ${path.relative(process.cwd(), outFile) || outFile}`,
  );
} catch (error) {
  exitCode = 1;
  console.error(`wizard load failed: ${error instanceof Error ? error.stack : String(error)}`);
  if (api) console.error(api.stderrTail());
} finally {
  await shutdown();
}
process.exit(exitCode);
