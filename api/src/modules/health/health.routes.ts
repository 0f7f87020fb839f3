import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';

/** /readyz answers within this even when the database does not answer at all. */
export const READY_CHECK_TIMEOUT_MS = 3_000;

type Readiness = { ready: true } | { ready: false; reason: string };

async function checkReadiness(orm: MikroORM): Promise<Readiness> {
  try {
    const pending = await orm.getMigrator().getPendingMigrations();
    return pending.length > 0 ? { ready: false, reason: 'migrations pending' } : { ready: true };
  } catch {
    return { ready: false, reason: 'database unreachable' };
  }
}

/**
 * /healthz: the process is up (for restarts). /readyz: the database answers and every migration
 * is applied (for load balancers), within READY_CHECK_TIMEOUT_MS: a database that stopped
 * answering makes the replica "not ready" at once rather than a hanging check. Neither needs
 * credentials nor reveals more than that.
 */
export function healthRoutes(orm: MikroORM): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Readiness>((resolve) => {
      timer = setTimeout(
        () => resolve({ ready: false, reason: 'database not answering' }),
        READY_CHECK_TIMEOUT_MS,
      );
    });
    const result = await Promise.race([checkReadiness(orm), timeout]);
    clearTimeout(timer);
    if (result.ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'not-ready', reason: result.reason });
  });
  return router;
}
