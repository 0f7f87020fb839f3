import { createRequire } from 'node:module';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from './errors.js';

/**
 * Password hashing off the event loop, bounded and yielding.
 *
 * argon2id is meant to be expensive: a flood of logins would otherwise take every core and
 * starve everything else (sessions, lists, uploads). Hashing runs here, in a fixed set of worker
 * threads (one per core by default) whose scheduling priority is lowered (nice 10, a per-thread
 * setting on Linux): they use every idle cycle, but the event loop always runs first. Work beyond
 * the queue limit is refused at once with SERVICE_UNAVAILABLE instead of waiting without end.
 * bench/README.md (B5) has the measurements.
 */
export interface PasswordPoolOptions {
  /** Worker threads hashing at once. */
  workers: number;
  /** Hashing requests allowed to wait for a worker; more are refused. */
  queueLimit: number;
  /** Scheduling niceness of the hashing threads (0 = same as the event loop). */
  nice: number;
}

export const DEFAULT_PASSWORD_POOL: PasswordPoolOptions = {
  workers: Math.max(1, os.availableParallelism()),
  queueLimit: 256,
  nice: 10,
};

/** argon2 refused what it was given (e.g. a stored value that is not a PHC hash). */
export class PasswordInputError extends Error {
  override name = 'PasswordInputError';
}

type Job = { op: 'hash'; args: [string, object] } | { op: 'verify'; args: [string, string] };
interface Pending {
  job: Job;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

// Plain CommonJS evaluated in each worker, so that no build step (tsc, vitest) must find a file.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
try { require('node:os').setPriority(workerData.nice); } catch { /* not permitted: run as is */ }
const argon2 = require(workerData.modulePath);
parentPort.on('message', ({ op, args }) => {
  try {
    const value = op === 'verify' ? argon2.verifySync(args[0], args[1]) : argon2.hashSync(args[0], args[1]);
    parentPort.postMessage({ ok: true, value });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error && error.message || error) });
  }
});
`;

class PasswordPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private started = 0;
  private readonly modulePath = createRequire(import.meta.url).resolve('@node-rs/argon2');

  constructor(private readonly options: PasswordPoolOptions) {}

  run<T>(job: Job): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const pending = { job, resolve: resolve as (v: unknown) => void, reject };
      const worker = this.idle.pop() ?? this.spawn();
      if (worker) this.dispatch(worker, pending);
      else if (this.queue.length >= this.options.queueLimit)
        reject(new AppError('SERVICE_UNAVAILABLE'));
      else this.queue.push(pending);
    });
  }

  private spawn(): Worker | undefined {
    if (this.started >= this.options.workers) return undefined;
    this.started++;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { modulePath: this.modulePath, nice: this.options.nice },
    });
    worker.unref(); // never keeps the process alive
    return worker;
  }

  private dispatch(worker: Worker, pending: Pending) {
    const onMessage = (reply: { ok: boolean; value?: unknown; message?: string }) => {
      worker.off('error', onError);
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(new PasswordInputError(reply.message ?? 'argon2 refused its input'));
      const next = this.queue.shift();
      if (next) this.dispatch(worker, next);
      else this.idle.push(worker);
    };
    // A worker that dies takes only its own job with it; the next request starts a new one.
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      this.started--;
      pending.reject(error);
      const next = this.queue.shift();
      if (next) {
        const fresh = this.spawn();
        if (fresh) this.dispatch(fresh, next);
        else this.queue.unshift(next);
      }
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(pending.job);
  }

  /** Hashings waiting for a worker, and workers busy hashing (read by /metrics). */
  load(): { queued: number; busy: number } {
    return { queued: this.queue.length, busy: this.started - this.idle.length };
  }

  async close(): Promise<void> {
    const workers = this.idle.splice(0);
    this.started -= workers.length;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

let pool: PasswordPool | undefined;
let options = DEFAULT_PASSWORD_POOL;

/** Sets the pool's size and limits (before first use; later calls replace an idle pool). */
export function configurePasswordPool(next: Partial<PasswordPoolOptions>): void {
  options = { ...DEFAULT_PASSWORD_POOL, ...next };
  const previous = pool;
  pool = undefined;
  void previous?.close();
}

export function passwordPool(): PasswordPool {
  return (pool ??= new PasswordPool(options));
}

/** The current pool's load, without starting a pool (none yet: nothing waits). */
export function passwordPoolLoad(): { queued: number; busy: number } {
  return pool?.load() ?? { queued: 0, busy: 0 };
}
