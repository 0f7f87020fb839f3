import type { RequestHandler } from 'express';
import cors from 'cors';
import { localize } from '../shared/errors.js';
import { currentScope } from '../shared/request-context.js';

/** What a browser page on a listed origin may send: everything the documented calls use. */
export const CORS_ALLOWED_HEADERS = [
  'Content-Type',
  'Authorization',
  'Accept-Language',
  'Apollo-Require-Preflight',
  'X-Apollo-Operation-Name',
  'Idempotency-Key',
  'X-Request-Id',
  // The direct upload route asks browsers using the session cookie for it (a CSRF guard).
  'X-Requested-With',
];

/** What it may read besides the safelisted response headers. */
export const CORS_EXPOSED_HEADERS = ['X-Request-Id', 'Retry-After', 'Content-Disposition'];

/**
 * Cross-origin access for the exact origins of `CORS_ORIGINS` (none by default: same-origin
 * only). A listed origin gets its own origin back, with credentials, and its preflights are
 * answered (204, cached 10 minutes). Any other origin gets no CORS header at all, so browsers
 * keep its pages from reading answers; its preflights are refused (403). Requests are never
 * refused for their Origin alone: same-origin POSTs from a page with `Referrer-Policy:
 * no-referrer` carry `Origin: null`.
 */
export function corsAllowList(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  const grant = cors({
    origin: true, // reflects the request's origin, only ever reached for a listed one
    credentials: true,
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
  });
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin !== undefined && allowed.has(origin)) {
      grant(req, res, next);
      return;
    }
    // Answers differ by Origin once some origins are listed: shared caches must know.
    if (allowed.size > 0) res.vary('Origin');
    if (
      req.method === 'OPTIONS' &&
      origin !== undefined &&
      req.get('access-control-request-method')
    ) {
      const locale = currentScope()?.locale ?? 'zh-TW';
      res
        .status(403)
        .json({ error: { code: 'FORBIDDEN', message: localize('FORBIDDEN', locale) } });
      return;
    }
    next();
  };
}
