/**
 * The account rules the pages state, as the API applies them by default (api/src/config.ts:
 * PASSWORD_MIN_LENGTH, LOGIN_LOCKOUT_THRESHOLD, EMAIL_VERIFICATION_TTL_HOURS,
 * PASSWORD_RESET_TTL_MINUTES, PASSWORD_MAX_AGE_DAYS; the maximum length is in
 * api/src/modules/accounts/password-policy.ts). The API does not publish its settings, so a
 * deployment that changes them must change these too; the mails always state the real times.
 */
export const PASSWORD_POLICY = {
  minLength: 12,
  maxLength: 128,
  lockoutThreshold: 5,
  maxAgeDays: 90,
} as const;

export const LINK_LIFETIME = {
  verifyEmailHours: 24,
  resetPasswordMinutes: 30,
} as const;

/** Account names as the API accepts them (api/src/modules/accounts/accounts.inputs.ts). */
export const ACCOUNT_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{3,63}$/;
