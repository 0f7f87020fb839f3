import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable, Transform } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import fc from 'fast-check';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestDocumentStore,
  DOCUMENT_STORE_KINDS,
  stopSharedS3Server,
  type TestDocumentStore,
} from '../../test-support/document-stores.js';
import {
  padTo,
  sampleElf,
  sampleExe,
  sampleJpeg,
  samplePdf,
  samplePng,
} from '../../test-support/multipart.js';
import { DocumentType } from '../amendments/amendment-items.js';
import { FilesystemDocumentStore, type DocumentStore } from './document-store.js';
import { UploadError, isUploadError, type UploadErrorCode } from './documents.errors.js';
import {
  DIMENSION_SCAN_LIMIT,
  isFileSizeLimitError,
  storeFileUpload,
  storeUpload,
  type StoredFile,
} from './upload-pipeline.js';
import { uploadPolicyFor, type UploadPolicyOverrides } from './upload-policy.js';

const MiB = 1024 * 1024;

afterAll(stopSharedS3Server);

describe.each(DOCUMENT_STORE_KINDS)('on the %s store', (kind) => {
  let subject: TestDocumentStore;
  let store: TestDocumentStore['store'];

  beforeEach(async () => {
    subject = await createTestDocumentStore(kind);
    store = subject.store;
  });
  afterEach(async () => {
    await subject.dispose();
  });

  /** Everything the store holds (for the filesystem: files and directories). */
  const storeListing = () => subject.contents();
  const rootOf = (s: typeof store) => (s instanceof FilesystemDocumentStore ? s.rootDir : '');
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

  /** `bytes` as a stream of `chunkSize`-byte chunks (uploads arrive in pieces). */
  function chunked(bytes: Uint8Array, chunkSize = 16 * 1024): Readable {
    return Readable.from(
      (function* () {
        for (let i = 0; i < bytes.length; i += chunkSize) {
          yield Buffer.from(bytes.subarray(i, i + chunkSize));
        }
      })(),
    );
  }

  function upload(
    bytes: Uint8Array,
    type: DocumentType,
    options: {
      filename?: string;
      declaredMimeType?: string;
      overrides?: UploadPolicyOverrides;
      chunkSize?: number;
    } = {},
  ): Promise<StoredFile> {
    return storeUpload(
      {
        stream: chunked(bytes, options.chunkSize),
        filename: options.filename ?? 'file',
        declaredMimeType: options.declaredMimeType ?? 'application/octet-stream',
      },
      uploadPolicyFor(type, options.overrides),
      store,
    );
  }

  /** Awaits a refusal, checks its code (and params), and that the store was left empty. */
  async function expectRefusal(
    attempt: Promise<unknown>,
    code: UploadErrorCode,
    params?: Record<string, unknown>,
  ): Promise<UploadError> {
    const error = await attempt.then(
      () => {
        throw new Error(`expected ${code}, but the upload was stored`);
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UploadError);
    const refusal = error as UploadError;
    expect(refusal.code).toBe(code);
    if (params) expect(refusal.params).toEqual(params);
    expect(await storeListing()).toEqual([]);
    return refusal;
  }

  async function storedBytes(key: string): Promise<Buffer> {
    return buffer(await store.get(key));
  }

  describe('accepted uploads', () => {
    it('stores a valid PDF with its SHA-256, size, detected type and sanitised name', async () => {
      const pdf = samplePdf();
      const stored = await upload(pdf, DocumentType.PROOF_OF_ADDRESS, {
        filename: 'C:\\Users\\me\\lease\u202Efdp.exe',
        declaredMimeType: 'application/pdf',
      });
      expect(stored).toEqual({
        key: expect.stringMatching(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/) as unknown,
        sha256: sha256(pdf),
        size: pdf.length,
        mimeType: 'application/pdf',
        originalName: 'leasefdp.exe',
      });
      expect(await storedBytes(stored.key)).toEqual(pdf);
      if (store instanceof FilesystemDocumentStore) {
        expect((await stat(store.pathOf(stored.key))).mode & 0o777).toBe(0o600);
        expect(await storeListing()).toEqual(
          [stored.key.slice(0, 4), stored.key.slice(0, 7), stored.key].sort(),
        );
      } else {
        expect(await storeListing()).toEqual([stored.key]);
      }
    });

    it('stores a JPEG with its dimensions', async () => {
      const jpeg = sampleJpeg(640, 480);
      const stored = await upload(jpeg, DocumentType.PASSPORT, { filename: 'passport.jpg' });
      expect(stored).toMatchObject({ mimeType: 'image/jpeg', width: 640, height: 480 });
      expect(stored.sha256).toBe(sha256(jpeg));
      expect(await storedBytes(stored.key)).toEqual(jpeg);
    });

    it('stores a PNG photo of exactly the minimum size, 413×531', async () => {
      const png = samplePng(413, 531);
      const stored = await upload(png, DocumentType.PHOTO, { filename: 'photo.png' });
      expect(stored).toMatchObject({
        mimeType: 'image/png',
        width: 413,
        height: 531,
        size: png.length,
      });
      expect(stored.sha256).toBe(sha256(png));
    });

    it('judges a PNG renamed .pdf and declared application/pdf as the PNG it is', async () => {
      const png = samplePng(500, 600);
      const stored = await upload(png, DocumentType.PHOTO, {
        filename: 'photo.pdf',
        declaredMimeType: 'application/pdf',
      });
      expect(stored).toMatchObject({
        mimeType: 'image/png',
        originalName: 'photo.pdf',
        width: 500,
      });
    });

    it('reads JPEG dimensions as displayed: EXIF orientation 6 turns 531×413 into 413×531', async () => {
      const rotated = sampleJpeg(531, 413, { orientation: 6 });
      const stored = await upload(rotated, DocumentType.PHOTO);
      expect(stored).toMatchObject({ width: 413, height: 531 });
      await store.delete(stored.key);
      // The same pixels without the rotation are a landscape 531×413: too short for a photo.
      await expectRefusal(upload(sampleJpeg(531, 413), DocumentType.PHOTO), 'IMAGE_TOO_SMALL', {
        width: 531,
        height: 413,
        minWidth: 413,
        minHeight: 531,
      });
    });

    it('finds a JPEG frame header behind large metadata segments', async () => {
      const jpeg = sampleJpeg(450, 600);
      // 150 KiB of APP2 segments (as ICC profiles can be) between SOI and the frame.
      const segments = Array.from({ length: 3 }, () => {
        const seg = Buffer.alloc(4 + 50_000, 0x20);
        seg.writeUInt16BE(0xffe2, 0);
        seg.writeUInt16BE(50_002, 2);
        return seg;
      });
      const padded = Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
      const stored = await upload(padded, DocumentType.PHOTO, { chunkSize: 4096 });
      expect(stored).toMatchObject({ mimeType: 'image/jpeg', width: 450, height: 600 });
    });

    it('accepts a file of exactly the limit (5 MiB by default)', async () => {
      const pdf = padTo(samplePdf(), 5 * MiB);
      const stored = await upload(pdf, DocumentType.PASSPORT, { chunkSize: 64 * 1024 });
      expect(stored.size).toBe(5 * MiB);
      expect(stored.sha256).toBe(sha256(pdf));
    });

    it('streams into the store while the upload is still arriving', async () => {
      const source = new PassThrough();
      const storing = storeUpload(
        { stream: source, filename: 'big.pdf' },
        uploadPolicyFor(DocumentType.OTHER),
        store,
      );
      const pdf = padTo(samplePdf(), 1 * MiB);
      source.write(pdf.subarray(0, 512 * 1024));
      await new Promise((r) => setTimeout(r, 100));
      // Read on, not held back: the filesystem has it in a temporary file; the S3 store gathers
      // the bytes into the part (one PUT up to 5 MiB) it sends once the file is complete.
      expect(source.readableLength).toBe(0);
      if (store instanceof FilesystemDocumentStore) {
        const root = rootOf(store);
        const temp = (await readdir(root, { recursive: true })).find((p) => p.endsWith('.tmp'));
        expect(temp).toBeDefined();
        expect((await stat(path.join(root, temp ?? ''))).size).toBeGreaterThan(256 * 1024);
      }
      source.end(pdf.subarray(512 * 1024));
      expect((await storing).sha256).toBe(sha256(pdf));
    });

    it('gives the same result however the bytes are cut into chunks', async () => {
      const png = samplePng(420, 540);
      const expected = { sha256: sha256(png), size: png.length, width: 420, height: 540 };
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 70_000 }), async (chunkSize) => {
          const stored = await upload(png, DocumentType.PHOTO, { chunkSize });
          expect(stored).toMatchObject(expected);
          await store.delete(stored.key);
        }),
        { numRuns: 25 },
      );
      expect(await storeListing()).toEqual([]);
    });
  });

  describe('refused uploads leave the store empty', () => {
    it('refuses an empty (0-byte) file as FILE_EMPTY', async () => {
      await expectRefusal(upload(Buffer.alloc(0), DocumentType.PASSPORT), 'FILE_EMPTY', {});
      await expectRefusal(
        storeUpload({ stream: Readable.from([]) }, uploadPolicyFor(DocumentType.OTHER), store),
        'FILE_EMPTY',
      );
    });

    it('refuses 1 byte over the default limit as FILE_TOO_LARGE', async () => {
      const pdf = padTo(samplePdf(), 5 * MiB + 1);
      await expectRefusal(
        upload(pdf, DocumentType.PASSPORT, { chunkSize: 64 * 1024 }),
        'FILE_TOO_LARGE',
        {
          maxBytes: 5 * MiB,
        },
      );
    });

    it('refuses a photo 1 byte over its 2 MiB limit', async () => {
      const png = padTo(samplePng(413, 531), 2 * MiB + 1);
      await expectRefusal(upload(png, DocumentType.PHOTO), 'FILE_TOO_LARGE', { maxBytes: 2 * MiB });
      const exact = await upload(padTo(samplePng(413, 531), 2 * MiB), DocumentType.PHOTO);
      expect(exact.size).toBe(2 * MiB);
    });

    it('applies configured limits', async () => {
      const overrides = { default: { maxBytes: 10_000 } };
      const exact = await upload(padTo(samplePdf(), 10_000), DocumentType.MANDATE, { overrides });
      await store.delete(exact.key);
      await expectRefusal(
        upload(padTo(samplePdf(), 10_001), DocumentType.MANDATE, { overrides }),
        'FILE_TOO_LARGE',
        { maxBytes: 10_000 },
      );
    });

    it('stops reading as soon as the limit is passed, whatever the sender claimed', async () => {
      let pulled = 0;
      const head = samplePdf();
      const endless = new Readable({
        read() {
          const chunk = pulled === 0 ? padTo(head, 16 * 1024) : Buffer.alloc(16 * 1024, 0x20);
          pulled += chunk.length;
          this.push(chunk);
        },
      });
      await expectRefusal(
        storeUpload(
          { stream: endless },
          uploadPolicyFor(DocumentType.OTHER, { default: { maxBytes: 100_000 } }),
          store,
        ),
        'FILE_TOO_LARGE',
        { maxBytes: 100_000 },
      );
      expect(endless.destroyed).toBe(true);
      // What the stream machinery read ahead (a few chunks), not the endless rest.
      expect(pulled).toBeLessThan(100_000 + 128 * 1024);
    });

    it.each([
      ['an ELF executable', sampleElf(), 'application/x-elf'],
      ['a Windows executable', sampleExe(), 'application/x-msdownload'],
      ['plain text', Buffer.from('just some text\n'.repeat(500)), 'unknown'],
      [
        'a ZIP archive',
        Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]),
        'application/zip',
      ],
      ['a single byte', Buffer.from([0x25]), 'unknown'],
    ])('refuses %s as FILE_TYPE_NOT_ALLOWED', async (_label, bytes, detectedType) => {
      await expectRefusal(
        upload(bytes, DocumentType.OTHER, {
          filename: 'scan.pdf',
          declaredMimeType: 'application/pdf',
        }),
        'FILE_TYPE_NOT_ALLOWED',
        { detectedType, allowedTypes: 'application/pdf, image/jpeg, image/png' },
      );
    });

    it('refuses a PDF as a photo, and a PNG where configuration allows only PDF', async () => {
      await expectRefusal(upload(samplePdf(), DocumentType.PHOTO), 'FILE_TYPE_NOT_ALLOWED', {
        detectedType: 'application/pdf',
        allowedTypes: 'image/jpeg, image/png',
      });
      await expectRefusal(
        upload(samplePng(500, 600), DocumentType.PROOF_OF_ADDRESS, {
          filename: 'bill.pdf',
          declaredMimeType: 'application/pdf',
          overrides: { byType: { PROOF_OF_ADDRESS: { allowedMimeTypes: ['application/pdf'] } } },
        }),
        'FILE_TYPE_NOT_ALLOWED',
        { detectedType: 'image/png', allowedTypes: 'application/pdf' },
      );
    });

    it('refuses a photo of 400×500 as IMAGE_TOO_SMALL', async () => {
      await expectRefusal(upload(samplePng(400, 500), DocumentType.PHOTO), 'IMAGE_TOO_SMALL', {
        width: 400,
        height: 500,
        minWidth: 413,
        minHeight: 531,
      });
      await expectRefusal(upload(sampleJpeg(412, 600), DocumentType.PHOTO), 'IMAGE_TOO_SMALL');
      await expectRefusal(upload(samplePng(413, 530), DocumentType.PHOTO), 'IMAGE_TOO_SMALL');
    });

    it('does not apply the photo minimum to other document types', async () => {
      const stored = await upload(samplePng(100, 80), DocumentType.CURRENT_CARD);
      expect(stored).toMatchObject({ width: 100, height: 80 });
    });

    it('refuses an image whose dimensions cannot be read as FILE_UNREADABLE', async () => {
      const jpeg = sampleJpeg(600, 800);
      // Cut before the frame header: only SOI and the JFIF segment remain, then noise.
      const broken = Buffer.concat([jpeg.subarray(0, 20), Buffer.alloc(5000, 0x00)]);
      await expectRefusal(upload(broken, DocumentType.PHOTO), 'FILE_UNREADABLE', {
        detectedType: 'image/jpeg',
      });
      // A frame header further in than the scan limit.
      const seg = Buffer.alloc(4 + 65_000, 0x20);
      seg.writeUInt16BE(0xffe2, 0);
      seg.writeUInt16BE(65_002, 2);
      const far = Buffer.concat([
        jpeg.subarray(0, 2),
        ...Array.from({ length: Math.ceil(DIMENSION_SCAN_LIMIT / 65_000) + 1 }, () => seg),
        jpeg.subarray(2),
      ]);
      await expectRefusal(upload(far, DocumentType.PASSPORT), 'FILE_UNREADABLE');
    });

    it('refuses a stream that errors midway as UPLOAD_INCOMPLETE', async () => {
      const png = samplePng(600, 800);
      for (const cutAt of [100, 5000, png.length - 10]) {
        const failing = Readable.from(
          (async function* () {
            yield png.subarray(0, cutAt);
            await new Promise((r) => setTimeout(r, 5));
            throw new Error('ECONNRESET');
          })(),
        );
        const refusal = await expectRefusal(
          storeUpload({ stream: failing }, uploadPolicyFor(DocumentType.PHOTO), store),
          'UPLOAD_INCOMPLETE',
          {},
        );
        expect((refusal.cause as Error).message).toBe('ECONNRESET');
      }
    });

    it('refuses a stream that closes before its end as UPLOAD_INCOMPLETE', async () => {
      const source = new PassThrough();
      const storing = storeUpload({ stream: source }, uploadPolicyFor(DocumentType.OTHER), store);
      source.write(padTo(samplePdf(), 50_000));
      setTimeout(() => source.destroy(), 20);
      await expectRefusal(storing, 'UPLOAD_INCOMPLETE');
    });

    it('maps the multipart parser’s maxFileSize error to FILE_TOO_LARGE, with the limit hit', async () => {
      const parserError = Object.assign(
        new Error('File truncated as it exceeds the 10000 byte size limit.'),
        { status: 413, statusCode: 413, expose: true, name: 'PayloadTooLargeError' },
      );
      expect(isFileSizeLimitError(parserError)).toBe(true);
      expect(
        isFileSizeLimitError(
          Object.assign(new Error('2 max file uploads exceeded.'), { status: 413 }),
        ),
      ).toBe(false);

      // Emitted by the stream after some bytes …
      const failing = Readable.from(
        (async function* () {
          yield padTo(samplePdf(), 8000);
          await new Promise((r) => setTimeout(r, 5));
          throw parserError;
        })(),
      );
      await expectRefusal(
        storeUpload({ stream: failing }, uploadPolicyFor(DocumentType.OTHER), store),
        'FILE_TOO_LARGE',
        { maxBytes: 10_000 },
      );
      // … or thrown by createReadStream when the file was already truncated.
      const truncated: FileUpload = {
        filename: 'big.pdf',
        mimetype: 'application/pdf',
        encoding: '7bit',
        createReadStream: () => {
          throw parserError;
        },
      };
      await expectRefusal(
        storeFileUpload(truncated, uploadPolicyFor(DocumentType.PHOTO), store),
        'FILE_TOO_LARGE',
        { maxBytes: 10_000 },
      );
      await expectRefusal(
        storeFileUpload(
          Promise.reject(new Error('File missing in the request.')),
          uploadPolicyFor(DocumentType.OTHER),
          store,
        ),
        'UPLOAD_INCOMPLETE',
      );
    });

    it('stores a FileUpload and passes its name on', async () => {
      const pdf = samplePdf();
      const file: FileUpload = {
        filename: '../../etc/合約.pdf',
        mimetype: 'application/pdf',
        encoding: '7bit',
        createReadStream: () => chunked(pdf),
      };
      const stored = await storeFileUpload(
        Promise.resolve(file),
        uploadPolicyFor(DocumentType.OTHER),
        store,
      );
      expect(stored).toMatchObject({ originalName: '合約.pdf', sha256: sha256(pdf) });
    });
  });

  describe('store failures', () => {
    /** A store whose writes fail after some bytes, and that counts what reached it. */
    function failingStore(failAfter: number): DocumentStore & { received: number } {
      const inner = store;
      const wrapper = {
        received: 0,
        put: async (key: string, stream: Readable) => {
          const counter = new Transform({
            transform(chunk: Buffer, _encoding, done) {
              wrapper.received += chunk.length;
              if (wrapper.received > failAfter) done(new Error('ENOSPC: no space left on device'));
              else done(null, chunk);
            },
          });
          counter.on('error', () => undefined);
          stream.on('error', (e) => counter.destroy(e));
          try {
            await inner.put(key, stream.pipe(counter));
          } catch (error) {
            stream.destroy();
            throw error;
          }
        },
        get: (key: string) => inner.get(key),
        delete: (key: string) => inner.delete(key),
        exists: (key: string) => inner.exists(key),
      };
      return wrapper;
    }

    it('rethrows the store’s own failure untouched (not an UploadError) and leaves nothing', async () => {
      const failing = failingStore(100_000);
      const source = chunked(padTo(samplePdf(), 1 * MiB));
      const error = await storeUpload(
        { stream: source },
        uploadPolicyFor(DocumentType.OTHER),
        failing,
      ).catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(UploadError);
      expect((error as Error).message).toMatch(/ENOSPC/);
      expect(source.destroyed).toBe(true);
      expect(await storeListing()).toEqual([]);
    });

    it('never hands a refused type’s bytes to the store', async () => {
      const counting = failingStore(Infinity);
      await expectRefusal(
        storeUpload(
          { stream: chunked(sampleElf(), 64) },
          uploadPolicyFor(DocumentType.OTHER),
          counting,
        ),
        'FILE_TYPE_NOT_ALLOWED',
      );
      expect(counting.received).toBe(0);
    });

    it('copes with a store that is slow to start reading', async () => {
      const slow: DocumentStore = {
        put: async (key, stream) => {
          await new Promise((r) => setTimeout(r, 50));
          await store.put(key, stream);
        },
        get: (key) => store.get(key),
        delete: (key) => store.delete(key),
        exists: (key) => store.exists(key),
      };
      await expectRefusal(
        storeUpload({ stream: chunked(sampleExe()) }, uploadPolicyFor(DocumentType.OTHER), slow),
        'FILE_TYPE_NOT_ALLOWED',
      );
      const pdf = samplePdf();
      expect(
        (await storeUpload({ stream: chunked(pdf) }, uploadPolicyFor(DocumentType.OTHER), slow))
          .sha256,
      ).toBe(sha256(pdf));
    });
  });

  describe('UploadError', () => {
    it('narrows params by code for the API’s mapping', async () => {
      const error: unknown = await upload(samplePng(10, 10), DocumentType.PHOTO).catch(
        (e: unknown) => e,
      );
      expect(isUploadError(error)).toBe(true);
      if (!isUploadError(error)) return;
      switch (error.code) {
        case 'IMAGE_TOO_SMALL':
          // Typed without casts: width, height, minWidth, minHeight are numbers.
          expect(error.params.minWidth - error.params.width).toBe(403);
          break;
        default:
          throw new Error(`unexpected ${error.code}`);
      }
      expect(error.name).toBe('UploadError');
      expect(error.message).toBe('The image is 10×10 px; at least 413×531 px is required');
    });
  });
});
