import { PassThrough } from 'node:stream';
import { callerOf } from '../../http/caller.js';
import { SessionService } from '../accounts/session.service.js';
import busboy from 'busboy';
import { Router, type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import { type Actor, Role } from '../../shared/actor.js';
import { AppError, localizeField } from '../../shared/errors.js';
import { currentScope, type Locale } from '../../shared/request-context.js';
import { consume } from '../accounts/rate-limits.js';
import { writeAudit } from '../audit/audit.service.js';
import type { FileUpload } from '../documents/upload-middleware.js';
import { largestMaxBytes } from '../documents/upload-policy.js';
import { AmendmentDocumentsService } from './amendment-documents.service.js';
import { documentView } from './amendment-fields.resolver.js';

/** HTTP status for the coded errors this route can answer with (anything else: 400). */
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  PASSWORD_EXPIRED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  RATE_LIMITED: 429,
};

const FILERS: readonly Role[] = [Role.APPLICANT, Role.EMPLOYER, Role.AGENCY];

/**
 * The caller, checked as the GraphQL layer checks `uploadAmendmentDocument`: a filer's role, a
 * password that has not expired, an API key allowed to file (rate-limited and audited as an
 * integration call), a session kept alive by the activity.
 */
async function authorisedFiler(req: Request, orm: MikroORM, services: AppServices): Promise<Actor> {
  const em = orm.em.fork();
  const { actor, session, viaHeader } = await callerOf(em, req, services.config.auth);
  if (actor.kind !== 'account') {
    throw new AppError(actor.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  }
  // A cross-site form can post a cookie, but cannot add this header.
  if (!viaHeader && !req.get('x-requested-with')) throw new AppError('FORBIDDEN');
  if (actor.restricted) throw new AppError('PASSWORD_EXPIRED');
  if (!FILERS.includes(actor.role)) throw new AppError('FORBIDDEN');
  if (actor.apiKeyId) {
    if (!actor.scopes?.includes('FILE')) throw new AppError('FORBIDDEN');
    await consume(services.limits.apiKeyPerMinute, actor.apiKeyId);
    await writeAudit(em, {
      action: 'integration.call',
      actor,
      detail: { operation: 'POST /amendments/:id/documents' },
    });
  }
  if (session) await new SessionService(em, services.config.auth).touch(session);
  return actor;
}

/**
 * `POST /amendments/:id/documents`: the same upload as the `uploadAmendmentDocument` mutation,
 * streamed straight from the request to the document store (no temporary file, no GraphQL
 * envelope) for integrations and large files. Body: `multipart/form-data` with a `type` field
 * first, then one `file` part. Same credentials, rules, limits, errors and audit as the mutation;
 * answers 201 with the document, or 4xx with `{ error: { code, message, fields? } }`.
 * Browsers using the session cookie must send `X-Requested-With` (a header a cross-site form
 * cannot add), the same protection Apollo applies to multipart GraphQL requests.
 */
export function documentUploadRoutes(orm: MikroORM, services: AppServices): Router {
  const router = Router();
  const maxFileSize = largestMaxBytes(services.uploadLimits);
  router.post('/amendments/:id/documents', async (req, res, next) => {
    const locale = currentScope()?.locale ?? 'zh-TW';
    try {
      if (!req.is('multipart/form-data')) {
        throw new AppError('BAD_USER_INPUT', {}, [{ field: 'file', problem: 'REQUIRED' }]);
      }
      const actor = await authorisedFiler(req, orm, services);
      const document = await receive(req, maxFileSize, (type, file) =>
        new AmendmentDocumentsService(orm.em.fork(), services, actor).upload(
          String(req.params.id),
          type,
          file,
        ),
      );
      res.status(201).json({ document: documentView(document) });
    } catch (error) {
      if (error instanceof AppError) {
        refuse(res, error, locale);
        return;
      }
      next(error);
    }
  });
  return router;
}

/**
 * Reads the multipart body with busboy and hands the one file part to `store` as it streams.
 * Resolves once the whole body has been read (so the answer never races the upload).
 */
function receive<T>(
  req: Request,
  maxFileSize: number,
  store: (type: string, file: FileUpload) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // One byte over the largest limit: the pipeline then reports FILE_TOO_LARGE itself.
        limits: { files: 1, fileSize: maxFileSize + 1, fields: 4, fieldSize: 200, parts: 6 },
      });
    } catch {
      reject(new AppError('BAD_USER_INPUT', {}, [{ field: 'file', problem: 'REQUIRED' }]));
      return;
    }
    let type: string | undefined;
    let work: Promise<T> | undefined;
    let part: PassThrough | undefined;
    let failure: Error | undefined;
    parser.on('field', (name, value) => {
      if (name === 'type') type = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || work || type === undefined) {
        if (!work && type === undefined && name === 'file') {
          failure = new AppError('BAD_USER_INPUT', {}, [{ field: 'type', problem: 'REQUIRED' }]);
        }
        stream.resume();
        return;
      }
      // The pipeline sees a plain stream; a body cut short surfaces as its error.
      const bytes = (part = new PassThrough());
      // The pipeline may start reading only after the case is loaded: an error before then is
      // kept in the stream (destroyed, errored) for it to find, not thrown.
      bytes.on('error', () => undefined);
      stream.on('error', (e) => bytes.destroy(e));
      stream.pipe(bytes);
      const upload: FileUpload = {
        filename: info.filename ?? '',
        mimetype: info.mimeType,
        encoding: info.encoding,
        createReadStream: () => bytes,
      };
      work = store(type, upload);
      // Whatever happens to the upload, keep reading the body so the request ends cleanly. A
      // refusal before the pipeline reads (no such case, a wrong type) leaves `bytes` unread:
      // unpipe it, or its backpressure pauses the part again and the request never ends.
      work.catch(() => {
        stream.unpipe(bytes);
        stream.resume();
      });
    });
    let finished = false;
    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      req.unpipe(parser);
      if (error) failure ??= new AppError('UPLOAD_INCOMPLETE');
      // A client gone mid-file leaves the part neither ended nor errored: fail it, so that the
      // pipeline stops waiting and removes what it had begun to store.
      if (error) part?.destroy(new Error('The upload did not arrive whole', { cause: error }));
      if (!work) {
        reject(
          failure ?? new AppError('BAD_USER_INPUT', {}, [{ field: 'file', problem: 'REQUIRED' }]),
        );
        return;
      }
      work.then(resolve, reject);
    };
    parser.once('close', () => finish());
    // Listen for good: busboy can report a malformed body more than once.
    parser.on('error', (error) => finish(error));
    req.once('aborted', () => finish(new Error('aborted')));
    req.pipe(parser);
  });
}

function refuse(res: Response, error: AppError, locale: Locale) {
  if (!res.headersSent) {
    res.status(STATUS[error.code] ?? 400).json({
      error: {
        code: error.code,
        message: error.messageIn(locale),
        ...(error.fields.length
          ? { fields: error.fields.map((f) => localizeField(f, locale)) }
          : {}),
      },
    });
  }
}
