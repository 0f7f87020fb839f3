import type { MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../shared/logger.js';
import { PollingLoop } from '../../shared/polling-loop.js';
import { OutboxStatus } from './outbox-mail.entity.js';

export type MailDispatcherConfig = Pick<
  Config,
  'smtpUrl' | 'mailFrom' | 'mailPollIntervalMs' | 'mailMaxAttempts'
>;

export interface MailDispatcherOptions {
  orm: MikroORM;
  config: MailDispatcherConfig;
  log: Logger;
  /** Retry n waits `backoffBaseMs × 2^n` (n = attempts so far), at most `backoffMaxMs`. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Mails claimed per run. */
  batchSize?: number;
  /**
   * How long a claimed mail stays reserved for this dispatcher. If the process dies while
   * sending, another replica takes the mail over after this. Must exceed the time a batch takes.
   */
  leaseMs?: number;
  /** How soon after `kick()` a run starts (kicks within this window make one run). */
  kickDelayMs?: number;
  /** Connection, greeting and socket timeout for the SMTP server. */
  smtpTimeoutMs?: number;
}

/** What one run did: sent, given up on, to be retried, put back untried (server unreachable). */
export interface DispatchCounts {
  sent: number;
  failed: number;
  retried: number;
  deferred: number;
}

interface ClaimedMail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  template: string;
  attempts: number;
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  command?: string;
  message?: string;
}

/** Errors meaning "the server cannot be used right now" rather than "this mail is refused". */
const SERVER_LEVEL = new Set([
  'ECONNECTION',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EAUTH',
  'ENOAUTH',
  'EPROTOCOL',
  'EPIPE',
]);

export const DEFAULT_BACKOFF_BASE_MS = 15_000;
export const DEFAULT_BACKOFF_MAX_MS = 3_600_000;

/** The wait before the next attempt, after `attempts` attempts: base × 2^attempts, capped. */
export function backoffDelayMs(
  attempts: number,
  baseMs = DEFAULT_BACKOFF_BASE_MS,
  maxMs = DEFAULT_BACKOFF_MAX_MS,
): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempts, 40));
}

/**
 * A few words on why a delivery failed, safe to store and log: error code, SMTP reply code and
 * message with email addresses and URL credentials removed, at most 300 characters.
 */
export function describeSmtpError(error: unknown): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SmtpError;
  const head = [e.code, e.responseCode].filter((part) => part !== undefined).join(' ');
  const message = String(e.message ?? error)
    .replace(/[a-z][a-z0-9+.-]*:\/\/[^\s/@]*@/gi, (m) => `${m.slice(0, m.indexOf('://') + 3)}***@`)
    .replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '<address>')
    .replace(/\s+/g, ' ')
    .trim();
  const text = head ? `${head}: ${message}` : message;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

function isPermanent(error: SmtpError): boolean {
  // The server refused this recipient or this message for good (5xx after the envelope).
  return (
    (error.code === 'EENVELOPE' || error.code === 'EMESSAGE') &&
    typeof error.responseCode === 'number' &&
    error.responseCode >= 500 &&
    error.responseCode < 600
  );
}

function isServerLevel(error: SmtpError): boolean {
  return error.code !== undefined && SERVER_LEVEL.has(error.code);
}

/** The domain of the From address, for Message-IDs. */
function senderDomain(from: string): string {
  const match = /@([^\s>]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'localhost';
}

/**
 * Delivers the mail outbox over SMTP. Safe to run in every API replica at once: a run claims due
 * mails with `FOR UPDATE SKIP LOCKED` and reserves them (a lease on `next_attempt_at`, with the
 * attempt counted) in one statement, sends them outside any transaction, then records the
 * outcome only if the reservation is still its own. A mail is therefore sent once, unless a
 * process dies between the SMTP server accepting it and the outcome being recorded (then it is
 * sent again, with the same Message-ID, after the lease).
 */
export class MailDispatcher {
  /** Without SMTP_URL there is nothing to deliver to: mails wait in the development mailbox. */
  static isConfigured(config: Pick<Config, 'smtpUrl'>): boolean {
    return typeof config.smtpUrl === 'string' && config.smtpUrl.length > 0;
  }

  private readonly orm: MikroORM;
  private readonly config: MailDispatcherConfig;
  private readonly log: Logger;
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly domain: string;

  private readonly loop: PollingLoop<DispatchCounts>;

  constructor(options: MailDispatcherOptions) {
    const { config } = options;
    if (!MailDispatcher.isConfigured(config)) {
      throw new Error('MailDispatcher needs SMTP_URL; check MailDispatcher.isConfigured first');
    }
    this.orm = options.orm;
    this.config = config;
    this.log = options.log.child({ component: 'mail-dispatcher' });
    this.backoffBaseMs = options.backoffBaseMs ?? DEFAULT_BACKOFF_BASE_MS;
    this.backoffMaxMs = options.backoffMaxMs ?? DEFAULT_BACKOFF_MAX_MS;
    this.batchSize = options.batchSize ?? 20;
    this.leaseMs = options.leaseMs ?? 10 * 60_000;
    this.loop = new PollingLoop({
      name: 'mail dispatcher',
      log: this.log,
      pollIntervalMs: config.mailPollIntervalMs,
      kickDelayMs: options.kickDelayMs ?? 100,
      run: () => this.dispatchBatch(),
      // A full batch (other than mails put back untried) suggests more are waiting.
      wasFull: (c) => c.sent + c.failed + c.retried >= this.batchSize,
    });
    this.domain = senderDomain(config.mailFrom);
    const timeout = options.smtpTimeoutMs ?? 30_000;
    this.transport = nodemailer.createTransport({
      url: config.smtpUrl,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      logger: false,
      debug: false,
    });
  }

  /** Polls every poll interval, starting now. */
  start(): void {
    this.loop.start();
  }

  /** Asks for a run soon, e.g. right after a transaction that queued work has committed. */
  kick(): void {
    this.loop.kick();
  }

  /** Stops polling and waits for a run in flight to finish. */
  async stop(): Promise<void> {
    await this.loop.stop();
    this.transport.close();
  }

  /** Claims up to one batch of due work and tries each item (after any run in flight). */
  runOnce(): Promise<DispatchCounts> {
    return this.loop.runOnce();
  }

  private async dispatchBatch(): Promise<DispatchCounts> {
    const counts: DispatchCounts = { sent: 0, failed: 0, retried: 0, deferred: 0 };
    const claimed = await this.claim();
    for (let i = 0; i < claimed.length; i++) {
      const mail = claimed[i]!;
      let messageId: string;
      try {
        messageId = await this.send(mail);
      } catch (error) {
        const serverLevel = await this.recordFailure(mail, error, counts);
        if (serverLevel) {
          // The server is unreachable or refuses us: do not spend the others' attempts on it.
          const rest = claimed.slice(i + 1);
          await this.putBack(
            rest,
            backoffDelayMs(mail.attempts, this.backoffBaseMs, this.backoffMaxMs),
          );
          counts.deferred += rest.length;
          break;
        }
        continue;
      }
      // Outside the try: a database error here must not be taken for a failed delivery.
      await this.markSent(mail, messageId);
      counts.sent++;
    }
    return counts;
  }

  private async send(mail: ClaimedMail): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to_address,
      subject: mail.subject,
      text: mail.text_body,
      html: mail.html_body,
      // The same id on every attempt: a mail resent after a crash can be recognised.
      messageId: `<${mail.id}@${this.domain}>`,
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    });
    return info.messageId;
  }

  /** Schedules a retry or gives up; tells whether the failure concerns the server as a whole. */
  private async recordFailure(
    mail: ClaimedMail,
    error: unknown,
    counts: DispatchCounts,
  ): Promise<boolean> {
    const e = (typeof error === 'object' && error !== null ? error : {}) as SmtpError;
    const reason = describeSmtpError(error);
    const context = { mailId: mail.id, template: mail.template, attempts: mail.attempts, reason };
    if (isPermanent(e) || mail.attempts >= this.config.mailMaxAttempts) {
      await this.markFailed(mail, reason);
      counts.failed++;
      this.log.error(context, 'mail could not be delivered; giving up');
    } else {
      const retryInMs = backoffDelayMs(mail.attempts, this.backoffBaseMs, this.backoffMaxMs);
      await this.markRetry(mail, reason, retryInMs);
      counts.retried++;
      this.log.warn({ ...context, retryInMs }, 'mail delivery failed; will retry');
    }
    return isServerLevel(e);
  }

  /**
   * Reserves due mails for this dispatcher, counting the attempt, in one statement, oldest due
   * first: the batch is sent in that order, and when the server is down only the first one
   * spends an attempt. (`update … returning` alone gives rows in no particular order.)
   */
  private async claim(): Promise<ClaimedMail[]> {
    const connection = this.orm.em.fork().getConnection();
    return connection.execute<ClaimedMail[]>(
      `with due as (
         select "id", "next_attempt_at", "created_at" from "outbox_mail"
          where "status" = ? and "next_attempt_at" <= now()
          order by "next_attempt_at", "created_at"
          limit ?
          for update skip locked
       ), claimed as (
         update "outbox_mail" as m
            set "attempts" = m."attempts" + 1,
                "next_attempt_at" = now() + ?::double precision * interval '1 millisecond'
           from due where m."id" = due."id"
         returning m."id", m."to_address", m."subject", m."text_body", m."html_body",
                   m."template", m."attempts", due."next_attempt_at" as due_at,
                   due."created_at" as queued_at
       )
       select "id", "to_address", "subject", "text_body", "html_body", "template", "attempts"
         from claimed order by due_at, queued_at, "id"`,
      [OutboxStatus.PENDING, this.batchSize, this.leaseMs],
      'all',
    );
  }

  /**
   * Records an outcome only while the reservation is still this dispatcher's (same attempt
   * count, still pending): if the lease ran out and another replica took the mail over, the
   * other one records it.
   */
  private async update(mail: ClaimedMail, set: string, params: unknown[]): Promise<void> {
    const connection = this.orm.em.fork().getConnection();
    const result = await connection.execute<{ affectedRows: number }>(
      `update "outbox_mail" set ${set} where "id" = ? and "attempts" = ? and "status" = ?`,
      [...params, mail.id, mail.attempts, OutboxStatus.PENDING],
      'run',
    );
    if (result.affectedRows === 0) {
      this.log.warn(
        { mailId: mail.id, attempts: mail.attempts },
        'mail was taken over by another dispatcher before its outcome was recorded',
      );
    }
  }

  private markSent(mail: ClaimedMail, messageId: string): Promise<void> {
    return this.update(
      mail,
      `"status" = ?, "message_id" = ?, "sent_at" = now(), "last_error" = null`,
      [OutboxStatus.SENT, messageId.slice(0, 300)],
    );
  }

  private markFailed(mail: ClaimedMail, reason: string): Promise<void> {
    return this.update(mail, `"status" = ?, "last_error" = ?`, [OutboxStatus.FAILED, reason]);
  }

  private markRetry(mail: ClaimedMail, reason: string, delayMs: number): Promise<void> {
    return this.update(
      mail,
      `"last_error" = ?, "next_attempt_at" = now() + ?::double precision * interval '1 millisecond'`,
      [reason, delayMs],
    );
  }

  /** Returns claimed mails that were not tried, without counting an attempt. */
  private async putBack(mails: ClaimedMail[], delayMs: number): Promise<void> {
    if (mails.length === 0) return;
    const connection = this.orm.em.fork().getConnection();
    await connection.execute(
      `update "outbox_mail"
          set "attempts" = "attempts" - 1,
              "next_attempt_at" = now() + ?::double precision * interval '1 millisecond'
        where "status" = ? and ("id", "attempts") in (${mails.map(() => '(?::uuid, ?::int)').join(', ')})`,
      [delayMs, OutboxStatus.PENDING, ...mails.flatMap((m) => [m.id, m.attempts])],
      'run',
    );
  }
}
