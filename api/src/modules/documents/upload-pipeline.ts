import { createHash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fileTypeFromBuffer } from 'file-type';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { imageSize } from 'image-size';
import { newDocumentKey, type DocumentStore } from './document-store.js';
import { UploadError, isUploadError } from './documents.errors.js';
import { sanitizeOriginalName } from './original-name.js';
import {
  isImageMimeType,
  isUploadMimeType,
  type UploadMimeType,
  type UploadPolicy,
} from './upload-policy.js';

export {
  UploadError,
  isUploadError,
  type AnyUploadError,
  type UploadErrorCode,
  type UploadErrorParams,
} from './documents.errors.js';

/** One file as it arrives: a stream of its bytes and what the client says about it. */
export interface UploadInput {
  stream: Readable;
  /** The client's file name: sanitised and kept for display only, never used as a path. */
  filename?: string | null;
  /** The client's claim, deliberately ignored: the type is judged from the bytes. */
  declaredMimeType?: string | null;
}

/** What was stored, for the caller to record (e.g. on an amendment's document row). */
export interface StoredFile {
  /** Generated storage key, `yyyy/mm/<uuid>`. */
  key: string;
  /** SHA-256 of exactly the stored bytes, lower-case hex. */
  sha256: string;
  /** Bytes stored. */
  size: number;
  /** Detected from the bytes. */
  mimeType: UploadMimeType;
  /** `sanitizeOriginalName` of the client's file name. */
  originalName: string;
  /** Pixels, for images, as displayed (after EXIF rotation). */
  width?: number;
  height?: number;
}

/** Bytes held back to recognise the type (file-type's own sample size); nothing is stored sooner. */
export const SNIFF_BYTES = 4100;
/**
 * The most of an image's beginning kept in memory to find its dimensions. PNG states them in
 * its first 24 bytes; a JPEG's frame header follows its metadata segments (EXIF, ICC, XMP),
 * usually within the first tens of KiB. An image whose dimensions are not found within this is
 * refused as unreadable.
 */
export const DIMENSION_SCAN_LIMIT = 512 * 1024;
/** Retry reading the dimensions after at least this many more bytes (bounds the copying). */
const DIMENSION_RETRY_STEP = 16 * 1024;

/** A failure of the stream being uploaded (as opposed to the store), carried through the pipe. */
class SourceFailure extends Error {
  constructor(cause: unknown) {
    super('The upload stream failed', { cause });
    this.name = 'SourceFailure';
  }
}

/**
 * Passes bytes through to the store while counting and hashing them. Holds back the first
 * `SNIFF_BYTES` until the type is recognised, so a refused type never reaches the store; keeps at
 * most `DIMENSION_SCAN_LIMIT` of an image's beginning until its dimensions are known. Fails (and
 * so aborts the store's write) as soon as a rule is broken; the last checks run in `_flush`,
 * before the store sees the end of the stream, so the store only ever commits an accepted file.
 */
class UploadInspector extends Transform {
  size = 0;
  mimeType: UploadMimeType | undefined;
  width: number | undefined;
  height: number | undefined;
  private readonly hash = createHash('sha256');
  private held: Buffer[] = [];
  private heldBytes = 0;
  private scan: { chunks: Buffer[]; bytes: number; triedAt: number } | undefined;

  constructor(private readonly policy: UploadPolicy) {
    super();
  }

  digest(): string {
    return this.hash.digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.policy.maxBytes) {
      done(new UploadError('FILE_TOO_LARGE', { maxBytes: this.policy.maxBytes }));
      return;
    }
    this.hash.update(chunk);
    if (this.mimeType !== undefined) {
      try {
        this.accept(chunk);
        done();
      } catch (error) {
        done(error as Error);
      }
      return;
    }
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.heldBytes < SNIFF_BYTES) {
      done();
      return;
    }
    this.identify().then(
      () => done(),
      (error: unknown) => done(error as Error),
    );
  }

  override _flush(done: TransformCallback): void {
    this.finish().then(
      () => done(),
      (error: unknown) => done(error as Error),
    );
  }

  private async finish(): Promise<void> {
    if (this.size === 0) throw new UploadError('FILE_EMPTY', {});
    if (this.mimeType === undefined) await this.identify();
    if (this.scan) this.measure(true);
  }

  private async identify(): Promise<void> {
    const head = Buffer.concat(this.held);
    this.held = [];
    this.heldBytes = 0;
    const detected = (await fileTypeFromBuffer(head))?.mime;
    if (!isUploadMimeType(detected) || !this.policy.allowedMimeTypes.includes(detected)) {
      throw new UploadError('FILE_TYPE_NOT_ALLOWED', {
        detectedType: detected ?? 'unknown',
        allowedTypes: this.policy.allowedMimeTypes.join(', '),
      });
    }
    this.mimeType = detected;
    if (isImageMimeType(detected)) this.scan = { chunks: [], bytes: 0, triedAt: 0 };
    this.accept(head);
  }

  private accept(chunk: Buffer): void {
    if (this.scan) {
      this.scan.chunks.push(chunk);
      this.scan.bytes += chunk.length;
      const due =
        this.scan.triedAt === 0 || this.scan.bytes - this.scan.triedAt >= DIMENSION_RETRY_STEP;
      if (due || this.scan.bytes >= DIMENSION_SCAN_LIMIT) this.measure(false);
    }
    this.push(chunk);
  }

  /** Reads the dimensions from what has arrived; on the last try, not finding them refuses. */
  private measure(last: boolean): void {
    const scan = this.scan;
    const mimeType = this.mimeType;
    if (!scan || !mimeType) return;
    const buffer = Buffer.concat(scan.chunks);
    scan.chunks = [buffer];
    scan.triedAt = scan.bytes;
    const size = readDimensions(buffer, mimeType);
    if (!size) {
      if (last || scan.bytes >= DIMENSION_SCAN_LIMIT) {
        throw new UploadError('FILE_UNREADABLE', { detectedType: mimeType });
      }
      return;
    }
    this.scan = undefined;
    this.width = size.width;
    this.height = size.height;
    const { minWidth, minHeight } = this.policy;
    if (size.width < minWidth || size.height < minHeight) {
      throw new UploadError('IMAGE_TOO_SMALL', { ...size, minWidth, minHeight });
    }
  }
}

/** Width and height as displayed, or undefined when `head` does not (yet) hold them. */
function readDimensions(
  head: Buffer,
  mimeType: UploadMimeType,
): { width: number; height: number } | undefined {
  const expected = mimeType === 'image/png' ? 'png' : mimeType === 'image/jpeg' ? 'jpg' : null;
  if (!expected || (expected === 'png' && head.length < 24)) return undefined;
  try {
    const result = imageSize(head);
    const { width, height } = result;
    if (result.type !== expected || !width || !height) return undefined;
    // EXIF orientations 5 to 8 turn the picture a quarter turn: width and height swap on display.
    const rotated = (result.orientation ?? 1) >= 5;
    return rotated ? { width: height, height: width } : { width, height };
  } catch {
    return undefined; // not enough bytes yet (or corrupt: the last try tells)
  }
}

/**
 * Streams one upload into the store, judging it on the way: size counted from the bytes (a lying
 * Content-Length does not matter; it stops reading as soon as the limit is passed), type from
 * the bytes (a PNG named `.pdf` is a PNG), minimum image size. Throws `UploadError` when the
 * upload is refused or did not arrive whole; any other error (the store failing) is rethrown as
 * it is. Whatever the failure, nothing is left in the store.
 */
export async function storeUpload(
  input: UploadInput,
  policy: UploadPolicy,
  store: DocumentStore,
): Promise<StoredFile> {
  const source = input.stream;
  const originalName = sanitizeOriginalName(input.filename);
  const key = newDocumentKey();
  const inspector = new UploadInspector(policy);
  // The source's own failures (an error, or closing before its end) are tagged so they are told
  // apart from the store's, and abort the store's write through the inspector.
  finished(source).catch((error: unknown) => inspector.destroy(new SourceFailure(error)));
  // The inspector may fail before the store attaches to it; its error then reaches `put` through
  // the stream's errored state, so the event itself must not go unhandled.
  inspector.on('error', () => undefined);
  source.pipe(inspector);
  try {
    await store.put(key, inspector);
  } catch (error) {
    source.unpipe(inspector);
    source.destroy();
    // `put` promises to leave nothing; deleting again costs little and keeps the promise here.
    await store.delete(key).catch(() => undefined);
    throw classify(error, policy);
  }
  const { mimeType, width, height } = inspector;
  if (mimeType === undefined) throw new Error('unreachable: a stored upload has a type');
  return {
    key,
    sha256: inspector.digest(),
    size: inspector.size,
    mimeType,
    originalName,
    ...(width !== undefined && height !== undefined ? { width, height } : {}),
  };
}

/**
 * `storeUpload` for a graphql-upload `Upload` scalar value (a `FileUpload` or its promise).
 * Maps the multipart parser's own failures: its `maxFileSize` truncation (a 413
 * `PayloadTooLargeError`, thrown by `createReadStream` or emitted by the stream) becomes
 * `FILE_TOO_LARGE`; a missing file or an aborted request becomes `UPLOAD_INCOMPLETE`.
 */
export async function storeFileUpload(
  upload: FileUpload | Promise<FileUpload>,
  policy: UploadPolicy,
  store: DocumentStore,
): Promise<StoredFile> {
  let file: FileUpload;
  let stream: Readable;
  try {
    file = await upload;
    stream = file.createReadStream();
  } catch (error) {
    throw sourceError(error, policy);
  }
  return storeUpload(
    { stream, filename: file.filename, declaredMimeType: file.mimetype },
    policy,
    store,
  );
}

function classify(error: unknown, policy: UploadPolicy): unknown {
  if (isUploadError(error)) return error;
  if (error instanceof SourceFailure) return sourceError(error.cause, policy);
  return error; // the store failed: the server's problem, not the upload's
}

function sourceError(cause: unknown, policy: UploadPolicy): UploadError {
  if (isUploadError(cause)) return cause;
  if (isFileSizeLimitError(cause)) {
    // The parser's limit may be below the document type's: report the one that was hit.
    const message = cause instanceof Error ? cause.message : '';
    const parserLimit = Number(/exceeds the (\d+) byte size limit/.exec(message)?.[1] ?? Infinity);
    const maxBytes = Math.min(policy.maxBytes, parserLimit);
    return new UploadError('FILE_TOO_LARGE', { maxBytes }, { cause });
  }
  return new UploadError('UPLOAD_INCOMPLETE', {}, { cause });
}

/**
 * graphql-upload's `maxFileSize` error: http-errors' 413 `PayloadTooLargeError` ("File truncated
 * as it exceeds the N byte size limit."), not its other 413 ("N max file uploads exceeded.").
 */
export function isFileSizeLimitError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { status?: unknown; statusCode?: unknown; name?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? e.message : '';
  const tooLarge = e.status === 413 || e.statusCode === 413 || e.name === 'PayloadTooLargeError';
  return (tooLarge && !/max file uploads/i.test(message)) || /maxFileSize/.test(message);
}
