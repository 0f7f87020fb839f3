import { Account } from '../modules/accounts/account.entity.js';
import { AccountToken } from '../modules/accounts/account-token.entity.js';
import { Captcha } from '../modules/accounts/captcha.entity.js';
import { RateLimitCounter } from '../modules/accounts/rate-limit.entity.js';
import { Session } from '../modules/accounts/session.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { OutboxMail } from '../modules/notifications/outbox-mail.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import {
  Amendment,
  AmendmentDocument,
  AmendmentEvent,
} from '../modules/amendments/amendment.entity.js';
import { IdempotencyKey } from '../modules/idempotency/idempotency-key.entity.js';
import { TermsAcceptance } from '../modules/terms/terms-acceptance.entity.js';
import { ApplicantRevision } from '../modules/review/applicant-revision.entity.js';
import { Mandate } from '../modules/agencies/mandate.entity.js';
import { ApiKey } from '../modules/agencies/api-key.entity.js';
import { IdempotentResponse } from '../modules/idempotency/idempotent-response.entity.js';
import { Applicant, Passport, ResidenceAddress } from '../modules/cardholders/applicant.entity.js';
import { ApplicantUiNumber } from '../modules/cardholders/applicant-ui-number.entity.js';
import { Card } from '../modules/cardholders/card.entity.js';
import { ExpertiseList, FieldOfExpertise } from '../modules/reference/field-of-expertise.entity.js';
import { Payment, PaymentCallback } from '../modules/payments/payment.entity.js';
import { Announcement } from '../modules/announcements/announcement.entity.js';
import {
  WebhookDelivery,
  WebhookEvent,
  WebhookSubscription,
} from '../modules/webhooks/webhook.entity.js';

/** Every entity, listed explicitly: no folder scanning, same in tests and production. */
export const ENTITIES = [
  Account,
  AccountToken,
  Session,
  Captcha,
  RateLimitCounter,
  AuditEvent,
  OutboxMail,
  TermsAcceptance,
  IdempotencyKey,
  Amendment,
  AmendmentEvent,
  AmendmentDocument,
  Applicant,
  Passport,
  ResidenceAddress,
  ApplicantUiNumber,
  Card,
  ExpertiseList,
  FieldOfExpertise,
  ApplicantRevision,
  Mandate,
  ApiKey,
  IdempotentResponse,
  Notification,
  WebhookSubscription,
  WebhookEvent,
  WebhookDelivery,
  Payment,
  PaymentCallback,
  Announcement,
];
