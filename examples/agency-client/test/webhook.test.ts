import { describe, expect, it } from 'vitest';
import { signGoldcardWebhook, verifyGoldcardSignature } from '../src/webhook.js';

const SECRET = 'whsec-example-secret';
const BODY = JSON.stringify({
  id: '5b0c6c1e-7f6a-4c55-9a31-2f4d1c0e8a10',
  type: 'AMENDMENT_SUBMITTED',
  occurredAt: '2026-11-28T00:00:00.000Z',
  amendment: {
    id: '4ba420e1-371a-432d-a4cc-90c8ccca1371',
    applicationNumber: 'GC2026-0000001',
    status: 'SUBMITTED',
  },
});
const TIMESTAMP = 1795392000;
/** What the server's signer (api/src/modules/webhooks/webhook-signature.ts) gives for the above. */
const SERVER_SIGNATURE = 'v1=3b62f3103ef0e120b8af925f6dfd0d9a4c8cb861ec317b23ecf899279e3d09b0';

const headersAt = (timestamp: number, signature: string) =>
  new Headers({
    'Goldcard-Event-Id': '5b0c6c1e-7f6a-4c55-9a31-2f4d1c0e8a10',
    'Goldcard-Event-Type': 'AMENDMENT_SUBMITTED',
    'Goldcard-Timestamp': String(timestamp),
    'Goldcard-Signature': signature,
  });

describe('verifyGoldcardSignature', () => {
  it('signs exactly as the server does', () => {
    expect(signGoldcardWebhook(SECRET, TIMESTAMP, BODY)).toBe(SERVER_SIGNATURE);
    expect(signGoldcardWebhook(SECRET, TIMESTAMP, Buffer.from(BODY))).toBe(SERVER_SIGNATURE);
  });

  it('accepts a good signature (fetch Headers or Node’s lower-case header object)', () => {
    const now = Math.floor(Date.now() / 1000);
    const signature = signGoldcardWebhook(SECRET, now, BODY);
    expect(verifyGoldcardSignature(SECRET, headersAt(now, signature), BODY)).toBe(true);
    expect(
      verifyGoldcardSignature(
        SECRET,
        { 'goldcard-timestamp': String(now), 'goldcard-signature': signature },
        Buffer.from(BODY),
      ),
    ).toBe(true);
    expect(
      verifyGoldcardSignature(
        SECRET,
        headersAt(TIMESTAMP, SERVER_SIGNATURE),
        BODY,
        300,
        TIMESTAMP + 299,
      ),
    ).toBe(true);
  });

  it('accepts any one of several comma-separated signatures', () => {
    const now = Math.floor(Date.now() / 1000);
    const good = signGoldcardWebhook(SECRET, now, BODY);
    const other = signGoldcardWebhook('an-older-secret', now, BODY);
    expect(verifyGoldcardSignature(SECRET, headersAt(now, `${other}, ${good}`), BODY)).toBe(true);
  });

  it('refuses a tampered body', () => {
    const now = Math.floor(Date.now() / 1000);
    const signature = signGoldcardWebhook(SECRET, now, BODY);
    const tampered = BODY.replace('SUBMITTED', 'APPROVED');
    expect(verifyGoldcardSignature(SECRET, headersAt(now, signature), tampered)).toBe(false);
    // Re-encoded JSON is not the raw body either.
    const reencoded = JSON.stringify(JSON.parse(BODY), null, 2);
    expect(verifyGoldcardSignature(SECRET, headersAt(now, signature), reencoded)).toBe(false);
  });

  it('refuses an old (or far future) timestamp, even when correctly signed', () => {
    const now = Math.floor(Date.now() / 1000);
    const old = now - 301;
    expect(
      verifyGoldcardSignature(SECRET, headersAt(old, signGoldcardWebhook(SECRET, old, BODY)), BODY),
    ).toBe(false);
    const future = now + 301;
    expect(
      verifyGoldcardSignature(
        SECRET,
        headersAt(future, signGoldcardWebhook(SECRET, future, BODY)),
        BODY,
      ),
    ).toBe(false);
    // A wider window is the receiver's choice.
    expect(
      verifyGoldcardSignature(
        SECRET,
        headersAt(old, signGoldcardWebhook(SECRET, old, BODY)),
        BODY,
        600,
      ),
    ).toBe(true);
  });

  it('refuses a wrong secret, a swapped timestamp and missing or malformed headers', () => {
    const now = Math.floor(Date.now() / 1000);
    const signature = signGoldcardWebhook(SECRET, now, BODY);
    expect(verifyGoldcardSignature('another-secret', headersAt(now, signature), BODY)).toBe(false);
    expect(verifyGoldcardSignature(SECRET, headersAt(now - 1, signature), BODY)).toBe(false);
    expect(verifyGoldcardSignature(SECRET, headersAt(now, signature.slice(3)), BODY)).toBe(false);
    expect(verifyGoldcardSignature(SECRET, { 'Goldcard-Signature': signature }, BODY)).toBe(false);
    expect(verifyGoldcardSignature(SECRET, headersAt(now, ''), BODY)).toBe(false);
    expect(
      verifyGoldcardSignature(
        SECRET,
        { 'goldcard-timestamp': `${now}.5`, 'goldcard-signature': signature },
        BODY,
      ),
    ).toBe(false);
  });
});
