import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../shared/logger.js';
import { ensureDatabase, withDatabase } from './database.js';
import { startEmbeddedPostgres } from './embedded.js';
import { initOrm, migrate } from './orm.js';

export interface OpenDatabase {
  url: string;
  orm: MikroORM;
  embedded: boolean;
  applied: string[];
  /** Closes the pool, then stops the embedded server if we started one. */
  close(): Promise<void>;
}

/** DATABASE_URL when given; otherwise a PostgreSQL server of our own under DATA_DIR. Migrated. */
export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  let url = config.databaseUrl;
  let stopServer: (() => Promise<void>) | undefined;
  if (!url) {
    const server = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      log,
    });
    stopServer = server.stop;
    try {
      await ensureDatabase(server.serverUrl, 'goldcard');
    } catch (error) {
      await server.stop();
      throw error;
    }
    url = withDatabase(server.serverUrl, 'goldcard');
  }
  let orm: MikroORM;
  let applied: string[];
  try {
    orm = await initOrm(url, { poolMax: config.dbPoolMax, timeouts: config.dbTimeouts, log });
    applied = await migrate(orm);
  } catch (error) {
    await stopServer?.();
    throw error;
  }
  return {
    url,
    orm,
    embedded: Boolean(stopServer),
    applied,
    close: async () => {
      await orm.close(true);
      await stopServer?.();
    },
  };
}
