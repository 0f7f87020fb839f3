import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers of every webhook request (docs/integration guide). */
export const WEBHOOK_HEADERS = {
  eventId: 'Goldcard-Event-Id',
  eventType: 'Goldcard-Event-Type',
  timestamp: 'Goldcard-Timestamp',
  signature: 'Goldcard-Signature',
} as const;

/**
 * `v1=<hex HMAC-SHA256>` over `<timestamp>.<raw body>`, keyed with the subscription's secret
 * exactly as it was shown (its UTF-8 text). The timestamp is in unix seconds.
 */
export function signWebhook(secret: string, timestamp: number, body: string | Buffer): string {
  const hmac = createHmac('sha256', secret);
  hmac.update(`${timestamp}.`);
  hmac.update(body);
  return `v1=${hmac.digest('hex')}`;
}

type HeaderBag =
  | Headers
  | Record<string, string | readonly string[] | undefined>
  | { get(name: string): string | null };

function header(headers: HeaderBag, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() !== wanted) continue;
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.join(',');
  }
  return undefined;
}

/**
 * For receivers: true when `Goldcard-Signature` holds a `v1=` signature of this raw body with
 * this secret, and `Goldcard-Timestamp` is within `toleranceSeconds` of now (a replayed request
 * older than that is refused; deduplicate on `Goldcard-Event-Id` as well). Several comma-separated
 * signatures are accepted (any may match). Compare against the raw bytes received, not re-encoded
 * JSON.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: HeaderBag,
  rawBody: string | Buffer,
  toleranceSeconds = 300,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  const timestampText = header(headers, WEBHOOK_HEADERS.timestamp)?.trim();
  const signatures = header(headers, WEBHOOK_HEADERS.signature);
  if (!timestampText || !/^\d{1,12}$/.test(timestampText) || !signatures) return false;
  const timestamp = Number(timestampText);
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, rawBody), 'utf8');
  return signatures
    .split(',')
    .map((s) => Buffer.from(s.trim(), 'utf8'))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}
