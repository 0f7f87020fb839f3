import type { Response } from 'express';
import { escapeHtml } from '../notifications/mail-templates.js';
import type { Locale } from '../../shared/request-context.js';

/**
 * Small self-contained HTML pages (the sandbox gateway's, and "payment not found" for a result
 * from the gateway that names no payment of ours): no external assets, one language per page,
 * real buttons in real forms, visible focus, and colours with enough contrast.
 */

export const e = escapeHtml;

const STYLE = `
  body { margin: 0; background: #f3f4f6; color: #1b1b1b; font: 16px/1.6 -apple-system, "Segoe UI", "Noto Sans TC", "Microsoft JhengHei", Arial, sans-serif; }
  main { max-width: 36rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border: 1px solid #d0d4d9; border-radius: 6px; }
  h1 { font-size: 1.4rem; margin: 0 0 1rem; }
  .brand { margin: 0 0 .5rem; color: #454545; font-size: .9rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1.25rem; }
  dt { font-weight: bold; } dd { margin: 0; overflow-wrap: anywhere; }
  .actions { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0 0; }
  button, .button { font: inherit; padding: .6rem 1.2rem; border-radius: 4px; border: 2px solid #0b4f8a; cursor: pointer; text-decoration: none; display: inline-block; }
  .primary { background: #0b4f8a; color: #fff; } .secondary { background: #fff; color: #0b4f8a; }
  button:focus-visible, .button:focus-visible, a:focus-visible { outline: 3px solid #c25100; outline-offset: 2px; }
  .notice { padding: .75rem 1rem; border-left: 4px solid #0b4f8a; background: #eef4fa; margin: 0 0 1rem; }
  .warning { border-left-color: #a4262c; background: #fdf0f0; }
  .sandbox { font-size: .9rem; color: #454545; margin-top: 1.5rem; }
`;

const HTML_LANG: Record<Locale, string> = { 'zh-TW': 'zh-Hant-TW', en: 'en' };

export interface PageParts {
  locale: Locale;
  title: string;
  brand: string;
  /** Trusted HTML: every value in it must already be escaped. */
  body: string;
  /** An inline script (the auto-submit of a result form), if any. */
  script?: string;
}

export function page({ locale, title, brand, body, script }: PageParts): string {
  return [
    '<!doctype html>',
    `<html lang="${HTML_LANG[locale]}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${e(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<p class="brand">${e(brand)}</p>`,
    `<h1>${e(title)}</h1>`,
    body,
    '</main>',
    script ? `<script>${script}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A definition list of label/value pairs (values escaped here). */
export function details(rows: [string, string][]): string {
  return `<dl>${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
}

/** Hidden inputs for a form (names and values escaped here). */
export function hidden(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`)
    .join('\n');
}

/** Sends a page that must not be cached, framed or sniffed. */
export function sendPage(res: Response, status: number, html: string): void {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action *; frame-ancestors 'none'; base-uri 'none'",
  );
  res.send(html);
}
