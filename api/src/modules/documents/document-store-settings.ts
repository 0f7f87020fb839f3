import path from 'node:path';
import { z } from 'zod';
import { FilesystemDocumentStore, type ListableDocumentStore } from './document-store.js';
import { S3DocumentStore, type S3StoreSettings } from './s3-document-store.js';

/**
 * Where documents are kept: `DOCUMENT_STORE` and the `S3_*` settings (docs/operations.md). Part
 * of config.ts's one environment schema (`...DOCUMENT_STORE_ENV`), so every problem is still
 * reported at once; `documentStoreSettings(e)` turns them into `Config.documentStore`.
 */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'expected one of true, false, 1, 0, yes, no',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const DOCUMENT_STORE_ENV = {
  DOCUMENT_STORE: z
    .enum(['filesystem', 's3'], { error: 'expected filesystem or s3' })
    .default('filesystem'),
  DOCUMENT_STORE_DIR: z.string().min(1).optional(),
  S3_ENDPOINT: z
    .url({
      protocol: /^https?$/,
      error: 'expected the URL of an S3 server, like http://minio:9000',
    })
    .optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
      error: 'expected a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens',
    })
    .optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{2,32}$/, { error: 'expected a region name such as us-east-1' })
    .default('us-east-1'),
  S3_FORCE_PATH_STYLE: bool.optional(),
  S3_ACCESS_KEY_ID: z.string().min(1, { error: 'expected an access key id' }).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1, { error: 'expected a secret access key' }).optional(),
};

/** Never echoed back in configuration errors. */
export const DOCUMENT_STORE_SECRETS = ['S3_SECRET_ACCESS_KEY'] as const;

type DocumentStoreEnv = z.infer<z.ZodObject<typeof DOCUMENT_STORE_ENV>> & { DATA_DIR: string };

export type DocumentStoreSettings =
  { kind: 'filesystem'; dir: string } | ({ kind: 's3' } & S3StoreSettings);

/** What the settings lack or contradict, one line each naming the variable. */
export function documentStoreProblems(e: DocumentStoreEnv): string[] {
  if (e.DOCUMENT_STORE !== 's3') return [];
  const problems: string[] = [];
  if (!e.S3_BUCKET) problems.push('S3_BUCKET: required when DOCUMENT_STORE=s3');
  if (e.S3_ACCESS_KEY_ID && !e.S3_SECRET_ACCESS_KEY)
    problems.push('S3_SECRET_ACCESS_KEY: required when S3_ACCESS_KEY_ID is set');
  if (e.S3_SECRET_ACCESS_KEY && !e.S3_ACCESS_KEY_ID)
    problems.push('S3_ACCESS_KEY_ID: required when S3_SECRET_ACCESS_KEY is set');
  return problems;
}

/** Call after `documentStoreProblems(e)` found nothing. */
export function documentStoreSettings(e: DocumentStoreEnv): DocumentStoreSettings {
  if (e.DOCUMENT_STORE === 'filesystem' || !e.S3_BUCKET) {
    const dir = path.resolve(e.DOCUMENT_STORE_DIR ?? path.join(e.DATA_DIR, 'documents'));
    return { kind: 'filesystem', dir };
  }
  return {
    kind: 's3',
    endpoint: e.S3_ENDPOINT,
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    // Compatible servers (MinIO) are addressed by path; AWS by virtual host.
    forcePathStyle: e.S3_FORCE_PATH_STYLE ?? e.S3_ENDPOINT !== undefined,
    credentials:
      e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
        : undefined,
  };
}

/** The store the settings name. */
export function createDocumentStore(settings: DocumentStoreSettings): ListableDocumentStore {
  return settings.kind === 's3'
    ? S3DocumentStore.fromSettings(settings)
    : new FilesystemDocumentStore(settings.dir);
}
