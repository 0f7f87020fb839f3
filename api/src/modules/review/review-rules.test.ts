import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { graphqlMultipart, samplePdf } from '../../test-support/multipart.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { BUILT_IN_DECISION_REASONS } from './decision-reasons.js';

// The rules an officer's decision meets: documents before approval, conflicts that say what
// happened, and standard reasons (built in, or from DECISION_REASONS_JSON).
let db: TestDatabase;
let server: TestServer;
let holderToken: string;
let holder: ReturnType<typeof wizard>;
const token: Record<'a' | 'b' | 'chief', string> = { a: '', b: '', chief: '' };
const dir = mkdtempSync(path.join(tmpdir(), 'decision-reasons-'));

type Errors = { body: { errors?: { extensions?: Record<string, unknown> }[] } };
const extensionsOf = (res: Errors) => res.body.errors?.[0]?.extensions ?? {};
const as = <T = Record<string, unknown>>(
  who: string,
  query: string,
  variables: Record<string, unknown> = {},
  language = 'en',
) => server.post<T>(query, variables, { ...bearer(who), 'accept-language': language });
const row = async (id: string) =>
  (
    await db.sql<{ status: string; version: number }>(
      'select status, version from amendment where id = $1',
      [id],
    )
  )[0]!;
const claim = async (who: string, id: string) =>
  (
    await as<{ claimAmendment: { version: number } }>(
      who,
      'mutation($id: ID!) { claimAmendment(id: $id) { version } }',
      { id },
    )
  ).body.data!.claimAmendment.version;
const APPROVE =
  'mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v) { status } }';
const SUPPLEMENT =
  'mutation($id: ID!, $v: Int!, $d: [DocumentType!]!, $m: String, $r: String) { requestSupplement(id: $id, version: $v, documents: $d, message: $m, reasonCode: $r) { status } }';
const REJECT =
  'mutation($id: ID!, $v: Int!, $reason: String, $r: String) { rejectAmendment(id: $id, version: $v, reason: $reason, reasonCode: $r) { status } }';

async function upload(id: string, type: string): Promise<string> {
  const res = await graphqlMultipart<{ uploadAmendmentDocument: { id: string } }>(
    `${server.url}/graphql`,
    {
      query:
        'mutation($id: ID!, $type: DocumentType!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: $type, file: $file) { id } }',
      variables: { id, type },
      files: { file: { name: `${type}.pdf`, type: 'application/pdf', bytes: samplePdf() } },
      headers: bearer(holderToken),
    },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.uploadAmendmentDocument.id;
}

async function started(items: string[], input: Record<string, unknown> = {}): Promise<string> {
  const res = await holder.start({
    uiNumber: DEMO_HOLDER.uiNumber,
    birthDate: DEMO_HOLDER.birthDate,
    passportNumber: DEMO_HOLDER.passport.number,
    alsoChange: items,
  });
  const id = res.body.data!.startAmendment.id;
  if (Object.keys(input).length) expect((await holder.save(id, input)).body.errors).toBeUndefined();
  return id;
}
const submit = async (id: string) =>
  expect((await holder.submit(id, `key-${id}`)).body.errors).toBeUndefined();
const respond = async (id: string) =>
  expect(
    (
      await holder.call(
        'mutation($id: ID!) { respondToSupplementRequest(amendmentId: $id) { status } }',
        { id },
      )
    ).body.errors,
  ).toBeUndefined();

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 2);
  server = await startTestServer(db);
  await createAccount(db, { accountName: 'holder', locale: 'en' });
  holderToken = await loginToken(server, 'holder');
  holder = wizard(server, holderToken);
  await holder.acceptTerms();
  await createAccount(db, { accountName: 'officer-a', role: Role.OFFICER });
  await createAccount(db, { accountName: 'officer-b', role: Role.OFFICER });
  await createAccount(db, { accountName: 'chief', role: Role.SUPERVISOR });
  token.a = await loginToken(server, 'officer-a');
  token.b = await loginToken(server, 'officer-b');
  token.chief = await loginToken(server, 'chief');
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('approval', () => {
  it('refuses while a document of the checklist has no file, changing nothing; then the card waits for the fee', async () => {
    // A new UI number for personal reasons: a statement and the current card, NT$500.
    const id = await started(['UI_NUMBER_PERSONAL_REASON']);
    await upload(id, 'UI_NUMBER_CHANGE_STATEMENT');
    const card = await upload(id, 'CURRENT_CARD');
    await submit(id);
    const v1 = await claim(token.a, id);
    await as(token.a, SUPPLEMENT, { id, v: v1, d: ['OTHER'], m: 'The signed statement, please' });
    // Answering, the filer removes a required document.
    await holder.call('mutation($id: ID!) { removeAmendmentDocument(id: $id) }', { id: card });
    await upload(id, 'OTHER');
    await respond(id);

    const before = await row(id);
    const refused = await as(token.a, APPROVE, { id, v: before.version }, 'zh-TW');
    expect(codeOf(refused)).toBe('DOCUMENTS_MISSING');
    expect(extensionsOf(refused).fields).toMatchObject([
      { field: 'documents.CURRENT_CARD', problem: 'REQUIRED' },
    ]);
    expect(refused.body.errors?.[0]?.message).toContain('現持就業金卡');
    expect(await row(id)).toEqual(before);
    const approvals = await db.sql(
      "select 1 from audit_event where action = 'amendment.approve' and entity_id = $1",
      [id],
    );
    expect(approvals).toEqual([]);

    await as(token.a, SUPPLEMENT, { id, v: before.version, d: ['CURRENT_CARD'], m: 'The card' });
    await upload(id, 'CURRENT_CARD');
    await respond(id);
    const approved = await as(token.a, APPROVE, { id, v: (await row(id)).version });
    expect(approved.body.errors).toBeUndefined();

    const ready = await as(token.a, 'mutation($id: ID!) { markCardReady(id: $id) { status } }', {
      id,
    });
    expect(codeOf(ready)).toBe('FEE_UNPAID');
    expect((await row(id)).status).toBe('APPROVED');
  });
});

describe('a decision on a stale version', () => {
  let id: string;
  it('says the status, version, who changed the case last and when', async () => {
    id = await started(['EMAIL'], { email: 'conflict@mail.test' });
    await submit(id);
    const seen = await claim(token.a, id);
    await as(token.a, 'mutation($id: ID!) { releaseAmendment(id: $id) { id } }', { id });
    await claim(token.b, id);
    const now = await row(id);

    const stale = await as(token.a, APPROVE, { id, v: seen });
    expect(codeOf(stale)).toBe('CONFLICT');
    const params = extensionsOf(stale).params as Record<string, unknown>;
    expect(params).toMatchObject({
      status: 'UNDER_REVIEW',
      version: now.version,
      changedBy: 'Test officer-b',
    });
    expect(Math.abs(Date.parse(String(params.changedAt)) - Date.now())).toBeLessThan(600_000);
    expect(await row(id)).toEqual(now);
  });

  it('names the supervisor who released the case under the officer’s feet', async () => {
    const seen = (await row(id)).version;
    await as(token.chief, 'mutation($id: ID!) { releaseAmendment(id: $id) { id } }', { id });
    for (const attempt of [
      as(token.b, REJECT, { id, v: seen, reason: 'Too late' }),
      as(token.b, SUPPLEMENT, { id, v: seen, d: ['OTHER'], m: 'Too late' }),
    ]) {
      const res = await attempt;
      expect(codeOf(res)).toBe('CONFLICT');
      expect(extensionsOf(res).params).toMatchObject({
        status: 'SUBMITTED',
        version: seen + 1,
        changedBy: 'Test chief',
      });
    }
    expect((await row(id)).status).toBe('SUBMITTED');
  });
});

describe('standard reasons', () => {
  it('are listed for staff in the reader’s language, and for nobody else', async () => {
    const QUERY = '{ decisionReasons(kind: SUPPLEMENT) { code label text } }';
    type Reasons = { decisionReasons: { code: string; label: string; text: string }[] };
    const en = (await as<Reasons>(token.a, QUERY)).body.data!.decisionReasons;
    const zh = (await as<Reasons>(token.chief, QUERY, {}, 'zh-TW')).body.data!.decisionReasons;
    expect(en.map((r) => r.code)).toEqual(BUILT_IN_DECISION_REASONS.SUPPLEMENT.map((r) => r.code));
    expect(en.find((r) => r.code === 'PHOTO_NOT_COMPLIANT')?.label).toBe(
      'Photo does not meet the rules',
    );
    expect(zh.find((r) => r.code === 'LEASE_NOT_SIGNED')?.text).toMatch(/租賃契約/);
    expect(codeOf(await as(holderToken, QUERY))).toBe('FORBIDDEN');
    expect(codeOf(await server.post(QUERY))).toBe('UNAUTHENTICATED');
  });

  it('put the reason’s text, then the officer’s words, in the timeline and the notices', async () => {
    // The case the supervisor released above.
    const [open] = await db.sql<{ id: string }>(
      "select id from amendment where status = 'SUBMITTED'",
    );
    const id = open!.id;
    const v = await claim(token.b, id);
    const bad = async (vars: Record<string, unknown>, field: string, problem: string) => {
      const res = await as(token.b, REJECT, { id, v, ...vars });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(extensionsOf(res).fields).toMatchObject([{ field, problem }]);
    };
    await bad({ r: 'NO_SUCH_REASON', reason: 'x' }, 'reasonCode', 'INVALID_VALUE');
    await bad({ r: 'PHOTO_NOT_COMPLIANT' }, 'reasonCode', 'INVALID_VALUE'); // a SUPPLEMENT code
    await bad({ reason: '  ' }, 'reason', 'REQUIRED');
    expect((await row(id)).version).toBe(v);

    const asked = await as(token.b, SUPPLEMENT, { id, v, d: ['OTHER'], r: 'LEASE_NOT_SIGNED' });
    expect(asked.body.errors).toBeUndefined();
    const lease = BUILT_IN_DECISION_REASONS.SUPPLEMENT.find((r) => r.code === 'LEASE_NOT_SIGNED')!;
    const read = await holder.call<{ amendment: { supplementRequest: { message: string } } }>(
      'query($id: ID!) { amendment(id: $id) { supplementRequest { message } } }',
      { id },
    );
    // The filer's language (English) on the timeline; no words of the officer's own.
    expect(read.body.data!.amendment.supplementRequest.message).toBe(lease.text.en);
    await upload(id, 'OTHER');
    await respond(id);

    const rejected = await as(token.b, REJECT, {
      id,
      v: (await row(id)).version,
      r: 'DATA_DOES_NOT_MATCH_DOCUMENTS',
      reason: 'The bill names another person.',
    });
    expect(rejected.body.errors).toBeUndefined();
    const reason = BUILT_IN_DECISION_REASONS.REJECTION.find(
      (r) => r.code === 'DATA_DOES_NOT_MATCH_DOCUMENTS',
    )!;
    const [event] = await db.sql<{ note: string }>(
      "select note from amendment_event where amendment_id = $1 and to_status = 'REJECTED'",
      [id],
    );
    expect(event!.note).toBe(`${reason.text.en}\nThe bill names another person.`);
    const [notice] = await db.sql<{ texts: Record<string, { body: string }> }>(
      "select texts from notification where amendment_id = $1 and kind = 'AMENDMENT_REJECTED'",
      [id],
    );
    expect(notice!.texts.en!.body).toContain(`${reason.text.en}\nThe bill names another person.`);
    expect(notice!.texts['zh-TW']!.body).toContain(
      `${reason.text.zhTw}\nThe bill names another person.`,
    );
    const [mail] = await db.sql<{ text_body: string }>(
      "select text_body from outbox_mail where template = 'AMENDMENT_STATUS_CHANGED' order by created_at desc limit 1",
    );
    expect(mail!.text_body).toContain(reason.text.en);
  });

  it('come from DECISION_REASONS_JSON when it is set, replacing the built-in list of a kind', async () => {
    const file = path.join(dir, 'reasons.json');
    writeFileSync(
      file,
      JSON.stringify({
        REJECTION: [
          {
            code: 'OUT_OF_SCOPE',
            label: { zhTw: '非異動範圍', en: 'Not an amendment' },
            text: {
              zhTw: '此申請不屬資料異動範圍。',
              en: 'This is not something an amendment changes.',
            },
          },
        ],
      }),
    );
    const configured = await startTestServer(db, { env: { DECISION_REASONS_JSON: file } });
    try {
      const list = async (kind: string) =>
        (
          await configured.post<{ decisionReasons: { code: string }[] }>(
            `{ decisionReasons(kind: ${kind}) { code } }`,
            {},
            bearer(await loginToken(configured, 'officer-a')),
          )
        ).body.data!.decisionReasons.map((r) => r.code);
      expect(await list('REJECTION')).toEqual(['OUT_OF_SCOPE']);
      expect(await list('SUPPLEMENT')).toContain('LEASE_NOT_SIGNED');
    } finally {
      await configured.close();
    }
  });

  it('refuse to start on a missing, malformed or invalid file, naming the problem', () => {
    const problemOf = (content: string | null) => {
      const file = path.join(dir, `bad-${Math.random()}.json`);
      if (content !== null) writeFileSync(file, content);
      try {
        loadConfig({ NODE_ENV: 'test', DECISION_REASONS_JSON: file });
        return '';
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems.join('\n');
      }
    };
    const entry = (code: string) => ({
      code,
      label: { zhTw: '甲', en: 'A' },
      text: { zhTw: '甲', en: 'A' },
    });
    expect(problemOf(null)).toMatch(/^DECISION_REASONS_JSON: .*cannot read .*ENOENT/);
    expect(problemOf('{nope')).toMatch(/DECISION_REASONS_JSON: .*is not JSON/);
    expect(problemOf(JSON.stringify({ REJECTION: [entry('A1'), entry('A1')] }))).toMatch(
      /code A1 appears twice/,
    );
    expect(problemOf(JSON.stringify({ REFUSAL: [entry('A1')] }))).toMatch(/DECISION_REASONS_JSON/);
    expect(problemOf(JSON.stringify({ SUPPLEMENT: [{ ...entry('lower') }] }))).toMatch(
      /SUPPLEMENT\.0\.code/,
    );
    expect(problemOf(JSON.stringify({ SUPPLEMENT: [entry('OK_CODE')] }))).toBe('');
  });
});
