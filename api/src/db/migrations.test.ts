import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/db.js';
import { inject } from 'vitest';
import { MIGRATIONS } from './migrations/index.js';
import { ensureDatabase, withDatabase } from './database.js';
import { initOrm, migrate } from './orm.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

describe('migrations', () => {
  it('are all applied to the template and describe exactly the entities', async () => {
    const applied = await db.sql<{ name: string }>(
      'select name from mikro_orm_migrations order by id',
    );
    expect(applied.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const drift = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(drift.trim()).toBe('');
  });

  it('can be rolled back and applied again', async () => {
    const migrator = db.orm.getMigrator();
    await migrator.down({ to: 0 });
    const tables = await db.sql<{ n: number }>(
      "select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = 'applicant'",
    );
    expect(tables[0]?.n).toBe(0);
    await migrator.up();
    expect(await migrator.getPendingMigrations()).toHaveLength(0);
    const fields = await db.sql<{ n: number }>(
      'select count(*)::int as n from field_of_expertise where list_version = 3',
    );
    expect(fields[0]?.n).toBe(13);
  });
});

describe('replicas starting together', () => {
  it('migrate one at a time: each migration is applied exactly once', async () => {
    const name = `${db.name}_race`;
    await ensureDatabase(inject('pgServerUrl'), name);
    const url = withDatabase(inject('pgServerUrl'), name);
    const orms = await Promise.all([initOrm(url), initOrm(url), initOrm(url)]);
    try {
      const results = await Promise.all(orms.map((orm) => migrate(orm)));
      expect(results.flat().sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
      const rows = await orms[0].em
        .getConnection()
        .execute<{ n: number }[]>('select count(*)::int as n from mikro_orm_migrations');
      expect(rows[0]?.n).toBe(MIGRATIONS.length);
    } finally {
      await Promise.all(orms.map((orm) => orm.close(true)));
      await db.sql(`drop database if exists "${name}" with (force)`);
    }
  });
});
