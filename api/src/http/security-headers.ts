import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every response that does not set its own: what the officer
 * console (served at /admin/) needs and nothing more. MUI writes its styles into <style>
 * elements ('unsafe-inline' styles, never scripts); the captcha is an SVG `data:` image; the
 * document viewer frames /documents/<id> (same origin); GraphQL goes to the same origin.
 *
 * Pages with other needs set their own policy after this one and replace it: the applicants'
 * portal (`portalCsp` below), the payment pages (an auto-submitted form to the payment gateway),
 * the development mailbox, and document downloads (`sandbox`, stricter still).
 */
export function consoleCspDirectives(upgradeInsecureRequests: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(upgradeInsecureRequests ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * The applicants' portal (served at `/`) needs what the console needs, and one thing more: it
 * posts `startFeePayment`'s signed form from the payer's browser to the payment gateway, which
 * with ECPay is another origin. Only that origin is added to `form-action`.
 */
export function portalCspDirectives(
  upgradeInsecureRequests: boolean,
  paymentFormAction: string | null,
): Record<string, string[]> {
  const directives = consoleCspDirectives(upgradeInsecureRequests);
  const gateway = paymentFormAction ? new URL(paymentFormAction).origin : null;
  return {
    ...directives,
    'form-action': ["'self'", ...(gateway ? [gateway] : [])],
  };
}

/** Replaces the global policy with the portal's on the portal's pages. */
export function portalCsp(
  upgradeInsecureRequests: boolean,
  paymentFormAction: string | null,
): RequestHandler {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: portalCspDirectives(upgradeInsecureRequests, paymentFormAction),
  });
}

export interface SecurityHeaderSettings {
  /** Send HSTS: the service is reached over HTTPS (COOKIE_SECURE, on by default in production). */
  hsts: boolean;
  /**
   * Ask browsers to fetch http: subresources over https: (PUBLIC_URL is https). Not tied to
   * COOKIE_SECURE: a production-like setup on http://localhost would have its own requests
   * upgraded to an https: address that does not answer.
   */
  upgradeInsecureRequests: boolean;
  /** Outside production, Apollo's query explorer at GET /graphql runs code from Apollo's CDN. */
  explorerWithoutCsp: boolean;
}

/** A year, with subdomains; not preloaded (that is the operator's decision, and hard to undo). */
const HSTS = { maxAge: 31_536_000, includeSubDomains: true, preload: false };

/**
 * helmet's headers on every response: the CSP above; HSTS when served over HTTPS; frames only
 * from the same origin (the console frames documents; the CSP above also forbids frames
 * wherever it applies); no referrer (URLs carry case ids and mailed links carry tokens);
 * same-origin opener and resource policies; `nosniff`; and helmet's other defaults.
 */
export function securityHeaders(settings: SecurityHeaderSettings): RequestHandler {
  const common = {
    strictTransportSecurity: settings.hsts ? HSTS : false,
    xFrameOptions: { action: 'sameorigin' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  } as const;
  const strict = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: consoleCspDirectives(settings.upgradeInsecureRequests),
    },
  });
  const explorer = helmet({ ...common, contentSecurityPolicy: false });
  return (req, res, next) => {
    const isExplorer =
      settings.explorerWithoutCsp && req.method === 'GET' && req.path === '/graphql';
    (isExplorer ? explorer : strict)(req, res, next);
  };
}
