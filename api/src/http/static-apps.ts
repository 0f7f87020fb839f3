import type { Express, Request, RequestHandler } from 'express';
import type { Logger } from '../shared/logger.js';
import { builtApp, type BuiltApp } from './built-app.js';

/**
 * The two front ends the API serves from their Vite builds: the officer console at /admin/ and
 * the applicants' portal at /. Both are single page apps: their own routes are handled in the
 * browser, so every page of theirs is answered with index.html.
 */

/** Paths that belong to the API (or the console): never answered with the portal. */
const NOT_PORTAL =
  /^\/(?:admin|graphql|documents|dev|sandbox-gateway|payments|healthz|readyz)(?:\/|$)/i;
/** A last segment with an extension names a file: a missing one stays a 404. */
const FILE_NAME = /\.[^/]*$/;

/** Whether the client asks for an HTML page (browsers' navigations do; fetch() does not). */
function acceptsHtml(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((range) => {
    const [type, ...params] = range.split(';').map((s) => s.trim().toLowerCase());
    return type === 'text/html' && !params.some((p) => /^q=0(?:\.0*)?$/.test(p));
  });
}

/**
 * Whether a request that no API route answered is a visit to one of the portal's pages
 * (`/amendments/<id>`, `/account/reset-password?token=…`): a GET or HEAD asking for HTML, outside
 * the API's paths, not for a file. `/` is the portal whatever the client accepts. Everything else
 * keeps the API's JSON 404.
 */
export function isPortalPage(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.path === '/') return true;
  if (NOT_PORTAL.test(req.path) || FILE_NAME.test(req.path)) return false;
  return acceptsHtml(req.get('accept'));
}

function notBuilt(what: string): RequestHandler {
  return (_req, res) => {
    res
      .status(503)
      .type('text/plain')
      .setHeader('Cache-Control', 'no-store')
      .send(`The ${what} is not built yet: run \`npm run build\` and start again.`);
  };
}

function warnIfUncompressed(app: BuiltApp, what: string, log: Logger) {
  if (app.uncompressed.length === 0) return;
  log.warn(
    { files: app.uncompressed.slice(0, 5), count: app.uncompressed.length },
    `the ${what}'s build has files without compressed copies: they are sent uncompressed`,
  );
}

/** The built officer console at /admin/, its client-side routes falling back to index.html. */
export function mountConsole(app: Express, distDir: string, log: Logger): void {
  const officerConsole = builtApp(distDir);
  const pages = /^\/admin(?:\/.*)?$/;
  if (!officerConsole.built) {
    app.get(pages, notBuilt('officer console'));
    return;
  }
  warnIfUncompressed(officerConsole, 'officer console', log);
  app.use('/admin', officerConsole.files);
  app.get(pages, officerConsole.sendIndex);
}

/**
 * The built applicants' portal at /: its files, and index.html for its pages (`isPortalPage`)
 * with the portal's Content-Security-Policy. Mount it after every API route and before the 404.
 */
export function mountPortal(app: Express, distDir: string, csp: RequestHandler, log: Logger): void {
  const portal = builtApp(distDir);
  if (!portal.built) {
    const answer = notBuilt('applicants’ portal');
    app.use((req, res, next) => (isPortalPage(req) ? answer(req, res, next) : next()));
    return;
  }
  warnIfUncompressed(portal, 'applicants’ portal', log);
  app.use(portal.files);
  app.use((req, res, next) => {
    if (!isPortalPage(req)) return next();
    csp(req, res, (error?: unknown) => (error ? next(error) : portal.sendIndex(req, res, next)));
  });
}
