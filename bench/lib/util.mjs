// Small helpers shared by the request-level suite (bench/run.mjs).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = (p) => path.join(root, 'api', 'dist', p);

const started = performance.now();
export const say = (...args) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...args);

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export const round = (x, digits = 1) =>
  x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(digits));

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const seconds = (t0) => round((performance.now() - t0) / 1000, 1);

/**
 * Child processes started by the suite, so that every exit path (error, Ctrl-C) can stop them.
 * Each is stopped by its own pid, never by name.
 */
const children = new Set();

/**
 * Spawns a Node script of the suite as its own process. `ready` (a regex) waits for a line on
 * stdout; the handle collects stdout for `result()` and keeps stderr's tail for error messages.
 */
export function spawnNode(script, args = [], { env = {}, ready, cwd } = {}) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: cwd ?? root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  const tail = [];
  child.stdout.on('data', (chunk) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk) => {
    tail.push(chunk.toString('utf8'));
    if (tail.length > 40) tail.shift();
  });
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  const handle = {
    child,
    pid: child.pid,
    exited,
    stderrTail: () => tail.join(''),
    stdout: () => stdout,
    /** Waits for the process to end and parses the last line of its stdout as JSON. */
    async result() {
      const { code, signal } = await exited;
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) {
        throw new Error(
          `${path.basename(script)} ended with ${signal ?? `code ${code}`}:\n${tail.join('')}`,
        );
      }
      try {
        return JSON.parse(last);
      } catch {
        throw new Error(`${path.basename(script)} printed no result:\n${stdout}\n${tail.join('')}`);
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
  if (ready) {
    handle.ready = new Promise((resolve, reject) => {
      const onData = () => {
        const match = ready.exec(stdout);
        if (match) {
          child.stdout.off('data', onData);
          resolve(match);
        }
      };
      child.stdout.on('data', onData);
      void exited.then(({ code, signal }) =>
        reject(
          new Error(
            `${path.basename(script)} exited (${signal ?? code}) before it was ready:\n${tail.join('')}`,
          ),
        ),
      );
    });
  }
  return handle;
}

/** Stops every child still running (SIGTERM, then SIGKILL after a grace period). */
export async function stopChildren() {
  await Promise.all(
    [...children].map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await new Promise((resolve) => child.once('exit', resolve));
      clearTimeout(timer);
    }),
  );
}

/** The machine a run is recorded on. */
export function machineInfo() {
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadBefore: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

/** Ctrl-C or a stop request: `shutdown()` everything the run started, then exit 130. */
export function stopOnSignals(shutdown) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      say(`${signal}: stopping everything`);
      void shutdown().then(() => process.exit(130));
    });
  }
}
