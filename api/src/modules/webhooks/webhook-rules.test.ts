import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AmendmentStatus } from '../amendments/amendment-status.js';
import { describeWebhookError } from './webhook-dispatcher.js';
import { WebhookEventType, webhookEventForTransition } from './webhook-event-type.js';
import {
  generateWebhookSecret,
  openWebhookSecret,
  parseWebhookSecretKey,
  sealWebhookSecret,
  WebhookSecretKeyError,
} from './webhook-secret.js';
import { defaultWebhookSettings, webhookBackoffMs } from './webhook-settings.js';
import { signWebhook, verifyWebhookSignature } from './webhook-signature.js';
import {
  checkWebhookTarget,
  isPrivateAddress,
  parseWebhookUrl,
  resolveWebhookTarget,
  type LookupAll,
  WebhookTargetError,
} from './webhook-target.js';

const strict = { allowPrivateTargets: false, requireHttps: false };
const production = { allowPrivateTargets: false, requireHttps: true };
const relaxed = { allowPrivateTargets: true, requireHttps: false };

/** A DNS that knows a few names (anything else: ENOTFOUND, as dns.lookup would answer). */
const fakeDns =
  (table: Record<string, string[]>): LookupAll =>
  (host) => {
    const addresses = table[host];
    if (!addresses) {
      return Promise.reject(
        Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }),
      );
    }
    return Promise.resolve(addresses.map((a) => ({ address: a, family: a.includes(':') ? 6 : 4 })));
  };

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WebhookTargetError) return error.reason;
    throw error;
  }
  return 'ACCEPTED';
}

describe('which addresses are private', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.1',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    '2002:c0a8:101::1',
    '[::1]',
    'not-an-address',
  ])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '172.15.255.255',
    '172.32.0.1',
    '192.169.0.1',
    '11.0.0.1',
    '2606:4700:4700::1111',
    '2a00:1450:4001:80b::200e',
    '::ffff:8.8.8.8',
  ])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('judges every IPv4 address the same in its IPv4-mapped IPv6 form', () => {
    fc.assert(
      fc.property(fc.ipV4(), (v4) => {
        expect(isPrivateAddress(`::ffff:${v4}`)).toBe(isPrivateAddress(v4));
      }),
    );
  });
});

describe('target URLs', () => {
  it('accepts public http(s) URLs and drops the fragment', async () => {
    const url = await checkWebhookTarget(
      'https://hooks.example.com/goldcard#x',
      strict,
      fakeDns({ 'hooks.example.com': ['93.184.215.14'] }),
    );
    expect(url.href).toBe('https://hooks.example.com/goldcard');
    expect(await refusal(checkWebhookTarget('http://93.184.215.14:8080/in', strict))).toBe(
      'ACCEPTED',
    );
  });

  it.each([
    ['ftp://files.example.com/in', 'SCHEME'],
    ['file:///etc/passwd', 'SCHEME'],
    ['javascript:alert(1)', 'SCHEME'],
    ['not a url', 'MALFORMED'],
    ['https://user:pw@hooks.example.com/', 'CREDENTIALS'],
    ['http://127.0.0.1:4000/graphql', 'PRIVATE_ADDRESS'],
    ['http://[::1]/', 'PRIVATE_ADDRESS'],
    ['http://[::ffff:127.0.0.1]/', 'PRIVATE_ADDRESS'],
    ['http://169.254.169.254/latest/meta-data', 'PRIVATE_ADDRESS'],
    ['http://10.1.2.3/', 'PRIVATE_ADDRESS'],
    ['http://2130706433/', 'PRIVATE_ADDRESS'], // 127.0.0.1 as one number
    ['http://0x7f.1/', 'PRIVATE_ADDRESS'],
    ['http://0.0.0.0/', 'PRIVATE_ADDRESS'],
    ['http://intranet.example/', 'PRIVATE_ADDRESS'],
    ['http://mixed.example/', 'PRIVATE_ADDRESS'],
    ['http://nowhere.example/', 'UNRESOLVABLE'],
  ])('refuses %s (%s) when private targets are not allowed', async (url, reason) => {
    const dns = fakeDns({
      'intranet.example': ['10.1.2.3'],
      'mixed.example': ['93.184.215.14', '192.168.1.5'],
    });
    expect(await refusal(checkWebhookTarget(url, strict, dns))).toBe(reason);
  });

  it('resolves real names too: localhost is loopback', async () => {
    expect(await refusal(checkWebhookTarget('http://localhost:8080/hook', strict))).toBe(
      'PRIVATE_ADDRESS',
    );
  });

  it('requires https in production, allows http elsewhere', async () => {
    expect(await refusal(checkWebhookTarget('http://93.184.215.14/', production))).toBe(
      'HTTPS_REQUIRED',
    );
    expect(await refusal(checkWebhookTarget('https://93.184.215.14/', production))).toBe(
      'ACCEPTED',
    );
  });

  it('allows loopback and unresolved names when private targets are allowed (development)', async () => {
    expect(await refusal(checkWebhookTarget('http://127.0.0.1:9/x', relaxed))).toBe('ACCEPTED');
    expect(
      await refusal(checkWebhookTarget('http://not-yet.example/x', relaxed, fakeDns({}))),
    ).toBe('ACCEPTED');
    expect(await refusal(checkWebhookTarget('ftp://127.0.0.1/', relaxed))).toBe('SCHEME');
  });

  it('resolves again at delivery time and refuses a name that now points inside', async () => {
    const url = parseWebhookUrl('https://rebinding.example/hook', strict);
    const before = fakeDns({ 'rebinding.example': ['93.184.215.14'] });
    const after = fakeDns({ 'rebinding.example': ['127.0.0.1'] });
    expect(await resolveWebhookTarget(url, strict, before)).toEqual([
      { address: '93.184.215.14', family: 4 },
    ]);
    expect(await refusal(resolveWebhookTarget(url, strict, after))).toBe('PRIVATE_ADDRESS');
  });
});

describe('signatures', () => {
  const secret = generateWebhookSecret();
  const body = JSON.stringify({ id: 'e1', type: 'AMENDMENT_APPROVED' });
  const now = 1_800_000_000;

  it('are HMAC-SHA256 over "<timestamp>.<body>" keyed with the secret as shown', () => {
    const expected = createHmac('sha256', secret).update(`${now}.${body}`).digest('hex');
    expect(signWebhook(secret, now, body)).toBe(`v1=${expected}`);
    expect(signWebhook(secret, now, Buffer.from(body))).toBe(`v1=${expected}`);
  });

  it('verify: right secret, body and fresh timestamp only', () => {
    const headers = {
      'goldcard-timestamp': String(now),
      'goldcard-signature': signWebhook(secret, now, body),
    };
    expect(verifyWebhookSignature(secret, headers, body, 300, now + 10)).toBe(true);
    expect(verifyWebhookSignature(secret, new Headers(headers), Buffer.from(body), 300, now)).toBe(
      true,
    );
    expect(verifyWebhookSignature(generateWebhookSecret(), headers, body, 300, now)).toBe(false);
    expect(verifyWebhookSignature(secret, headers, `${body} `, 300, now)).toBe(false);
    // Replayed later than the tolerance, or from the future.
    expect(verifyWebhookSignature(secret, headers, body, 300, now + 301)).toBe(false);
    expect(verifyWebhookSignature(secret, headers, body, 300, now - 301)).toBe(false);
    // A timestamp changed in transit no longer matches the signature.
    const moved = { ...headers, 'goldcard-timestamp': String(now + 1) };
    expect(verifyWebhookSignature(secret, moved, body, 300, now)).toBe(false);
    expect(
      verifyWebhookSignature(secret, { 'goldcard-timestamp': String(now) }, body, 300, now),
    ).toBe(false);
    expect(verifyWebhookSignature(secret, {}, body)).toBe(false);
  });

  it('verify accepts any of several signatures (secret rotation)', () => {
    const headers = {
      'Goldcard-Timestamp': String(now),
      'Goldcard-Signature': `v1=${'0'.repeat(64)}, ${signWebhook(secret, now, body)}`,
    };
    expect(verifyWebhookSignature(secret, headers, body, 300, now)).toBe(true);
  });
});

describe('stored secrets', () => {
  const key = randomBytes(32).toString('base64url');

  it('are kept as issued without a key, sealed with one (bound to the subscription)', () => {
    const secret = generateWebhookSecret();
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(sealWebhookSecret(secret, 'sub-1', null)).toBe(secret);
    const sealed = sealWebhookSecret(secret, 'sub-1', key);
    expect(sealed).toMatch(/^enc1\./);
    expect(sealed).not.toContain(secret);
    expect(openWebhookSecret(sealed, 'sub-1', key)).toBe(secret);
    expect(openWebhookSecret(secret, 'sub-1', key)).toBe(secret); // stored before the key
    expect(() => openWebhookSecret(sealed, 'sub-2', key)).toThrow(WebhookSecretKeyError);
    expect(() => openWebhookSecret(sealed, 'sub-1', null)).toThrow(WebhookSecretKeyError);
    const otherKey = randomBytes(32).toString('hex');
    expect(() => openWebhookSecret(sealed, 'sub-1', otherKey)).toThrow(WebhookSecretKeyError);
  });

  it('take keys of 32 bytes as hex, base64 or base64url', () => {
    const bytes = randomBytes(32);
    for (const text of [
      bytes.toString('hex'),
      bytes.toString('base64'),
      bytes.toString('base64url'),
    ]) {
      expect(parseWebhookSecretKey(text)).toEqual(bytes);
    }
    expect(parseWebhookSecretKey('too-short')).toBeNull();
    expect(parseWebhookSecretKey(randomBytes(16).toString('hex'))).toBeNull();
  });
});

describe('events and retries', () => {
  it('maps status changes to events; a released case is not submitted again', () => {
    expect(webhookEventForTransition(AmendmentStatus.SUBMITTED, AmendmentStatus.DRAFT)).toBe(
      WebhookEventType.AMENDMENT_SUBMITTED,
    );
    expect(webhookEventForTransition(AmendmentStatus.SUBMITTED)).toBe(
      WebhookEventType.AMENDMENT_SUBMITTED,
    );
    expect(
      webhookEventForTransition(AmendmentStatus.SUBMITTED, AmendmentStatus.UNDER_REVIEW),
    ).toBeNull();
    expect(webhookEventForTransition(AmendmentStatus.SUPPLEMENT_REQUESTED)).toBe(
      WebhookEventType.DOCUMENTS_REQUESTED,
    );
    expect(webhookEventForTransition(AmendmentStatus.APPROVED)).toBe(
      WebhookEventType.AMENDMENT_APPROVED,
    );
    expect(webhookEventForTransition(AmendmentStatus.REJECTED)).toBe(
      WebhookEventType.AMENDMENT_REJECTED,
    );
    expect(webhookEventForTransition(AmendmentStatus.CARD_READY)).toBe(WebhookEventType.CARD_READY);
    for (const status of [
      AmendmentStatus.DRAFT,
      AmendmentStatus.UNDER_REVIEW,
      AmendmentStatus.WITHDRAWN,
      AmendmentStatus.CARD_COLLECTED,
    ]) {
      expect(webhookEventForTransition(status)).toBeNull();
    }
  });

  it('back off exponentially from the base, capped; the defaults span about a day', () => {
    expect([1, 2, 3, 4].map((n) => webhookBackoffMs(n, 30_000, 3_600_000))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(webhookBackoffMs(20, 30_000, 3_600_000)).toBe(3_600_000);
    expect(webhookBackoffMs(5, 0, 3_600_000)).toBe(0);
    const d = defaultWebhookSettings('production');
    let total = 0;
    for (let n = 1; n < d.maxAttempts; n++)
      total += webhookBackoffMs(n, d.backoffBaseMs, d.backoffMaxMs);
    expect(total / 3_600_000).toBeGreaterThan(20);
    expect(total / 3_600_000).toBeLessThan(30);
    expect(d).toMatchObject({ allowPrivateTargets: false, requireHttps: true });
    expect(defaultWebhookSettings('development')).toMatchObject({
      allowPrivateTargets: true,
      requireHttps: false,
    });
  });

  it('describe failures without URLs', () => {
    const error = Object.assign(
      new Error('connect ECONNREFUSED 10.0.0.1:443 (https://h.example/x?token=abc)'),
      {
        code: 'ECONNREFUSED',
      },
    );
    const text = describeWebhookError(error);
    expect(text).toContain('ECONNREFUSED');
    expect(text).not.toContain('token=abc');
    expect(describeWebhookError(new WebhookTargetError('PRIVATE_ADDRESS'))).toBe(
      'target refused: PRIVATE_ADDRESS',
    );
    expect(describeWebhookError(new DOMException('x', 'TimeoutError'))).toBe('timed out');
  });
});
