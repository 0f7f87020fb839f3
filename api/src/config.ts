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
      // Never echo a database URL back: it carries a password.
      const got = name === 'DATABASE_URL' ? 'a malformed value' : describe(env[name]);
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
  };
}
