import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import express, { Router, type Express, type RequestHandler, type Response } from 'express';
import { localize } from '../../shared/errors.js';
import { currentScope } from '../../shared/request-context.js';
import type { AppMetrics } from './metrics.js';
import type { MetricsSettings } from './metrics-settings.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether the request carries `Authorization: Bearer <token>` (compared in constant time). */
function hasToken(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match !== null && timingSafeEqual(digest(match[1]!), digest(token));
}

function refuse(res: Response, status: 401 | 404) {
  const code = status === 401 ? 'UNAUTHENTICATED' : 'NOT_FOUND';
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
  res.status(status).json({
    error: { code, message: localize(code, currentScope()?.locale ?? 'zh-TW') },
  });
}

function exposition(metrics: AppMetrics, token: string | undefined): RequestHandler {
  return async (req, res, next) => {
    if (token !== undefined && !hasToken(req.get('authorization'), token)) {
      refuse(res, 401);
      return;
    }
    try {
      const text = await metrics.render();
      res.setHeader('Content-Type', metrics.contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.send(text);
    } catch (error) {
      next(error);
    }
  };
}

/**
 * `/metrics` on the public port: only with a token configured, and then only for its bearer.
 * Without one, a 404 like any unknown path (it must not fall through to the portal's pages).
 */
export function publicMetricsRoutes(metrics: AppMetrics, settings: MetricsSettings): Router {
  const router = Router();
  router.get(
    '/metrics',
    settings.token !== undefined
      ? exposition(metrics, settings.token)
      : (_req, res) => refuse(res, 404),
  );
  return router;
}

/** The metrics listener's app: `/metrics` (token too when configured) and nothing else. */
export function metricsListenerApp(metrics: AppMetrics, settings: MetricsSettings): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.get('/metrics', exposition(metrics, settings.token));
  app.use((_req, res) => refuse(res, 404));
  return app;
}

/** Starts the metrics listener on `host:port` (0: any free port). */
export async function listenMetrics(app: Express, host: string, port: number): Promise<Server> {
  const server = createServer(app);
  // Scrapes are short; nothing should hold this listener open.
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
