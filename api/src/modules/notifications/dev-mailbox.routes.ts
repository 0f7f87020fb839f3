import { Router, type Response } from 'express';
import type { FilterQuery } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { escapeHtml as e } from './mail-templates.js';
import { OutboxMail } from './outbox-mail.entity.js';

/**
 * The development mailbox shows every queued mail, links with tokens included: anyone who can
 * open it can reset anyone's password. Never in production.
 */
export function shouldServeDevMailbox(config: Pick<Config, 'nodeEnv'>): boolean {
  return config.nodeEnv !== 'production';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIST_LIMIT = 200;
const JSON_LIMIT = 50;

// Mail HTML is shown only inside a sandboxed iframe (no scripts, no same origin); the pages
// themselves run no script and load nothing.
const CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "frame-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function secureHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
}

/** http(s) links in a plain-text body (verification and reset links). */
export function linksIn(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"']+/g) ?? [];
  // A sentence's full stop or closing bracket is not part of the link.
  return [...new Set(found.map((link) => link.replace(/[.,;:!?)\]]+$/, '')))];
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function byRecipient(to: unknown): FilterQuery<OutboxMail> {
  if (typeof to !== 'string' || to.trim() === '') return {};
  return { toAddress: { $ilike: escapeLike(to.trim()) } };
}

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; line-height: 1.5; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #d0d4d9; vertical-align: top; }
  th { background: #f3f4f6; }
  .PENDING { color: #8a5a00; } .SENT { color: #176b2c; } .FAILED { color: #a4161a; }
  iframe { width: 100%; height: 32rem; border: 1px solid #d0d4d9; }
  pre { white-space: pre-wrap; background: #f3f4f6; padding: .75rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
  dt { font-weight: bold; }
  .banner { background: #fff4d6; padding: .5rem .75rem; border: 1px solid #e0c36c; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${STYLE}</style></head>
<body>
<p class="banner">Development mailbox: every mail the service has queued, whether or not it was sent. Not available in production.</p>
${body}
</body>
</html>
`;
}

/**
 * `GET /dev/mailbox` (newest first), `GET /dev/mailbox/:id` (one mail) and
 * `GET /dev/mailbox.json?to=address` (the newest 50 as JSON, for browser tests and the demo).
 * Mount only when `shouldServeDevMailbox(config)`.
 */
export function devMailboxRoutes(orm: MikroORM): Router {
  const router = Router();

  router.get('/dev/mailbox.json', async (req, res) => {
    const em = orm.em.fork();
    const mails = await em.find(OutboxMail, byRecipient(req.query.to), {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: JSON_LIMIT,
    });
    secureHeaders(res);
    res.json(
      mails.map((m) => ({
        id: m.id,
        to: m.toAddress,
        subject: m.subject,
        template: m.template,
        locale: m.locale,
        status: m.status,
        attempts: m.attempts,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt ? m.sentAt.toISOString() : null,
        lastError: m.lastError ?? null,
        text: m.textBody,
        links: linksIn(m.textBody),
      })),
    );
  });

  router.get('/dev/mailbox', async (req, res) => {
    const em = orm.em.fork();
    const to = typeof req.query.to === 'string' ? req.query.to.trim() : '';
    const mails = await em.find(OutboxMail, byRecipient(to), {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: LIST_LIMIT,
    });
    const rows = mails
      .map(
        (m) => `<tr>
  <td><time datetime="${e(m.createdAt.toISOString())}">${e(m.createdAt.toISOString())}</time></td>
  <td>${e(m.toAddress)}</td>
  <td><a href="/dev/mailbox/${e(m.id)}">${e(m.subject)}</a></td>
  <td class="${e(m.status)}">${e(m.status)}${m.attempts ? ` (${m.attempts})` : ''}</td>
</tr>`,
      )
      .join('\n');
    secureHeaders(res);
    res.type('html').send(
      page(
        'Development mailbox',
        `<h1>Development mailbox</h1>
<form method="get" action="/dev/mailbox"><label>Recipient <input type="email" name="to" value="${e(to)}"></label> <button>Filter</button></form>
<p>${mails.length === 0 ? 'No mail.' : `${mails.length} mail${mails.length === 1 ? '' : 's'}, newest first${mails.length === LIST_LIMIT ? ` (only the newest ${LIST_LIMIT})` : ''}.`}</p>
<table>
<thead><tr><th scope="col">Queued (UTC)</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Status (attempts)</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
      ),
    );
  });

  router.get('/dev/mailbox/:id', async (req, res) => {
    const id = req.params.id;
    const mail = UUID.test(id) ? await orm.em.fork().findOne(OutboxMail, { id }) : null;
    secureHeaders(res);
    if (!mail) {
      res.status(404).type('html').send(page('Not found', '<h1>No such mail</h1>'));
      return;
    }
    const links = linksIn(mail.textBody);
    res.type('html').send(
      page(
        mail.subject,
        `<p><a href="/dev/mailbox">← All mail</a></p>
<h1>${e(mail.subject)}</h1>
<dl>
  <dt>To</dt><dd>${e(mail.toAddress)}</dd>
  <dt>Template</dt><dd>${e(mail.template)} (${e(mail.locale)})</dd>
  <dt>Status</dt><dd class="${e(mail.status)}">${e(mail.status)}, ${mail.attempts} attempt${mail.attempts === 1 ? '' : 's'}</dd>
  <dt>Queued</dt><dd>${e(mail.createdAt.toISOString())}</dd>
  ${mail.sentAt ? `<dt>Sent</dt><dd>${e(mail.sentAt.toISOString())}</dd>` : ''}
  ${mail.messageId ? `<dt>Message-ID</dt><dd>${e(mail.messageId)}</dd>` : ''}
  ${mail.lastError ? `<dt>Last error</dt><dd>${e(mail.lastError)}</dd>` : ''}
</dl>
${links.length ? `<h2>Links</h2><ul>${links.map((l) => `<li><a href="${e(l)}" rel="noreferrer">${e(l)}</a></li>`).join('')}</ul>` : ''}
<h2>HTML</h2>
<iframe title="HTML body of the mail" sandbox srcdoc="${e(mail.htmlBody)}"></iframe>
<h2>Plain text</h2>
<pre>${e(mail.textBody)}</pre>`,
      ),
    );
  });

  return router;
}
