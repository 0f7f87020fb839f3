import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, withDatabase } from '../db/database.js';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { initOrm, migrate } from '../db/orm.js';
import { createLogger } from '../shared/logger.js';

export const TEMPLATE_DB = 'goldcard_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    templateDatabase: string;
  }
}

/**
 * One real PostgreSQL server for the whole run (embedded, or TEST_DATABASE_URL), and one
 * migrated template database that every test file copies into a database of its own.
 */
export default async function setup(project: TestProject) {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!serverUrl) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-test-pg-'));
    await chmod(dir, 0o755);
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const server = await startEmbeddedPostgres({ dataDir: dir, port, log });
    serverUrl = server.serverUrl;
    stop = server.stop;
  }
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = await import('pg').then((m) => new m.default.Client(admin.toString()));
  await client.connect();
  await client.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await client.end();
  await ensureDatabase(admin.toString(), TEMPLATE_DB);
  const orm = await initOrm(withDatabase(admin.toString(), TEMPLATE_DB));
  await migrate(orm);
  await orm.close(true);

  project.provide('pgServerUrl', admin.toString());
  project.provide('templateDatabase', TEMPLATE_DB);

  return async () => {
    await stop?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
