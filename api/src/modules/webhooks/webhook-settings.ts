/**
 * Webhook policy (config.ts reads it from the environment; docs list each setting):
 *
 * | variable | default |
 * | --- | --- |
 * | `WEBHOOK_ALLOW_PRIVATE_TARGETS` | true in development and test, false in production |
 * | `WEBHOOK_SECRET_KEY` | unset: signing secrets are stored as issued |
 * | `WEBHOOK_MAX_ATTEMPTS` | 30 (with the defaults below, about a day) |
 * | `WEBHOOK_BACKOFF_BASE_MS` | 30 000 |
 * | `WEBHOOK_BACKOFF_MAX_MS` | 3 600 000 |
 * | `WEBHOOK_TIMEOUT_MS` | 10 000 |
 * | `WEBHOOK_POLL_INTERVAL_MS` | 2 000 |
 */
export interface WebhookSettings {
  /**
   * Allow targets on loopback, private, link-local and other non-public addresses (a local
   * receiver in development and tests). Off in production: the server must not be usable to
   * reach its own network.
   */
  allowPrivateTargets: boolean;
  /** Only `https://` targets (production). */
  requireHttps: boolean;
  /**
   * 32 bytes (base64, base64url or hex) encrypting the stored signing secrets (AES-256-GCM).
   * Null: secrets are stored as issued.
   */
  secretKey: string | null;
  /** Attempts per delivery before it is FAILED. */
  maxAttempts: number;
  /** Retry n waits `backoffBaseMs × 2^(n-1)`, at most `backoffMaxMs`. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How long one POST may take, connection included. */
  timeoutMs: number;
  /** How often each replica's dispatcher looks for due deliveries. */
  pollIntervalMs: number;
}

/** The defaults for a NODE_ENV (what config.ts yields when no WEBHOOK_* variable is set). */
export function defaultWebhookSettings(
  nodeEnv: 'development' | 'test' | 'production',
): WebhookSettings {
  return {
    allowPrivateTargets: nodeEnv !== 'production',
    requireHttps: nodeEnv === 'production',
    secretKey: null,
    maxAttempts: 30,
    backoffBaseMs: 30_000,
    backoffMaxMs: 3_600_000,
    timeoutMs: 10_000,
    pollIntervalMs: 2_000,
  };
}

/** The wait before attempt `attempts + 1`, after `attempts` (≥ 1) failed: base × 2^(n-1), capped. */
export function webhookBackoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 40));
}
