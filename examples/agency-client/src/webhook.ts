import { createHmac, timingSafeEqual } from 'node:crypto';

/** Request headers as fetch's `Headers` or Node's `req.headers` (names in any case). */
export type WebhookHeaders =
  { get(name: string): string | null } | Record<string, string | readonly string[] | undefined>;

function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof headers.get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.join(',');
  }
  return undefined;
}

/**
 * `v1=` and the hex HMAC-SHA256, keyed with the subscription's signing secret (its text as shown
 * at creation), of `<timestamp>.<raw body>`; the timestamp is in unix seconds.
 */
export function signGoldcardWebhook(
  secret: string,
  timestamp: number,
  rawBody: string | Uint8Array,
): string {
  const hmac = createHmac('sha256', secret);
  hmac.update(`${timestamp}.`);
  hmac.update(rawBody);
  return `v1=${hmac.digest('hex')}`;
}

/**
 * True when a webhook request really comes from goldcard and is fresh:
 * - `Goldcard-Timestamp` (unix seconds) is within `toleranceSeconds` of now, either way;
 * - `Goldcard-Signature` holds `v1=<hex HMAC-SHA256(secret, timestamp + "." + rawBody)>` (several
 *   comma-separated signatures may be sent, e.g. while a secret is replaced: any may match),
 *   compared in constant time.
 * Pass the body exactly as received (bytes or text), before any JSON parsing. Then deduplicate
 * on `Goldcard-Event-Id`: a retried delivery carries the same id.
 */
export function verifyGoldcardSignature(
  secret: string,
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  toleranceSeconds = 300,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  const timestampText = headerValue(headers, 'Goldcard-Timestamp')?.trim();
  const signatures = headerValue(headers, 'Goldcard-Signature');
  if (!timestampText || !/^\d{1,12}$/.test(timestampText) || !signatures) return false;
  const timestamp = Number(timestampText);
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signGoldcardWebhook(secret, timestamp, rawBody), 'utf8');
  return signatures
    .split(',')
    .map((candidate) => Buffer.from(candidate.trim(), 'utf8'))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}
