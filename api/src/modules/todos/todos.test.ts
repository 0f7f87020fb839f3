import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';
import { bearer, createAccount, loginToken, STRONG_PASSWORD } from '../../test-support/accounts.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { graphqlMultipart, samplePdf } from '../../test-support/multipart.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { wizard } from '../../test-support/wizard.js';
import { taipeiToday } from '../amendments/amendment-fee.js';
import { AmendmentItem } from '../amendments/amendment-items.js';
import { computeFee } from '../fees/fee.js';
import { sign } from '../payments/ecpay.js';
import { ECPAY_STAGE } from '../payments/payment-settings.js';

/*
 * The to-do list over real HTTP on a real PostgreSQL: each kind appears when its condition holds
 * and goes when the thing is done through the API (paid, answered, collected, edited, changed,
 * verified or revoked), worded in the caller's language.
 */

let db: TestDatabase;
let server: TestServer;
let john: string; // the demo holder's own account
let relocators: string; // an agency the demo holder mandates
let officer: string;
let mary: string; // another holder's own account
let jane: string; // a third holder's own account
let mandate: string; // the demo holder's mandate to the agency
let maryHolder: { id: string; ui: string; birth: string };

interface Todo {
  kind: string;
  title: string;
  detail: string | null;
  amendmentId: string | null;
  applicationNumber: string | null;
  mandateId: string | null;
  dueAt: string | null;
  link: string;
}
const TODOS = '{ todos { kind title detail amendmentId applicationNumber mandateId dueAt link } }';
const todos = async (token: string, language = 'en') => {
  const res = await server.post<{ todos: Todo[] }>(
    TODOS,
    {},
    { ...bearer(token), 'accept-language': language },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.todos;
};
const kinds = async (token: string) => (await todos(token)).map((t) => t.kind);
const gql = async <T = Record<string, unknown>>(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) => {
  const res = await server.post<T>(query, variables, { ...bearer(token), 'accept-language': 'en' });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
};
const upload = (token: string, query: string, variables: Record<string, unknown>) =>
  graphqlMultipart<Record<string, { id: string }>>(`${server.url}/graphql`, {
    query,
    variables,
    files: { file: { name: 'document.pdf', type: 'application/pdf', bytes: samplePdf() } },
    headers: bearer(token),
  });
const DEMO = { uiNumber: DEMO_HOLDER.uiNumber, birthDate: DEMO_HOLDER.birthDate };
const KEYS = {
  merchantId: ECPAY_STAGE.merchantId,
  hashKey: ECPAY_STAGE.hashKey,
  hashIv: ECPAY_STAGE.hashIv,
};
const notify = async (fields: Record<string, string>) =>
  (
    await fetch(`${server.url}/payments/ecpay/return`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    })
  ).text();
/** `yyyy/MM/dd HH:mm:ss` in Taiwan, as the gateway writes its times. */
const taipeiStamp = (at: Date) =>
  new Date(at.getTime() + 8 * 3_600_000)
    .toISOString()
    .slice(0, 19)
    .replace('T', ' ')
    .replaceAll('-', '/');

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 3);
  server = await startTestServer(db);
  const [first, second] = await db.sql<{ id: string; ui: string; birth: string }>(
    `select id, ui_number ui, to_char(birth_date, 'YYYY-MM-DD') birth from applicant
      where id <> $1 order by ui_number limit 2`,
    [DEMO_HOLDER.id],
  );
  maryHolder = first!;
  await createAccount(db, { accountName: 'john', applicantId: DEMO_HOLDER.id, locale: 'en' });
  await createAccount(db, { accountName: 'relocators', role: Role.AGENCY });
  await createAccount(db, { accountName: 'officer', role: Role.OFFICER });
  await createAccount(db, { accountName: 'mary', applicantId: first!.id });
  await createAccount(db, { accountName: 'jane', applicantId: second!.id });
  john = await loginToken(server, 'john');
  relocators = await loginToken(server, 'relocators');
  officer = await loginToken(server, 'officer');
  mary = await loginToken(server, 'mary');
  jane = await loginToken(server, 'jane');
  for (const token of [john, relocators, mary]) await wizard(server, token).acceptTerms();
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  mandate = (
    await gql<{ createMandate: { id: string } }>(
      john,
      'mutation($i: GrantMandateInput!) { createMandate(input: $i) { id } }',
      { i: { grantee: 'relocators', validUntil: inAYear } },
    )
  ).createMandate.id;
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('todos', () => {
  it('is empty while nothing waits', async () => {
    for (const token of [john, relocators, officer, mary, jane])
      expect(await todos(token)).toEqual([]);
  });

  it('PAY_FEE until the fee is paid, then COLLECT_CARD until the card is collected', async () => {
    const w = wizard(server, john);
    const id = (await w.start({ ...DEMO, alsoChange: ['SEX'] })).body.data!.startAmendment.id;
    expect((await w.save(id, { sex: 'FEMALE' })).body.errors).toBeUndefined();
    const fee = computeFee({
      items: [AmendmentItem.SEX],
      hongKongMacauResident: false,
      on: taipeiToday(),
    });
    expect(fee.amount).toBe(500);
    // Approved, as submit and an officer's approval leave it.
    await db.sql(
      `update amendment set status = 'APPROVED', application_number = 'GC2026-7000001', fee = $2::jsonb,
         submitted_at = now() - interval '2 days', decided_at = now() where id = $1`,
      [id, JSON.stringify(fee)],
    );
    const [pay] = await todos(john);
    expect(pay).toEqual({
      kind: 'PAY_FEE',
      title: 'Pay the fee of NT$500',
      detail: 'Application GC2026-7000001 is approved: please pay online.',
      amendmentId: id,
      applicationNumber: 'GC2026-7000001',
      mandateId: null,
      dueAt: null,
      link: `/amendments/${id}#action`,
    });
    expect((await todos(john, 'zh-TW'))[0]!.title).toBe('繳納規費新臺幣 500 元');
    // Not the agency's case, not the other holder's, not an officer's to do.
    for (const token of [relocators, jane, officer]) expect(await todos(token)).toEqual([]);

    // A convenience-store code: its expiry is the deadline.
    const started = await gql<{ startFeePayment: { payment: { merchantTradeNo: string } } }>(
      john,
      'mutation($id: ID!) { startFeePayment(amendmentId: $id, method: CONVENIENCE_STORE) { payment { merchantTradeNo } } }',
      { id },
    );
    const tradeNo = started.startFeePayment.payment.merchantTradeNo;
    const expires = new Date(Math.floor(Date.now() / 1000) * 1000 + 3 * 86_400_000);
    const issued = sign(
      {
        MerchantID: KEYS.merchantId,
        MerchantTradeNo: tradeNo,
        RtnCode: '10100073',
        RtnMsg: 'Get CVS Code Succeeded.',
        TradeNo: '2611281500000009',
        TradeAmt: '500',
        PaymentType: 'CVS_CVS',
        TradeDate: taipeiStamp(new Date()),
        PaymentNo: 'LLL22251299',
        ExpireDate: taipeiStamp(expires),
      },
      KEYS,
    );
    expect(await notify(issued)).toBe('1|OK');
    const [coded] = await todos(john);
    expect(coded).toMatchObject({ kind: 'PAY_FEE', dueAt: expires.toISOString() });
    expect(coded!.detail).toContain('You have a payment code: pay before');

    // Paid (the gateway's signed notice): gone.
    const paid = sign(
      {
        MerchantID: KEYS.merchantId,
        MerchantTradeNo: tradeNo,
        StoreID: '',
        RtnCode: '1',
        RtnMsg: '交易成功',
        TradeNo: '2611281500000009',
        TradeAmt: '500',
        PaymentDate: taipeiStamp(new Date()),
        PaymentType: 'CVS_CVS',
        PaymentTypeChargeFee: '14',
        TradeDate: taipeiStamp(new Date()),
        SimulatePaid: '0',
        CustomField1: '',
      },
      KEYS,
    );
    expect(await notify(paid)).toBe('1|OK');
    expect(await todos(john)).toEqual([]);

    await gql(officer, 'mutation($id: ID!) { markCardReady(id: $id) { status } }', { id });
    const [collect] = await todos(john);
    expect(collect).toMatchObject({
      kind: 'COLLECT_CARD',
      title: 'Collect the new card at Taipei City Service Center',
      link: `/amendments/${id}#action`,
      dueAt: null,
    });
    expect(collect!.detail).toContain('No. 15, Guangzhou St., Zhongzheng Dist., Taipei City 100');
    expect(collect!.detail).toContain('Bring the passport and the current Gold Card.');
    const zh = (await todos(john, 'zh-TW'))[0]!;
    expect(zh.title).toBe('至臺北市服務站領取新卡');
    expect(zh.detail).toContain('100 臺北市中正區廣州街15號');

    await gql(officer, 'mutation($id: ID!) { markCardCollected(id: $id) { status } }', { id });
    expect(await todos(john)).toEqual([]);
  });

  it('UPLOAD_DOCUMENTS for the filer while the mandate stands, until uploaded and answered', async () => {
    const w = wizard(server, relocators);
    const id = (await w.start({ ...DEMO, alsoChange: ['EMAIL'] })).body.data!.startAmendment.id;
    await w.save(id, { email: 'new.address@mail.test' });
    expect((await w.submit(id, `todo-${id}`)).body.errors).toBeUndefined();
    const { claimAmendment } = await gql<{ claimAmendment: { version: number } }>(
      officer,
      'mutation($id: ID!) { claimAmendment(id: $id) { version } }',
      { id },
    );
    await gql(
      officer,
      'mutation($id: ID!, $v: Int!) { requestSupplement(id: $id, version: $v, documents: [PASSPORT], message: "Blurred") { status } }',
      { id, v: claimAmendment.version },
    );
    const [asked] = await todos(relocators);
    expect(asked).toMatchObject({
      kind: 'UPLOAD_DOCUMENTS',
      title: 'Upload the documents the officer asked for',
      amendmentId: id,
      link: `/amendments/${id}#action`,
    });
    expect(asked!.detail).toMatch(
      /needs more documents: Passport data page\. Upload them, then answer the request\. Holder: 史密斯 SMITH, JOHN$/,
    );
    expect((await todos(relocators, 'zh-TW'))[0]!.title).toBe('補件：上傳審核人員要求的文件');
    // The holder cannot upload to a case someone else filed: nothing for them to do.
    expect(await todos(john)).toEqual([]);

    // Only cases the account may read: not once the holder's mandate stops.
    await db.sql("update mandate set status = 'REVOKED' where id = $1", [mandate]);
    expect(await todos(relocators)).toEqual([]);
    await db.sql("update mandate set status = 'ACTIVE' where id = $1", [mandate]);
    expect(await kinds(relocators)).toEqual(['UPLOAD_DOCUMENTS']);

    const sent = await upload(
      relocators,
      'mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: PASSPORT, file: $file) { id } }',
      { id },
    );
    expect(sent.body.errors).toBeUndefined();
    // Uploaded but not yet answered: still to do.
    expect(await kinds(relocators)).toEqual(['UPLOAD_DOCUMENTS']);
    await gql(
      relocators,
      'mutation($id: ID!) { respondToSupplementRequest(amendmentId: $id) { status } }',
      {
        id,
      },
    );
    expect(await todos(relocators)).toEqual([]);
  });

  it('DRAFT_EXPIRING within 7 days of deletion; editing the draft moves its expiry away', async () => {
    const w = wizard(server, mary);
    const started = await w.start({
      uiNumber: maryHolder.ui,
      birthDate: maryHolder.birth,
      alsoChange: ['EMAIL'],
    });
    const id = started.body.data!.startAmendment.id;
    expect(await todos(mary)).toEqual([]);
    await db.sql(`update amendment set last_edited_at = now() - interval '25 days' where id = $1`, [
      id,
    ]);
    // Her password expires in 10 days too: the draft's deadline comes first.
    const days = server.config.auth.passwordMaxAgeDays;
    await db.sql(
      `update account set password_changed_at = now() - make_interval(days => $1) where account_name = 'mary'`,
      [days - 10],
    );
    const list = await todos(mary);
    expect(list.map((t) => t.kind)).toEqual(['DRAFT_EXPIRING', 'PASSWORD_EXPIRING']);
    const draft = list[0]!;
    const { amendment } = await gql<{ amendment: { draftExpiresAt: string } }>(
      mary,
      'query($id: ID!) { amendment(id: $id) { draftExpiresAt } }',
      { id },
    );
    expect(draft).toMatchObject({
      amendmentId: id,
      applicationNumber: null,
      dueAt: amendment.draftExpiresAt,
      link: `/amendments/${id}/edit`,
    });
    const inFiveDays = Date.parse(amendment.draftExpiresAt) - Date.now();
    expect(inFiveDays).toBeGreaterThan(4.9 * 86_400_000);
    expect(inFiveDays).toBeLessThan(5.1 * 86_400_000);
    expect(draft.title).toMatch(
      /^Continue your draft: it will be deleted on \d{1,2} [A-Z][a-z]+ \d{4}$/,
    );
    expect(draft.detail).toContain('Drafts are kept 30 days after the last change');
    expect((await todos(mary, 'zh-TW'))[0]!.title).toMatch(
      /^繼續填寫草稿：將於 \d{4}年\d{1,2}月\d{1,2}日 刪除$/,
    );

    expect((await w.save(id, { email: 'mary.new@mail.test' })).body.errors).toBeUndefined();
    expect(await kinds(mary)).toEqual(['PASSWORD_EXPIRING']);
    const moved = await gql<{ amendment: { draftExpiresAt: string } }>(
      mary,
      'query($id: ID!) { amendment(id: $id) { draftExpiresAt } }',
      { id },
    );
    expect(Date.parse(moved.amendment.draftExpiresAt) - Date.now()).toBeGreaterThan(
      29 * 86_400_000,
    );
    await gql(mary, 'mutation($id: ID!) { withdrawAmendment(id: $id) { status } }', { id });
  });

  it('PASSWORD_EXPIRING within 14 days of expiry, until the password is changed', async () => {
    const [passwordTodo] = await todos(mary);
    expect(passwordTodo).toMatchObject({
      kind: 'PASSWORD_EXPIRING',
      amendmentId: null,
      link: '/account/change-password',
    });
    const left = Date.parse(passwordTodo!.dueAt!) - Date.now();
    expect(left).toBeGreaterThan(9.9 * 86_400_000);
    expect(left).toBeLessThan(10.1 * 86_400_000);
    expect(passwordTodo!.title).toMatch(/^Change your password: it expires on /);
    expect((await todos(mary, 'zh-TW'))[0]!.title).toMatch(/^請變更密碼：將於 .+ 到期$/);
    await gql(
      mary,
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
      {
        c: STRONG_PASSWORD,
        n: 'a different horse battery staple 43',
      },
    );
    expect(await todos(mary)).toEqual([]);
  });

  it('MANDATE_PENDING for the holder and the agency while an officer checks it; gone once verified or revoked', async () => {
    const request = async () => {
      const res = await upload(
        relocators,
        'mutation($i: RequestMandateInput!, $file: Upload!) { requestMandate(input: $i, file: $file) { id } }',
        {
          i: {
            uiNumber: maryHolder.ui,
            birthDate: maryHolder.birth,
            validUntil: new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10),
          },
        },
      );
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.requestMandate!.id;
    };
    const first = await request();
    const [forHolder] = await todos(mary);
    expect(forHolder).toMatchObject({
      kind: 'MANDATE_PENDING',
      title: 'Check a mandate: Test relocators asked to act for you',
      mandateId: first,
      link: '/mandates',
    });
    expect(forHolder!.detail).toMatch(
      /^An officer is checking the power of attorney it sent \(until .+\)\. If you never signed one, revoke it\.$/,
    );
    expect((await todos(mary, 'zh-TW'))[0]!.title).toBe('確認授權：Test relocators 申請代您辦理');
    const [forAgency] = await todos(relocators);
    expect(forAgency).toMatchObject({
      kind: 'MANDATE_PENDING',
      title: 'Your power of attorney is waiting for an officer',
      mandateId: first,
    });
    expect(forAgency!.detail).toContain(`Holder ${maryHolder.ui}, until `);
    expect(await todos(jane)).toEqual([]);

    await gql(officer, 'mutation($id: ID!) { verifyMandate(id: $id, approve: true) { status } }', {
      id: first,
    });
    expect(await todos(mary)).toEqual([]);
    expect(await todos(relocators)).toEqual([]);

    const second = await request();
    expect(await kinds(mary)).toEqual(['MANDATE_PENDING']);
    await gql(mary, 'mutation($id: ID!) { revokeMandate(id: $id) { status } }', { id: second });
    expect(await todos(mary)).toEqual([]);
    expect(await todos(relocators)).toEqual([]);
  });

  it('needs a signed-in caller', async () => {
    const res = await server.post(TODOS);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
