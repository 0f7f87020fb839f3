// The embedded PostgreSQL of a run, its statement log, and the databases at each size.
import { Writable } from 'node:stream';
import pg from 'pg';
import { dist, say, seconds } from './util.mjs';

const { startEmbeddedPostgres } = await import(dist('db/embedded.js'));
const { ensureDatabase, withDatabase } = await import(dist('db/database.js'));
const { initOrm, migrate } = await import(dist('db/orm.js'));
const { seedHolders } = await import(dist('db/seeders/scale.js'));
const { seedAmendments } = await import(dist('db/seeders/amendments-scale.js'));
const { seedDemoData } = await import(dist('db/seeders/demo.js'));
const { createLogger } = await import(dist('shared/logger.js'));

export const SEED = 7;

/**
 * Starts PostgreSQL in `dir` (as root it runs as a `postgres` user, as the API's own embedded
 * server does). Its server log reaches us line by line; between `log.start()` and `log.stop()` it is kept, and
 * `log.since(log.mark())` parses the statements logged after a point (with `log_statement =
 * 'all'` set on a database).
 */
export async function startPostgres(dir) {
  const texts = [];
  let capturing = false;
  const sink = new Writable({
    write(chunk, _enc, done) {
      if (capturing) {
        for (const line of chunk.toString('utf8').split('\n')) {
          if (!line.trim()) continue;
          try {
            const entry = JSON.parse(line);
            if (typeof entry.postgres === 'string') texts.push(entry.postgres);
          } catch {
            /* not a log line */
          }
        }
      }
      done();
    },
  });
  const server = await startEmbeddedPostgres({
    dataDir: dir,
    port: 56000 + Math.floor(Math.random() * 1000),
    log: createLogger('debug', sink),
  });
  return {
    serverUrl: server.serverUrl,
    urlOf: (db) => withDatabase(server.serverUrl, db),
    stop: () => server.stop(),
    log: {
      start() {
        texts.length = 0;
        capturing = true;
      },
      /** A position in the log; `since(mark)` parses what was logged after it. */
      mark: () => texts.length,
      since: (mark) => parseStatementLog(texts.slice(mark)),
      stop() {
        capturing = false;
        texts.length = 0;
      },
    },
  };
}

/**
 * Statement-log entries (`%m [%p] LOG:  statement: …`, or `execute <name>: …` followed by a
 * `DETAIL:  parameters: $1 = '…'` line for the extended protocol) as { pid, sql, params }.
 */
export function parseStatementLog(texts) {
  const entries = [];
  const lines = texts
    .join('\n')
    .split(/\n(?=\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})/)
    .filter((l) => l.trim());
  for (const line of lines) {
    const head = /^\S+ \S+(?: \S+)? \[(\d+)\] (\w+):\s+([\s\S]*)$/.exec(line);
    if (!head) continue;
    const [, pid, level, message] = head;
    if (level === 'LOG') {
      const statement = /^statement: ([\s\S]*)$/.exec(message);
      const execute = /^execute [^:]*: ([\s\S]*)$/.exec(message);
      if (statement) entries.push({ pid, sql: statement[1].trim(), params: null });
      else if (execute) entries.push({ pid, sql: execute[1].trim(), params: [] });
    } else if (level === 'DETAIL') {
      const parameters = /^parameters: ([\s\S]*)$/.exec(message);
      const last = entries.findLast((e) => e.pid === pid);
      if (parameters && last?.params) {
        for (const m of parameters[1].matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) {
          last.params[Number(m[1]) - 1] = m[2] === 'NULL' ? null : m[3].replaceAll("''", "'");
        }
      }
    }
  }
  return entries;
}

/**
 * Background work of the API that is not part of any request: the outbox dispatchers and the
 * draft purge claim rows with `for update … skip locked`; nothing a request does uses it.
 */
export const isBackgroundStatement = (sql) => /skip locked/i.test(sql);

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

/** Migrated, with the demo data and `holders` seeded holders. */
export async function createBaseDatabase(pgServer, name, holders) {
  await ensureDatabase(pgServer.serverUrl, name);
  const url = pgServer.urlOf(name);
  const orm = await initOrm(url);
  await migrate(orm);
  await orm.close(true);
  await seedDemoData(url);
  const t0 = performance.now();
  const seeded = await withClient(url, (client) =>
    seedHolders(client, { applicants: holders, seed: SEED, firstIndex: 1_000_000 }),
  );
  const holderSeconds = seconds(t0);
  say(`seeded ${seeded.created} holders in ${holderSeconds} s`);
  return { url, holders: seeded.created, holderSeconds };
}

/**
 * A copy of `template` (a file copy: fast, and nobody may be connected to the template) grown
 * to `amendments` cases by the deterministic seeder, then VACUUM ANALYZE.
 */
export async function growDatabase(pgServer, template, name, amendments) {
  await withClient(pgServer.serverUrl, (client) =>
    client.query(`create database "${name}" template "${template}" strategy file_copy`),
  );
  const url = pgServer.urlOf(name);
  return withClient(url, async (client) => {
    let t0 = performance.now();
    const seeded = await seedAmendments(client, {
      amendments,
      seed: SEED,
      onProgress: (done, total) => {
        if (done % 200_000 === 0 && done !== total) say(`  ${name}: ${done}/${total}`);
      },
    });
    const seedSeconds = seconds(t0);
    t0 = performance.now();
    await client.query('vacuum analyze');
    const vacuumSeconds = seconds(t0);
    const { rows } = await client.query(
      `select pg_database_size(current_database()) as bytes,
         (select count(*)::int from amendment) as amendments,
         (select count(*)::int from amendment where status = 'SUBMITTED') as submitted`,
    );
    say(
      `${name}: +${seeded.created} cases (+${seeded.events} events) in ${seedSeconds} s, vacuum analyze ${vacuumSeconds} s, ${(rows[0].bytes / 2 ** 20).toFixed(0)} MiB`,
    );
    return {
      name,
      url,
      amendments: rows[0].amendments,
      submitted: rows[0].submitted,
      created: seeded.created,
      events: seeded.events,
      seedSeconds,
      vacuumSeconds,
      databaseMiB: Math.round(rows[0].bytes / 2 ** 20),
    };
  });
}

/** PostgreSQL's version and the settings that shape the figures. */
export async function serverFacts(url) {
  return withClient(url, async (client) => {
    const version = (await client.query('show server_version')).rows[0].server_version;
    const settings = Object.fromEntries(
      (
        await client.query(
          `select name, setting || coalesce(unit, '') as value from pg_settings
           where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_connections',
             'random_page_cost', 'jit', 'synchronous_commit', 'fsync')`,
        )
      ).rows.map((r) => [r.name, r.value]),
    );
    return { version, settings };
  });
}
