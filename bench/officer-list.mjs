// Benchmark: the officers' case list (GraphQL `amendments`) at 10 k, 100 k and 1 M amendments.
//
// Usage (builds the API first):
//   npm run build -w @goldcard/api && node bench/officer-list.mjs
//   [--holders 100000] [--steps 10000,100000,1000000] [--rounds 3]
//   [--max-requests 200] [--max-seconds 10] [--concurrency 4] [--no-candidates] [--out FILE]
//
// What it does, all on 127.0.0.1 and stopping by itself:
// 1. starts an embedded PostgreSQL in a temporary folder, migrates, loads the demo data (so the
//    demo officer exists and gets cases assigned) and seeds N holders;
// 2. for each step, grows the deterministic amendment set to that total (`seedAmendments`), then
//    VACUUM ANALYZE (a settled table, as autovacuum would leave it);
// 3. starts the real API (`node api/dist/main.js`) as a separate process on a free port, logs
//    in as the demo officer, and measures each scenario (first page of the list) with plain
//    `fetch`: sequential requests (latency) and `--concurrency` parallel ones (throughput),
//    each measurement bounded by --max-requests and --max-seconds, rounds interleaved;
// 4. records `EXPLAIN (ANALYZE, BUFFERS)` of the exact SQL the ORM sent for each scenario
//    (captured once from PostgreSQL's statement log);
// 5. at the last step, tries candidate indexes (created, measured, dropped again: they are not
//    part of the migrations) and records plans and figures with them.
// Results: bench/results/officer-list.json.
import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => path.join(root, 'api', 'dist', p);
const { startEmbeddedPostgres } = await import(dist('db/embedded.js'));
const { ensureDatabase, withDatabase } = await import(dist('db/database.js'));
const { initOrm, migrate } = await import(dist('db/orm.js'));
const { seedHolders } = await import(dist('db/seeders/scale.js'));
const { seedAmendments } = await import(dist('db/seeders/amendments-scale.js'));
const { seedDemoData } = await import(dist('db/seeders/demo.js'));
const { createLogger } = await import(dist('shared/logger.js'));

const { values } = parseArgs({
  options: {
    holders: { type: 'string', default: '100000' },
    steps: { type: 'string', default: '10000,100000,1000000' },
    rounds: { type: 'string', default: '3' },
    'max-requests': { type: 'string', default: '200' },
    'max-seconds': { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '4' },
    'no-candidates': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(root, 'bench', 'results', 'officer-list.json') },
  },
});
const HOLDERS = Number(values.holders);
const STEPS = values.steps.split(',').map(Number);
const ROUNDS = Number(values.rounds);
const MAX_REQUESTS = Number(values['max-requests']);
const MAX_MS = Number(values['max-seconds']) * 1000;
const CONCURRENCY = Number(values.concurrency);
const SEED = 7;

const say = (...args) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...args);

// The console's list query (admin/src/resources/amendments/amendments.graphql, AmendmentRow).
const LIST = /* GraphQL */ `
  query AmendmentList($filter: AmendmentFilter, $sort: AmendmentSort, $page: Int!, $perPage: Int!) {
    amendments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        id
        applicationNumber
        status
        statusLabel
        items
        version
        submittedAt
        updatedAt
        createdAt
        decidedAt
        overdue
        assignedOfficer {
          id
          displayName
        }
        applicant {
          id
          uiNumber
          englishSurname
          englishGivenName
          chineseName
        }
        filedBy {
          id
          displayName
          role
          organisationName
        }
      }
    }
  }
`;
const NEWEST = { field: 'SUBMITTED_AT', order: 'DESC' };
const SCENARIOS = [
  {
    name: 'submitted-50',
    variables: { filter: { status: ['SUBMITTED'] }, sort: NEWEST, page: 1, perPage: 50 },
  },
  {
    name: 'submitted-10',
    variables: { filter: { status: ['SUBMITTED'] }, sort: NEWEST, page: 1, perPage: 10 },
  },
  {
    name: 'submitted-100',
    variables: { filter: { status: ['SUBMITTED'] }, sort: NEWEST, page: 1, perPage: 100 },
  },
  // The console's landing page: the "all" tab, newest submitted first.
  { name: 'unfiltered-50', variables: { sort: NEWEST, page: 1, perPage: 50 } },
  // Explained only (SQL captured and EXPLAINed, not load-tested): other lists the console offers.
  {
    name: 'closed-50',
    measure: false,
    variables: { filter: { status: ['CARD_COLLECTED'] }, sort: NEWEST, page: 1, perPage: 50 },
  },
  {
    name: 'mine-25',
    measure: false,
    variables: {
      filter: { assignment: 'MINE', status: ['SUBMITTED', 'UNDER_REVIEW'] },
      sort: NEWEST,
      page: 1,
      perPage: 25,
    },
  },
  {
    name: 'holder-name-25',
    measure: false,
    variables: { filter: { holder: 'TAN' }, sort: NEWEST, page: 1, perPage: 25 },
  },
].map((scenario) => ({ measure: true, ...scenario }));
const MEASURED = SCENARIOS.filter((scenario) => scenario.measure);

// ---------------------------------------------------------------------------------------------
// PostgreSQL statement log capture (the embedded server's output reaches us through the logger).
const pgLog = [];
let capturing = false;
const sink = new Writable({
  write(chunk, _enc, done) {
    if (capturing) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const entry = JSON.parse(line);
          if (typeof entry.postgres === 'string') pgLog.push(entry.postgres);
        } catch {
          /* not a log line */
        }
      }
    }
    done();
  },
});
const statementsIn = (texts) =>
  texts
    .join('\n')
    .split(/\n(?=\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})/)
    .map((entry) => /LOG:\s+statement: ([\s\S]*)$/.exec(entry)?.[1]?.trim())
    .filter(Boolean);

// ---------------------------------------------------------------------------------------------
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A private copy of the built API (with links to the installed packages), so that a rebuild of
 * api/dist by someone else during the run cannot change or break what is measured.
 */
async function snapshotApi(into) {
  await cp(path.join(root, 'api', 'dist'), path.join(into, 'api', 'dist'), { recursive: true });
  await symlink(path.join(root, 'node_modules'), path.join(into, 'node_modules'), 'dir');
  await symlink(
    path.join(root, 'api', 'node_modules'),
    path.join(into, 'api', 'node_modules'),
    'dir',
  );
  await writeFile(path.join(into, 'package.json'), '{ "type": "module" }\n');
  await writeFile(path.join(into, 'api', 'package.json'), '{ "type": "module" }\n');
  return path.join(into, 'api', 'dist', 'main.js');
}

let apiMain;
async function startApi(databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [apiMain], {
    cwd: path.dirname(path.dirname(path.dirname(apiMain))),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: path.join(dir, 'api-data'),
      DOCUMENT_STORE_DIR: path.join(dir, 'api-data', 'documents'),
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'development',
      CAPTCHA_FIXED_ANSWER: 'GC2026',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const keep = (chunk) => {
    tail.push(chunk.toString('utf8'));
    if (tail.length > 40) tail.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited at start:\n${tail.join('')}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (performance.now() - started > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`the API did not become ready in 120 s:\n${tail.join('')}`);
    }
    await sleep(200);
  }
  return {
    base,
    startSeconds: (performance.now() - started) / 1000,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function graphql(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

async function loginOfficer(base) {
  const captcha = await graphql(base, '{ captcha { id } }');
  const res = await graphql(
    base,
    `
      mutation ($captchaId: String!) {
        login(
          input: {
            account: "officer"
            password: "Officer-demo-2026"
            captchaId: $captchaId
            captchaAnswer: "GC2026"
            cookie: false
          }
        ) {
          token
        }
      }
    `,
    { captchaId: captcha.body.data.captcha.id },
  );
  const token = res.body.data?.login?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
  return token;
}

const percentile = (sorted, p) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : null;
const round1 = (x) => (x === null ? null : Math.round(x * 10) / 10);

function stats(latencies, seconds, errors) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    seconds: Number(seconds.toFixed(2)),
    requestsPerSecond: Number((sorted.length / seconds).toFixed(1)),
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    p99: round1(percentile(sorted, 99)),
    min: round1(sorted[0] ?? null),
    max: round1(sorted.at(-1) ?? null),
  };
}

/** One bounded measurement: stops after MAX_REQUESTS requests or MAX_MS, whichever first. */
async function measure(base, token, scenario, concurrency) {
  const latencies = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + MAX_MS;
  let expectedTotal = null;
  const worker = async () => {
    while (issued < MAX_REQUESTS && performance.now() < deadline) {
      issued++;
      const t0 = performance.now();
      const res = await graphql(base, LIST, scenario.variables, token);
      latencies.push(performance.now() - t0);
      const page = res.body.data?.amendments;
      if (res.status !== 200 || res.body.errors || !page) errors++;
      else expectedTotal = page.total;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return {
    ...stats(latencies, (performance.now() - started) / 1000, errors),
    total: expectedTotal,
    latencies,
  };
}

async function explain(client, sql) {
  await client.query(`explain (analyze, buffers) ${sql}`); // warm the cache first
  const { rows } = await client.query(`explain (analyze, buffers) ${sql}`);
  const plan = rows.map((r) => r['QUERY PLAN']);
  const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan.at(-1) ?? '')?.[1] ?? NaN);
  return { executionMs: ms, plan };
}

async function runScenarios(base, token, rounds) {
  // Warm-up (not recorded): every scenario a few times.
  for (const scenario of MEASURED) {
    for (let i = 0; i < 3; i++) await graphql(base, LIST, scenario.variables, token);
  }
  const measurements = [];
  const pooled = new Map();
  for (let round = 1; round <= rounds; round++) {
    for (const concurrency of [1, CONCURRENCY]) {
      for (const scenario of MEASURED) {
        const m = await measure(base, token, scenario, concurrency);
        const { latencies, ...figures } = m;
        measurements.push({ round, scenario: scenario.name, concurrency, ...figures });
        const key = `${scenario.name}|${concurrency}`;
        const bucket = pooled.get(key) ?? { latencies: [], seconds: 0, errors: 0 };
        bucket.latencies.push(...latencies);
        bucket.seconds += m.seconds;
        bucket.errors += m.errors;
        pooled.set(key, bucket);
        say(
          `  round ${round} ${scenario.name.padEnd(14)} c=${concurrency}: p50 ${figures.p50} ms, p99 ${figures.p99} ms, ${figures.requestsPerSecond} req/s (${figures.requests} req, total=${figures.total})`,
        );
      }
    }
  }
  const summary = {};
  for (const [key, bucket] of pooled) {
    const [name, concurrency] = key.split('|');
    summary[name] ??= {};
    summary[name][`c${concurrency}`] = stats(bucket.latencies, bucket.seconds, bucket.errors);
  }
  return { measurements, summary };
}

/**
 * What the list costs beyond the plan: fetching a 100-row page with every column (as the ORM
 * does, `select a0.*`, including the JSON columns the list does not show) against only the
 * columns the list shows, timed from this client (median of 30).
 */
async function rowFetch(client) {
  const where = `where "a0"."status" != 'DRAFT' order by "a0"."submitted_at" desc nulls last, "a0"."id" asc limit 100`;
  const narrow = `"a0"."id", "a0"."application_number", "a0"."status", "a0"."applicant_id", "a0"."items",
    "a0"."filed_by_id", "a0"."filed_by_role", "a0"."assigned_officer_id", "a0"."terms_version",
    "a0"."version", "a0"."created_at", "a0"."updated_at", "a0"."last_edited_at", "a0"."submitted_at",
    "a0"."decided_at"`;
  const time = async (sql) => {
    const runs = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      await client.query(sql);
      runs.push(performance.now() - t0);
    }
    return round1(runs.sort((a, b) => a - b)[15] * 100) / 100;
  };
  const [bytes] = (
    await client.query(
      `select avg(pg_column_size(a0.*))::int as row_bytes,
         avg(pg_column_size(a0.current) + pg_column_size(a0.requested) + pg_column_size(a0.context)
           + coalesce(pg_column_size(a0.fee), 0))::int as json_bytes
       from (select * from "amendment" as "a0" ${where}) a0`,
    )
  ).rows;
  return {
    page: 100,
    allColumnsMs: await time(`select "a0".* from "amendment" as "a0" ${where}`),
    listColumnsMs: await time(`select ${narrow} from "amendment" as "a0" ${where}`),
    averageRowBytes: bytes.row_bytes,
    averageJsonBytes: bytes.json_bytes,
  };
}

async function explainAll(client, captured) {
  const plans = {};
  for (const scenario of SCENARIOS) {
    const { list, count } = captured[scenario.name];
    plans[scenario.name] = {
      list: await explain(client, list),
      count: await explain(client, count),
    };
  }
  return plans;
}

// ---------------------------------------------------------------------------------------------
const dir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-bench-'));
await chmod(dir, 0o755);
apiMain = await snapshotApi(path.join(dir, 'app'));
const server = await startEmbeddedPostgres({
  dataDir: dir,
  port: 56000 + Math.floor(Math.random() * 1000),
  log: createLogger('debug', sink),
});
const record = {
  benchmark: 'officer-list',
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  holders: HOLDERS,
  rounds: ROUNDS,
  bounds: { maxRequests: MAX_REQUESTS, maxSeconds: MAX_MS / 1000, concurrency: [1, CONCURRENCY] },
  query: LIST.replace(/\s+/g, ' ').trim(),
  scenarios: SCENARIOS,
  steps: [],
};
let client;
let api;
// Interrupted: stop the API and PostgreSQL we started, and remove the temporary folder.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void (async () => {
      await api?.stop().catch(() => undefined);
      await server.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
      process.exit(130);
    })();
  });
}
try {
  await ensureDatabase(server.serverUrl, 'bench');
  const url = withDatabase(server.serverUrl, 'bench');
  const orm = await initOrm(url);
  await migrate(orm);
  await orm.close(true);
  await seedDemoData(url);
  client = new pg.Client({ connectionString: url });
  await client.connect();
  record.postgres = (await client.query('show server_version')).rows[0].server_version;
  record.settings = Object.fromEntries(
    (
      await client.query(
        `select name, setting || coalesce(unit, '') as value from pg_settings
         where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit')`,
      )
    ).rows.map((r) => [r.name, r.value]),
  );

  let t = performance.now();
  const holders = await seedHolders(client, {
    applicants: HOLDERS,
    seed: SEED,
    firstIndex: 1_000_000,
  });
  record.holderSeeding = {
    created: holders.created,
    seconds: Number(((performance.now() - t) / 1000).toFixed(1)),
  };
  say(`seeded ${holders.created} holders in ${record.holderSeeding.seconds} s`);

  let captured = null;
  for (const [index, target] of STEPS.entries()) {
    const step = { amendments: target };
    say(`seeding amendments to ${target} …`);
    t = performance.now();
    const seeded = await seedAmendments(client, {
      amendments: target,
      seed: SEED,
      onProgress: (done, total) => {
        if (done % 100_000 === 0 || done === total) say(`  ${done}/${total}`);
      },
    });
    const seedSeconds = (performance.now() - t) / 1000;
    step.seeding = {
      created: seeded.created,
      events: seeded.events,
      seconds: Number(seedSeconds.toFixed(1)),
      casesPerSecond: Math.round(seeded.created / seedSeconds),
    };
    t = performance.now();
    await client.query('vacuum (analyze) amendment, amendment_event');
    step.vacuumAnalyzeSeconds = Number(((performance.now() - t) / 1000).toFixed(1));
    const sizes = (
      await client.query(
        `select pg_size_pretty(pg_database_size('bench')) database,
           pg_size_pretty(pg_table_size('amendment')) amendment_table,
           pg_size_pretty(pg_indexes_size('amendment')) amendment_indexes,
           pg_size_pretty(pg_total_relation_size('amendment_event')) events_total`,
      )
    ).rows[0];
    step.sizes = sizes;
    step.statusCounts = Object.fromEntries(
      (
        await client.query('select status, count(*)::int n from amendment group by 1 order by 1')
      ).rows.map((r) => [r.status, r.n]),
    );
    say(
      `  seeded ${seeded.created} (+${seeded.events} events) in ${step.seeding.seconds} s; vacuum ${step.vacuumAnalyzeSeconds} s; ${sizes.database}`,
    );

    if (!captured) {
      // Capture the SQL the ORM sends, once: statement logging only for this short run.
      await client.query(`alter database bench set log_statement = 'all'`);
      api = await startApi(url);
      const token = await loginOfficer(api.base);
      captured = {};
      capturing = true;
      for (const scenario of SCENARIOS) {
        pgLog.length = 0;
        await graphql(api.base, LIST, scenario.variables, token);
        await sleep(300);
        const statements = statementsIn(pgLog);
        const onAmendment = statements.filter((s) => /from "amendment"/.test(s));
        captured[scenario.name] = {
          list: onAmendment.find((s) => !/^select count\(/.test(s)),
          count: onAmendment.find((s) => /^select count\(/.test(s)),
          statementsPerRequest: statements,
        };
      }
      capturing = false;
      await api.stop();
      api = undefined;
      await client.query(`alter database bench reset log_statement`);
      record.sql = captured;
      for (const [name, c] of Object.entries(captured)) {
        if (!c.list || !c.count) throw new Error(`could not capture the SQL of ${name}`);
      }
    }

    step.plans = await explainAll(client, captured);
    for (const [name, p] of Object.entries(step.plans)) {
      say(`  EXPLAIN ${name}: list ${p.list.executionMs} ms, count ${p.count.executionMs} ms`);
    }

    api = await startApi(url);
    step.apiStartSeconds = Number(api.startSeconds.toFixed(1));
    // Other work on the host skews the figures: recorded so readers can judge.
    step.loadAverageBefore = os.loadavg().map((x) => Number(x.toFixed(2)));
    const token = await loginOfficer(api.base);
    const { measurements, summary } = await runScenarios(api.base, token, ROUNDS);
    step.measurements = measurements;
    step.summary = summary;
    step.loadAverageAfter = os.loadavg().map((x) => Number(x.toFixed(2)));

    const last = index === STEPS.length - 1;
    if (last && !values['no-candidates']) {
      // Candidate indexes (not in the migrations): measured, then dropped again.
      const candidates = [
        `create index bench_amendment_submitted_at_id on amendment (submitted_at desc nulls last, id)`,
        `create index bench_amendment_status_submitted_at_id on amendment (status, submitted_at desc nulls last, id)`,
      ];
      const built = [];
      for (const sql of candidates) {
        t = performance.now();
        await client.query(sql);
        built.push({ sql, seconds: Number(((performance.now() - t) / 1000).toFixed(1)) });
      }
      await client.query('analyze amendment');
      const cappedCount = `select count(*) from (select 1 from "amendment" as "a0" where "a0"."status" != 'DRAFT' limit 10001) as capped`;
      step.candidates = {
        indexes: built,
        plans: await explainAll(client, captured),
        cappedCountPlan: await explain(client, cappedCount),
        cappedCountSql: cappedCount,
      };
      step.candidates.rowFetch = await rowFetch(client);
      say('  with candidate indexes:');
      const run = await runScenarios(api.base, token, 1);
      step.candidates.measurements = run.measurements;
      step.candidates.summary = run.summary;
      for (const { sql } of built) await client.query(`drop index ${/index (\w+)/.exec(sql)[1]}`);
    }
    await api.stop();
    api = undefined;
    record.steps.push(step);
    await mkdir(path.dirname(values.out), { recursive: true });
    await writeFile(values.out, `${JSON.stringify(record, null, 2)}\n`);
  }

  // A compact table for the README.
  console.log(
    '\n| amendments | scenario | c=1 p50 / p95 / p99 ms | c=1 req/s | c=%d p50 / p99 ms | c=%d req/s | SQL list / count ms |',
    CONCURRENCY,
    CONCURRENCY,
  );
  for (const step of record.steps) {
    for (const scenario of MEASURED) {
      const s = step.summary[scenario.name];
      const p = step.plans[scenario.name];
      const hi = s[`c${CONCURRENCY}`];
      console.log(
        `| ${step.amendments.toLocaleString('en')} | ${scenario.name} | ${s.c1.p50} / ${s.c1.p95} / ${s.c1.p99} | ${s.c1.requestsPerSecond} | ${hi.p50} / ${hi.p99} | ${hi.requestsPerSecond} | ${p.list.executionMs} / ${p.count.executionMs} |`,
      );
    }
  }
  console.log('\n| amendments | explained only | SQL list / count ms |');
  for (const step of record.steps) {
    for (const scenario of SCENARIOS.filter((x) => !x.measure)) {
      const p = step.plans[scenario.name];
      console.log(
        `| ${step.amendments.toLocaleString('en')} | ${scenario.name} | ${p.list.executionMs} / ${p.count.executionMs} |`,
      );
    }
  }
  say(`results: ${values.out}`);
} finally {
  capturing = false;
  await api?.stop().catch(() => undefined);
  await client?.end().catch(() => undefined);
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
