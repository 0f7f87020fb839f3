import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import {
  createTestDocumentStore,
  DOCUMENT_STORE_KINDS,
  stopSharedS3Server,
  type TestDocumentStore,
} from '../../test-support/document-stores.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import {
  bearer,
  createAccount,
  login,
  loginToken,
  STRONG_PASSWORD,
} from '../../test-support/accounts.js';
import { wizard } from '../../test-support/wizard.js';
import { padTo, samplePdf, samplePng } from '../../test-support/multipart.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';

// The direct streaming route (POST /amendments/:id/documents) beside the GraphQL mutation:
// same rules, same coded errors, nothing left behind on refusal.
const MAX_BYTES = 200_000;
let db: TestDatabase;
let server: TestServer;
let subject: TestDocumentStore;
let token: string;
let draftId: string;

afterAll(stopSharedS3Server);

interface Answer {
  status: number;
  body: {
    document?: { id: string; type: string; sha256: string; size: number; downloadUrl: string };
    error?: { code: string; message: string; fields?: { field: string; problem: string }[] };
  };
}

async function post(
  id: string,
  parts: { type?: string; file?: { name: string; bytes: Uint8Array; mime?: string } },
  headers: Record<string, string> = bearer(token),
): Promise<Answer> {
  const form = new FormData();
  if (parts.type !== undefined) form.append('type', parts.type);
  if (parts.file) {
    const { name, bytes, mime = 'application/pdf' } = parts.file;
    form.append('file', new Blob([bytes], { type: mime }), name);
  }
  const res = await fetch(`${server.url}/amendments/${id}/documents`, {
    method: 'POST',
    body: form,
    headers: { 'accept-language': 'en', ...headers },
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

const storedFiles = () => subject.objects();
const documentRows = async () =>
  Number((await db.sql<{ n: string }>('select count(*) n from amendment_document'))[0]!.n);

// Everything here runs on both document stores, each with a database of its own.
describe.each(DOCUMENT_STORE_KINDS)('on the %s store', (kind) => {
  beforeAll(async () => {
    subject = await createTestDocumentStore(kind);
    db = await createTestDatabase();
    await seedFixtureHolders(db.url, 5);
    server = await startTestServer(db, {
      env: {
        ...subject.env,
        UPLOAD_LIMITS_JSON: JSON.stringify({ default: { maxBytes: MAX_BYTES } }),
      },
    });
    await createAccount(db, { accountName: 'uploader', locale: 'en' });
    token = await loginToken(server, 'uploader');
    const client = wizard(server, token);
    await client.acceptTerms();
    const started = await client.start({
      uiNumber: DEMO_HOLDER.uiNumber,
      birthDate: DEMO_HOLDER.birthDate,
      passportNumber: DEMO_HOLDER.passport.number,
      alsoChange: ['RESIDENCE_ADDRESS'],
    });
    expect(started.body.errors).toBeUndefined();
    draftId = started.body.data!.startAmendment.id;
  });
  afterAll(async () => {
    await server.close();
    await db.drop();
    await subject.dispose();
  });

  describe('POST /amendments/:id/documents', () => {
    it('stores the streamed file and records it with its event and audit, as the mutation does', async () => {
      const pdf = padTo(samplePdf(), 150_000);
      const res = await post(draftId, {
        type: 'PROOF_OF_ADDRESS',
        file: { name: 'lease.pdf', bytes: pdf },
      });
      expect(res.status).toBe(201);
      const doc = res.body.document!;
      expect(doc).toMatchObject({ type: 'PROOF_OF_ADDRESS', size: pdf.length });
      expect(doc.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
      // The same document through GraphQL, and its bytes through the download route.
      const read = await wizard(server, token).get(draftId);
      expect(read.body.data!.amendment.documents.map((d) => d.id)).toEqual([doc.id]);
      const bytes = Buffer.from(
        await (
          await fetch(`${server.url}${doc.downloadUrl}`, { headers: bearer(token) })
        ).arrayBuffer(),
      );
      expect(bytes.equals(pdf)).toBe(true);
      const [audit] = await db.sql<{ n: string }>(
        "select count(*) n from audit_event where action = 'amendment.document.added' and entity_id = $1",
        [draftId],
      );
      expect(audit!.n).toBe('1');
    });

    it('refuses bad input with coded errors in the caller’s language and keeps nothing', async () => {
      const files = await storedFiles();
      const rows = await documentRows();
      const pdf = samplePdf();
      const cases: [Parameters<typeof post>[1], number, string][] = [
        [{ type: 'NOT_A_TYPE', file: { name: 'a.pdf', bytes: pdf } }, 400, 'BAD_USER_INPUT'],
        [{ file: { name: 'a.pdf', bytes: pdf } }, 400, 'BAD_USER_INPUT'],
        [{ type: 'PROOF_OF_ADDRESS' }, 400, 'BAD_USER_INPUT'],
        [
          { type: 'PROOF_OF_ADDRESS', file: { name: 'big.pdf', bytes: padTo(pdf, MAX_BYTES + 1) } },
          413,
          'FILE_TOO_LARGE',
        ],
        [
          { type: 'PROOF_OF_ADDRESS', file: { name: 'photo.pdf', bytes: samplePng(300, 300) } },
          415,
          'FILE_TYPE_NOT_ALLOWED',
        ],
        [
          { type: 'PROOF_OF_ADDRESS', file: { name: 'x.pdf', bytes: Buffer.from('#!/bin/sh') } },
          415,
          'FILE_TYPE_NOT_ALLOWED',
        ],
      ];
      for (const [parts, status, code] of cases) {
        const res = await post(draftId, parts);
        expect([res.status, res.body.error?.code]).toEqual([status, code]);
        expect(res.body.error!.message).toMatch(/[a-z]/i);
      }
      const zh = await post(
        draftId,
        { type: 'PROOF_OF_ADDRESS', file: { name: 'big.pdf', bytes: padTo(pdf, MAX_BYTES + 1) } },
        { ...bearer(token), 'accept-language': 'zh-TW' },
      );
      expect(zh.body.error!.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await storedFiles()).toEqual(files);
      expect(await documentRows()).toBe(rows);
    });

    it('answers 400 to a body cut short, and keeps nothing', async () => {
      const files = await storedFiles();
      const rows = await documentRows();
      const boundary = 'cut-short-boundary';
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nPROOF_OF_ADDRESS\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n` +
          'Content-Type: application/pdf\r\n\r\n',
      );
      const body = Buffer.concat([head, samplePdf()]); // no closing boundary
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          `${server.url}/amendments/${draftId}/documents`,
          {
            method: 'POST',
            headers: {
              ...bearer(token),
              'content-type': `multipart/form-data; boundary=${boundary}`,
              'content-length': String(body.length),
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      expect(status).toBe(400);
      expect(await storedFiles()).toEqual(files);
      expect(await documentRows()).toBe(rows);
    });

    it('lets only the draft’s filer upload, and browsers only with X-Requested-With', async () => {
      const file = { name: 'a.pdf', bytes: samplePdf() };
      const rows = await documentRows();
      const anonymous = await post(draftId, { type: 'PROOF_OF_ADDRESS', file }, {});
      expect([anonymous.status, anonymous.body.error?.code]).toEqual([401, 'UNAUTHENTICATED']);

      await createAccount(db, { accountName: 'someone-else', locale: 'en' });
      const other = await post(
        draftId,
        { type: 'PROOF_OF_ADDRESS', file },
        bearer(await loginToken(server, 'someone-else')),
      );
      expect([other.status, other.body.error?.code]).toEqual([403, 'FORBIDDEN']);

      await createAccount(db, { accountName: 'an-officer', role: Role.OFFICER, locale: 'en' });
      const officer = await post(
        draftId,
        { type: 'PROOF_OF_ADDRESS', file },
        bearer(await loginToken(server, 'an-officer')),
      );
      expect([officer.status, officer.body.error?.code]).toEqual([403, 'FORBIDDEN']);

      // An agency's software with a READ key may read, never file.
      await createAccount(db, { accountName: 'an-agency', role: Role.AGENCY, locale: 'en' });
      const created = await server.post<{ createApiKey: { token: string } }>(
        'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }',
        {
          i: {
            name: 'reader',
            scopes: ['READ'],
            expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        },
        bearer(await loginToken(server, 'an-agency')),
      );
      const readKey = await post(
        draftId,
        { type: 'PROOF_OF_ADDRESS', file },
        bearer(created.body.data!.createApiKey.token),
      );
      expect([readKey.status, readKey.body.error?.code]).toEqual([403, 'FORBIDDEN']);

      const missing = await post('00000000-0000-4000-8000-000000000000', {
        type: 'PROOF_OF_ADDRESS',
        file,
      });
      expect([missing.status, missing.body.error?.code]).toEqual([404, 'NOT_FOUND']);

      const browser = await login(server, 'uploader', STRONG_PASSWORD, { cookie: true });
      const cookie = { cookie: browser.headers.get('set-cookie')!.split(';')[0]! };
      const forged = await post(draftId, { type: 'PROOF_OF_ADDRESS', file }, cookie);
      expect([forged.status, forged.body.error?.code]).toEqual([403, 'FORBIDDEN']);
      expect(await documentRows()).toBe(rows);
      const allowed = await post(
        draftId,
        { type: 'PROOF_OF_ADDRESS', file },
        { ...cookie, 'x-requested-with': 'XMLHttpRequest' },
      );
      expect(allowed.status).toBe(201);
      expect(await documentRows()).toBe(rows + 1);
    });
  });
});
