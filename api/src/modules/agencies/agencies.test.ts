import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { graphqlMultipart, samplePdf, samplePng } from '../../test-support/multipart.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';

let db: TestDatabase;
let server: TestServer;
let holderToken: string;
let agencyLogin: string;
let otherHolder: { id: string; ui_number: string; birth: string };
const DEMO = { uiNumber: DEMO_HOLDER.uiNumber, birthDate: DEMO_HOLDER.birthDate };
const inAYear = () => new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 5);
  server = await startTestServer(db);
  await createAccount(db, { accountName: 'john', applicantId: DEMO_HOLDER.id });
  await createAccount(db, { accountName: 'relocators', role: Role.AGENCY });
  await createAccount(db, { accountName: 'rivals', role: Role.AGENCY });
  await createAccount(db, { accountName: 'checker', role: Role.OFFICER });
  holderToken = await loginToken(server, 'john');
  agencyLogin = await loginToken(server, 'relocators');
  [otherHolder] = (await db.sql(
    "select id, ui_number, to_char(birth_date, 'YYYY-MM-DD') birth from applicant where id <> $1 limit 1",
    [DEMO_HOLDER.id],
  )) as [typeof otherHolder];
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

async function newKey(login: string, scopes = ['READ', 'FILE'], days = 30) {
  const res = await server.post<{
    createApiKey: { token: string; apiKey: { id: string; prefix: string } };
  }>(
    'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token apiKey { id prefix scopes } } }',
    {
      i: {
        name: 'case system',
        scopes,
        expiresAt: new Date(Date.now() + days * 86_400_000).toISOString(),
      },
    },
    bearer(login),
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createApiKey;
}

async function grant(token: string, grantee: string, items: string[] = []) {
  const res = await server.post<{ createMandate: { id: string; activeNow: boolean } }>(
    'mutation($i: GrantMandateInput!) { createMandate(input: $i) { id activeNow status } }',
    { i: { grantee, items, validUntil: inAYear() } },
    bearer(token),
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.createMandate;
}

describe('an agency with a mandate files and follows a case with an API key', () => {
  let key: string;
  let caseId: string;
  let mandateId: string;

  it('files for the mandated holder: start, save, upload, submit, follow', async () => {
    const mandate = await grant(holderToken, 'relocators');
    mandateId = mandate.id;
    expect(mandate.activeNow).toBe(true);
    key = (await newKey(agencyLogin)).token;
    expect(key).toMatch(/^gk_[0-9a-f]{12}_/);
    const software = wizard(server, key);
    await software.acceptTerms();
    const started = await software.start({ ...DEMO, alsoChange: ['RESIDENCE_ADDRESS'] });
    expect(started.body.errors).toBeUndefined();
    caseId = started.body.data!.startAmendment.id;
    expect(started.body.data!.startAmendment.filedByRole).toBe('AGENCY');
    await software.save(caseId, {
      residence: { city: '新北市', district: '板橋區', line: '文化路一段1號3樓' },
    });
    for (const [type, name, bytes, mime] of [
      ['PROOF_OF_ADDRESS', 'lease.pdf', samplePdf(), 'application/pdf'],
      ['PASSPORT', 'passport.pdf', samplePdf(), 'application/pdf'],
      ['CURRENT_CARD', 'card.pdf', samplePdf(), 'application/pdf'],
      ['PHOTO', 'photo.png', samplePng(450, 580), 'image/png'],
    ] as const) {
      const res = await graphqlMultipart(`${server.url}/graphql`, {
        query:
          'mutation($id: ID!, $type: DocumentType!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: $type, file: $file) { id } }',
        variables: { id: caseId, type },
        files: { file: { name, type: mime, bytes } },
        headers: bearer(key),
      });
      expect(res.body.errors, type).toBeUndefined();
    }
    const submitted = await software.submit(caseId, 'agency-submit-0001');
    expect(submitted.body.data!.submitAmendment.status).toBe('SUBMITTED');
    const mine = await software.call<{ myAmendments: { id: string }[] }>('{ myAmendments { id } }');
    expect(mine.body.data!.myAmendments.map((a) => a.id)).toContain(caseId);
    // The holder sees the case filed for them too.
    const asHolder = await server.post<{
      myAmendments: { id: string; filedBy: { role: string } }[];
    }>('{ myAmendments { id filedBy { role } } }', {}, bearer(holderToken));
    expect(asHolder.body.data!.myAmendments).toContainEqual({
      id: caseId,
      filedBy: { role: 'AGENCY' },
    });
  });

  it('audits every call of the software as an integration, naming the key', async () => {
    const rows = await db.sql<{ actor_kind: string; detail: { apiKeyId?: string } }>(
      "select actor_kind, detail from audit_event where action = 'amendment.submit' and entity_id = $1",
      [caseId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actor_kind).toBe('INTEGRATION');
    expect(rows[0]!.detail.apiKeyId).toBeDefined();
    const calls = await db.sql(
      "select 1 from audit_event where action = 'integration.call' and actor_kind = 'INTEGRATION'",
    );
    expect(calls.length).toBeGreaterThanOrEqual(8);
  });

  it('stops at the next request once the holder revokes the mandate, changing nothing', async () => {
    const software = wizard(server, key);
    expect((await software.get(caseId)).body.errors).toBeUndefined();
    const revoked = await server.post(
      'mutation($id: ID!) { revokeMandate(id: $id) { status activeNow } }',
      { id: mandateId },
      bearer(holderToken),
    );
    expect(revoked.body.data).toEqual({ revokeMandate: { status: 'REVOKED', activeNow: false } });
    const before = await db.sql('select status, version from amendment where id = $1', [caseId]);
    expect(codeOf(await software.get(caseId))).toBe('FORBIDDEN');
    expect(codeOf(await software.withdraw(caseId))).toBe('FORBIDDEN');
    expect(
      (await software.call<{ myAmendments: unknown[] }>('{ myAmendments { id } }')).body.data!
        .myAmendments,
    ).toEqual([]);
    expect(codeOf(await software.start(DEMO))).toBe('FORBIDDEN');
    expect(await db.sql('select status, version from amendment where id = $1', [caseId])).toEqual(
      before,
    );
    const doc = await db.sql<{ id: string }>(
      'select id from amendment_document where amendment_id = $1 limit 1',
      [caseId],
    );
    expect(
      (await fetch(`${server.url}/documents/${doc[0]!.id}`, { headers: bearer(key) })).status,
    ).toBe(403);
  });
});

describe('keys that must not work', () => {
  it('refuses revoked, expired and read-only keys, and agencies without a mandate', async () => {
    const { token: readOnly } = await newKey(agencyLogin, ['READ']);
    expect(codeOf(await wizard(server, readOnly).start(DEMO))).toBe('FORBIDDEN');
    const { token, apiKey } = await newKey(agencyLogin);
    await server.post(
      'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: apiKey.id },
      bearer(agencyLogin),
    );
    expect(codeOf(await wizard(server, token).call('{ myAmendments { id } }'))).toBe(
      'UNAUTHENTICATED',
    );
    const { token: old, apiKey: oldKey } = await newKey(agencyLogin);
    await db.sql("update api_key set expires_at = now() - interval '1 second' where id = $1", [
      oldKey.id,
    ]);
    expect(codeOf(await wizard(server, old).call('{ myAmendments { id } }'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      codeOf(await wizard(server, 'gk_000000000000_forged').call('{ myAmendments { id } }')),
    ).toBe('UNAUTHENTICATED');
    // Another agency's key, for a holder mandated to someone else.
    await grant(holderToken, 'relocators');
    const rival = wizard(server, (await newKey(await loginToken(server, 'rivals'))).token);
    await rival.acceptTerms();
    expect(codeOf(await rival.start(DEMO))).toBe('FORBIDDEN');
    expect(
      codeOf(await rival.start({ uiNumber: otherHolder.ui_number, birthDate: otherHolder.birth })),
    ).toBe('FORBIDDEN');
    // A key cannot mint keys for another account, nor manage another agency's keys.
    const rivalsKeys = await server.post<{ apiKeys: unknown[] }>(
      '{ apiKeys { id } }',
      {},
      bearer(await loginToken(server, 'rivals')),
    );
    expect(rivalsKeys.body.data!.apiKeys).toHaveLength(1);
    expect(
      codeOf(
        await server.post(
          'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
          { id: apiKey.id },
          bearer(await loginToken(server, 'rivals')),
        ),
      ),
    ).toBe('FORBIDDEN');
    // A key never mints or revokes keys: a leaked key cannot outlive its revocation.
    const minted = await server.post(
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }',
      {
        i: {
          name: 'sneaky',
          scopes: ['FILE'],
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      bearer((await newKey(agencyLogin)).token),
    );
    expect(codeOf(minted)).toBe('FORBIDDEN');
  });

  it('limits each key’s requests per minute', async () => {
    const strict = await startTestServer(db, { env: { API_KEY_REQUESTS_PER_MINUTE: '3' } });
    try {
      const { token } = await newKey(agencyLogin);
      const call = () => strict.post('{ myAmendments { id } }', {}, bearer(token));
      for (let i = 0; i < 3; i++) expect(codeOf(await call())).toBeUndefined();
      const limited = await call();
      expect(codeOf(limited)).toBe('RATE_LIMITED');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await strict.close();
    }
  });
});

describe('mandates by power of attorney', () => {
  it('start pending, work once an officer verifies them, and only then', async () => {
    const key = (await newKey(agencyLogin)).token;
    const request = await graphqlMultipart<{
      requestMandate: { id: string; status: string; documentUrl: string };
    }>(`${server.url}/graphql`, {
      query:
        'mutation($i: RequestMandateInput!, $file: Upload!) { requestMandate(input: $i, file: $file) { id status documentUrl } }',
      variables: {
        i: {
          uiNumber: otherHolder.ui_number,
          birthDate: otherHolder.birth,
          items: ['EMAIL'],
          validUntil: inAYear(),
        },
      },
      files: { file: { name: 'poa.pdf', type: 'application/pdf', bytes: samplePdf() } },
      headers: bearer(key),
    });
    expect(request.body.data!.requestMandate.status).toBe('PENDING_VERIFICATION');
    const poa = request.body.data!.requestMandate.documentUrl;
    expect((await fetch(`${server.url}${poa}`, { headers: bearer(key) })).status).toBe(200);
    expect(
      (await fetch(`${server.url}${poa}`, { headers: bearer(await loginToken(server, 'rivals')) }))
        .status,
    ).toBe(403);
    const software = wizard(server, key);
    await software.acceptTerms();
    const forHolder = {
      uiNumber: otherHolder.ui_number,
      birthDate: otherHolder.birth,
      alsoChange: ['EMAIL'],
    };
    expect(codeOf(await software.start(forHolder))).toBe('FORBIDDEN');
    const officer = await loginToken(server, 'checker');
    const pending = await server.post<{ mandates: { id: string }[] }>(
      '{ mandates(status: PENDING_VERIFICATION) { id } }',
      {},
      bearer(officer),
    );
    expect(pending.body.data!.mandates.map((m) => m.id)).toContain(
      request.body.data!.requestMandate.id,
    );
    expect(
      codeOf(
        await server.post(
          'mutation($id: ID!) { verifyMandate(id: $id, approve: true) { status } }',
          { id: request.body.data!.requestMandate.id },
          bearer(key),
        ),
      ),
    ).toBe('FORBIDDEN');
    const verified = await server.post(
      'mutation($id: ID!) { verifyMandate(id: $id, approve: true) { status } }',
      { id: request.body.data!.requestMandate.id },
      bearer(officer),
    );
    expect(verified.body.data).toEqual({ verifyMandate: { status: 'ACTIVE' } });
    // The mandate covers EMAIL only.
    expect(codeOf(await software.start({ ...forHolder, alsoChange: ['NAME'] }))).toBe('FORBIDDEN');
    const started = await software.start(forHolder);
    expect(started.body.errors).toBeUndefined();
    expect(
      codeOf(
        await software.save(started.body.data!.startAmendment.id, { items: ['EMAIL', 'NAME'] }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('idempotent filing by software', () => {
  it('replays a mutation sent again with the same Idempotency-Key, and refuses the key for another request', async () => {
    const key = (await newKey(agencyLogin)).token;
    await grant(holderToken, 'relocators', []);
    const software = wizard(server, key);
    await software.acceptTerms();
    const open = await db.sql<{ id: string }>(
      "select id from amendment where applicant_id = $1 and status in ('DRAFT','SUBMITTED','UNDER_REVIEW','SUPPLEMENT_REQUESTED')",
      [DEMO_HOLDER.id],
    );
    for (const row of open)
      await db.sql("update amendment set status = 'WITHDRAWN' where id = $1", [row.id]);
    const START = 'mutation($i: StartAmendmentInput!) { startAmendment(input: $i) { id status } }';
    const variables = { i: { ...DEMO, alsoChange: ['EMAIL'] } };
    const headers = { ...bearer(key), 'idempotency-key': 'start-holder-0001' };
    const first = await server.post<{ startAmendment: { id: string } }>(START, variables, headers);
    expect(first.body.errors).toBeUndefined();
    const retry = await server.post<{ startAmendment: { id: string } }>(START, variables, headers);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(
      await db.sql("select 1 from amendment where applicant_id = $1 and status = 'DRAFT'", [
        DEMO_HOLDER.id,
      ]),
    ).toHaveLength(1);
    const other = await server.post(START, { i: { ...DEMO, alsoChange: ['MOBILE'] } }, headers);
    expect(codeOf(other)).toBe('IDEMPOTENCY_KEY_REUSED');
    // Once the holder revokes the mandate, nothing is replayed any more.
    const active = await db.sql<{ id: string }>(
      "select m.id from mandate m join account a on a.id = m.grantee_id where a.account_name = 'relocators' and m.status = 'ACTIVE'",
    );
    for (const m of active) {
      await server.post(
        'mutation($id: ID!) { revokeMandate(id: $id) { id } }',
        { id: m.id },
        bearer(holderToken),
      );
    }
    const afterRevoke = await server.post(START, variables, headers);
    expect(afterRevoke.body).not.toEqual(first.body);
    expect(codeOf(afterRevoke)).toBe('FORBIDDEN');
    await grant(holderToken, 'relocators', []);
    // Without the header, the same call is simply refused as a second open case.
    expect(codeOf(await server.post(START, variables, bearer(key)))).toBe('AMENDMENT_ALREADY_OPEN');
  });
});

describe('what a mandate tells the grantee about the holder', () => {
  it('names the holder while the mandate is active, not before an officer verifies it nor after a revocation', async () => {
    const NAMES =
      '{ mandates { id status holderName decisionNote applicantUiNumber granteeName } }';
    type Row = {
      id: string;
      status: string;
      holderName: string | null;
      decisionNote: string | null;
    };
    const agencyView = async (id: string) =>
      (
        await server.post<{ mandates: Row[] }>(NAMES, {}, bearer(agencyLogin))
      ).body.data!.mandates.find((m) => m.id === id);
    const granted = await grant(holderToken, 'relocators');
    expect((await agencyView(granted.id))?.holderName).toBe('史密斯 SMITH, JOHN');
    await server.post(
      'mutation($id: ID!) { revokeMandate(id: $id) { id } }',
      { id: granted.id },
      bearer(holderToken),
    );
    expect(await agencyView(granted.id)).toMatchObject({ status: 'REVOKED', holderName: null });
    // The holder still sees their own name on what they revoked.
    const own = await server.post<{ mandates: Row[] }>(NAMES, {}, bearer(holderToken));
    expect(own.body.data!.mandates.find((m) => m.id === granted.id)?.holderName).toBe(
      '史密斯 SMITH, JOHN',
    );

    const requested = await graphqlMultipart<{ requestMandate: Row }>(`${server.url}/graphql`, {
      query:
        'mutation($i: RequestMandateInput!, $file: Upload!) { requestMandate(input: $i, file: $file) { id status holderName decisionNote } }',
      variables: { i: { ...DEMO, validUntil: inAYear() } },
      files: { file: { name: 'poa.pdf', type: 'application/pdf', bytes: samplePdf() } },
      headers: bearer(agencyLogin),
    });
    expect(requested.body.data!.requestMandate).toMatchObject({
      status: 'PENDING_VERIFICATION',
      holderName: null,
    });
    const refused = await server.post<{ verifyMandate: Row }>(
      'mutation($id: ID!) { verifyMandate(id: $id, approve: false, note: "Unsigned") { status holderName } }',
      { id: requested.body.data!.requestMandate.id },
      bearer(await loginToken(server, 'checker')),
    );
    expect(refused.body.data!.verifyMandate.status).toBe('REJECTED');
    expect(await agencyView(requested.body.data!.requestMandate.id)).toMatchObject({
      status: 'REJECTED',
      holderName: null,
      decisionNote: 'Unsigned',
    });
  });
});
