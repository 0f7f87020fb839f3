import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A port that was free a moment ago on 127.0.0.1 (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not determine a free port'));
      });
    });
  });
}

/** A fresh folder under the OS temp dir that another local user (PostgreSQL's) can enter. */
export async function makeDataDir(prefix = 'goldcard-e2e-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** It took longer than the time allowed to exit. */
  late: boolean;
  /** It had not exited at all and was killed (with its process group). */
  killed: boolean;
  ms: number;
}

export interface RunningServer {
  url: string;
  port: number;
  child: ChildProcess;
  /** The last lines the server wrote to stdout and stderr, for failure messages. */
  output(): string;
  /**
   * SIGTERM, then wait for the exit. `late` when that took longer than `timeoutMs`; the whole
   * process group is SIGKILLed `graceMs` after that, so that the server's own last words (a
   * shutdown timeout of its own, say) still reach `output()`.
   */
  stop(timeoutMs?: number, graceMs?: number): Promise<ExitStatus>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `node <entry>` with the given environment and waits until `GET <readyPath>` answers 200.
 * The child leads its own process group, so a forced stop also ends anything it started (such
 * as an embedded PostgreSQL server) instead of leaving it behind.
 */
export async function startServer(options: {
  entry: string;
  env: Record<string, string>;
  port: number;
  readyPath?: string;
  readyTimeoutMs?: number;
}): Promise<RunningServer> {
  const { entry, port, readyPath = '/readyz', readyTimeoutMs = 90_000 } = options;
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  // The server must use the database it is given (or start its own), never one from the shell.
  if (!('DATABASE_URL' in options.env)) delete env.DATABASE_URL;

  const child = spawn(process.execPath, [entry], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });

  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-16_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let exited: { code: number | null; signal: NodeJS.Signals | null; at: number } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal, at: Date.now() };
      resolve();
    });
  });
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });

  const killGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  // If the test runner exits without stopping us, do not leave the server running.
  const onRunnerExit = () => killGroup('SIGKILL');
  process.once('exit', onRunnerExit);

  const output = () => log.trim() || '(no output)';

  const stop = async (timeoutMs = 20_000, graceMs = 5_000): Promise<ExitStatus> => {
    const started = Date.now();
    if (!exited) child.kill('SIGTERM');
    const exitedAtAll = await Promise.race([
      exitPromise.then(() => true),
      sleep(timeoutMs + graceMs).then(() => false),
    ]);
    if (!exitedAtAll) {
      killGroup('SIGKILL');
      await Promise.race([exitPromise, sleep(5_000)]);
    }
    process.removeListener('exit', onRunnerExit);
    const ms = (exited?.at ?? Date.now()) - started;
    return {
      code: exited?.code ?? null,
      signal: exited?.signal ?? null,
      late: !exitedAtAll || ms > timeoutMs,
      killed: !exitedAtAll,
      ms,
    };
  };

  const deadline = Date.now() + readyTimeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (spawnError) throw new Error(`could not start ${entry}: ${spawnError.message}`);
    if (exited) {
      process.removeListener('exit', onRunnerExit);
      throw new Error(
        `${entry} exited (code ${exited.code}, signal ${exited.signal}) before it was ready.\n${output()}`,
      );
    }
    try {
      const response = await fetch(url + readyPath, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return { url, port, child, output, stop };
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  await stop(5_000);
  throw new Error(
    `${entry} was not ready at ${url}${readyPath} within ${readyTimeoutMs} ms (last: ${lastProblem}).\n${output()}`,
  );
}
