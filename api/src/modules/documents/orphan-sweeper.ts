import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Logger } from '../../shared/logger.js';
import { PollingLoop } from '../../shared/polling-loop.js';
import { type DocumentStore, isListableDocumentStore } from './document-store.js';

/**
 * Every column that holds a document store key. A file no row names here is an orphan: add a
 * column here when a new table starts keeping documents, or its files will be swept (a test
 * checks the entities against this list).
 */
export const DOCUMENT_KEY_COLUMNS = [
  { table: 'amendment_document', column: 'storage_key' },
  { table: 'mandate', column: 'document_key' },
] as const;

/** Any fixed number: only one replica sweeps at a time (the others skip that round). */
const SWEEP_LOCK = 4_270_002;

export interface SweepOptions {
  /** Files modified less than this long ago are never touched. */
  graceMs: number;
  /** Keys checked against the database per query. */
  batchSize?: number;
  /** Asked between batches: stop early (shutdown). */
  shouldStop?: () => boolean;
  now?: () => Date;
}

export interface SweepResult {
  /** Another replica was sweeping: this one did nothing. */
  skipped: boolean;
  /** Stored objects looked at. */
  scanned: number;
  /** Objects deleted: older than the grace period and named by no row. */
  deleted: number;
  /** Leftovers of interrupted writes removed (older than the grace period). */
  incomplete: number;
}

/**
 * Deletes stored files that no row refers to. Uploads store the bytes first and commit the row
 * after, so a process killed in between (or a failed clean-up) leaves a file nobody can reach.
 *
 * Safe while uploads run, on every replica: a file is deleted only when it was last written
 * more than `graceMs` ago AND no row names it at the time of the check. An upload commits its
 * row moments after its file is written, far inside the grace period, so a file in flight is
 * never taken; a file whose row exists is never taken. A PostgreSQL advisory lock lets one
 * replica sweep at a time; deleting twice would be harmless, only wasted work.
 */
export async function sweepOrphanDocuments(
  orm: MikroORM,
  store: DocumentStore,
  options: SweepOptions,
): Promise<SweepResult> {
  if (!isListableDocumentStore(store)) {
    throw new Error('this document store cannot list its objects: orphans cannot be swept');
  }
  const batchSize = options.batchSize ?? 500;
  const shouldStop = options.shouldStop ?? (() => false);
  const now = options.now ?? (() => new Date());
  return orm.em.fork().transactional(async (em) => {
    const result: SweepResult = { skipped: false, scanned: 0, deleted: 0, incomplete: 0 };
    const [lock] = await run<{ locked: boolean }>(
      em,
      'select pg_try_advisory_xact_lock(?) as locked',
      [SWEEP_LOCK],
    );
    if (!lock?.locked) return { ...result, skipped: true };

    const cutoff = new Date(now().getTime() - options.graceMs);
    let batch: string[] = [];
    const settle = async () => {
      if (batch.length === 0) return;
      const referenced = await referencedKeys(em, batch);
      for (const key of batch) {
        if (referenced.has(key)) continue;
        await store.delete(key);
        result.deleted++;
      }
      batch = [];
    };
    for await (const object of store.list()) {
      if (shouldStop()) break;
      result.scanned++;
      if (object.modifiedAt < cutoff) batch.push(object.key);
      if (batch.length >= batchSize) await settle();
    }
    await settle();
    if (!shouldStop()) result.incomplete = await store.removeIncompleteWrites(cutoff);
    return result;
  });
}

function run<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}

/** Which of `keys` some row names (read committed: rows committed by now count). */
async function referencedKeys(em: EntityManager, keys: string[]): Promise<Set<string>> {
  const sql = DOCUMENT_KEY_COLUMNS.map(
    ({ table, column }) => `select "${column}" as key from "${table}" where "${column}" in (?)`,
  ).join(' union all ');
  const rows = await run<{ key: string }>(
    em,
    sql,
    DOCUMENT_KEY_COLUMNS.map(() => keys),
  );
  return new Set(rows.map((r) => r.key));
}

export interface OrphanSweeperOptions {
  orm: MikroORM;
  store: DocumentStore;
  config: Pick<Config, 'documentSweep'>;
  log: Logger;
}

/**
 * Sweeps orphan documents when the process starts and then every
 * `DOCUMENT_SWEEP_INTERVAL_SECONDS` (0: never), leaving files younger than
 * `DOCUMENT_ORPHAN_GRACE_SECONDS` alone. `stop()` ends a sweep in progress at its next batch.
 */
export class OrphanSweeper {
  private readonly loop: PollingLoop<SweepResult> | undefined;
  private stopping = false;

  constructor(private readonly options: OrphanSweeperOptions) {
    const { store, config } = options;
    const log = options.log.child({ component: 'orphan-sweeper' });
    const { graceSeconds, intervalSeconds } = config.documentSweep;
    if (intervalSeconds === 0 || !isListableDocumentStore(store)) return;
    this.loop = new PollingLoop({
      name: 'orphan document sweeper',
      log,
      pollIntervalMs: intervalSeconds * 1000,
      kickDelayMs: 0,
      run: async () => {
        const result = await sweepOrphanDocuments(options.orm, store, {
          graceMs: graceSeconds * 1000,
          shouldStop: () => this.stopping,
        });
        if (result.deleted || result.incomplete) {
          log.info(result, 'deleted stored documents no record refers to');
        } else {
          log.debug(result, 'orphan sweep found nothing to delete');
        }
        return result;
      },
      wasFull: () => false,
    });
  }

  /** Sweeps now, then every interval (nothing when sweeping is off or the store cannot list). */
  start(): void {
    this.loop?.start();
  }

  /** Stops sweeping; a sweep in progress ends at its next batch. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop?.stop();
  }

  /** One sweep, after any sweep in flight. */
  runOnce(): Promise<SweepResult> {
    if (!this.loop) {
      return sweepOrphanDocuments(this.options.orm, this.options.store, {
        graceMs: this.options.config.documentSweep.graceSeconds * 1000,
      });
    }
    return this.loop.runOnce();
  }
}
