import { type NextFunction, type Request, type Response, Router } from 'express';
import { callerOf } from '../../http/caller.js';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import { currentScope } from '../../shared/request-context.js';
import { type RenderedPdf, ReceiptsService } from './receipts.service.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RECEIPT_NOT_AVAILABLE: 409,
  SUMMARY_NOT_AVAILABLE: 409,
};

/** The caller, from `Authorization: Bearer …` (session token or API key) or the session cookie. */
async function actorOf(em: EntityManager, services: AppServices, req: Request): Promise<Actor> {
  const { actor } = await callerOf(em, req, services.config.auth);
  if (actor.kind !== 'account')
    throw new AppError(actor.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  return actor;
}

/**
 * `GET /amendments/:id/receipt.pdf` (paid or exempt fees) and `GET /amendments/:id/summary.pdf`
 * (once submitted): PDFs for those who may read the case; never a public path.
 */
export function receiptRoutes(orm: MikroORM, services: AppServices): Router {
  const router = Router();
  const serve =
    (make: (service: ReceiptsService, id: string) => Promise<RenderedPdf>) =>
    async (req: Request<{ id: string }>, res: Response, next: NextFunction) => {
      const locale = currentScope()?.locale ?? 'zh-TW';
      try {
        const em = orm.em.fork();
        const actor = await actorOf(em, services, req);
        const pdf = await make(new ReceiptsService(em, actor), req.params.id);
        res.setHeader('Content-Type', 'application/pdf');
        res.setHeader('Content-Length', String(pdf.bytes.length));
        res.setHeader('Content-Disposition', `inline; filename="${pdf.fileName}"`);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Cache-Control', 'private, no-store');
        res.end(pdf.bytes);
      } catch (error) {
        if (error instanceof AppError && STATUS[error.code]) {
          res.status(STATUS[error.code]!).json({
            error: { code: error.code, message: error.messageIn(locale) },
          });
          return;
        }
        next(error);
      }
    };
  router.get(
    '/amendments/:id/receipt.pdf',
    serve((service, id) => service.receipt(id)),
  );
  router.get(
    '/amendments/:id/summary.pdf',
    serve((service, id) => service.summary(id)),
  );
  return router;
}
