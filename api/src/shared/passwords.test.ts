import { readdir, readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { configurePasswordPool, DEFAULT_PASSWORD_POOL } from './password-pool.js';
import { hashPassword, needsRehash, verifyPassword } from './passwords.js';

/** The niceness of each of this process's threads (field 19 of /proc/self/task/<tid>/stat). */
async function threadNiceness(): Promise<number[]> {
  const tids = await readdir('/proc/self/task');
  // Threads of an earlier pool may end while this reads.
  const stats = await Promise.all(
    tids.map((t) => readFile(`/proc/self/task/${t}/stat`, 'utf8').catch(() => null)),
  );
  return stats
    .filter((s) => s !== null)
    .map((s) => Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[16]));
}

afterEach(() => configurePasswordPool(DEFAULT_PASSWORD_POOL));

describe('password hashing', () => {
  it('hashes with today’s parameters and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,t=2,p=1\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapl')).toBe(false);
    // Not a PHC string: matches nothing, is not an error.
    expect(await verifyPassword('plain-text', 'plain-text')).toBe(false);
    expect(needsRehash('$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA')).toBe(true);
  });

  it('hashes on threads of lower priority than the event loop', async () => {
    configurePasswordPool({ workers: 2, nice: 10 });
    await new Promise((resolve) => setTimeout(resolve, 100)); // earlier pools' threads gone
    const before = (await threadNiceness()).filter((n) => n === 10).length;
    await Promise.all([hashPassword('a'), hashPassword('b')]);
    const niceness = await threadNiceness();
    expect(niceness.filter((n) => n === 10).length).toBe(before + 2);
    // This thread (the event loop) is untouched.
    const self = await readFile('/proc/thread-self/stat', 'utf8');
    expect(Number(self.slice(self.lastIndexOf(')') + 2).split(' ')[16])).toBe(0);
  });

  it('refuses work beyond its queue at once with SERVICE_UNAVAILABLE', async () => {
    configurePasswordPool({ workers: 1, queueLimit: 2, nice: 0 });
    const results = await Promise.allSettled(
      ['1', '2', '3', '4', '5'].map((p) => hashPassword(`password ${p}`)),
    );
    // One hashing, two waiting, two refused.
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(2);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect((r.reason as AppError).code).toBe('SERVICE_UNAVAILABLE');
    }
  });
});
