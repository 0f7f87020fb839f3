import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AuthSettings } from '../../config.js';
import { AppError } from '../../shared/errors.js';

const WINDOW_15_MIN = 15 * 60;
const HOUR = 60 * 60;
const DAY = 24 * HOUR;

/**
 * Counters shared by every replica, kept in PostgreSQL (table `rate_limit`, created by a
 * migration). Keys never contain raw personal data: account names and emails are hashed.
 */
export function createRateLimits(orm: MikroORM, settings: AuthSettings) {
  const knex = orm.em.getConnection().getKnex();
  const make = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterPostgres({
      storeClient: knex,
      storeType: 'knex',
      tableName: 'rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix,
      points,
      duration,
    });
  return {
    loginPerIp: make('login_ip', settings.loginRateLimitPerIp, WINDOW_15_MIN),
    loginPerAccount: make('login_acct', settings.loginRateLimitPerAccount, WINDOW_15_MIN),
    /** Wrong passwords for names with no account, so they lock exactly like real accounts. */
    unknownAccountFailures: make('login_unknown', settings.lockoutThreshold, DAY),
    recoveryPerIp: make('recover_ip', settings.recoveryRateLimitPerIp, HOUR),
    recoveryPerEmail: make('recover_email', settings.recoveryRateLimitPerEmail, HOUR),
    captchaPerIp: make('captcha_ip', 120, WINDOW_15_MIN),
    /** Failed holder look-ups (UI number + birth date) per account: guessing is slow. */
    holderLookupFailures: make('holder_lookup', settings.holderLookupFailuresPerHour, HOUR),
    /** Requests per API key per minute (an agency's software). */
    apiKeyPerMinute: make('api_key', settings.apiKeyRequestsPerMinute, 60),
  };
}
export type RateLimits = ReturnType<typeof createRateLimits>;
export type Limiter = RateLimits[keyof RateLimits];

/** Spends one point; a caller over the limit gets RATE_LIMITED with the wait in seconds. */
export async function consume(limiter: Limiter, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError('RATE_LIMITED', { retryAfterSeconds });
    }
    throw error;
  }
}

/** Refuses when earlier failures already used the allowance; counts nothing itself. */
export async function assertNotBlocked(limiter: Limiter, key: string): Promise<void> {
  const res = await limiter.get(key);
  if (res && res.consumedPoints >= limiter.points) {
    const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    throw new AppError('RATE_LIMITED', { retryAfterSeconds });
  }
}
