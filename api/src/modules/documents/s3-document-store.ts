import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import {
  assertValidDocumentKey,
  DocumentNotFoundError,
  isValidDocumentKey,
  type ListableDocumentStore,
  type StoredObjectInfo,
} from './document-store.js';

/** How to reach the bucket (`S3_*` settings, see docs/operations.md). */
export interface S3StoreSettings {
  /** Base URL of an S3-compatible server (MinIO); unset: AWS S3 of `region`. */
  endpoint: string | undefined;
  bucket: string;
  region: string;
  /** `http://host/bucket/key` instead of `http://bucket.host/key` (MinIO and most compatibles). */
  forcePathStyle: boolean;
  /** Unset: the SDK's default chain (environment, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
}

/** Bytes per part of a multipart upload (S3's minimum), and so the most held in memory per upload. */
const PART_BYTES = 5 * 1024 * 1024;

const isS3Error = (error: unknown, ...names: string[]) =>
  error instanceof S3ServiceException &&
  (names.includes(error.name) || names.includes(String(error.$metadata.httpStatusCode)));

export function s3ClientFor(settings: S3StoreSettings): S3Client {
  return new S3Client({
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
  });
}

/**
 * Documents as objects in one bucket, under the same keys as the filesystem store. S3 makes an
 * object visible only once its PUT or its multipart upload completes, so nobody reads a partial
 * document and a write cut short leaves no object: an upload up to `PART_BYTES` is one PutObject
 * sent after its last byte arrived; a larger one is a multipart upload, aborted when the stream
 * fails (and, when the process dies first, aborted by the orphan sweeper after its grace period).
 * Every part carries a SHA-256 checksum that the server verifies before storing it.
 *
 * The bucket is private: documents are only ever streamed through the API's authorised routes,
 * never handed out as bucket URLs. The bucket should hold nothing but documents: the sweeper
 * deletes old objects under document-shaped keys that no row names.
 */
export class S3DocumentStore implements ListableDocumentStore {
  readonly bucket: string;

  constructor(
    readonly client: S3Client,
    bucket: string,
  ) {
    this.bucket = bucket;
  }

  static fromSettings(settings: S3StoreSettings): S3DocumentStore {
    return new S3DocumentStore(s3ClientFor(settings), settings.bucket);
  }

  async put(key: string, stream: Readable): Promise<void> {
    assertValidDocumentKey(key);
    // The stream's own failure is what callers must see (an upload cut off), not what the
    // server answered to the abort that followed it.
    let sourceError: Error | undefined;
    finished(stream).catch((error: unknown) => {
      sourceError =
        error instanceof Error ? error : new Error('The stream failed', { cause: error });
    });
    const upload = new Upload({
      client: this.client,
      queueSize: 1,
      partSize: PART_BYTES,
      leavePartsOnError: false,
      params: { Bucket: this.bucket, Key: key, Body: stream, ChecksumAlgorithm: 'SHA256' },
    });
    try {
      await upload.done();
    } catch (error) {
      stream.destroy();
      // A settled stream has run its `finished` callback by the next macrotask.
      await new Promise((resolve) => setImmediate(resolve));
      if (sourceError) throw sourceError;
      throw error;
    }
    if (sourceError) {
      // The body ended early without an error of its own: never keep what arrived.
      await this.delete(key);
      throw sourceError;
    }
  }

  async get(key: string): Promise<Readable> {
    assertValidDocumentKey(key);
    try {
      const answer = await this.client.send(
        // ENABLED: the SDK checks the bytes against the checksum stored with a single-part object.
        new GetObjectCommand({ Bucket: this.bucket, Key: key, ChecksumMode: 'ENABLED' }),
      );
      if (!(answer.Body instanceof Readable)) throw new Error('S3 answered without a body');
      return answer.Body;
    } catch (error) {
      if (isS3Error(error, 'NoSuchKey', 'NotFound', '404')) throw new DocumentNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidDocumentKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertValidDocumentKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isS3Error(error, 'NotFound', 'NoSuchKey', '404')) return false;
      throw error;
    }
  }

  async *list(): AsyncGenerator<StoredObjectInfo> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (!isValidDocumentKey(object.Key) || !object.LastModified) continue;
        yield { key: object.Key, modifiedAt: object.LastModified };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /**
   * Aborts multipart uploads started before `before` (a process killed mid-upload). A server
   * that cannot list them (some in-process test servers) has none to show: 0.
   */
  async removeIncompleteWrites(before: Date): Promise<number> {
    let removed = 0;
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    do {
      let page;
      try {
        page = await this.client.send(
          new ListMultipartUploadsCommand({
            Bucket: this.bucket,
            KeyMarker: keyMarker,
            UploadIdMarker: uploadIdMarker,
          }),
        );
      } catch (error) {
        if (isS3Error(error, 'NotImplemented', '501')) return removed;
        throw error;
      }
      for (const upload of page.Uploads ?? []) {
        if (!isValidDocumentKey(upload.Key) || !upload.UploadId) continue;
        if (!upload.Initiated || upload.Initiated >= before) continue;
        try {
          await this.client.send(
            new AbortMultipartUploadCommand({
              Bucket: this.bucket,
              Key: upload.Key,
              UploadId: upload.UploadId,
            }),
          );
          removed++;
        } catch (error) {
          if (!isS3Error(error, 'NoSuchUpload', '404')) throw error;
        }
      }
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      uploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
    } while (keyMarker);
    return removed;
  }
}
