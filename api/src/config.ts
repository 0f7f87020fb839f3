import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import {
  PAYMENT_ENV,
  paymentProductionProblems,
  paymentSettings,
  type PaymentSettings,
} from './modules/payments/payment-settings.js';
import type { WebhookSettings } from './modules/webhooks/webhook-settings.js';
import {
  serviceCentresJson,
  type ServiceCentreOverrides,
} from './modules/reference/service-centres.js';
import {
  decisionReasonsFile,
  type DecisionReasonOverrides,
} from './modules/review/decision-reasons.js';
import type { DatabaseTimeouts } from './db/orm.js';
import {
  DOCUMENT_STORE_ENV,
  DOCUMENT_STORE_SECRETS,
  documentStoreProblems,
  documentStoreSettings,
  type DocumentStoreSettings,
} from './modules/documents/document-store-settings.js';
import {
  HARDENING_ENV,
  hardeningProblems,
  hardeningSettings,
  type GraphQLLimits,
  type HttpSettings,
} from './http/hardening-settings.js';
import {
  METRICS_ENV,
  metricsProblems,
  metricsSettings,
  type MetricsSettings,
} from './modules/metrics/metrics-settings.js';

/** The repository root, whether running from `src/` (tests) or `dist/` (production build). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'expected one of true, false, 1, 0, yes, no',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce
  .number({ error: 'expected an integer between 1 and 65535' })
  .int({ error: 'expected an integer between 1 and 65535' })
  .min(1, { error: 'expected an integer between 1 and 65535' })
  .max(65535, { error: 'expected an integer between 1 and 65535' });

const postgresUrl = z.string().refine(
  (v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '';
    } catch {
      return false;
    }
  },
  { error: 'expected a URL like postgres://user:password@host:5432/database' },
);

const whole = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `expected a whole number from ${min} to ${max}` })
    .int({ error: `expected a whole number from ${min} to ${max}` })
    .min(min, { error: `expected a whole number from ${min} to ${max}` })
    .max(max, { error: `expected a whole number from ${min} to ${max}` })
    .default(fallback);

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'expected development, test or production',
    })
    .default('development'),
  HOST: z.string().min(1).optional(),
  PORT: port.default(4000),
  PUBLIC_URL: z
    .url({ error: 'expected an absolute URL such as https://goldcard.example' })
    .optional(),
  APPLICANT_PORTAL_URL: z
    .url({ error: 'expected an absolute URL of the applicant frontend' })
    .optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  EMBEDDED_PG_PORT: port.default(54329),
  DB_POOL_MAX: z.coerce
    .number({ error: 'expected an integer between 1 and 200' })
    .int()
    .min(1)
    .max(200)
    .default(10),
  DB_CONNECT_TIMEOUT_MS: whole(100, 600_000, 5_000),
  DB_ACQUIRE_TIMEOUT_MS: whole(100, 600_000, 10_000),
  DB_QUERY_TIMEOUT_MS: whole(0, 86_400_000, 60_000),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'expected fatal, error, warn, info, debug, trace or silent',
    })
    .default('info'),
  DEMO_DATA: bool.optional(),
  ADMIN_DIST_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'admin', 'dist')),
  PORTAL_DIST_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'portal', 'dist')),
  TRUST_PROXY: bool.default(false),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, { error: 'expected a URL like smtp://user:password@host:587' })
    .optional(),
  MAIL_FROM: z.string().min(3).default('goldcard 就業金卡 <no-reply@localhost>'),
  MAIL_POLL_INTERVAL_MS: z.coerce
    .number({ error: 'expected a whole number of milliseconds from 100 to 600000' })
    .int()
    .min(100)
    .max(600_000)
    .default(2_000),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: bool.optional(),
  WEBHOOK_SECRET_KEY: z
    .string()
    .regex(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/, {
      error: 'expected 32 random bytes as 64 hex digits or base64 (openssl rand -base64 32)',
    })
    .optional(),
  WEBHOOK_MAX_ATTEMPTS: whole(1, 100, 30),
  WEBHOOK_BACKOFF_BASE_MS: whole(0, 3_600_000, 30_000),
  WEBHOOK_BACKOFF_MAX_MS: whole(1_000, 86_400_000, 3_600_000),
  WEBHOOK_TIMEOUT_MS: whole(1_000, 60_000, 10_000),
  WEBHOOK_POLL_INTERVAL_MS: whole(100, 600_000, 2_000),
  MAIL_MAX_ATTEMPTS: z.coerce
    .number({ error: 'expected a whole number from 1 to 50' })
    .int()
    .min(1)
    .max(50)
    .default(8),
  SESSION_IDLE_MINUTES: whole(1, 1440, 30),
  SESSION_ABSOLUTE_HOURS: whole(1, 72, 12),
  PASSWORD_MAX_AGE_DAYS: whole(0, 3650, 90),
  PASSWORD_MIN_LENGTH: whole(8, 64, 12),
  LOGIN_LOCKOUT_THRESHOLD: whole(1, 100, 5),
  PASSWORD_HASH_WORKERS: whole(1, 64, Math.max(1, os.availableParallelism())),
  PASSWORD_HASH_QUEUE_LIMIT: whole(1, 100_000, 256),
  LOGIN_RATE_LIMIT_PER_IP: whole(1, 100_000, 30),
  LOGIN_RATE_LIMIT_PER_ACCOUNT: whole(1, 1000, 10),
  RECOVERY_RATE_LIMIT_PER_IP: whole(1, 100_000, 10),
  RECOVERY_RATE_LIMIT_PER_EMAIL: whole(1, 1000, 3),
  CAPTCHA_TTL_SECONDS: whole(30, 3600, 300),
  CAPTCHA_FIXED_ANSWER: z
    .string()
    .regex(/^[A-Za-z0-9]{4,8}$/, { error: 'expected 4 to 8 letters or digits' })
    .optional(),
  EMAIL_VERIFICATION_TTL_HOURS: whole(1, 720, 24),
  PASSWORD_RESET_TTL_MINUTES: whole(5, 1440, 30),
  COOKIE_SECURE: bool.optional(),
  HOLDER_LOOKUP_FAILURES_PER_HOUR: whole(1, 1000, 10),
  API_KEY_REQUESTS_PER_MINUTE: whole(1, 100_000, 300),
  DRAFT_RETENTION_DAYS: whole(1, 365, 30),
  REVIEW_SLA_DAYS: whole(1, 365, 14),
  CONTACT_ONLY_AUTO_COMPLETE: bool.default(true),
  DOCUMENT_ORPHAN_GRACE_SECONDS: whole(1, 604_800, 3_600),
  DOCUMENT_SWEEP_INTERVAL_SECONDS: whole(0, 604_800, 3_600),
  UPLOAD_LIMITS_JSON: z
    .string()
    .refine(
      (v) => {
        try {
          JSON.parse(v);
          return true;
        } catch {
          return false;
        }
      },
      {
        error:
          'expected JSON like {"default":{"maxBytes":5242880},"byType":{"PHOTO":{"maxBytes":2097152}}}',
      },
    )
    .optional(),
  SERVICE_CENTRES_JSON: serviceCentresJson.optional(),
  DECISION_REASONS_JSON: decisionReasonsFile.optional(),
  ...PAYMENT_ENV,
  ...HARDENING_ENV,
  ...METRICS_ENV,
  ...DOCUMENT_STORE_ENV,
});

/** Every environment variable the configuration reads (compose.test.ts checks compose against it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export type Config = {
  nodeEnv: 'development' | 'test' | 'production';
  host: string | undefined;
  port: number;
  publicUrl: string;
  /** Where links in mails to applicants point (their frontend); the API's own URL by default. */
  applicantPortalUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolMax: number;
  /** Connect, pool and statement time limits: a database outage fails requests fast. */
  dbTimeouts: DatabaseTimeouts;
  logLevel: string;
  demoData: boolean;
  adminDistDir: string;
  /** The built applicants' portal, served at `/`. */
  portalDistDir: string;
  trustProxy: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailPollIntervalMs: number;
  mailMaxAttempts: number;
  auth: AuthSettings;
  /** Webhook targets, signing-secret storage, retries (modules/webhooks/webhook-settings.ts). */
  webhooks: WebhookSettings;
  /** Drafts are purged this many days after their last change. */
  draftRetentionDays: number;
  /** A submitted case waiting longer than this is overdue. */
  reviewSlaDays: number;
  /** Email/mobile-only changes complete without an officer (email: once the new address confirms). */
  contactOnlyAutoComplete: boolean;
  /** Where the filesystem document store keeps uploads (also when documents go to S3). */
  documentStoreDir: string;
  /** `DOCUMENT_STORE` and its settings (modules/documents/document-store-settings.ts). */
  documentStore: DocumentStoreSettings;
  /** Deleting stored files no record refers to (modules/documents/orphan-sweeper.ts). */
  documentSweep: {
    /** Files younger than this are left alone (an upload may be about to record them). */
    graceSeconds: number;
    /** Time between sweeps; 0: never. */
    intervalSeconds: number;
  };
  /** Per-document-type upload limits overriding the defaults (parsed JSON, validated at use). */
  uploadLimits: unknown;
  /** Service centres' addresses and hours over the built-in ones (reference/service-centres.ts). */
  serviceCentres: ServiceCentreOverrides;
  /** Officers' standard reasons over the built-in ones (review/decision-reasons.ts). */
  decisionReasons: DecisionReasonOverrides;
  /** Online fee payments: provider, gateway credentials, code expiry (modules/payments/README.md). */
  payments: PaymentSettings;
  /** Depth, cost, alias, token and directive limits of a GraphQL document (graphql/limits.ts). */
  graphqlLimits: GraphQLLimits;
  /** HTTP server timeouts and the CORS allow-list (http/hardening-settings.ts). */
  http: HttpSettings;
  /** The `/metrics` listener and token (modules/metrics/metrics-settings.ts). */
  metrics: MetricsSettings;
};

/** Account and session policy (docs/security.md lists each with its default). */
export interface AuthSettings {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** 0 disables password expiry. */
  passwordMaxAgeDays: number;
  passwordMinLength: number;
  lockoutThreshold: number;
  loginRateLimitPerIp: number;
  loginRateLimitPerAccount: number;
  recoveryRateLimitPerIp: number;
  recoveryRateLimitPerEmail: number;
  captchaTtlSeconds: number;
  /** Non-production only: every captcha's answer is this, for automated tests and demos. */
  captchaFixedAnswer: string | undefined;
  emailVerificationTtlHours: number;
  passwordResetTtlMinutes: number;
  cookieSecure: boolean;
  /** Wrong UI number/birth date pairs an account may try per hour. */
  holderLookupFailuresPerHour: number;
  /** Requests one API key may make per minute. */
  apiKeyRequestsPerMinute: number;
  /** Threads hashing passwords at once (at a lower priority than requests). */
  passwordHashWorkers: number;
  /** Password hashings allowed to wait; beyond, logins get SERVICE_UNAVAILABLE at once. */
  passwordHashQueueLimit: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describe(value: string | undefined): string {
  if (value === undefined) return 'nothing';
  const text = value;
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/**
 * Reads the whole environment at once and reports every problem, one line each, naming the
 * variable, what it expects and what it got, so an operator fixes everything in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      // Never echo a connection URL back: it carries a password.
      const secret =
        name === 'DATABASE_URL' ||
        name === 'SMTP_URL' ||
        name === 'ECPAY_HASH_KEY' ||
        name === 'ECPAY_HASH_IV' ||
        name === 'WEBHOOK_SECRET_KEY' ||
        name === 'METRICS_TOKEN' ||
        (DOCUMENT_STORE_SECRETS as readonly string[]).includes(name);
      const got = secret ? 'a malformed value' : describe(env[name]);
      return `${name}: ${issue.message} (got ${got})`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const crossChecks = [...hardeningProblems(e), ...metricsProblems(e), ...documentStoreProblems(e)];
  if (crossChecks.length) throw new ConfigError(crossChecks);
  const productionProblems = [
    ...(e.CAPTCHA_FIXED_ANSWER
      ? [
          'CAPTCHA_FIXED_ANSWER: must not be set when NODE_ENV=production (it makes captchas predictable)',
        ]
      : []),
    ...(e.SMTP_URL
      ? []
      : ['SMTP_URL: required when NODE_ENV=production (mail would never be sent)']),
    ...paymentProductionProblems(e),
  ];
  if (e.NODE_ENV === 'production' && productionProblems.length)
    throw new ConfigError(productionProblems);
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    applicantPortalUrl: (
      e.APPLICANT_PORTAL_URL ??
      e.PUBLIC_URL ??
      `http://localhost:${e.PORT}`
    ).replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    dbPoolMax: e.DB_POOL_MAX,
    dbTimeouts: {
      connectMs: e.DB_CONNECT_TIMEOUT_MS,
      acquireMs: e.DB_ACQUIRE_TIMEOUT_MS,
      queryMs: e.DB_QUERY_TIMEOUT_MS,
    },
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA ?? e.NODE_ENV !== 'production',
    adminDistDir: path.resolve(e.ADMIN_DIST_DIR),
    portalDistDir: path.resolve(e.PORTAL_DIST_DIR),
    trustProxy: e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailPollIntervalMs: e.MAIL_POLL_INTERVAL_MS,
    mailMaxAttempts: e.MAIL_MAX_ATTEMPTS,
    draftRetentionDays: e.DRAFT_RETENTION_DAYS,
    reviewSlaDays: e.REVIEW_SLA_DAYS,
    contactOnlyAutoComplete: e.CONTACT_ONLY_AUTO_COMPLETE,
    documentStoreDir: path.resolve(e.DOCUMENT_STORE_DIR ?? path.join(e.DATA_DIR, 'documents')),
    documentStore: documentStoreSettings(e),
    documentSweep: {
      graceSeconds: e.DOCUMENT_ORPHAN_GRACE_SECONDS,
      intervalSeconds: e.DOCUMENT_SWEEP_INTERVAL_SECONDS,
    },
    uploadLimits: e.UPLOAD_LIMITS_JSON ? (JSON.parse(e.UPLOAD_LIMITS_JSON) as unknown) : {},
    serviceCentres: e.SERVICE_CENTRES_JSON ?? {},
    decisionReasons: e.DECISION_REASONS_JSON ?? {},
    payments: paymentSettings(e),
    ...hardeningSettings(e),
    metrics: metricsSettings(e),
    webhooks: {
      allowPrivateTargets: e.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? e.NODE_ENV !== 'production',
      requireHttps: e.NODE_ENV === 'production',
      secretKey: e.WEBHOOK_SECRET_KEY ?? null,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      backoffBaseMs: e.WEBHOOK_BACKOFF_BASE_MS,
      backoffMaxMs: e.WEBHOOK_BACKOFF_MAX_MS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      pollIntervalMs: e.WEBHOOK_POLL_INTERVAL_MS,
    },
    auth: {
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
      passwordMaxAgeDays: e.PASSWORD_MAX_AGE_DAYS,
      passwordMinLength: e.PASSWORD_MIN_LENGTH,
      lockoutThreshold: e.LOGIN_LOCKOUT_THRESHOLD,
      loginRateLimitPerIp: e.LOGIN_RATE_LIMIT_PER_IP,
      loginRateLimitPerAccount: e.LOGIN_RATE_LIMIT_PER_ACCOUNT,
      recoveryRateLimitPerIp: e.RECOVERY_RATE_LIMIT_PER_IP,
      recoveryRateLimitPerEmail: e.RECOVERY_RATE_LIMIT_PER_EMAIL,
      captchaTtlSeconds: e.CAPTCHA_TTL_SECONDS,
      captchaFixedAnswer: e.CAPTCHA_FIXED_ANSWER,
      emailVerificationTtlHours: e.EMAIL_VERIFICATION_TTL_HOURS,
      passwordResetTtlMinutes: e.PASSWORD_RESET_TTL_MINUTES,
      cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
      holderLookupFailuresPerHour: e.HOLDER_LOOKUP_FAILURES_PER_HOUR,
      apiKeyRequestsPerMinute: e.API_KEY_REQUESTS_PER_MINUTE,
      passwordHashWorkers: e.PASSWORD_HASH_WORKERS,
      passwordHashQueueLimit: e.PASSWORD_HASH_QUEUE_LIMIT,
    },
  };
}
