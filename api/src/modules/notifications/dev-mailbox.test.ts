import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { ENTITIES } from '../../db/entities.js';
import { Migration20261128000200Notifications } from '../../db/migrations/Migration20261128000200Notifications.js';
import { ormConfig } from '../../db/orm.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { devMailboxRoutes, linksIn, shouldServeDevMailbox } from './dev-mailbox.routes.js';
import { enqueueMail } from './mail.service.js';
import { OutboxMail, OutboxStatus } from './outbox-mail.entity.js';

/** As in mail-outbox.test.ts: apply the migration unless the template already has it. */
async function openOutbox(db: TestDatabase): Promise<MikroORM> {
  const [row] = await db.sql<{ present: boolean }>(
    "select to_regclass('outbox_mail') is not null as present",
  );
  if (!row?.present) {
    const migration = new Migration20261128000200Notifications(
      db.orm.em.getDriver(),
      db.orm.config,
    );
    migration.up();
    for (const query of migration.getQueries()) {
      if (typeof query !== 'string') throw new Error('the migration is expected to be plain SQL');
      await db.sql(query);
    }
  }
  const entities = ENTITIES.some((e) => e === OutboxMail) ? ENTITIES : [...ENTITIES, OutboxMail];
  return MikroORM.init({ ...ormConfig(db.url, { poolMax: 5 }), entities });
}

interface MailboxEntry {
  id: string;
  to: string;
  subject: string;
  template: string;
  locale: string;
  status: string;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
  text: string;
  links: string[];
}

const HOSTILE = '<script>alert("pwned")</script>';
const LINK = 'https://goldcard.test/account/verify-email?token=abc&lang=zh-TW';
const RESEND = 'https://goldcard.test/account/resend-verification';

let db: TestDatabase;
let orm: MikroORM;
let server: Server;
let base: string;
const ids: Record<string, string> = {};

async function get(path: string) {
  const res = await fetch(`${base}${path}`);
  return { res, body: await res.text() };
}

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openOutbox(db);
  await db.sql('delete from outbox_mail');

  // Queued one after another (distinct creation times), oldest first.
  const queue = async (make: (em: ReturnType<typeof orm.em.fork>) => OutboxMail) => {
    const em = orm.em.fork();
    const mail = make(em);
    mail.createdAt = new Date(Date.now() - 60_000 + Object.keys(ids).length * 1_000);
    await em.flush();
    return mail.id;
  };
  ids.verification = await queue((em) =>
    enqueueMail(em, {
      to: 'Holder@Example.test',
      locale: 'zh-TW',
      template: 'EMAIL_VERIFICATION',
      params: { displayName: HOSTILE, link: LINK, expiresInHours: 24, resendLink: RESEND },
    }),
  );
  ids.reset = await queue((em) =>
    enqueueMail(em, {
      to: 'employer@example.test',
      locale: 'en',
      template: 'PASSWORD_RESET',
      params: {
        displayName: 'Employer',
        link: 'https://goldcard.test/account/reset-password?token=xyz',
        expiresInMinutes: 30,
      },
    }),
  );
  // A row written by other means (or a future template) with a hostile subject and body.
  ids.hostile = await queue((em) => {
    const mail = em.create(OutboxMail, {
      toAddress: 'a_b@example.test',
      subject: HOSTILE,
      textBody: `${HOSTILE}\n`,
      htmlBody: `<p>hi</p>${HOSTILE}<img src=x onerror="alert(1)">"</iframe><script>alert(2)</script>`,
      template: 'EMAIL_ALREADY_REGISTERED',
      locale: 'en',
      status: OutboxStatus.FAILED,
      attempts: 8,
      lastError: 'ECONNECTION: <b>down</b>',
      nextAttemptAt: new Date(),
      createdAt: new Date(),
    });
    em.persist(mail);
    return mail;
  });

  const app = express();
  app.use(devMailboxRoutes(orm));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await orm.close(true);
  await db.drop();
});

describe('development mailbox', () => {
  it('is served everywhere but production', () => {
    expect(shouldServeDevMailbox({ nodeEnv: 'development' })).toBe(true);
    expect(shouldServeDevMailbox({ nodeEnv: 'test' })).toBe(true);
    expect(shouldServeDevMailbox({ nodeEnv: 'production' })).toBe(false);
  });

  it('lists mails newest first with time, recipient, subject and status', async () => {
    const { res, body } = await get('/dev/mailbox');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(body).toContain('3 mails, newest first');

    const order = [ids.hostile, ids.reset, ids.verification].map((id) =>
      body.indexOf(`href="/dev/mailbox/${id}"`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    expect(body).toContain('employer@example.test');
    expect(body).toContain('[goldcard] Reset your password');
    expect(body).toContain('【goldcard 就業金卡資料異動】請驗證您的電子郵件地址');
    expect(body).toContain('PENDING');
    expect(body).toContain('FAILED (8)');
    expect(body).toMatch(/<time datetime="\d{4}-\d\d-\d\dT/);
  });

  it('escapes hostile subjects in the list', async () => {
    const { body } = await get('/dev/mailbox');
    expect(body).not.toContain('<script');
    expect(body).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
  });

  it('filters the list by recipient, and escapes the filter', async () => {
    const { body } = await get(`/dev/mailbox?to=${encodeURIComponent('"><script>x')}`);
    expect(body).toContain('No mail.');
    expect(body).not.toContain('<script');
    const one = await get('/dev/mailbox?to=employer@example.test');
    expect(one.body).toContain('1 mail, newest first');
    expect(one.body).not.toContain('holder@example.test');
  });

  it('shows one mail: HTML in a sandboxed srcdoc iframe, text escaped, links listed', async () => {
    const { res, body } = await get(`/dev/mailbox/${ids.verification}`);
    expect(res.status).toBe(200);
    expect(body).toContain('<h1>【goldcard 就業金卡資料異動】請驗證您的電子郵件地址</h1>');
    expect(body).toContain('Holder@Example.test');
    expect(body).toContain('EMAIL_VERIFICATION (zh-TW)');
    // The template escaped the display name once; the page escapes the whole HTML again.
    expect(body).not.toContain('<script');
    const iframe = /<iframe title="HTML body of the mail" sandbox srcdoc="([^"]*)"><\/iframe>/.exec(
      body,
    );
    expect(iframe).not.toBeNull();
    expect(iframe![1]).toContain('&lt;html lang=&quot;zh-Hant-TW&quot;&gt;');
    expect(iframe![1]).toContain('&amp;lt;script&amp;gt;');
    // The text body, escaped, and the link in it to click.
    expect(body).toContain('<pre>');
    expect(body).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; 您好：');
    const escapedLink = LINK.replace('&', '&amp;');
    expect(body).toContain(`<a href="${escapedLink}" rel="noreferrer">${escapedLink}</a>`);
  });

  it('cannot be broken out of by a hostile mail body', async () => {
    const { body } = await get(`/dev/mailbox/${ids.hostile}`);
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<b>');
    // Exactly one iframe, and its srcdoc attribute holds no raw quote or angle bracket.
    expect(body.match(/<iframe/g)).toHaveLength(1);
    expect(body).toMatch(/sandbox srcdoc="[^"<>]*"><\/iframe>/);
    expect(body).toContain('ECONNECTION: &lt;b&gt;down&lt;/b&gt;');
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await get('/dev/mailbox/00000000-0000-4000-8000-000000000000')).res.status).toBe(404);
    expect((await get('/dev/mailbox/not-a-uuid')).res.status).toBe(404);
    expect((await get(`/dev/mailbox/${encodeURIComponent("' or 1=1 --")}`)).res.status).toBe(404);
  });

  it('lists mails as JSON, newest first, filtered by recipient (any case, no wildcards)', async () => {
    const all = await get('/dev/mailbox.json');
    expect(all.res.status).toBe(200);
    const entries = JSON.parse(all.body) as MailboxEntry[];
    expect(entries.map((e) => e.id)).toEqual([ids.hostile, ids.reset, ids.verification]);

    const holder = JSON.parse((await get('/dev/mailbox.json?to=holder@example.TEST')).body) as
      MailboxEntry[] | undefined;
    expect(holder).toHaveLength(1);
    expect(holder![0]).toMatchObject({
      id: ids.verification,
      to: 'Holder@Example.test',
      template: 'EMAIL_VERIFICATION',
      locale: 'zh-TW',
      status: 'PENDING',
      attempts: 0,
      sentAt: null,
      links: [LINK, RESEND],
    });
    expect(holder![0]!.text).toContain(LINK);

    // "_" is a LIKE wildcard in SQL: it must match only itself.
    const exact = JSON.parse(
      (await get('/dev/mailbox.json?to=a_b@example.test')).body,
    ) as unknown[];
    expect(exact).toHaveLength(1);
    const wildcard = JSON.parse((await get('/dev/mailbox.json?to=a%25')).body) as unknown[];
    expect(wildcard).toHaveLength(0);
    const none = JSON.parse((await get('/dev/mailbox.json?to=axb@example.test')).body) as unknown[];
    expect(none).toHaveLength(0);
  });

  it('returns at most the newest 50 as JSON', async () => {
    const em = orm.em.fork();
    for (let i = 0; i < 55; i++) {
      enqueueMail(em, {
        to: 'bulk@example.test',
        locale: 'en',
        template: 'ACCOUNT_NAME_REMINDER',
        params: { accountNames: [`bulk-${i}`], signInLink: 'https://goldcard.test/login' },
      }).createdAt = new Date(Date.now() + i * 1_000);
    }
    await em.flush();
    const bulk = JSON.parse((await get('/dev/mailbox.json?to=bulk@example.test')).body) as
      MailboxEntry[] | undefined;
    expect(bulk).toHaveLength(50);
    expect(bulk![0]!.text).toContain('bulk-54');
    expect(bulk![49]!.text).toContain('bulk-5\n');
  });

  it('finds links in plain text', () => {
    expect(linksIn('go to https://a.test/x?t=1&u=2 now, or (http://b.test/y).\n')).toEqual([
      'https://a.test/x?t=1&u=2',
      'http://b.test/y',
    ]);
  });
});
