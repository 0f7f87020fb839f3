import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, withDatabase } from '../db/database.js';
import { initOrm } from '../db/orm.js';

export interface TestDatabase {
  url: string;
  name: string;
  orm: MikroORM;
  /** SQL statements run through the ORM since the last reset. */
  queries: string[];
  /** Runs SQL directly (outside the ORM) for arranging and asserting. */
  sql<T extends pg.QueryResultRow = Record<string, unknown>>(
    text: string,
    params?: unknown[],
  ): Promise<T[]>;
  drop(): Promise<void>;
}

/** A fresh database copied from the migrated template: no test file sees another's rows. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('pgServerUrl');
  const name = `goldcard_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, name, inject('templateDatabase'));
  const url = withDatabase(serverUrl, name);
  const queries: string[] = [];
  const orm = await initOrm(url, { poolMax: 5, onQuery: (q) => queries.push(q) });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    url,
    name,
    orm,
    queries,
    sql: async <T extends pg.QueryResultRow>(text: string, params?: unknown[]) =>
      (await client.query<T>(text, params)).rows,
    drop: async () => {
      await client.end();
      await orm.close(true);
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
