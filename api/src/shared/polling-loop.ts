import type { Logger } from './logger.js';

export interface PollingLoopOptions<R> {
  /** For log lines, e.g. "mail dispatcher". */
  name: string;
  log: Logger;
  pollIntervalMs: number;
  /** How soon after `kick()` a run starts (kicks within this window make one run). */
  kickDelayMs: number;
  /** One batch of work. */
  run: () => Promise<R>;
  /** Whether a batch came back full, so more work is probably waiting: run again at once. */
  wasFull: (result: R) => boolean;
}

/**
 * The schedule of a background worker that drains a PostgreSQL outbox (mail, webhooks): polls
 * every interval, runs soon after a `kick()`, runs again at once after a full batch, never runs
 * two batches at the same time, and on `stop()` waits for the batch in flight.
 */
export class PollingLoop<R> {
  private started = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private timerDue = 0;
  /** Runs are serialised: each waits for the one before it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PollingLoopOptions<R>) {}

  get isStarted(): boolean {
    return this.started;
  }

  /** Polls every `pollIntervalMs`, starting now. */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.options.log.info(
      { pollIntervalMs: this.options.pollIntervalMs },
      `${this.options.name} started`,
    );
    this.schedule(0);
  }

  /** Asks for a run soon, e.g. right after a transaction that queued work has committed. */
  kick(): void {
    this.schedule(this.options.kickDelayMs);
  }

  /** Stops polling and waits for a run in flight to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.queue;
    if (this.started) this.options.log.info(`${this.options.name} stopped`);
  }

  /** One batch, after any batch in flight. */
  runOnce(): Promise<R> {
    const run = this.queue.then(() => this.options.run());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private schedule(delayMs: number): void {
    if (!this.started || this.stopped) return;
    const due = Date.now() + delayMs;
    if (this.timer && this.timerDue <= due) return; // a run is already due sooner
    if (this.timer) clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    let full = false;
    try {
      full = this.options.wasFull(await this.runOnce());
    } catch (error) {
      this.options.log.error({ err: error }, `${this.options.name} run failed; will try again`);
    }
    this.schedule(full ? 0 : this.options.pollIntervalMs);
  }
}
