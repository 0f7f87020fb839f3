// The request-level benchmark suite: the real API under load, against baselines.
//
//   npm run bench          (full: 100,000 holders; 10 k / 100 k / 1 M cases; 3 rounds of 1 + 5 s)
//   npm run bench:quick    (5,000 holders; 1 k / 5 k / 20 k cases; 1 round of 0.5 + 1 s)
//   node bench/run.mjs [--quick] [--rounds N] [--duration S] [--warmup S] [--connections N]
//                      [--holders N] [--sizes 10000,100000,1000000]
//
// Everything runs on 127.0.0.1 in a temporary folder and stops by itself, also on failure or
// Ctrl-C: an embedded PostgreSQL, the built API (`api/dist`, copied first) once per database
// size, a raw-pg submit server and a plain upload server as baselines, and autocannon in a
// process of its own per measurement. What each scenario measures and how: bench/README.md.
// Writes bench/RESULTS.md and bench/results/bench.json (quick mode: RESULTS-quick.md and
// results/bench-quick.json, not committed). Exits non-zero when the suite itself breaks or a
// request fails, never because a target is missed.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { snapshotApi, startApi } from './lib/api-server.mjs';
import {
  cleanupBenchCases,
  cloneDrafts,
  connect,
  createAccounts,
  FILER_PASSWORD,
  LOGIN_PASSWORD,
  loginAccountName,
  prepareCasesThroughApi,
  SUBMITTER,
  UPLOADER,
} from './lib/fixtures.mjs';
import { demoPassword } from './lib/fixtures.mjs';
import { loginToken, searchTerms } from './lib/graphql.mjs';
import { createBaseDatabase, growDatabase, serverFacts, startPostgres } from './lib/postgres.mjs';
import { evaluate, markdown, summarise } from './lib/report.mjs';
import { measure, scenarios, warmUp } from './lib/scenarios.mjs';
import { countStatements, submitFingerprint } from './lib/sql-counts.mjs';
import { measureUploadMemory } from './lib/upload-memory.mjs';
import {
  machineInfo,
  root,
  say,
  seconds,
  spawnNode,
  stopChildren,
  stopOnSignals,
} from './lib/util.mjs';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    holders: { type: 'string' },
    sizes: { type: 'string' },
  },
});
const quick = values.quick;
const pick = (given, full, short) => (given !== undefined ? Number(given) : quick ? short : full);
const settings = {
  mode: quick ? 'quick' : 'full',
  holders: pick(values.holders, 100_000, 5_000),
  sizes: (values.sizes ?? (quick ? '1000,5000,20000' : '10000,100000,1000000'))
    .split(',')
    .map(Number),
  rounds: pick(values.rounds, 3, 1),
  duration: pick(values.duration, 5, 1),
  warmup: pick(values.warmup, 1, 0.5),
  connections: pick(values.connections, 8, 8),
  sessionConnections: 2,
  floodConnections: 32,
  loginAccounts: 200,
  uploadMiB: 1,
  autocannon: JSON.parse(
    await readFile(path.join(root, 'node_modules', 'autocannon', 'package.json'), 'utf8'),
  ).version,
};
const label = (n) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const out = {
  json: path.join(root, 'bench', 'results', quick ? 'bench-quick.json' : 'bench.json'),
  md: path.join(root, 'bench', quick ? 'RESULTS-quick.md' : 'RESULTS.md'),
};

/** Which API code is measured: the commit, and whether api/ had changes not yet committed. */
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

const t0 = performance.now();
const workDir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-bench-'));
await chmod(workDir, 0o755);
const storeDir = path.join(workDir, 'documents');
const ctx = {
  workDir,
  storeDir,
  settings,
  rates: {},
  drafts: {},
  tokens: {},
  servers: {},
  loginTurn: 0,
  loginAccounts: Array.from({ length: settings.loginAccounts }, (_, i) => loginAccountName(i + 1)),
  login: { password: LOGIN_PASSWORD },
  route: { available: false, status: 'not probed' },
  problems: [],
};
let pgServer;
let stopping;
/** Stops everything the run started; every exit path awaits the same promise. */
function shutdown() {
  stopping ??= (async () => {
    await stopChildren().catch(() => undefined);
    await ctx.client?.end().catch(() => undefined);
    await pgServer?.stop().catch(() => undefined);
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  })();
  return stopping;
}
stopOnSignals(shutdown);

const record = {
  suite: 'request-level',
  mode: settings.mode,
  date: new Date().toISOString(),
  settings,
  api: apiRevision(),
  machine: machineInfo(),
  problems: [],
  notes: [],
  titles: {},
  rounds: [],
};
let exitCode = 0;
try {
  say(`request-level suite, ${settings.mode} mode, Node ${process.version}, in ${workDir}`);
  const apiMain = await snapshotApi(path.join(workDir, 'app'));
  pgServer = await startPostgres(path.join(workDir, 'pg'));

  // 1. Data: a base database (migrations, demo data, holders, the suite's accounts and the
  //    cases made through the API), then one copy per size grown by the case seeder.
  const base = await createBaseDatabase(pgServer, 'bench_base', settings.holders);
  let client = await connect(base.url);
  await createAccounts(client, [SUBMITTER, UPLOADER], FILER_PASSWORD);
  ctx.login.hash = await createAccounts(client, ctx.loginAccounts, LOGIN_PASSWORD);
  const fixtures = await startApi({
    apiMain,
    workDir,
    name: 'fixtures',
    databaseUrl: base.url,
    storeDir,
  });
  ctx.cases = await prepareCasesThroughApi(fixtures.base, client);
  await fixtures.stop();
  await client.end();
  say('cases for B1, B3 and B4 made through the API');

  const sizes = [];
  let template = 'bench_base';
  for (const n of settings.sizes) {
    const name = `bench_${label(n).toLowerCase()}`;
    sizes.push({ label: label(n), ...(await growDatabase(pgServer, template, name, n)) });
    template = name;
  }
  ctx.sizes = sizes;
  const largest = sizes.at(-1);
  record.data = {
    holders: base.holders,
    holderSeconds: base.holderSeconds,
    sizes: sizes.map(({ url: _url, ...d }) => d),
  };
  const facts = await serverFacts(largest.url);
  record.machine.postgres = facts.version;
  record.machine.pgSettings = facts.settings;

  // 2. SQL statements per request (statement log on, its own server), and the submit replay.
  ctx.client = await connect(largest.url);
  ctx.searchTerms = await searchTerms(ctx.client);
  record.searchTerms = ctx.searchTerms;
  say('counting SQL statements per request');
  const sql = await countStatements(ctx, { pgServer, db: largest, apiMain, workDir, storeDir });
  const { replayFile: _file, ...sqlRecord } = sql; // a temporary path: not recorded
  record.sql = sqlRecord;
  record.route = ctx.route;
  record.b1Case = ctx.b1Case;
  record.problems.push(...ctx.problems);

  // 3. The load servers: the API once per size, and the two baselines.
  const main = await startApi({
    apiMain,
    workDir,
    name: 'main',
    databaseUrl: largest.url,
    storeDir,
  });
  ctx.servers.main = main;
  ctx.tokens.officer[largest.label] = ctx.tokens.officer.main;
  ctx.servers[largest.label] = main;
  for (const size of sizes.slice(0, -1)) {
    const server = await startApi({
      apiMain,
      workDir,
      name: `size-${size.label}`,
      databaseUrl: size.url,
      storeDir,
    });
    ctx.servers[size.label] = server;
    ctx.tokens.officer[size.label] = await loginToken(
      server.base,
      'officer',
      demoPassword('officer'),
    );
  }
  const raw = spawnNode(
    path.join(root, 'bench', 'lib', 'raw-submit-server.mjs'),
    [sql.replayFile, largest.url, '10'],
    { ready: /listening (\d+)/ },
  );
  const plainTmp = path.join(workDir, 'plain-tmp');
  await mkdir(plainTmp);
  const plain = spawnNode(path.join(root, 'bench', 'lib', 'plain-upload-server.mjs'), [plainTmp], {
    ready: /listening (\d+)/,
  });
  ctx.raw = { base: `http://127.0.0.1:${(await raw.ready)[1]}` };
  ctx.plain = { base: `http://127.0.0.1:${(await plain.ready)[1]}` };
  record.servers = Object.fromEntries(
    Object.entries(ctx.servers).map(([k, s]) => [
      k,
      { database: s.name, startSeconds: s.startSeconds },
    ]),
  );

  // The replay must leave what the API leaves: one replayed submit, compared.
  const [probe] = await cloneDrafts(ctx.client, ctx.cases.submitTemplateId, 1);
  const replayed = await fetch(`${ctx.raw.base}/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...probe, key: `bench-probe-${Date.now()}` }),
  });
  if (replayed.status !== 200) throw new Error(`the raw submit failed: ${await replayed.text()}`);
  const fingerprints = {
    api: await submitFingerprint(ctx.client, sql.apiSubmittedDraft),
    raw: await submitFingerprint(ctx.client, probe.id),
  };
  record.rawCheck = {
    ...fingerprints,
    equal: JSON.stringify(fingerprints.api) === JSON.stringify(fingerprints.raw),
  };
  if (!record.rawCheck.equal) {
    record.problems.push(
      `the raw-pg replay leaves other rows than the API's submit: ${JSON.stringify(fingerprints)}`,
    );
  }
  // Every replayed submit must have submitted its draft: the measurement's own drafts are
  // counted (not by time: the replay writes the timestamps it captured).
  ctx.raw.checkSubmitted = async (result) => {
    const ids = ctx.drafts['B3-raw'].map((d) => d.id);
    const { rows } = await ctx.client.query(
      `select count(*)::int as n from amendment
       where id = any($1::uuid[]) and status = 'SUBMITTED' and application_number is not null`,
      [ids],
    );
    const ok = result.completed - result.failed <= rows[0].n && rows[0].n <= result.consumed;
    if (!ok)
      record.problems.push(
        `raw submit: ${rows[0].n} cases submitted for ${result.consumed} requests`,
      );
    return { submitted: rows[0].n, ok };
  };
  await cleanupBenchCases(ctx.client, {
    filers: [SUBMITTER, UPLOADER],
    keep: [ctx.cases.submitTemplateId, ctx.cases.uploadTemplateId],
    storeDir,
  });

  // 4. Rounds: every scenario once per round, interleaved. First an unrecorded pass over the
  //    read-only scenarios, so that no server (the smaller sizes' get only B6) starts cold.
  const list = scenarios(ctx);
  for (const s of list) record.titles[s.name] = s.title;
  say('warming the servers up');
  await warmUp(ctx, list);
  for (let r = 1; r <= settings.rounds; r++) {
    const results = {};
    for (const scenario of list) {
      const result = await measure(ctx, scenario);
      results[scenario.name] = result;
      if (result.skipped) {
        say(`round ${r} ${scenario.name.padEnd(17)} skipped: ${result.skipped}`);
        continue;
      }
      say(
        `round ${r} ${scenario.name.padEnd(17)} ${String(result.rps).padStart(8)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms` +
          (result.failed ? `  ${result.failed} FAILED` : ''),
      );
      if (result.exhausted) {
        record.notes.push(
          `${scenario.name}, round ${r}: its list ran out after ${result.seconds} s (measured over that time)`,
        );
      }
      if (result.failed) {
        const sample = result.samples?.[0] ?? result.flood?.samples?.[0];
        record.problems.push(
          `${scenario.name}, round ${r}: ${result.failed} failed requests${sample ? ` (e.g. ${sample.status}: ${sample.body.slice(0, 200)})` : ''}`,
        );
      }
    }
    record.rounds.push({
      round: r,
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
      results,
    });
  }

  // 5. Memory for one 50 MiB upload, and temporary files left behind.
  say('upload memory check');
  record.uploadMemory = await measureUploadMemory(ctx, { apiMain, workDir, storeDir, db: largest });
  await cleanupBenchCases(ctx.client, {
    filers: [SUBMITTER, UPLOADER],
    keep: [ctx.cases.submitTemplateId, ctx.cases.uploadTemplateId],
    storeDir,
  });
  const mainLeft = (await main.leftovers()).length;
  const memoryLeft =
    record.uploadMemory.tempFilesLeftAfterStop +
    Object.values(record.uploadMemory.variants).reduce((a, v) => a + v.tempFilesLeft, 0);
  record.tempFiles = { main: mainLeft, uploadMemory: memoryLeft, total: mainLeft + memoryLeft };
  for (const [variant, v] of Object.entries(record.uploadMemory.variants)) {
    if (!v.ok)
      record.problems.push(`the 50 MiB upload (${variant}) failed: ${v.status} ${v.body ?? ''}`);
  }

  // 6. Results.
  record.machine.loadAfter = os.loadavg().map((x) => Number(x.toFixed(2)));
  record.summary = summarise(
    record.rounds,
    list.map((s) => s.name),
  );
  record.targets = evaluate(
    record.summary,
    sql.counts,
    record.uploadMemory,
    record.tempFiles.total,
  );
  record.totalSeconds = seconds(t0);
  await mkdir(path.dirname(out.json), { recursive: true });
  await writeFile(out.json, `${JSON.stringify(record, null, 2)}\n`);
  await writeFile(out.md, markdown(record));
  say(`results: ${path.relative(root, out.md)}, ${path.relative(root, out.json)}`);
  for (const t of record.targets) {
    say(
      `  ${t.benchmark} ${t.measure}: ${t.value} (target ${t.target}) ${t.met === true ? 'met' : t.met === false ? 'NOT MET' : ''}`,
    );
  }
  if (record.problems.length) {
    exitCode = 1;
    say('PROBLEMS:');
    for (const p of record.problems) say(`  ${p}`);
  }
} catch (error) {
  exitCode = 1;
  console.error(error);
} finally {
  await shutdown();
  say(`done in ${seconds(t0)} s`);
}
process.exit(exitCode);
