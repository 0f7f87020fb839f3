import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The production build, started the way `npm start` starts it. */
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, exited, output: () => output };
}

async function waitReady(port: number, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready');
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let dataDir: string;
beforeAll(async () => {
  expect(existsSync(MAIN), 'api/dist/main.js is built before tests (turbo runs build first)').toBe(
    true,
  );
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-process-'));
  await chmod(dataDir, 0o755);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('starts on an embedded PostgreSQL, survives SIGKILL, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const env = {
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
    };

    const first = start(env);
    await waitReady(port, first.child);
    const typename = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await typename.json()).toEqual({ data: { __typename: 'Query' } });
    expect(first.output()).toContain('Demo accounts (development only)');

    first.child.kill('SIGKILL');
    await first.exited;
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    const orphan = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    expect(alive(orphan)).toBe(true); // the database outlived its parent

    const second = start(env);
    await waitReady(port, second.child);
    expect(alive(orphan)).toBe(false);
    const count = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ checkUiNumber(uiNumber: "A800000014") { valid } }' }),
    });
    expect(await count.json()).toEqual({ data: { checkUiNumber: { valid: true } } });
    const serverPid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(alive(serverPid)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
  }, 120_000);

  it('refuses to start with a malformed DATABASE_URL or PORT, one line per problem', async () => {
    const bad = start({
      PORT: 'eighty',
      DATABASE_URL: 'postgres//nobody:s3cret@nowhere',
      DATA_DIR: dataDir,
    });
    expect(await bad.exited).toBe(2);
    const lines = bad.output().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(
      lines.some((l) => l.includes('PORT:') && l.includes('integer between 1 and 65535')),
    ).toBe(true);
    expect(lines.some((l) => l.includes('DATABASE_URL:') && l.includes('postgres://'))).toBe(true);
    expect(bad.output()).not.toContain('s3cret');
  }, 30_000);
});
