import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { graphqlMultipart, samplePdf } from '../../test-support/multipart.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { wizard } from '../../test-support/wizard.js';

type Supplement = {
  amendment: {
    status: string;
    supplementRequest: {
      requestedAt: string;
      message: string;
      documents: { type: string; label: string; uploaded: number }[];
    } | null;
  };
};
const QUERY =
  'query($id: ID!) { amendment(id: $id) { status supplementRequest { requestedAt message documents { type label uploaded } } } }';

let db: TestDatabase;
let server: TestServer;
let holderToken: string;
let officer: string;
let holder: ReturnType<typeof wizard>;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 2);
  server = await startTestServer(db);
  await createAccount(db, { accountName: 'holder', locale: 'en' });
  await createAccount(db, { accountName: 'officer', role: Role.OFFICER });
  holderToken = await loginToken(server, 'holder');
  officer = await loginToken(server, 'officer');
  holder = wizard(server, holderToken);
  await holder.acceptTerms();
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const asOfficer = <T>(query: string, variables: Record<string, unknown>) =>
  server.post<T>(query, variables, bearer(officer));
const read = async (id: string, language = 'en') =>
  (
    await server.post<Supplement>(
      QUERY,
      { id },
      { ...bearer(holderToken), 'accept-language': language },
    )
  ).body.data!.amendment;

describe('Amendment.supplementRequest', () => {
  it('tells the filer what the officer asked for, counts what was sent since, and ends when answered', async () => {
    const started = await holder.start({
      uiNumber: DEMO_HOLDER.uiNumber,
      birthDate: DEMO_HOLDER.birthDate,
      passportNumber: DEMO_HOLDER.passport.number,
      alsoChange: ['EMAIL'],
    });
    const id = started.body.data!.startAmendment.id;
    await holder.save(id, { email: 'new.address@mail.test' });
    expect((await holder.submit(id, `key-${id}`)).body.errors).toBeUndefined();
    expect((await read(id)).supplementRequest).toBeNull();

    const claimed = await asOfficer<{ claimAmendment: { version: number } }>(
      'mutation($id: ID!) { claimAmendment(id: $id) { version } }',
      { id },
    );
    const asked = await asOfficer<{ requestSupplement: { status: string } }>(
      'mutation($id: ID!, $v: Int!) { requestSupplement(id: $id, version: $v, documents: [PASSPORT, OTHER], message: "The passport page is blurred [scan]") { status } }',
      { id, v: claimed.body.data!.claimAmendment.version },
    );
    expect(asked.body.errors).toBeUndefined();

    const waiting = await read(id);
    expect(waiting.status).toBe('SUPPLEMENT_REQUESTED');
    expect(waiting.supplementRequest).toMatchObject({
      message: 'The passport page is blurred [scan]',
      documents: [
        { type: 'PASSPORT', label: 'Passport data page', uploaded: 0 },
        { type: 'OTHER', label: 'Other document', uploaded: 0 },
      ],
    });
    expect(Date.parse(waiting.supplementRequest!.requestedAt)).not.toBeNaN();
    expect((await read(id, 'zh-TW')).supplementRequest?.documents[0]?.label).toBe('護照資料頁');

    const uploaded = await graphqlMultipart(`${server.url}/graphql`, {
      query:
        'mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: PASSPORT, file: $file) { id } }',
      variables: { id },
      files: { file: { name: 'passport.pdf', type: 'application/pdf', bytes: samplePdf() } },
      headers: bearer(holderToken),
    });
    expect(uploaded.body.errors).toBeUndefined();
    expect((await read(id)).supplementRequest?.documents.map((d) => d.uploaded)).toEqual([1, 0]);

    await graphqlMultipart(`${server.url}/graphql`, {
      query:
        'mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: OTHER, file: $file) { id } }',
      variables: { id },
      files: { file: { name: 'scan.pdf', type: 'application/pdf', bytes: samplePdf() } },
      headers: bearer(holderToken),
    });
    const answered = await holder.call<{ respondToSupplementRequest: { status: string } }>(
      'mutation($id: ID!) { respondToSupplementRequest(amendmentId: $id) { status } }',
      { id },
    );
    expect(answered.body.data?.respondToSupplementRequest.status).toBe('UNDER_REVIEW');
    expect((await read(id)).supplementRequest).toBeNull();
  });
});
