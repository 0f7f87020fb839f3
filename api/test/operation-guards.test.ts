import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/test-support/db.js';
import { seedFixtureHolders } from '../src/test-support/fixtures.js';
import { startTestServer, type TestServer } from '../src/test-support/server.js';
import { bearer, createAccount, loginToken } from '../src/test-support/accounts.js';
import { codeOf, fieldsOf, wizard } from '../src/test-support/wizard.js';
import { graphqlMultipart, samplePdf } from '../src/test-support/multipart.js';
import { DEMO_HOLDER } from '../src/db/seeders/demo.js';
import { Role } from '../src/shared/actor.js';

/**
 * Bad input and refused callers for the operations whose own module tests cover the happy path:
 * every one answers with a coded error and changes nothing.
 */
let db: TestDatabase;
let server: TestServer;
const tokens: Record<string, string> = {};
let caseId: string;
let documentId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 3);
  server = await startTestServer(db);
  for (const [name, role] of [
    ['g-holder', Role.APPLICANT],
    ['g-other', Role.APPLICANT],
    ['g-agency', Role.AGENCY],
    ['g-officer', Role.OFFICER],
    ['g-chief', Role.SUPERVISOR],
  ] as const) {
    await createAccount(db, { accountName: name, role });
    tokens[name] = await loginToken(server, name);
  }
  const client = wizard(server, tokens['g-holder']!);
  await client.acceptTerms();
  const started = await client.start({
    uiNumber: DEMO_HOLDER.uiNumber,
    birthDate: DEMO_HOLDER.birthDate,
    passportNumber: DEMO_HOLDER.passport.number,
    alsoChange: ['RESIDENCE_ADDRESS'],
  });
  caseId = started.body.data!.startAmendment.id;
  const uploaded = await graphqlMultipart<{ uploadAmendmentDocument: { id: string } }>(
    `${server.url}/graphql`,
    {
      query:
        'mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: PASSPORT, file: $file) { id } }',
      variables: { id: caseId },
      files: { file: { name: 'p.pdf', type: 'application/pdf', bytes: samplePdf() } },
      headers: bearer(tokens['g-holder']!),
    },
  );
  documentId = uploaded.body.data!.uploadAmendmentDocument.id;
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const as = (name: string | null, query: string, variables: Record<string, unknown> = {}) =>
  server.post(
    query,
    variables,
    name ? { ...bearer(tokens[name]!), 'accept-language': 'en' } : { 'accept-language': 'en' },
  );

describe('operations refuse callers who may not use them, and bad input', () => {
  it('feeQuote and removeAmendmentDocument: only the case’s own people', async () => {
    const quote = 'query($id: ID!) { feeQuote(amendmentId: $id) { amount } }';
    expect(codeOf(await as('g-other', quote, { id: caseId }))).toBe('FORBIDDEN');
    expect(codeOf(await as('g-agency', quote, { id: caseId }))).toBe('FORBIDDEN');
    expect(codeOf(await as(null, quote, { id: caseId }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await as('g-holder', quote, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    const remove = 'mutation($id: ID!) { removeAmendmentDocument(id: $id) }';
    for (const who of ['g-other', 'g-agency'])
      expect(codeOf(await as(who, remove, { id: documentId }))).toBe('FORBIDDEN');
    expect(codeOf(await as('g-officer', remove, { id: documentId }))).toBe('FORBIDDEN');
    expect(
      codeOf(await as('g-holder', remove, { id: '00000000-0000-4000-8000-000000000000' })),
    ).toBe('NOT_FOUND');
    expect(
      await db.sql('select 1 from amendment_document where id = $1', [documentId]),
    ).toHaveLength(1);
  });

  it('staffAccounts, auditEvents and paymentReconciliation: supervisors only, inputs checked', async () => {
    for (const query of [
      '{ staffAccounts { total } }',
      '{ auditEvents { total } }',
      '{ paymentReconciliation { unpaidForDays } }',
    ]) {
      expect(codeOf(await as('g-officer', query))).toBe('FORBIDDEN');
      expect(codeOf(await as('g-agency', query))).toBe('FORBIDDEN');
      expect(codeOf(await as(null, query))).toBe('UNAUTHENTICATED');
    }
    expect(fieldsOf(await as('g-chief', '{ staffAccounts(perPage: 1000) { total } }'))).toEqual([
      'perPage:OUT_OF_RANGE',
    ]);
    expect(
      fieldsOf(await as('g-chief', '{ auditEvents(filter: { actorAccountId: "me" }) { total } }')),
    ).toEqual(['filter.actorAccountId:INVALID_FORMAT']);
    expect(
      fieldsOf(
        await as('g-chief', '{ paymentReconciliation(unpaidForDays: 0) { unpaidForDays } }'),
      ),
    ).toEqual(['unpaidForDays:OUT_OF_RANGE']);
  });

  it('notifications: each account marks only its own, and anonymous callers are refused', async () => {
    expect(codeOf(await as(null, 'mutation { markAllNotificationsRead }'))).toBe('UNAUTHENTICATED');
    const marked = await as('g-holder', 'mutation { markAllNotificationsRead }');
    expect(marked.body.data).toEqual({ markAllNotificationsRead: 0 });
    expect(codeOf(await as('g-holder', '{ notifications(perPage: 0) { total } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await as('g-holder', 'mutation { markNotificationRead(id: "x") { id } }'))).toBe(
      'NOT_FOUND',
    );
  });

  it('mandates and API keys: right role, sane dates, known grantee', async () => {
    const grant = 'mutation($i: GrantMandateInput!) { createMandate(input: $i) { id } }';
    const future = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
    expect(
      codeOf(await as('g-agency', grant, { i: { grantee: 'g-agency', validUntil: future } })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await as('g-officer', grant, { i: { grantee: 'g-agency', validUntil: future } })),
    ).toBe('FORBIDDEN');
    // g-holder is linked to the demo holder (it started a case with the passport number).
    expect(
      fieldsOf(await as('g-holder', grant, { i: { grantee: 'g-other', validUntil: future } })),
    ).toEqual(['input.grantee:INVALID_VALUE']);
    expect(
      fieldsOf(
        await as('g-holder', grant, { i: { grantee: 'g-agency', validUntil: '2001-01-01' } }),
      ),
    ).toEqual(['input.validUntil:OUT_OF_RANGE']);
    expect(await db.sql('select 1 from mandate')).toHaveLength(0);
    const key = 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }';
    const far = new Date(Date.now() + 400 * 86_400_000).toISOString();
    expect(
      fieldsOf(await as('g-agency', key, { i: { name: 'x', scopes: ['FILE'], expiresAt: far } })),
    ).toEqual(['input.expiresAt:OUT_OF_RANGE']);
    expect(
      codeOf(await as('g-holder', key, { i: { name: 'x', scopes: ['FILE'], expiresAt: far } })),
    ).toBe('FORBIDDEN');
    expect(await db.sql('select 1 from api_key')).toHaveLength(0);
  });
});
