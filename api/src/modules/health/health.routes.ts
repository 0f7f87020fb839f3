import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * /healthz: the process is up (for restarts). /readyz: the database answers and every migration
 * is applied (for load balancers). Neither needs credentials nor reveals more than that.
 */
export function healthRoutes(orm: MikroORM): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length > 0) {
        res.status(503).json({ status: 'not-ready', reason: 'migrations pending' });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'not-ready', reason: 'database unreachable' });
    }
  });
  return router;
}
