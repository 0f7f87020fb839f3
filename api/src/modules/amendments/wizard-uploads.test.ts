import { createHash } from 'node:crypto';
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
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import {
  graphqlMultipart,
  padTo,
  sampleElf,
  samplePdf,
  samplePng,
} from '../../test-support/multipart.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';

let db: TestDatabase;
let server: TestServer;
let subject: TestDocumentStore;
afterAll(stopSharedS3Server);

const UPLOAD = `mutation($id: ID!, $type: DocumentType!, $file: Upload!) {
  uploadAmendmentDocument(amendmentId: $id, type: $type, file: $file) { id type mimeType size sha256 width height downloadUrl } }`;

function upload(
  token: string,
  id: string,
  type: string,
  name: string,
  bytes: Uint8Array,
  mime = 'application/pdf',
) {
  return graphqlMultipart<{
    uploadAmendmentDocument: { id: string; mimeType: string; sha256: string; downloadUrl: string };
  }>(`${server.url}/graphql`, {
    query: UPLOAD,
    variables: { id, type },
    files: { file: { name, type: mime, bytes } },
    headers: { ...bearer(token), 'accept-language': 'en' },
  });
}

const storedFiles = () => subject.objects();

const PHOTO = samplePng(480, 600);

/** A holder account that has accepted the terms and opened a draft for `holder`. */
async function openDraft(
  account: string,
  holder: { ui: string; birth: string; passport: string },
  items: string[],
) {
  await createAccount(db, { accountName: account, locale: 'en' });
  const token = await loginToken(server, account);
  const client = wizard(server, token);
  await client.acceptTerms();
  const res = await client.start({
    uiNumber: holder.ui,
    birthDate: holder.birth,
    passportNumber: holder.passport,
    alsoChange: items,
  });
  expect(res.body.errors).toBeUndefined();
  return { token, client, id: res.body.data!.startAmendment.id };
}

async function uploadAll(token: string, id: string, types: string[]) {
  for (const type of types) {
    const res =
      type === 'PHOTO'
        ? await upload(token, id, type, 'me.png', PHOTO, 'image/png')
        : await upload(token, id, type, `${type}.pdf`, samplePdf());
    expect(res.body.errors, type).toBeUndefined();
  }
}

// Everything here runs on both document stores, each with a database of its own.
describe.each(DOCUMENT_STORE_KINDS)('on the %s store', (kind) => {
  beforeAll(async () => {
    subject = await createTestDocumentStore(kind);
    db = await createTestDatabase();
    await seedFixtureHolders(db.url, 40);
    server = await startTestServer(db, { env: subject.env });
  });
  afterAll(async () => {
    await server.close();
    await db.drop();
    await subject.dispose();
  });

  describe('the seed’s whole path, multipart uploads included', () => {
    it('address and passport change: documents, NT$0, application number', async () => {
      const { token, client, id } = await openDraft(
        'seed-path',
        {
          ui: DEMO_HOLDER.uiNumber,
          birth: DEMO_HOLDER.birthDate,
          passport: DEMO_HOLDER.passport.number,
        },
        ['RESIDENCE_ADDRESS', 'PASSPORT'],
      );
      const saved = await client.save(id, {
        residence: { city: '臺北市', district: '信義區', line: '松仁路100號8樓' },
        collectionPlace: 'TPE',
        passport: {
          number: '598765432',
          issuingCountry: 'US',
          issueDate: '2026-01-15',
          expiryDate: '2036-01-14',
        },
      });
      expect(saved.body.errors).toBeUndefined();
      await uploadAll(token, id, ['PROOF_OF_ADDRESS', 'PASSPORT', 'CURRENT_CARD', 'PHOTO']);
      const draft = (await client.get(id)).body.data!.amendment;
      expect(draft.checklist.every((c) => c.uploaded === 1)).toBe(true);
      expect(draft.fee).toMatchObject({ amount: 0, receiptIssued: true, cardPrinted: true });
      expect(draft.fee.lines.map((l) => l.rule).sort()).toEqual([
        'EXEMPT_ADDRESS',
        'EXEMPT_PASSPORT',
      ]);
      const submitted = await client.submit(id, 'seed-path-submit-1');
      expect(submitted.body.errors).toBeUndefined();
      expect(submitted.body.data!.submitAmendment).toMatchObject({ status: 'SUBMITTED' });
      expect(submitted.body.data!.submitAmendment.applicationNumber).toMatch(/^GC\d{4}-\d{7}$/);
      // The same key again: the same case, not a second one.
      const retry = await client.submit(id, 'seed-path-submit-1');
      expect(retry.body.data!.submitAmendment.applicationNumber).toBe(
        submitted.body.data!.submitAmendment.applicationNumber,
      );
      const other = await client.call(
        'mutation { submitAmendment(id: "00000000-0000-4000-8000-000000000000", idempotencyKey: "seed-path-submit-1") { id } }',
      );
      expect(codeOf(other)).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(
        await db.sql(
          'select 1 from amendment where application_number is not null and applicant_id = $1',
          [DEMO_HOLDER.id],
        ),
      ).toHaveLength(1);
      const byNumber = await client.call<{ amendmentByApplicationNumber: { id: string } }>(
        'query($n: String!) { amendmentByApplicationNumber(applicationNumber: $n) { id } }',
        { n: submitted.body.data!.submitAmendment.applicationNumber!.toLowerCase() },
      );
      expect(byNumber.body.data!.amendmentByApplicationNumber.id).toBe(id);
      const [mail] = await db.sql<{ template: string; text_body: string }>(
        "select template, text_body from outbox_mail where to_address = 'seed-path@test.example'",
      );
      expect(mail).toMatchObject({ template: 'AMENDMENT_RECEIVED' });
      expect(mail!.text_body).toContain(submitted.body.data!.submitAmendment.applicationNumber);
    });

    it('a name change costs NT$500, a Hong Kong resident’s NT$2,600', async () => {
      const holders = await db.sql<{
        ui_number: string;
        birth: string;
        passport_number: string;
        hk: boolean;
      }>(
        "select ui_number, to_char(birth_date, 'YYYY-MM-DD') birth, passport_number, hong_kong_macau_resident hk from applicant where id <> $1 order by hong_kong_macau_resident, ui_number",
        [DEMO_HOLDER.id],
      );
      const standard = holders.find((h) => !h.hk)!;
      const hk = holders.find((h) => h.hk)!;
      expect(hk).toBeDefined();
      for (const [account, h, expected] of [
        ['name-change', standard, 500],
        ['hk-change', hk, 2600],
      ] as const) {
        const { token, client, id } = await openDraft(
          account,
          { ui: h.ui_number, birth: h.birth, passport: h.passport_number },
          ['NAME'],
        );
        await client.save(id, { name: { englishSurname: 'NEWNAME', englishGivenName: 'GIVEN' } });
        await uploadAll(token, id, ['NAME_CHANGE_PROOF', 'PASSPORT', 'PHOTO']);
        const submitted = await client.submit(id, `${account}-submit-key`);
        expect(submitted.body.errors).toBeUndefined();
        expect(submitted.body.data!.submitAmendment.fee).toMatchObject({
          amount: expected,
          status: 'UNPAID',
          payable: false, // due only once approved
        });
      }
    });
  });

  describe('upload refusals leave nothing behind', () => {
    let token: string;
    let id: string;
    beforeAll(async () => {
      const [h] = await db.sql<{ ui_number: string; birth: string; passport_number: string }>(
        "select ui_number, to_char(birth_date, 'YYYY-MM-DD') birth, passport_number from applicant a where not exists (select 1 from amendment m where m.applicant_id = a.id) limit 1",
      );
      ({ token, id } = await openDraft(
        'refusals',
        { ui: h!.ui_number, birth: h!.birth, passport: h!.passport_number },
        ['RESIDENCE_ADDRESS'],
      ));
    });

    it('judges files by their bytes, size and pixels, with coded errors', async () => {
      const before = await storedFiles();
      const rows = async () =>
        (await db.sql('select 1 from amendment_document where amendment_id = $1', [id])).length;
      const pdfAsPhoto = await upload(token, id, 'PHOTO', 'photo.png', samplePdf(), 'image/png');
      expect(codeOf(pdfAsPhoto)).toBe('FILE_TYPE_NOT_ALLOWED');
      const empty = await upload(token, id, 'PASSPORT', 'empty.pdf', new Uint8Array());
      expect(codeOf(empty)).toBe('FILE_EMPTY');
      const elf = await upload(token, id, 'PASSPORT', 'passport.pdf', sampleElf());
      expect(codeOf(elf)).toBe('FILE_TYPE_NOT_ALLOWED');
      const small = await upload(token, id, 'PHOTO', 'small.png', samplePng(400, 500), 'image/png');
      expect(codeOf(small)).toBe('IMAGE_TOO_SMALL');
      expect(small.body.errors?.[0]?.message).toMatch(/413×531/);
      const over = await upload(
        token,
        id,
        'PHOTO',
        'big.png',
        padTo(PHOTO, 2 * 1024 * 1024 + 1),
        'image/png',
      );
      expect(codeOf(over)).toBe('FILE_TOO_LARGE');
      expect(await storedFiles()).toEqual(before);
      expect(await rows()).toBe(0);
      // A PNG renamed .pdf is judged by its bytes, and refused for claiming to be what it is not.
      const renamed = await upload(token, id, 'PASSPORT', 'passport.pdf', PHOTO);
      expect(codeOf(renamed)).toBe('FILE_TYPE_NOT_ALLOWED');
      expect(renamed.body.errors?.[0]?.extensions?.params).toMatchObject({
        detectedType: 'image/png',
      });
      expect(await storedFiles()).toEqual(before);
      expect(await rows()).toBe(0);
      // Exactly at the limit is fine, and so is a PNG passport scan named as one.
      const atLimit = await upload(
        token,
        id,
        'PHOTO',
        'limit.png',
        padTo(PHOTO, 2 * 1024 * 1024),
        'image/png',
      );
      expect(atLimit.body.errors).toBeUndefined();
      const png = await upload(token, id, 'PASSPORT', 'passport-scan.png', PHOTO, 'image/png');
      expect(png.body.data!.uploadAmendmentDocument.mimeType).toBe('image/png');
      expect(await rows()).toBe(2);
      expect((await storedFiles()).length).toBe(before.length + 2);
    });

    it('refuses other holders, agencies and anonymous callers, storing nothing', async () => {
      await createAccount(db, { accountName: 'intruder' });
      await createAccount(db, { accountName: 'intruder-agency', role: Role.AGENCY });
      const before = await storedFiles();
      for (const name of ['intruder', 'intruder-agency']) {
        const other = await loginToken(server, name);
        expect(codeOf(await upload(other, id, 'PASSPORT', 'x.pdf', samplePdf()))).toBe('FORBIDDEN');
      }
      const anon = await graphqlMultipart(`${server.url}/graphql`, {
        query: UPLOAD,
        variables: { id, type: 'PASSPORT' },
        files: { file: { name: 'x.pdf', type: 'application/pdf', bytes: samplePdf() } },
      });
      expect(codeOf(anon)).toBe('UNAUTHENTICATED');
      const noPreflight = await graphqlMultipart(`${server.url}/graphql`, {
        query: UPLOAD,
        variables: { id, type: 'PASSPORT' },
        preflight: false,
        headers: bearer(token),
        files: { file: { name: 'x.pdf', type: 'application/pdf', bytes: samplePdf() } },
      });
      expect(noPreflight.status).toBe(400);
      expect(await storedFiles()).toEqual(before);
    });

    it('serves documents only to those who may read the case, and removes them for good', async () => {
      const bytes = samplePdf();
      const res = await upload(token, id, 'PROOF_OF_ADDRESS', '租約 lease.pdf', bytes);
      const doc = res.body.data!.uploadAmendmentDocument;
      const get = (headers: Record<string, string> = {}) =>
        fetch(`${server.url}${doc.downloadUrl}`, { headers });
      const own = await get(bearer(token));
      expect(own.status).toBe(200);
      expect(own.headers.get('content-type')).toBe('application/pdf');
      expect(own.headers.get('content-disposition')).toMatch(/^inline; filename\*=UTF-8''/);
      expect(
        createHash('sha256')
          .update(Buffer.from(await own.arrayBuffer()))
          .digest('hex'),
      ).toBe(doc.sha256);
      expect((await get(bearer(await loginToken(server, 'intruder')))).status).toBe(403);
      expect((await get()).status).toBe(401);
      await createAccount(db, { accountName: 'doc-officer', role: Role.OFFICER });
      expect((await get(bearer(await loginToken(server, 'doc-officer')))).status).toBe(200);
      expect(
        await db.sql(
          "select 1 from audit_event where action = 'document.viewed' and entity_id = $1",
          [doc.id],
        ),
      ).toHaveLength(1);

      const before = (await storedFiles()).length;
      const removed = await server.post(
        'mutation($id: ID!) { removeAmendmentDocument(id: $id) }',
        { id: doc.id },
        bearer(token),
      );
      expect(removed.body.data).toEqual({ removeAmendmentDocument: true });
      expect((await storedFiles()).length).toBe(before - 1);
      expect((await get(bearer(token))).status).toBe(404);
    });

    it('shows the limits before anyone uploads', async () => {
      const res = await server.post<{
        amendmentRequirements: {
          item: string;
          documents: { type: string; maxBytes: number; minWidth: number | null; summary: string }[];
        }[];
      }>(
        '{ amendmentRequirements { item printsCard documents { type maxBytes minWidth summary } } }',
        {},
        { 'accept-language': 'en' },
      );
      const address = res.body.data!.amendmentRequirements.find(
        (r) => r.item === 'RESIDENCE_ADDRESS',
      )!;
      expect(address.documents.map((d) => d.type)).toEqual([
        'PROOF_OF_ADDRESS',
        'PASSPORT',
        'CURRENT_CARD',
        'PHOTO',
      ]);
      const photo = address.documents.find((d) => d.type === 'PHOTO')!;
      expect(photo).toMatchObject({ maxBytes: 2 * 1024 * 1024, minWidth: 413 });
      expect(photo.summary).toMatch(/JPEG or PNG/);
    });
  });
});
