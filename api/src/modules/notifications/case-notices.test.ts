import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';

let db: TestDatabase;
let server: TestServer;
let officer: string;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 3);
  server = await startTestServer(db);
  await createAccount(db, { accountName: 'notice-officer', role: Role.OFFICER });
  officer = await loginToken(server, 'notice-officer');
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

type Bell = {
  notifications: {
    unread: number;
    items: { id: string; kind: string; body: string; readAt: string | null }[];
  };
};
const BELL = '{ notifications { unread items { id kind body readAt } } }';

async function decide(caseId: string, mutation: string) {
  const claimed = await server.post<{ claimAmendment: { version: number } }>(
    'mutation($id: ID!) { claimAmendment(id: $id) { version } }',
    { id: caseId },
    bearer(officer),
  );
  const v = claimed.body.data!.claimAmendment.version;
  const res = await server.post(mutation, { id: caseId, v }, bearer(officer));
  expect(res.body.errors).toBeUndefined();
}

describe('notices to the filer and the holder', () => {
  it('an approved free change says where to collect the card and never speaks of paying', async () => {
    await createAccount(db, { accountName: 'notice-holder', locale: 'en' });
    const token = await loginToken(server, 'notice-holder');
    const client = wizard(server, token);
    await client.acceptTerms();
    const started = await client.start({
      uiNumber: DEMO_HOLDER.uiNumber,
      birthDate: DEMO_HOLDER.birthDate,
      passportNumber: DEMO_HOLDER.passport.number,
      alsoChange: ['UI_NUMBER_NEW_FORMAT'],
    });
    const id = started.body.data!.startAmendment.id;
    expect((await client.submit(id, 'notice-submit-1')).body.errors).toBeUndefined();
    await decide(
      id,
      'mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v) { id } }',
    );
    // Read as this English-speaking holder's portal asks: in English.
    const bell = await server.post<Bell>(BELL, {}, { ...bearer(token), 'accept-language': 'en' });
    expect(bell.body.data!.notifications.unread).toBe(1);
    const [notice] = bell.body.data!.notifications.items;
    expect(notice!.kind).toBe('AMENDMENT_APPROVED');
    expect(notice!.body).toMatch(/Taipei City Service Center/);
    expect(notice!.body).not.toMatch(/fee|pay|NT\$/i);
    const [mail] = await db.sql<{ text_body: string }>(
      "select text_body from outbox_mail where to_address = 'notice-holder@test.example' and template = 'AMENDMENT_STATUS_CHANGED'",
    );
    expect(mail!.text_body).not.toMatch(/fee|pay/i);
    await server.post(
      'mutation($id: ID!) { markCardReady(id: $id) { id } }',
      { id },
      bearer(officer),
    );
    const after = await server.post<Bell>(BELL, {}, bearer(token));
    expect(after.body.data!.notifications.items[0]!.kind).toBe('AMENDMENT_CARD_READY');
    expect(after.body.data!.notifications.unread).toBe(2);
    // Reading is private: another account cannot mark it.
    await createAccount(db, { accountName: 'nosy-reader' });
    const nosy = await server.post(
      'mutation($id: ID!) { markNotificationRead(id: $id) { id } }',
      { id: notice!.id },
      bearer(await loginToken(server, 'nosy-reader')),
    );
    expect(codeOf(nosy)).toBe('NOT_FOUND');
    const read = await server.post<{ markNotificationRead: { readAt: string } }>(
      'mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }',
      { id: notice!.id },
      bearer(token),
    );
    expect(read.body.data!.markNotificationRead.readAt).toBeTruthy();
    expect((await server.post<Bell>(BELL, {}, bearer(token))).body.data!.notifications.unread).toBe(
      1,
    );
    expect(codeOf(await server.post(BELL))).toBe('UNAUTHENTICATED');
  });

  it('a fee-bearing approval says the fee is due; the holder’s own account hears of cases an agency filed', async () => {
    const [holder] = await db.sql<{ id: string; ui_number: string; birth: string }>(
      "select id, ui_number, to_char(birth_date, 'YYYY-MM-DD') birth from applicant where id <> $1 limit 1",
      [DEMO_HOLDER.id],
    );
    await createAccount(db, {
      accountName: 'own-holder',
      applicantId: holder!.id,
      locale: 'zh-TW',
    });
    await createAccount(db, { accountName: 'notice-agency', role: Role.AGENCY, locale: 'en' });
    const holderToken = await loginToken(server, 'own-holder');
    await server.post(
      'mutation($i: GrantMandateInput!) { createMandate(input: $i) { id } }',
      {
        i: {
          grantee: 'notice-agency',
          items: [],
          validUntil: new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10),
        },
      },
      bearer(holderToken),
    );
    const agency = wizard(server, await loginToken(server, 'notice-agency'));
    await agency.acceptTerms();
    const started = await agency.start({
      uiNumber: holder!.ui_number,
      birthDate: holder!.birth,
      alsoChange: ['UI_NUMBER_PERSONAL_REASON'],
    });
    const id = started.body.data!.startAmendment.id;
    // Documents are arranged directly: this test is about the notices.
    for (const type of ['UI_NUMBER_CHANGE_STATEMENT', 'CURRENT_CARD']) {
      await db.sql(
        "insert into amendment_document (id, amendment_id, type, storage_key, original_name, mime_type, size, sha256, uploaded_by, uploaded_at) values (gen_random_uuid(), $1, $2, 'test/' || gen_random_uuid(), 'x.pdf', 'application/pdf', 1, 'x', gen_random_uuid(), now())",
        [id, type],
      );
    }
    expect((await agency.submit(id, 'notice-agency-submit')).body.errors).toBeUndefined();
    await decide(
      id,
      'mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v) { id } }',
    );
    const [mail] = await db.sql<{ text_body: string }>(
      "select text_body from outbox_mail where to_address = 'notice-agency@test.example' and template = 'AMENDMENT_STATUS_CHANGED'",
    );
    expect(mail!.text_body).toMatch(/NT\$500 is now due/);
    const holderBell = await server.post<Bell>(BELL, {}, bearer(holderToken));
    expect(holderBell.body.data!.notifications.items[0]).toMatchObject({
      kind: 'AMENDMENT_APPROVED',
    });
    expect(holderBell.body.data!.notifications.items[0]!.body).toMatch(/新臺幣 500 元/);
  });
});

describe('notices in the reader’s language', () => {
  const READ = '{ notifications { items { id title body } } }';
  type Read = { notifications: { items: { id: string; title: string; body: string }[] } };
  const read = async (token: string, language?: string) => {
    const res = await server.post<Read>(
      READ,
      {},
      {
        ...bearer(token),
        ...(language ? { 'accept-language': language } : {}),
      },
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.notifications.items;
  };

  it('a notice made for a zh-TW account reads in English with Accept-Language: en; the mail stays in Chinese', async () => {
    const [holder] = await db.sql<{ id: string; ui_number: string; birth: string }>(
      "select id, ui_number, to_char(birth_date, 'YYYY-MM-DD') birth from applicant where id <> $1 and id not in (select applicant_id from account where applicant_id is not null) limit 1",
      [DEMO_HOLDER.id],
    );
    await createAccount(db, { accountName: 'zh-holder', applicantId: holder!.id, locale: 'zh-TW' });
    const token = await loginToken(server, 'zh-holder');
    const client = wizard(server, token);
    await client.acceptTerms();
    const started = await client.start({
      uiNumber: holder!.ui_number,
      birthDate: holder!.birth,
      alsoChange: ['UI_NUMBER_PERSONAL_REASON'],
    });
    const id = started.body.data!.startAmendment.id;
    for (const type of ['UI_NUMBER_CHANGE_STATEMENT', 'CURRENT_CARD']) {
      await db.sql(
        "insert into amendment_document (id, amendment_id, type, storage_key, original_name, mime_type, size, sha256, uploaded_by, uploaded_at) values (gen_random_uuid(), $1, $2, 'test/' || gen_random_uuid(), 'x.pdf', 'application/pdf', 1, 'x', gen_random_uuid(), now())",
        [id, type],
      );
    }
    expect((await client.submit(id, 'notice-language-submit')).body.errors).toBeUndefined();
    await decide(
      id,
      'mutation($id: ID!, $v: Int!) { rejectAmendment(id: $id, version: $v, reason: "Statement unsigned") { id } }',
    );

    const [zh] = await read(token);
    expect(zh!.title).toMatch(/: 不予核准$/);
    expect(zh!.body).toBe('您的申請未獲核准。理由：Statement unsigned');
    const [en] = await read(token, 'en-GB,en;q=0.9');
    expect(en!.id).toBe(zh!.id);
    expect(en!.title).toMatch(/: Rejected$/);
    expect(en!.body).toBe('Your application was not approved. Reason: Statement unsigned');
    const marked = await server.post<{ markNotificationRead: { body: string } }>(
      'mutation($id: ID!) { markNotificationRead(id: $id) { body } }',
      { id: en!.id },
      { ...bearer(token), 'accept-language': 'en' },
    );
    expect(marked.body.data!.markNotificationRead.body).toMatch(/^Your application was not/);

    // The mail went once, in the account's language.
    const mails = await db.sql<{ locale: string; text_body: string }>(
      "select locale, text_body from outbox_mail where to_address = 'zh-holder@test.example' and template = 'AMENDMENT_STATUS_CHANGED'",
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.locale).toBe('zh-TW');
    expect(mails[0]!.text_body).toMatch(/您的申請未獲核准/);
    expect(mails[0]!.text_body).not.toMatch(/not approved/);
    // The plain columns keep the account's language, as before.
    const [row] = await db.sql<{ body: string; texts: unknown }>(
      'select body, texts from notification where id = $1',
      [zh!.id],
    );
    expect(row!.body).toBe(zh!.body);
    expect(row!.texts).toMatchObject({ 'zh-TW': { body: zh!.body }, en: { body: en!.body } });
  });

  it('a notice made before both languages were kept answers in its own language', async () => {
    await createAccount(db, { accountName: 'old-reader', locale: 'en' });
    const token = await loginToken(server, 'old-reader');
    await db.sql(
      "insert into notification (id, account_id, kind, title, body, created_at) select gen_random_uuid(), id, 'AMENDMENT_CARD_READY', 'GC-1: Card ready', 'Your new card is ready.', now() from account where account_name = 'old-reader'",
    );
    for (const language of [undefined, 'en', 'zh-TW']) {
      expect(await read(token, language)).toMatchObject([
        { title: 'GC-1: Card ready', body: 'Your new card is ready.' },
      ]);
    }
  });
});
