import {
  CreateBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { FilesystemDocumentStore } from '../modules/documents/document-store.js';
import { s3ClientFor, S3DocumentStore } from '../modules/documents/s3-document-store.js';

/*
 * The document tests run on both stores: the filesystem and a real S3-protocol server
 * (s3rver, in this process, on a loopback port, keeping its objects in a temporary folder).
 */

export const DOCUMENT_STORE_KINDS = ['filesystem', 's3'] as const;
export type DocumentStoreKind = (typeof DOCUMENT_STORE_KINDS)[number];

/** s3rver accepts only its own fixed credentials. */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface TestS3Server {
  endpoint: string;
  /** Where s3rver keeps the objects (`<bucket>/<key>._S3rver_object`). */
  directory: string;
  /** A new, empty bucket. */
  createBucket(): Promise<string>;
  /** The `S3_*` environment of a process using `bucket`. */
  env(bucket: string): Record<string, string>;
  stop(): Promise<void>;
}

export async function startS3Server(): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'goldcard-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = s3ClientFor({
    endpoint,
    bucket: 'unused',
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
  });
  return {
    endpoint,
    directory,
    async createBucket() {
      const bucket = `goldcard-test-${randomUUID().slice(0, 8)}`;
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
      return bucket;
    },
    env: (bucket) => ({
      DOCUMENT_STORE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
    }),
    async stop() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** One store of either kind, fresh and empty, with a look at everything it holds. */
export interface TestDocumentStore {
  kind: DocumentStoreKind;
  store: FilesystemDocumentStore | S3DocumentStore;
  /** What the store holds, sorted: files and folders for the filesystem, object keys for S3. */
  contents(): Promise<string[]>;
  /** The stored objects only, sorted: files (temporary ones included) or object keys. */
  objects(): Promise<string[]>;
  /** The settings a server or process needs to use this very store. */
  env: Record<string, string>;
  /**
   * Stores `bytes` under `name` as it is, bypassing the store (any name, even one that is not
   * a document key), last written `ageMs` ago.
   */
  putRaw(name: string, bytes: string, ageMs?: number): Promise<void>;
  /** Whether `name` is held, as `putRaw` names it. */
  hasRaw(name: string): Promise<boolean>;
  /**
   * Makes the object under `name` look last written `ageMs` ago. S3 cannot backdate an object,
   * so for s3rver this touches the file its LastModified is read from.
   */
  age(name: string, ageMs: number): Promise<void>;
  dispose(): Promise<void>;
}

let shared: Promise<TestS3Server> | undefined;

/** One s3rver for the whole test file; stopped by `stopSharedS3Server` (in `afterAll`). */
export function sharedS3Server(): Promise<TestS3Server> {
  shared ??= startS3Server();
  return shared;
}

export async function stopSharedS3Server(): Promise<void> {
  const server = await shared;
  shared = undefined;
  await server?.stop();
}

export async function createTestDocumentStore(kind: DocumentStoreKind): Promise<TestDocumentStore> {
  if (kind === 'filesystem') {
    const root = await mkdtemp(path.join(os.tmpdir(), 'goldcard-store-'));
    return {
      kind,
      store: new FilesystemDocumentStore(root),
      contents: async () => (await readdir(root, { recursive: true })).sort(),
      objects: async () =>
        (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((f) => f.isFile())
          .map((f) => path.relative(root, path.join(f.parentPath, f.name)))
          .sort(),
      env: { DOCUMENT_STORE: 'filesystem', DOCUMENT_STORE_DIR: root },
      async putRaw(name, bytes, ageMs = 0) {
        const file = path.join(root, ...name.split('/'));
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, bytes);
        await backdate(file, ageMs);
      },
      hasRaw: (name) => exists(path.join(root, ...name.split('/'))),
      age: (name, ageMs) => backdate(path.join(root, ...name.split('/')), ageMs),
      dispose: () => rm(root, { recursive: true, force: true }),
    };
  }
  const server = await sharedS3Server();
  const bucket = await server.createBucket();
  const env = server.env(bucket);
  const client = s3ClientFor({
    endpoint: server.endpoint,
    bucket,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
  });
  const objectFile = (name: string) => {
    const parts = name.split('/');
    const last = parts.pop() ?? '';
    return path.join(server.directory, bucket, ...parts, `${last}._S3rver_object`);
  };
  const keys = async () => {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
    return (listed.Contents ?? []).map((o) => o.Key ?? '').sort();
  };
  return {
    kind,
    store: new S3DocumentStore(client, bucket),
    contents: keys,
    objects: keys,
    env,
    async putRaw(name, bytes, ageMs = 0) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: name, Body: bytes }));
      await backdate(objectFile(name), ageMs);
    },
    async hasRaw(name) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: name }));
        return true;
      } catch {
        return false;
      }
    },
    async age(name, ageMs) {
      const parts = name.split('/');
      const last = parts.pop() ?? '';
      await backdate(
        path.join(server.directory, bucket, ...parts, `${last}._S3rver_object`),
        ageMs,
      );
    },
    dispose: () => Promise.resolve(client.destroy()),
  };
}

async function backdate(file: string, ageMs: number): Promise<void> {
  const when = new Date(Date.now() - ageMs);
  await utimes(file, when, when);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
