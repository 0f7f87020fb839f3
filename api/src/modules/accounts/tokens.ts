import { createHash, randomBytes } from 'node:crypto';

/** A secret for a URL or a header: 256 random bits. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a token: knowing the hash does not give the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
