import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A new signing secret: 32 random bytes, base64url (43 characters). Shown to its owner once. */
export function generateWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

const PREFIX = 'enc1.';

/** Accepts 32 bytes written as 64 hex digits, or as base64 / base64url (with or without `=`). */
export function parseWebhookSecretKey(text: string): Buffer | null {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const key = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return key.length === 32 ? key : null;
  }
  return null;
}

export class WebhookSecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookSecretKeyError';
  }
}

function keyOf(secretKey: string): Buffer {
  const key = parseWebhookSecretKey(secretKey);
  if (!key) throw new WebhookSecretKeyError('WEBHOOK_SECRET_KEY is not 32 bytes (hex or base64)');
  return key;
}

/**
 * What to store for a signing secret: with a key, `enc1.<iv>.<ciphertext and tag>` (AES-256-GCM,
 * bound to the subscription id so a stored value cannot be moved to another subscription);
 * without one, the secret as issued.
 */
export function sealWebhookSecret(
  secret: string,
  subscriptionId: string,
  secretKey: string | null,
): string {
  if (!secretKey) return secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secretKey), iv);
  cipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
  const sealed = Buffer.concat([
    cipher.update(secret, 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return `${PREFIX}${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/** The secret to sign with. Stored values from before a key was configured are used as they are. */
export function openWebhookSecret(
  stored: string,
  subscriptionId: string,
  secretKey: string | null,
): string {
  if (!stored.startsWith(PREFIX)) return stored;
  if (!secretKey) {
    throw new WebhookSecretKeyError(
      'the signing secret is encrypted but WEBHOOK_SECRET_KEY is unset',
    );
  }
  const [ivText, sealedText] = stored.slice(PREFIX.length).split('.');
  const iv = Buffer.from(ivText ?? '', 'base64url');
  const sealed = Buffer.from(sealedText ?? '', 'base64url');
  if (iv.length !== 12 || sealed.length < 17) {
    throw new WebhookSecretKeyError('the stored signing secret is malformed');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secretKey), iv);
    decipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - 16)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new WebhookSecretKeyError(
      'the signing secret cannot be decrypted with WEBHOOK_SECRET_KEY',
    );
  }
}
