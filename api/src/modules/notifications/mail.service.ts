import type { EntityManager } from '@mikro-orm/core';
import type { Locale } from '../../shared/request-context.js';
import { renderMail, type MailContent } from './mail-templates.js';
import { OutboxMail, OutboxStatus } from './outbox-mail.entity.js';

/** A mail to queue: who, in which language, and a template with its own values. */
export type MailRequest = { to: string; locale: Locale } & MailContent;

export class InvalidMailAddressError extends Error {
  constructor() {
    // The address itself is left out on purpose: error messages end up in logs.
    super('the recipient is not a single well-formed email address');
    this.name = 'InvalidMailAddressError';
  }
}

// One address, nothing else: no display name, no list, no spaces or line breaks (header
// injection), a dot in the domain. Deliverability is the verification mail's job.
const SPECIALS = '\\s@<>()\\[\\]\\\\,;:"';
const ADDRESS = new RegExp(`^[^${SPECIALS}]{1,64}@[^${SPECIALS}.]+(?:\\.[^${SPECIALS}.]+)+$`, 'u');

export function isMailAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value);
}

/**
 * Queues a mail in the outbox through `em` without flushing: it is written when the caller's
 * unit of work is flushed, in the caller's transaction. If that transaction rolls back, the mail
 * never existed; once it commits, `MailDispatcher` delivers it (or, without SMTP, the development
 * mailbox shows it). Call it inside `em.transactional(...)` (or flush `em` yourself).
 *
 * The mail is rendered now, in `locale`, so later template edits do not change queued mails.
 */
export function enqueueMail(em: EntityManager, request: MailRequest): OutboxMail {
  const to = request.to.trim();
  if (!isMailAddress(to)) throw new InvalidMailAddressError();
  const rendered = renderMail(request.locale, request);
  const now = new Date();
  const mail = em.create(OutboxMail, {
    toAddress: to,
    subject: rendered.subject,
    textBody: rendered.text,
    htmlBody: rendered.html,
    template: request.template,
    locale: request.locale,
    status: OutboxStatus.PENDING,
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  });
  em.persist(mail);
  return mail;
}
