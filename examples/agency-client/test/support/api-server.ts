import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The production build of the API (`npm run build -w @goldcard/api`). */
export const API_ENTRY = fileURLToPath(new URL('../../../../api/dist/main.js', import.meta.url));

/** A port that was free a moment ago on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object'
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

export interface ApiServer {
  url: string;
  /** SIGTERM (the API stops its embedded PostgreSQL), then removes the data directory. */
  stop(): Promise<void>;
  /** The server's last output, for failure messages. */
  output(): string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the real API as `npm start` would, in development mode with demo data, on free ports
 * and a fresh data directory (its own embedded PostgreSQL), and waits for `/readyz`.
 */
export async function startApi(env: Record<string, string> = {}): Promise<ApiServer> {
  if (!existsSync(API_ENTRY)) {
    throw new Error(`${API_ENTRY} is missing: run \`npm run build -w @goldcard/api\` first`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'goldcard-agency-client-'));
  await chmod(dataDir, 0o755); // PostgreSQL's own user must be able to enter it
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: String(await freePort()),
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    CAPTCHA_FIXED_ANSWER: 'GC2026',
    LOG_LEVEL: 'warn',
    ...env,
  };
  delete childEnv.DATABASE_URL; // its own database, never one from the shell
  const child = spawn(process.execPath, [API_ENTRY], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: a forced stop also ends PostgreSQL
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-8_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killGroup);

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!exited) child.kill('SIGTERM');
    await Promise.race([exit, sleep(20_000)]);
    if (!exited) {
      killGroup();
      await Promise.race([exit, sleep(5_000)]);
    }
    process.removeListener('exit', killGroup);
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited) {
      await stop();
      throw new Error(`the API exited before it was ready:\n${log}`);
    }
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return { url, stop, output: () => log };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`the API was not ready within 90 s:\n${log}`);
}
