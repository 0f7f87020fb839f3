import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';

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
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  EMBEDDED_PG_PORT: port.default(54329),
  DB_POOL_MAX: z.coerce
    .number({ error: 'expected an integer between 1 and 200' })
    .int()
    .min(1)
    .max(200)
    .default(10),
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
  MAIL_MAX_ATTEMPTS: z.coerce
    .number({ error: 'expected a whole number from 1 to 50' })
    .int()
    .min(1)
    .max(50)
    .default(8),
});

export type Config = {
  nodeEnv: 'development' | 'test' | 'production';
  host: string | undefined;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolMax: number;
  logLevel: string;
  demoData: boolean;
  adminDistDir: string;
  trustProxy: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailPollIntervalMs: number;
  mailMaxAttempts: number;
};

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
      const secret = name === 'DATABASE_URL' || name === 'SMTP_URL';
      const got = secret ? 'a malformed value' : describe(env[name]);
      return `${name}: ${issue.message} (got ${got})`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    dbPoolMax: e.DB_POOL_MAX,
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA ?? e.NODE_ENV !== 'production',
    adminDistDir: path.resolve(e.ADMIN_DIST_DIR),
    trustProxy: e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailPollIntervalMs: e.MAIL_POLL_INTERVAL_MS,
    mailMaxAttempts: e.MAIL_MAX_ATTEMPTS,
  };
}
