import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { ENTITIES } from '../../db/entities.js';
import { Migration20261128000200Notifications } from '../../db/migrations/Migration20261128000200Notifications.js';
import { ormConfig } from '../../db/orm.js';
import { createLogger } from '../../shared/logger.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { startSmtpServer, type TestSmtpServer } from '../../test-support/smtp.js';
import {
  backoffDelayMs,
  describeSmtpError,
  MailDispatcher,
  type MailDispatcherConfig,
  type MailDispatcherOptions,
} from './mail-dispatcher.js';
import { enqueueMail, InvalidMailAddressError, type MailRequest } from './mail.service.js';
import { OutboxMail, OutboxStatus } from './outbox-mail.entity.js';

/**
 * The test database comes from the migrated template; until the notifications migration is
 * registered there, apply it here. Either way, an ORM that knows OutboxMail.
 */
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

function captureLog() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger('info', sink), lines };
}

const MAIL_FROM = 'goldcard 就業金卡 <no-reply@goldcard.test>';
const LINK = 'https://goldcard.test/account/verify-email?token=s3cret-token-value';

let db: TestDatabase;
let orm: MikroORM;
let smtp: TestSmtpServer;
const dispatchers: MailDispatcher[] = [];
const log = captureLog();

/** A dispatcher on the test SMTP server, retrying at once (backoff base 0) unless told. */
function dispatcher(
  config: Partial<MailDispatcherConfig> = {},
  options: Partial<Omit<MailDispatcherOptions, 'config'>> = {},
): MailDispatcher {
  const d = new MailDispatcher({
    orm,
    log: log.log,
    backoffBaseMs: 0,
    ...options,
    config: {
      smtpUrl: smtp.url,
      mailFrom: MAIL_FROM,
      mailPollIntervalMs: 60_000,
      mailMaxAttempts: 8,
      ...config,
    },
  });
  dispatchers.push(d);
  return d;
}

function verification(to: string, locale: MailRequest['locale'] = 'zh-TW'): MailRequest {
  return {
    to,
    locale,
    template: 'EMAIL_VERIFICATION',
    params: {
      displayName: '林怡君',
      link: LINK,
      expiresInHours: 24,
      resendLink: 'https://goldcard.test/account/resend-verification',
    },
  };
}

/**
 * Queues mails the way a service does: inside a transaction that then commits. Each a millisecond
 * after the one before, so that "oldest first" has one answer (mails queued in the same
 * millisecond are equally old).
 */
async function commitMails(...requests: MailRequest[]): Promise<string[]> {
  const start = Date.now();
  return orm.em.fork().transactional((em) =>
    requests.map((r, i) => {
      const mail = enqueueMail(em, r);
      mail.createdAt = new Date(start + i);
      return mail.id;
    }),
  );
}

async function row(id: string) {
  const [found] = await db.sql<{
    status: string;
    attempts: number;
    last_error: string | null;
    message_id: string | null;
    sent_at: Date | null;
    wait_seconds: number;
  }>(
    `select status, attempts, last_error, message_id, sent_at,
            extract(epoch from next_attempt_at - now())::float8 as wait_seconds
       from outbox_mail where id = $1`,
    [id],
  );
  if (!found) throw new Error(`no outbox row ${id}`);
  return found;
}

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openOutbox(db);
  smtp = await startSmtpServer();
});
beforeEach(async () => {
  await db.sql('delete from outbox_mail');
});
afterEach(async () => {
  await Promise.all(dispatchers.splice(0).map((d) => d.stop()));
});
afterAll(async () => {
  await smtp.stop();
  await orm.close(true);
  await db.drop();
});

describe('enqueueMail', () => {
  it('writes nothing until the caller flushes, then commits with the caller', async () => {
    const em = orm.em.fork();
    const mail = enqueueMail(em, verification('flush@example.test'));
    expect(await db.sql('select 1 from outbox_mail')).toHaveLength(0);
    await em.flush();
    expect(await row(mail.id)).toMatchObject({ status: 'PENDING', attempts: 0 });
  });

  it('never sends a mail whose transaction rolled back', async () => {
    let seenInside = 0;
    await expect(
      orm.em.fork().transactional(async (em) => {
        enqueueMail(em, verification('rolled-back@example.test'));
        await em.flush();
        seenInside = await em.count(OutboxMail, { toAddress: 'rolled-back@example.test' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(seenInside).toBe(1); // it was written, inside the transaction
    expect(await db.sql('select 1 from outbox_mail')).toHaveLength(0);

    const counts = await dispatcher().runOnce();
    expect(counts).toEqual({ sent: 0, failed: 0, retried: 0, deferred: 0 });
    expect(smtp.messages.some((m) => m.envelopeTo.includes('rolled-back@example.test'))).toBe(
      false,
    );
  });

  it('refuses anything but one well-formed address', () => {
    const em = orm.em.fork();
    for (const to of [
      'not-an-address',
      'a@localhost',
      'two@example.test, three@example.test',
      'Someone <someone@example.test>',
      'victim@example.test\r\nBcc: many@example.test',
      `${'x'.repeat(250)}@example.test`,
    ]) {
      expect(() => enqueueMail(em, verification(to))).toThrow(InvalidMailAddressError);
    }
    expect(enqueueMail(em, verification('  ok.name+tag@sub.example.test ')).toAddress).toBe(
      'ok.name+tag@sub.example.test',
    );
  });
});

describe('MailDispatcher', () => {
  it('is configured only with SMTP_URL', () => {
    expect(MailDispatcher.isConfigured({ smtpUrl: undefined })).toBe(false);
    expect(MailDispatcher.isConfigured({ smtpUrl: 'smtp://127.0.0.1:2525' })).toBe(true);
    expect(
      () =>
        new MailDispatcher({
          orm,
          log: log.log,
          config: {
            smtpUrl: undefined,
            mailFrom: MAIL_FROM,
            mailPollIntervalMs: 1000,
            mailMaxAttempts: 8,
          },
        }),
    ).toThrow(/SMTP_URL/);
  });

  it('delivers a committed mail over SMTP in zh-TW', async () => {
    const [id] = await commitMails(verification('zh@example.test', 'zh-TW'));
    const counts = await dispatcher().runOnce();
    expect(counts).toEqual({ sent: 1, failed: 0, retried: 0, deferred: 0 });

    const mail = await smtp.waitFor((m) => m.envelopeTo.includes('zh@example.test'));
    expect(mail.subject).toBe('【goldcard 就業金卡資料異動】請驗證您的電子郵件地址');
    expect(mail.from).toEqual(['no-reply@goldcard.test']);
    expect(mail.to).toEqual(['zh@example.test']);
    expect(mail.text).toContain('林怡君 您好：');
    expect(mail.text).toContain(LINK);
    expect(mail.text).toContain('24 小時後失效');
    expect(mail.html).toContain('<html lang="zh-Hant-TW">');
    expect(mail.html).toContain(`href="${LINK}"`);
    expect(mail.headers['auto-submitted']).toBe('auto-generated');

    const stored = await row(id!);
    expect(stored).toMatchObject({ status: 'SENT', attempts: 1, last_error: null });
    expect(stored.sent_at).toBeInstanceOf(Date);
    expect(stored.message_id).toBe(`<${id}@goldcard.test>`);
    expect(mail.messageId).toBe(stored.message_id);
  });

  it('delivers a committed mail over SMTP in English', async () => {
    const [id] = await commitMails({
      to: 'en@example.test',
      locale: 'en',
      template: 'PASSWORD_RESET',
      params: {
        displayName: 'Ada Lovelace',
        link: 'https://goldcard.test/account/reset-password?token=t0k',
        expiresInMinutes: 30,
      },
    });
    expect((await dispatcher().runOnce()).sent).toBe(1);
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes('en@example.test'));
    expect(mail.subject).toBe('[goldcard] Reset your password');
    expect(mail.text).toContain('Dear Ada Lovelace,');
    expect(mail.text).toContain('expires in 30 minutes');
    expect(mail.html).toContain('<html lang="en">');
    expect((await row(id!)).status).toBe('SENT');
  });

  it('logs in to the SMTP server with the credentials in SMTP_URL', async () => {
    const secured = await startSmtpServer({ credentials: { user: 'mailer', pass: 'pa55:w/rd' } });
    try {
      const good = `smtp://mailer:${encodeURIComponent('pa55:w/rd')}@127.0.0.1:${secured.port}`;
      const [ok] = await commitMails(verification('auth-ok@example.test'));
      expect((await dispatcher({ smtpUrl: good }).runOnce()).sent).toBe(1);
      const mail = await secured.waitFor((m) => m.envelopeTo.includes('auth-ok@example.test'));
      expect(mail.user).toBe('mailer');
      expect((await row(ok!)).status).toBe('SENT');

      const bad = `smtp://mailer:wrong-secret@127.0.0.1:${secured.port}`;
      const [refused] = await commitMails(verification('auth-bad@example.test'));
      const counts = await dispatcher({ smtpUrl: bad }).runOnce();
      expect(counts.retried).toBe(1);
      const stored = await row(refused!);
      expect(stored.status).toBe('PENDING');
      expect(stored.last_error).toMatch(/^EAUTH/);
      expect(stored.last_error).not.toContain('wrong-secret');
    } finally {
      await secured.stop();
    }
  });

  it('keeps mail while the SMTP server is down, backs off, and delivers once it is back', async () => {
    const outage = await startSmtpServer();
    const { port } = outage;
    await outage.stop();
    const d = dispatcher({ smtpUrl: `smtp://127.0.0.1:${port}` }, { backoffBaseMs: 10_000 });
    const [first, second, third] = await commitMails(
      verification('outage-1@example.test'),
      verification('outage-2@example.test'),
      verification('outage-3@example.test'),
    );

    // One mail is tried; the server is unreachable, so the others are put back untried.
    expect(await d.runOnce()).toEqual({ sent: 0, failed: 0, retried: 1, deferred: 2 });
    const tried = await row(first!);
    expect(tried.status).toBe('PENDING');
    expect(tried.attempts).toBe(1);
    expect(tried.last_error).toMatch(/ECONNECTION|ESOCKET|ECONNREFUSED/);
    expect(tried.last_error).toContain('ECONNREFUSED');
    // Backoff after the first attempt: 10 s × 2^1, counted from the attempt (database clock;
    // the slack only covers the time between that update and this query).
    expect(tried.wait_seconds).toBeGreaterThan(15);
    expect(tried.wait_seconds).toBeLessThanOrEqual(20);
    for (const id of [second!, third!]) {
      const waiting = await row(id);
      expect(waiting).toMatchObject({ status: 'PENDING', attempts: 0, last_error: null });
      expect(waiting.wait_seconds).toBeGreaterThan(15);
    }

    // Not due yet: a run does nothing.
    expect(await d.runOnce()).toEqual({ sent: 0, failed: 0, retried: 0, deferred: 0 });

    // Later (time moved on), still down: the oldest is tried again and backs off further.
    await db.sql('update outbox_mail set next_attempt_at = now()');
    expect(await d.runOnce()).toMatchObject({ retried: 1, deferred: 2 });
    const again = await row(first!);
    expect(again.attempts).toBe(2);
    expect(again.wait_seconds).toBeGreaterThan(35);
    expect(again.wait_seconds).toBeLessThanOrEqual(40);

    // The server comes back on the same port; once due, everything is delivered.
    const back = await startSmtpServer({ port });
    try {
      await db.sql('update outbox_mail set next_attempt_at = now()');
      expect(await d.runOnce()).toEqual({ sent: 3, failed: 0, retried: 0, deferred: 0 });
      expect(back.messages.map((m) => m.envelopeTo[0]).sort()).toEqual([
        'outage-1@example.test',
        'outage-2@example.test',
        'outage-3@example.test',
      ]);
      expect(await row(first!)).toMatchObject({ status: 'SENT', attempts: 3, last_error: null });
      expect(await row(second!)).toMatchObject({ status: 'SENT', attempts: 1 });
    } finally {
      await back.stop();
    }
  });

  it('gives up after MAIL_MAX_ATTEMPTS and logs it without the address or the body', async () => {
    const gone = await startSmtpServer();
    await gone.stop();
    const d = dispatcher({ smtpUrl: gone.url, mailMaxAttempts: 3 });
    const [id] = await commitMails(verification('given-up@example.test'));
    expect((await d.runOnce()).retried).toBe(1);
    expect((await d.runOnce()).retried).toBe(1);
    expect(await d.runOnce()).toEqual({ sent: 0, failed: 1, retried: 0, deferred: 0 });
    const stored = await row(id!);
    expect(stored.status).toBe('FAILED');
    expect(stored.attempts).toBe(3);
    expect(stored.last_error).toContain('ECONNREFUSED');
    // Failed mails are never picked up again.
    expect(await d.runOnce()).toEqual({ sent: 0, failed: 0, retried: 0, deferred: 0 });

    const entries = log.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const gaveUp = entries.find((l) => l.mailId === id && l.level === 'error');
    expect(gaveUp).toMatchObject({ template: 'EMAIL_VERIFICATION', attempts: 3 });
    const all = log.lines.join('\n');
    expect(all).not.toContain('given-up@example.test');
    expect(all).not.toContain('s3cret-token-value');
    expect(all).not.toContain('林怡君');
  });

  it('gives up at once when the server refuses the recipient for good (5xx)', async () => {
    const picky = await startSmtpServer({
      rejectRecipient: (address) => address.startsWith('nobody'),
    });
    try {
      const d = dispatcher({ smtpUrl: picky.url });
      const [refused, fine] = await commitMails(
        verification('nobody@example.test'),
        verification('somebody@example.test'),
      );
      // A refused recipient says nothing about the server: the next mail is still sent.
      expect(await d.runOnce()).toEqual({ sent: 1, failed: 1, retried: 0, deferred: 0 });
      const stored = await row(refused!);
      expect(stored.status).toBe('FAILED');
      expect(stored.last_error).toMatch(/^EENVELOPE 550/);
      expect(stored.last_error).not.toContain('nobody@example.test');
      expect((await row(fine!)).status).toBe('SENT');
    } finally {
      await picky.stop();
    }
  });

  it('delivers each mail exactly once when several dispatchers (replicas) race', async () => {
    const replicaOrms = await Promise.all([1, 2].map(() => openOutbox(db)));
    try {
      const [a, b] = replicaOrms.map((replicaOrm) => {
        const d = new MailDispatcher({
          orm: replicaOrm,
          log: log.log,
          backoffBaseMs: 0,
          batchSize: 4,
          config: {
            smtpUrl: smtp.url,
            mailFrom: MAIL_FROM,
            mailPollIntervalMs: 60_000,
            mailMaxAttempts: 8,
          },
        });
        dispatchers.push(d);
        return d;
      }) as [MailDispatcher, MailDispatcher];
      const recipients = Array.from({ length: 30 }, (_, i) => `race-${i}@example.test`);
      const ids = await commitMails(...recipients.map((to) => verification(to)));
      const before = smtp.messages.length;

      const sentBy = { a: 0, b: 0 };
      for (let round = 0; round < 20; round++) {
        // Both claim at the same moment, every round.
        const [ca, cb] = await Promise.all([a.runOnce(), b.runOnce()]);
        sentBy.a += ca.sent;
        sentBy.b += cb.sent;
        if (ca.sent + cb.sent === 0) break;
      }

      expect(sentBy.a + sentBy.b).toBe(30);
      expect(sentBy.a).toBeGreaterThan(0);
      expect(sentBy.b).toBeGreaterThan(0);
      const received = smtp.messages.slice(before).map((m) => m.envelopeTo[0]);
      expect(received).toHaveLength(30);
      expect(new Set(received)).toEqual(new Set(recipients));
      const rows = await db.sql<{ status: string; attempts: number }>(
        'select status, attempts from outbox_mail where id = any($1::uuid[])',
        [ids],
      );
      expect(rows).toHaveLength(30);
      expect(rows.every((r) => r.status === 'SENT' && r.attempts === 1)).toBe(true);
    } finally {
      await Promise.all(replicaOrms.map((o) => o.close(true)));
    }
  });

  it('polls once started, runs soon when kicked, and stops cleanly', async () => {
    await commitMails(verification('before-start@example.test'));
    const d = dispatcher({}, { kickDelayMs: 10 });
    d.start(); // polls every 60 s: only the first run and kicks can deliver in this test
    await smtp.waitFor((m) => m.envelopeTo.includes('before-start@example.test'));

    const [id] = await commitMails(verification('kicked@example.test'));
    d.kick();
    d.kick(); // kicks close together make one run
    await smtp.waitFor((m) => m.envelopeTo.includes('kicked@example.test'));
    await d.stop();
    await expect.poll(async () => (await row(id!)).status).toBe('SENT');

    // Stopped: neither kicks nor polls deliver any more.
    await commitMails(verification('after-stop@example.test'));
    d.kick();
    const late = smtp.waitFor((m) => m.envelopeTo.includes('after-stop@example.test'), 300);
    await expect(late).rejects.toThrow(/no matching mail/);
  });

  it('stop() waits for a run in flight', async () => {
    await commitMails(verification('in-flight@example.test'));
    const d = dispatcher();
    const run = d.runOnce();
    await d.stop();
    // By the time stop() resolves, the run has recorded its outcome.
    const [stored] = await db.sql<{ status: string }>(
      "select status from outbox_mail where to_address = 'in-flight@example.test'",
    );
    expect(stored?.status).toBe('SENT');
    expect((await run).sent).toBe(1);
  });
});

describe('retry policy helpers', () => {
  it('doubles the wait per attempt, up to the cap', () => {
    expect(backoffDelayMs(1, 1_000)).toBe(2_000);
    expect(backoffDelayMs(2, 1_000)).toBe(4_000);
    expect(backoffDelayMs(7, 15_000)).toBe(1_920_000);
    expect(backoffDelayMs(8, 15_000)).toBe(3_600_000);
    expect(backoffDelayMs(1_000, 1_000)).toBe(3_600_000);
    expect(backoffDelayMs(5, 0)).toBe(0);
  });

  it('describes an SMTP failure without addresses or credentials, briefly', () => {
    const text = describeSmtpError(
      Object.assign(
        new Error(
          'Recipient <victim@example.test> rejected by smtp://user:hunter2@mail.example.test:587 ' +
            'x'.repeat(400),
        ),
        { code: 'EENVELOPE', responseCode: 550 },
      ),
    );
    expect(text.startsWith('EENVELOPE 550: Recipient <<address>> rejected by ')).toBe(true);
    expect(text).not.toContain('victim');
    expect(text).not.toContain('hunter2');
    expect(text.length).toBeLessThanOrEqual(300);
    expect(OutboxStatus.FAILED).toBe('FAILED');
  });
});
