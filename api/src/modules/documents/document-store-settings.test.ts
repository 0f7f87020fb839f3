import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { FilesystemDocumentStore } from './document-store.js';
import { createDocumentStore } from './document-store-settings.js';
import { S3DocumentStore } from './s3-document-store.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const S3 = {
  DOCUMENT_STORE: 's3',
  S3_ENDPOINT: 'http://minio:9000',
  S3_BUCKET: 'goldcard-documents',
  S3_ACCESS_KEY_ID: 'goldcard',
  S3_SECRET_ACCESS_KEY: 'goldcard-dev-secret',
};

describe('DOCUMENT_STORE and the S3_* settings', () => {
  it('keep documents on the filesystem by default, under DATA_DIR or DOCUMENT_STORE_DIR', () => {
    const config = loadConfig({ DATA_DIR: 'var/goldcard' });
    expect(config.documentStore).toEqual({
      kind: 'filesystem',
      dir: path.resolve('var/goldcard/documents'),
    });
    expect(createDocumentStore(config.documentStore)).toBeInstanceOf(FilesystemDocumentStore);
    expect(loadConfig({ DOCUMENT_STORE_DIR: 'docs-here' }).documentStore).toEqual({
      kind: 'filesystem',
      dir: path.resolve('docs-here'),
    });
  });

  it('choose the bucket with DOCUMENT_STORE=s3: path-style with an endpoint, us-east-1 by default', () => {
    const config = loadConfig(S3);
    expect(config.documentStore).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      bucket: 'goldcard-documents',
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'goldcard', secretAccessKey: 'goldcard-dev-secret' },
    });
    const store = createDocumentStore(config.documentStore);
    expect(store).toBeInstanceOf(S3DocumentStore);
    expect((store as S3DocumentStore).bucket).toBe('goldcard-documents');
    // AWS itself: no endpoint, virtual-hosted addressing, credentials from the SDK's chain.
    const aws = loadConfig({ DOCUMENT_STORE: 's3', S3_BUCKET: 'docs', S3_REGION: 'eu-west-1' });
    expect(aws.documentStore).toMatchObject({
      kind: 's3',
      endpoint: undefined,
      region: 'eu-west-1',
      forcePathStyle: false,
      credentials: undefined,
    });
    expect(loadConfig({ ...S3, S3_FORCE_PATH_STYLE: 'false' }).documentStore).toMatchObject({
      forcePathStyle: false,
    });
  });

  it('stop startup naming the variable that is wrong or missing, never echoing the secret', () => {
    expect(problemsOf({ DOCUMENT_STORE: 'minio' })).toEqual([
      'DOCUMENT_STORE: expected filesystem or s3 (got "minio")',
    ]);
    expect(problemsOf({ DOCUMENT_STORE: 's3' })).toEqual([
      'S3_BUCKET: required when DOCUMENT_STORE=s3',
    ]);
    const bad = problemsOf({
      ...S3,
      S3_ENDPOINT: 'minio:9000',
      S3_BUCKET: 'Goldcard_Documents',
      S3_FORCE_PATH_STYLE: 'maybe',
      S3_SECRET_ACCESS_KEY: '',
    });
    expect(bad.map((p) => p.split(':')[0]).sort()).toEqual([
      'S3_BUCKET',
      'S3_ENDPOINT',
      'S3_FORCE_PATH_STYLE',
      'S3_SECRET_ACCESS_KEY',
    ]);
    expect(bad.find((p) => p.startsWith('S3_SECRET_ACCESS_KEY'))).toMatch(/a malformed value/);
    expect(problemsOf({ ...S3, S3_SECRET_ACCESS_KEY: undefined })).toEqual([
      'S3_SECRET_ACCESS_KEY: required when S3_ACCESS_KEY_ID is set',
    ]);
    // The S3 settings are not checked while documents stay on the filesystem.
    expect(problemsOf({ S3_ENDPOINT: 'http://minio:9000' })).toEqual([]);
  });
});
