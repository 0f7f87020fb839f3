// Benchmark: how fast the deterministic seeder fills a fresh database with holders.
// Usage: npm run bench:seed [-- --applicants 100000]   (builds the API first)
import { chmod, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => path.join(root, 'api', 'dist', p);
const { startEmbeddedPostgres } = await import(dist('db/embedded.js'));
const { ensureDatabase, withDatabase } = await import(dist('db/database.js'));
const { initOrm, migrate } = await import(dist('db/orm.js'));
const { seedHolders } = await import(dist('db/seeders/scale.js'));
const { createLogger } = await import(dist('shared/logger.js'));

const { values } = parseArgs({ options: { applicants: { type: 'string', default: '100000' } } });
const applicants = Number(values.applicants);
const dir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-bench-'));
await chmod(dir, 0o755);
const server = await startEmbeddedPostgres({ dataDir: dir, port: 56000 + Math.floor(Math.random() * 1000), log: createLogger('warn') });
try {
  await ensureDatabase(server.serverUrl, 'bench');
  const url = withDatabase(server.serverUrl, 'bench');
  const orm = await initOrm(url);
  await migrate(orm);
  await orm.close(true);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = process.hrtime.bigint();
  const result = await seedHolders(client, { applicants, seed: 7 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const again = process.hrtime.bigint();
  const rerun = await seedHolders(client, { applicants, seed: 7 });
  const rerunSeconds = Number(process.hrtime.bigint() - again) / 1e9;
  const [{ size }] = (await client.query("select pg_size_pretty(pg_database_size('bench')) as size")).rows;
  await client.end();
  const record = {
    benchmark: 'seed-holders',
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    applicants,
    created: result.created,
    seconds: Number(seconds.toFixed(2)),
    holdersPerSecond: Math.round(result.created / seconds),
    idempotentRerunSeconds: Number(rerunSeconds.toFixed(2)),
    rerunCreated: rerun.created,
    databaseSize: size,
  };
  console.log(JSON.stringify(record, null, 2));
  await mkdir(path.join(root, 'bench', 'results'), { recursive: true });
  await writeFile(path.join(root, 'bench', 'results', 'seed-holders.json'), `${JSON.stringify(record, null, 2)}\n`);
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
