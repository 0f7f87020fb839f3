import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestDocumentStore,
  DOCUMENT_STORE_KINDS,
  stopSharedS3Server,
  type TestDocumentStore,
} from '../../test-support/document-stores.js';
import {
  DocumentNotFoundError,
  FilesystemDocumentStore,
  InvalidDocumentKeyError,
  isValidDocumentKey,
  newDocumentKey,
} from './document-store.js';

afterAll(stopSharedS3Server);

describe.each(DOCUMENT_STORE_KINDS)('the %s document store', (kind) => {
  let subject: TestDocumentStore;
  let store: TestDocumentStore['store'];

  beforeEach(async () => {
    subject = await createTestDocumentStore(kind);
    store = subject.store;
  });
  afterEach(async () => {
    await subject.dispose();
  });

  /** Everything the store holds (for the filesystem: files and directories, relative paths). */
  const listing = () => subject.contents();
  /** Only the stored objects (for the filesystem: files three levels down, temporaries included). */
  const objects = async () => (await listing()).filter((p) => p.split('/').length === 3);

  describe('document keys', () => {
    it.runIf(kind === 'filesystem')(
      'are generated as yyyy/mm/<uuid> in UTC, unique each time',
      () => {
        const key = newDocumentKey(new Date('2026-01-31T23:30:00-08:00'));
        expect(key).toMatch(
          /^2026\/02\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
        expect(newDocumentKey()).not.toBe(newDocumentKey());
        expect(isValidDocumentKey(newDocumentKey())).toBe(true);
      },
    );

    it.each([
      '',
      '../etc/passwd',
      'a/../b',
      '2026/01/..',
      '..',
      '/etc/passwd',
      'a//b',
      'a/',
      '.hidden',
      'a/.tmp',
      'a\\b',
      'C:\\x',
      'a b',
      'a\0b',
      'ä',
      'x'.repeat(513),
      'a/b/c/d/e/f/g/h/i',
    ])('refuses %j', async (key) => {
      expect(isValidDocumentKey(key)).toBe(false);
      await expect(store.put(key, Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
        InvalidDocumentKeyError,
      );
      await expect(store.get(key)).rejects.toBeInstanceOf(InvalidDocumentKeyError);
      await expect(store.exists(key)).rejects.toBeInstanceOf(InvalidDocumentKeyError);
      await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidDocumentKeyError);
      expect(await listing()).toEqual([]);
    });
  });

  describe('objects', () => {
    it('puts, gets, tells existence and deletes', async () => {
      const key = '2026/05/3b0c2f9e-0000-4000-8000-000000000001';
      expect(await store.exists(key)).toBe(false);
      await store.put(key, Readable.from([Buffer.from('hello '), Buffer.from('world')]));
      expect(await store.exists(key)).toBe(true);
      expect(await text(await store.get(key))).toBe('hello world');
      expect(await objects()).toEqual(['2026/05/3b0c2f9e-0000-4000-8000-000000000001']);

      await store.delete(key);
      expect(await store.exists(key)).toBe(false);
      await store.delete(key); // again: no error
      expect(await listing()).toEqual([]); // emptied directories go too
    });

    it('rejects get of a missing key with DocumentNotFoundError', async () => {
      await expect(store.get('2026/05/missing')).rejects.toBeInstanceOf(DocumentNotFoundError);
      await expect(store.get('2026/05/missing')).rejects.toMatchObject({
        code: 'DOCUMENT_NOT_FOUND',
      });
    });

    it('writes atomically: until the stream ends nothing is stored under the key', async () => {
      const key = newDocumentKey();
      const source = new PassThrough();
      const putting = store.put(key, source);
      source.write(Buffer.alloc(100_000, 1));
      await new Promise((r) => setTimeout(r, 50));
      expect(await store.exists(key)).toBe(false);
      await expect(store.get(key)).rejects.toBeInstanceOf(DocumentNotFoundError);
      if (kind === 'filesystem') {
        const files = await objects();
        expect(files).toHaveLength(1);
        expect(path.basename(files[0] ?? '')).toMatch(/^\..+\.tmp$/);
      } else {
        expect(await objects()).toEqual([]);
      }
      source.end(Buffer.alloc(100_000, 2));
      await putting;
      expect(await store.exists(key)).toBe(true);
      const stored = await buffer(await store.get(key));
      expect(stored.length).toBe(200_000);
      expect(stored[0]).toBe(1);
      expect(stored[199_999]).toBe(2);
      expect(await objects()).toEqual([key]);
    });

    it('stores and streams back an object larger than one multipart part, byte for byte', async () => {
      const key = newDocumentKey();
      const bytes = Buffer.alloc(11 * 1024 * 1024);
      for (let i = 0; i < bytes.length; i += 4096) bytes.writeUInt32BE(i, i);
      await store.put(
        key,
        Readable.from([bytes.subarray(0, 3_000_000), bytes.subarray(3_000_000)]),
      );
      const body = await store.get(key);
      expect(body).toBeInstanceOf(Readable);
      expect(
        createHash('sha256')
          .update(await buffer(body))
          .digest('hex'),
      ).toBe(createHash('sha256').update(bytes).digest('hex'));
    });

    it('leaves nothing behind when a multipart upload fails midway', async () => {
      const key = newDocumentKey();
      async function* failing() {
        yield Buffer.alloc(6 * 1024 * 1024, 1);
        await new Promise((r) => setTimeout(r, 50));
        throw new Error('connection reset');
      }
      await expect(store.put(key, Readable.from(failing()))).rejects.toThrow('connection reset');
      expect(await store.exists(key)).toBe(false);
      expect(await listing()).toEqual([]);
    });

    it('leaves nothing behind when the stream fails midway', async () => {
      const key = newDocumentKey();
      async function* failing() {
        yield Buffer.alloc(50_000, 1);
        await new Promise((r) => setTimeout(r, 10));
        throw new Error('connection reset');
      }
      await expect(store.put(key, Readable.from(failing()))).rejects.toThrow('connection reset');
      expect(await store.exists(key)).toBe(false);
      expect(await listing()).toEqual([]);
    });

    it('leaves nothing behind when the stream is destroyed without an error', async () => {
      const key = newDocumentKey();
      const source = new PassThrough();
      const putting = store.put(key, source);
      source.write(Buffer.alloc(10_000));
      setTimeout(() => source.destroy(), 20);
      await expect(putting).rejects.toThrow();
      expect(await listing()).toEqual([]);
    });

    it('replaces an object put again under the same key, keeping one file', async () => {
      const key = newDocumentKey();
      await store.put(key, Readable.from([Buffer.from('first')]));
      await store.put(key, Readable.from([Buffer.from('second')]));
      expect(await text(await store.get(key))).toBe('second');
      expect(await objects()).toEqual([key]);
    });

    it('survives concurrent writes, failures and deletes in the same directory', async () => {
      const keys = Array.from({ length: 20 }, () => newDocumentKey(new Date('2026-03-01')));
      const results = await Promise.allSettled(
        keys.map((key, i) =>
          i % 2
            ? store.put(key, Readable.from([Buffer.from(key)]))
            : store.put(
                key,
                Readable.from(
                  (function* () {
                    yield Buffer.from('partial');
                    throw new Error('cut');
                  })(),
                ),
              ),
        ),
      );
      results.forEach((r, i) => expect(r.status).toBe(i % 2 ? 'fulfilled' : 'rejected'));
      for (const [i, key] of keys.entries()) {
        expect(await store.exists(key)).toBe(i % 2 === 1);
        if (i % 2) {
          const hash = createHash('sha256')
            .update(await buffer(await store.get(key)))
            .digest('hex');
          expect(hash).toBe(createHash('sha256').update(key).digest('hex'));
        }
      }
      await Promise.all(keys.map((key) => store.delete(key)));
      expect(await listing()).toEqual([]);
    });
  });
});

describe('FilesystemDocumentStore', () => {
  it('keeps files 0600 and directories 0700', async () => {
    const subject = await createTestDocumentStore('filesystem');
    const store = subject.store as FilesystemDocumentStore;
    try {
      const key = '2026/05/3b0c2f9e-0000-4000-8000-000000000001';
      await store.put(key, Readable.from([Buffer.from('hello')]));
      expect((await stat(store.pathOf(key))).mode & 0o777).toBe(0o600);
      expect((await stat(path.join(store.rootDir, '2026'))).mode & 0o777).toBe(0o700);
      expect((await stat(path.join(store.rootDir, '2026', '05'))).mode & 0o777).toBe(0o700);
      expect(await readFile(store.pathOf(key), 'utf8')).toBe('hello');
    } finally {
      await subject.dispose();
    }
  });
});
