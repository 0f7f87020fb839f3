import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, makeDataDir, startServer, type RunningServer } from '../server';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const apiEntry = join(repoRoot, 'api', 'dist', 'main.js');
export const adminIndex = join(repoRoot, 'admin', 'dist', 'index.html');
/** The applicants' portal's build, served at / when it is there (these tests do not need it). */
export const portalDist = join(repoRoot, 'portal', 'dist');

/** PIDs of PostgreSQL servers whose postmaster.pid lies under `dir`. */
export async function postmasterPids(dir: string): Promise<number[]> {
  const entries = await readdir(dir, { recursive: true });
  const pids: number[] = [];
  for (const entry of entries) {
    if (!entry.endsWith('postmaster.pid')) continue;
    const pid = Number((await readFile(join(dir, entry), 'utf8')).split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0) pids.push(pid);
  }
  return pids;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface ApiServer {
  server: RunningServer;
  url: string;
  dataDir: string;
  postgresPids: number[];
  /** SIGTERM (then the safety net: any PostgreSQL left is killed) and the data removed. */
  stop(): Promise<void>;
}

/**
 * The production build (`api/dist/main.js`, serving `admin/dist` at /admin/, and `portal/dist` at
 * / when built) on its own ports and its own embedded PostgreSQL, with demo data and a fixed
 * captcha answer for the tests.
 */
export async function startApi(env: Record<string, string> = {}): Promise<ApiServer> {
  if (!existsSync(apiEntry)) {
    throw new Error(`${apiEntry} is missing: build the API first (npm run build).`);
  }
  if (!existsSync(adminIndex)) {
    throw new Error(`${adminIndex} is missing: build the console first (npm run build).`);
  }
  const dataDir = await makeDataDir('goldcard-e2e-data-');
  const port = await freePort();
  const pgPort = await freePort();
  const server = await startServer({
    entry: apiEntry,
    port,
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      CAPTCHA_FIXED_ANSWER: 'GC2026',
      ...(existsSync(portalDist) ? { PORTAL_DIST_DIR: portalDist } : {}),
      ...env,
    },
  });
  const postgresPids = await postmasterPids(dataDir);
  return {
    server,
    url: server.url,
    dataDir,
    postgresPids,
    async stop() {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        await server.stop(20_000);
      }
      for (const pid of postgresPids) {
        if (isAlive(pid)) process.kill(pid, 'SIGKILL');
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
