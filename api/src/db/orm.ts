import 'reflect-metadata';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import pg from 'pg';
import type { Logger } from '../shared/logger.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** Bounds on waiting for the database, so an outage fails requests fast instead of hanging them. */
export interface DatabaseTimeouts {
  /** Opening a connection (TCP and the PostgreSQL handshake). */
  connectMs: number;
  /** Waiting for a pooled connection (all busy, or none can be opened). */
  acquireMs: number;
  /** Waiting for the answer to one statement; 0: no limit. A server that stopped answering. */
  queryMs: number;
}

export interface OrmOptions {
  poolMax?: number;
  /** Without them: the drivers' defaults (no connect or statement limit, 60 s for the pool). */
  timeouts?: DatabaseTimeouts;
  log?: Logger;
  /** Called with every SQL statement; tests use it to prove list fields do not query per row. */
  onQuery?: (sql: string) => void;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}) {
  const { poolMax = 10, log, onQuery, timeouts } = options;
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    // Entities are never filled from raw request input, and identity maps are per request.
    allowGlobalContext: false,
    pool: {
      min: 0,
      max: poolMax,
      ...(timeouts
        ? { acquireTimeoutMillis: timeouts.acquireMs, createTimeoutMillis: timeouts.connectMs }
        : {}),
    },
    driverOptions: {
      ...(timeouts
        ? {
            acquireConnectionTimeout: timeouts.acquireMs,
            connection: {
              connectionTimeoutMillis: timeouts.connectMs,
              ...(timeouts.queryMs > 0 ? { query_timeout: timeouts.queryMs } : {}),
              keepAlive: true,
            },
          }
        : {}),
      // knex reports dropped connections itself ("Connection Error: …"): into the JSON log.
      log: {
        warn: (message: unknown) => log?.warn({ knex: String(message) }, 'database connection'),
        error: (message: unknown) => log?.error({ knex: String(message) }, 'database connection'),
        deprecate: () => undefined,
        debug: () => undefined,
      },
    },
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    debug: onQuery ? ['query'] : false,
    logger: (message) => {
      if (onQuery) onQuery(message);
      else log?.debug({ orm: message }, 'orm');
    },
  } satisfies Options);
}

export async function initOrm(clientUrl: string, options: OrmOptions = {}) {
  return MikroORM.init(ormConfig(clientUrl, options));
}

/** Any fixed number: the advisory lock that makes concurrent replicas migrate one at a time. */
const MIGRATION_LOCK = 4_270_001;

/**
 * Applies pending migrations. Several replicas may start at once: each takes a PostgreSQL
 * advisory lock on its own connection first, so one migrates and the others then find nothing
 * left to do.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const lock = new pg.Client({ connectionString: orm.config.get('clientUrl') });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await lock.end(); // ending the session releases the lock
  }
}
