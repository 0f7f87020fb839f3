import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import {
  Arg,
  Ctx,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  buildSchema,
} from 'type-graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  encodeGraphQLMultipart,
  graphqlMultipart,
  padTo,
  postRawMultipart,
  sampleElf,
  samplePdf,
  samplePng,
  type GraphQLMultipartRequest,
} from '../../test-support/multipart.js';
import { DocumentType } from '../amendments/amendment-items.js';
import {
  createTestDocumentStore,
  DOCUMENT_STORE_KINDS,
  stopSharedS3Server,
  type DocumentStoreKind,
  type TestDocumentStore,
} from '../../test-support/document-stores.js';
import { UploadError } from './documents.errors.js';
import { storeFileUpload } from './upload-pipeline.js';
import { GraphQLUpload, uploadMiddleware, type FileUpload } from './upload-middleware.js';
import { largestMaxBytes, uploadPolicyFor } from './upload-policy.js';

/*
 * The whole path over real HTTP: multipart body → uploadMiddleware (graphql-upload) → Apollo with
 * CSRF prevention → a type-graphql resolver → storeFileUpload → the filesystem store or an S3
 * bucket (s3rver). The
 * resolvers here stand in for the amendment wizard's; error mapping mimics what the API does.
 */

interface TestContext {
  store: TestDocumentStore['store'];
}

@ObjectType({ description: 'A stored file' })
class StoredDocument {
  @Field({ description: 'Storage key' }) key!: string;
  @Field({ description: 'SHA-256, hex' }) sha256!: string;
  @Field(() => Int, { description: 'Bytes' }) size!: number;
  @Field({ description: 'Detected type' }) mimeType!: string;
  @Field({ description: 'Sanitised name' }) originalName!: string;
  @Field(() => Int, { nullable: true, description: 'Pixels' }) width?: number;
  @Field(() => Int, { nullable: true, description: 'Pixels' }) height?: number;
}

@InputType({ description: 'A document for an amendment' })
class DocumentUploadInput {
  @Field(() => DocumentType, { description: 'What it is' }) type!: DocumentType;
  @Field(() => GraphQLUpload, { description: 'The file' }) document!: Promise<FileUpload>;
}

/** Streams opened by `openButDoNotRead`, so the test can close them. */
const abandoned: Readable[] = [];

function asGraphQLError(error: unknown): unknown {
  if (!(error instanceof UploadError)) return error;
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      params: error.params,
      // A body that did not arrive whole is the client's fault at the HTTP level too.
      ...(error.code === 'UPLOAD_INCOMPLETE' ? { http: { status: 400 } } : {}),
    },
  });
}

@Resolver()
class UploadTestResolver {
  @Query(() => String, { description: 'Liveness' })
  ping(): string {
    return 'pong';
  }

  @Mutation(() => StoredDocument, { description: 'Stores one document' })
  async uploadDocument(
    @Arg('type', () => DocumentType, { description: 'What it is' }) type: DocumentType,
    @Arg('file', () => GraphQLUpload, { description: 'The file' }) file: Promise<FileUpload>,
    @Ctx() ctx: TestContext,
  ): Promise<StoredDocument> {
    try {
      return await storeFileUpload(file, uploadPolicyFor(type), ctx.store);
    } catch (error) {
      throw asGraphQLError(error);
    }
  }

  @Mutation(() => StoredDocument, { description: 'Stores one document given in an input' })
  async addDocument(
    @Arg('input', () => DocumentUploadInput, { description: 'The document' })
    input: DocumentUploadInput,
    @Ctx() ctx: TestContext,
  ): Promise<StoredDocument> {
    try {
      return await storeFileUpload(input.document, uploadPolicyFor(input.type), ctx.store);
    } catch (error) {
      throw asGraphQLError(error);
    }
  }

  @Mutation(() => [StoredDocument], { description: 'Stores several documents' })
  async uploadMany(
    @Arg('files', () => [GraphQLUpload], { description: 'Files' }) files: Promise<FileUpload>[],
    @Ctx() ctx: TestContext,
  ): Promise<StoredDocument[]> {
    const policy = uploadPolicyFor(DocumentType.OTHER);
    const stored: StoredDocument[] = [];
    for (const file of files) stored.push(await storeFileUpload(file, policy, ctx.store));
    return stored;
  }

  @Mutation(() => Boolean, { description: 'Opens the upload and never reads it' })
  async openButDoNotRead(
    @Arg('file', () => GraphQLUpload, { description: 'The file' }) file: Promise<FileUpload>,
  ): Promise<boolean> {
    abandoned.push((await file).createReadStream());
    return true;
  }
}

interface UploadApp {
  url: string;
  store: TestDocumentStore['store'];
  subject: TestDocumentStore;
  close(): Promise<void>;
}

let tmp: string;
const originalTmpdir = process.env.TMPDIR;

/** graphql-upload's temporary files (fs-capacitor writes them to `os.tmpdir()`). */
const tempFiles = async () => (await readdir(tmp)).filter((f) => f.startsWith('capacitor-'));
const storeFiles = (app: UploadApp) => app.subject.contents();
/** Cleanup happens when the response closes, just after the client has its answer. */
const expectNoTempFiles = () =>
  vi.waitFor(async () => expect(await tempFiles()).toEqual([]), { timeout: 2000, interval: 20 });

async function startUploadApp(
  options: {
    maxFileSize?: number;
    maxFiles?: number;
    rawGraphqlUpload?: boolean;
    kind?: DocumentStoreKind;
  } = {},
): Promise<UploadApp> {
  const subject = await createTestDocumentStore(options.kind ?? 'filesystem');
  const store = subject.store;
  const schema = await buildSchema({ resolvers: [UploadTestResolver], validate: false });
  const apollo = new ApolloServer<TestContext>({
    schema,
    csrfPrevention: true,
  });
  await apollo.start();
  const limits = {
    maxFileSize: options.maxFileSize ?? largestMaxBytes(),
    maxFiles: options.maxFiles ?? 3,
  };
  const app = express();
  app.use(
    '/graphql',
    options.rawGraphqlUpload ? graphqlUploadExpress(limits) : uploadMiddleware(limits),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: () => Promise.resolve({ store }) }),
  );
  // As app.ts's handler: client errors keep their status, the rest is a 500.
  const onError: ErrorRequestHandler = (
    error: { status?: number; message?: string },
    _req,
    res,
    _next,
  ) => {
    const status = typeof error.status === 'number' && error.status < 500 ? error.status : 500;
    const code =
      status === 413
        ? 'PAYLOAD_TOO_LARGE'
        : status === 500
          ? 'INTERNAL_SERVER_ERROR'
          : 'BAD_REQUEST';
    res.status(status).json({ error: { code, message: error.message } });
  };
  app.use(onError);
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    store,
    subject,
    async close() {
      await apollo.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await subject.dispose();
    },
  };
}

const UPLOAD = /* GraphQL */ `
  mutation Upload($type: DocumentType!, $file: Upload!) {
    uploadDocument(type: $type, file: $file) {
      key
      sha256
      size
      mimeType
      originalName
      width
      height
    }
  }
`;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let app: UploadApp;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'goldcard-tmp-'));
  process.env.TMPDIR = tmp;
  app = await startUploadApp();
});
afterAll(async () => {
  await app.close();
  if (originalTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = originalTmpdir;
  await stopSharedS3Server();
  await rm(tmp, { recursive: true, force: true });
});
beforeEach(async () => {
  expect(await tempFiles()).toEqual([]);
});

describe.each(DOCUMENT_STORE_KINDS)(
  'uploads over HTTP (GraphQL multipart requests), %s store',
  (kind) => {
    let app: UploadApp;
    beforeAll(async () => {
      app = await startUploadApp({ kind });
    });
    afterAll(() => app.close());

    it('stores a PDF and answers with its hash; no temporary file is left', async () => {
      const pdf = samplePdf();
      const res = await graphqlMultipart<{ uploadDocument: Record<string, unknown> }>(app.url, {
        query: UPLOAD,
        variables: { type: 'PROOF_OF_ADDRESS' },
        files: { file: { name: 'lease.pdf', type: 'application/pdf', bytes: pdf } },
      });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      const stored = res.body.data?.uploadDocument;
      expect(stored).toMatchObject({
        sha256: sha256(pdf),
        size: pdf.length,
        mimeType: 'application/pdf',
        originalName: 'lease.pdf',
        width: null,
      });
      expect(await app.store.exists(String(stored?.key))).toBe(true);
      await expectNoTempFiles();
      await app.store.delete(String(stored?.key));
    });

    it('judges a PNG sent as photo.pdf / application/pdf by its bytes', async () => {
      const png = samplePng(450, 600);
      const res = await graphqlMultipart<{ uploadDocument: Record<string, unknown> }>(app.url, {
        query: UPLOAD,
        variables: { type: 'PHOTO' },
        files: { file: { name: 'photo.pdf', type: 'application/pdf', bytes: png } },
      });
      expect(res.body.data?.uploadDocument).toMatchObject({
        mimeType: 'image/png',
        width: 450,
        height: 600,
        sha256: sha256(png),
      });
      await app.store.delete(String(res.body.data?.uploadDocument.key));
      await expectNoTempFiles();
    });

    it('takes the file from a nested input variable (input.document)', async () => {
      const pdf = samplePdf();
      const res = await graphqlMultipart<{ addDocument: Record<string, unknown> }>(app.url, {
        query: `mutation Add($input: DocumentUploadInput!) { addDocument(input: $input) { key sha256 } }`,
        variables: { input: { type: 'MANDATE' } },
        files: { 'input.document': { name: 'mandate.pdf', type: 'application/pdf', bytes: pdf } },
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.addDocument.sha256).toBe(sha256(pdf));
      await app.store.delete(String(res.body.data?.addDocument.key));
    });

    it('takes several files from a list variable (files.0, files.1)', async () => {
      const a = samplePdf();
      const b = samplePng(10, 10);
      const res = await graphqlMultipart<{ uploadMany: { key: string; sha256: string }[] }>(
        app.url,
        {
          query: `mutation Many($files: [Upload!]!) { uploadMany(files: $files) { key sha256 } }`,
          variables: { files: [] },
          files: {
            'files.0': { name: 'a.pdf', type: 'application/pdf', bytes: a },
            'files.1': { name: 'b.png', type: 'image/png', bytes: b },
          },
        },
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.uploadMany.map((d) => d.sha256)).toEqual([sha256(a), sha256(b)]);
      for (const d of res.body.data?.uploadMany ?? []) await app.store.delete(d.key);
      await expectNoTempFiles();
    });

    it('refuses an executable, a small photo and an oversized photo with stable codes; stores nothing', async () => {
      const cases: [
        GraphQLMultipartRequest['files'][string],
        string,
        string,
        Record<string, unknown>,
      ][] = [
        [
          { name: 'scan.pdf', type: 'application/pdf', bytes: sampleElf() },
          'PASSPORT',
          'FILE_TYPE_NOT_ALLOWED',
          { detectedType: 'application/x-elf' },
        ],
        [
          { name: 'me.png', type: 'image/png', bytes: samplePng(400, 500) },
          'PHOTO',
          'IMAGE_TOO_SMALL',
          { width: 400, height: 500, minWidth: 413, minHeight: 531 },
        ],
        [
          {
            name: 'me.png',
            type: 'image/png',
            bytes: padTo(samplePng(413, 531), 2 * 1024 * 1024 + 1),
          },
          'PHOTO',
          'FILE_TOO_LARGE',
          { maxBytes: 2 * 1024 * 1024 },
        ],
        [
          { name: 'empty.pdf', type: 'application/pdf', bytes: new Uint8Array(0) },
          'OTHER',
          'FILE_EMPTY',
          {},
        ],
      ];
      for (const [file, type, code, params] of cases) {
        const res = await graphqlMultipart(app.url, {
          query: UPLOAD,
          variables: { type },
          files: { file },
        });
        expect(res.status).toBe(200);
        expect(res.body.data).toBeNull();
        expect(res.body.errors?.[0]?.extensions).toMatchObject({ code, params });
      }
      expect(await storeFiles(app)).toEqual([]);
      await expectNoTempFiles();
    });

    it('maps the parser’s own maxFileSize cut-off to FILE_TOO_LARGE with the limit that was hit', async () => {
      const small = await startUploadApp({ maxFileSize: 10_000, kind });
      try {
        const res = await graphqlMultipart(small.url, {
          query: UPLOAD,
          variables: { type: 'PASSPORT' }, // the type itself would allow 5 MiB
          files: {
            file: { name: 'big.pdf', type: 'application/pdf', bytes: padTo(samplePdf(), 50_000) },
          },
        });
        expect(res.body.errors?.[0]?.extensions).toMatchObject({
          code: 'FILE_TOO_LARGE',
          params: { maxBytes: 10_000 },
        });
        expect(await storeFiles(small)).toEqual([]);
        await expectNoTempFiles();
      } finally {
        await small.close();
      }
    });

    it('refuses more files than maxFiles with 413 before any resolver runs', async () => {
      const pdf = samplePdf();
      const res = await graphqlMultipart(app.url, {
        query: `mutation Many($files: [Upload!]!) { uploadMany(files: $files) { key } }`,
        variables: { files: [] },
        files: Object.fromEntries(
          [0, 1, 2, 3].map((i) => [
            `files.${i}`,
            { name: `${i}.pdf`, type: 'application/pdf', bytes: pdf },
          ]),
        ),
      });
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      expect(await storeFiles(app)).toEqual([]);
      await expectNoTempFiles();
    });

    it('keeps CSRF prevention: without Apollo-Require-Preflight the request is refused', async () => {
      const res = await graphqlMultipart(app.url, {
        query: UPLOAD,
        variables: { type: 'OTHER' },
        files: { file: { name: 'a.pdf', type: 'application/pdf', bytes: samplePdf() } },
        preflight: false,
      });
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF|preflight/i);
      expect(await storeFiles(app)).toEqual([]);
      await expectNoTempFiles(); // the file graphql-upload buffered anyway is gone
    });

    it('answers a body cut off inside the operations field with a clean 400', async () => {
      const { body, contentType } = await encodeGraphQLMultipart({
        query: UPLOAD,
        variables: { type: 'OTHER' },
        files: { file: { name: 'a.pdf', type: 'application/pdf', bytes: samplePdf() } },
      });
      const cut = body.subarray(0, body.indexOf('mutation') + 20);
      const res = await postRawMultipart(app.url, cut, contentType);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_REQUEST' });
      expect(res.body.error?.message).toMatch(/Malformed multipart request/);
      expect(await storeFiles(app)).toEqual([]);
      await expectNoTempFiles();
    });

    it('answers a body cut off inside the file with 400 UPLOAD_INCOMPLETE and stores nothing', async () => {
      const png = samplePng(800, 1000);
      const { body, contentType } = await encodeGraphQLMultipart({
        query: UPLOAD,
        variables: { type: 'PHOTO' },
        files: { file: { name: 'me.png', type: 'image/png', bytes: png } },
      });
      const fileStart = body.indexOf(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      const cut = body.subarray(0, fileStart + Math.floor(png.length / 2));
      const res = await postRawMultipart(app.url, cut, contentType);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'UPLOAD_INCOMPLETE' });
      expect(await storeFiles(app)).toEqual([]);
      await expectNoTempFiles();
    });

    it('still serves plain JSON requests', async () => {
      const res = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ ping }' }),
      });
      expect(await res.json()).toEqual({ data: { ping: 'pong' } });
    });
  },
);

describe('temporary files of uploads nobody reads to the end', () => {
  const query = `mutation Open($file: Upload!) { openButDoNotRead(file: $file) }`;
  const files = {
    file: { name: 'a.pdf', type: 'application/pdf', bytes: padTo(samplePdf(), 200_000) },
  };

  it('are removed when the response closes', async () => {
    const res = await graphqlMultipart(app.url, { query, files });
    expect(res.body).toEqual({ data: { openButDoNotRead: true } });
    await expectNoTempFiles();
    abandoned.splice(0).forEach((s) => s.destroy());
  });

  it('would be kept by graphql-upload alone (why uploadMiddleware destroys them)', async () => {
    const raw = await startUploadApp({ rawGraphqlUpload: true });
    try {
      const res = await graphqlMultipart(raw.url, { query, files });
      expect(res.body).toEqual({ data: { openButDoNotRead: true } });
      await new Promise((r) => setTimeout(r, 200));
      expect(await tempFiles()).toHaveLength(1);
    } finally {
      abandoned.splice(0).forEach((s) => s.destroy());
      await raw.close();
    }
    await expectNoTempFiles();
  });
});
