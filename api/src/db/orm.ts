import 'reflect-metadata';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import pg from 'pg';
import type { Logger } from '../shared/logger.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export interface OrmOptions {
  poolMax?: number;
  log?: Logger;
  /** Called with every SQL statement; tests use it to prove list fields do not query per row. */
  onQuery?: (sql: string) => void;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}) {
  const { poolMax = 10, log, onQuery } = options;
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    // Entities are never filled from raw request input, and identity maps are per request.
    allowGlobalContext: false,
    pool: { min: 0, max: poolMax },
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
