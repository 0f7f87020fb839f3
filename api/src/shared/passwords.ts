import { Algorithm } from '@node-rs/argon2';
import { PasswordInputError, passwordPool } from './password-pool.js';

/**
 * argon2id at 64 MiB, 2 passes, 1 lane, stored as a PHC string. Above every OWASP minimum
 * (19 MiB × 2 passes is the first): the optimised implementation verifies this in about the
 * time the reference one took for the minimum (bench/README.md, B5). Hashes with other
 * parameters still verify and are upgraded at the next login.
 */
export const ARGON2_OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 65_536,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return passwordPool().run<string>({ op: 'hash', args: [password, ARGON2_OPTIONS] });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await passwordPool().run<boolean>({ op: 'verify', args: [hash, password] });
  } catch (error) {
    // A stored value that is not a PHC hash matches no password.
    if (error instanceof PasswordInputError) return false;
    throw error;
  }
}

/** Whether a stored hash was made with other parameters than today's. */
export function needsRehash(hash: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(hash);
  return (
    !match ||
    Number(match[1]) !== ARGON2_OPTIONS.memoryCost ||
    Number(match[2]) !== ARGON2_OPTIONS.timeCost ||
    Number(match[3]) !== ARGON2_OPTIONS.parallelism
  );
}
