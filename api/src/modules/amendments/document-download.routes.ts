import { Router } from 'express';
import { callerOf } from '../../http/caller.js';
import { pipeline } from 'node:stream/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import { AppError, localize } from '../../shared/errors.js';
import { isStaff } from '../../shared/authorization.js';
import { currentScope } from '../../shared/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { AmendmentDocument } from './amendment.entity.js';
import { Mandate } from '../agencies/mandate.entity.js';
import { amendmentRef, assertCan } from './amendments.policy.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

/**
 * `GET /documents/:id`: a document's bytes, only to those who may read its case (session cookie
 * or bearer token). Never a public path; shown inline for the console's viewer.
 */
export function documentRoutes(orm: MikroORM, services: AppServices): Router {
  const router = Router();
  router.get('/documents/:id', async (req, res, next) => {
    const locale = currentScope()?.locale ?? 'zh-TW';
    try {
      const em = orm.em.fork();
      const { actor } = await callerOf(em, req, services.config.auth);
      if (actor.kind !== 'account')
        throw new AppError(actor.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
      const document = UUID.test(req.params.id)
        ? await em.findOne(AmendmentDocument, { id: req.params.id }, { populate: ['amendment'] })
        : null;
      if (!document) throw new AppError('NOT_FOUND', { entity: 'AmendmentDocument' });
      assertCan(actor, 'amendment:read', await amendmentRef(em, actor, document.amendment));
      if (isStaff(actor)) {
        recordAudit(em, {
          action: 'document.viewed',
          actor,
          entityType: 'AmendmentDocument',
          entityId: document.id,
        });
        await em.flush();
      }
      const stream = await services.documents.get(document.storageKey);
      res.setHeader('Content-Type', document.mimeType);
      res.setHeader('Content-Length', String(document.size));
      res.setHeader(
        'Content-Disposition',
        `inline; filename*=UTF-8''${encodeURIComponent(document.originalName)}`,
      );
      // Only verified PDF/JPEG/PNG bytes are served, with their real type: never sniffed as HTML.
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      );
      await pipeline(stream, res);
    } catch (error) {
      if (error instanceof AppError && STATUS[error.code]) {
        res
          .status(STATUS[error.code]!)
          .json({ error: { code: error.code, message: localize(error.code, locale) } });
        return;
      }
      next(error);
    }
  });
  // The signed power of attorney behind a mandate: officers, the grantee and the holder.
  router.get('/mandates/:id/document', async (req, res, next) => {
    const locale = currentScope()?.locale ?? 'zh-TW';
    try {
      const em = orm.em.fork();
      const { actor } = await callerOf(em, req, services.config.auth);
      if (actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
      const mandate = UUID.test(req.params.id)
        ? await em.findOne(Mandate, { id: req.params.id })
        : null;
      if (!mandate?.documentKey) throw new AppError('NOT_FOUND', { entity: 'Mandate' });
      const allowed =
        isStaff(actor) ||
        actor.accountId === mandate.grantee.id ||
        actor.applicantId === mandate.applicant.id;
      if (!allowed) throw new AppError('FORBIDDEN');
      if (isStaff(actor)) {
        recordAudit(em, {
          action: 'mandate.document.viewed',
          actor,
          entityType: 'Mandate',
          entityId: mandate.id,
        });
        await em.flush();
      }
      res.setHeader('Content-Type', mandate.documentMimeType ?? 'application/octet-stream');
      res.setHeader('Content-Disposition', 'inline');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      await pipeline(await services.documents.get(mandate.documentKey), res);
    } catch (error) {
      if (error instanceof AppError && STATUS[error.code]) {
        res
          .status(STATUS[error.code]!)
          .json({ error: { code: error.code, message: localize(error.code, locale) } });
        return;
      }
      next(error);
    }
  });
  return router;
}
