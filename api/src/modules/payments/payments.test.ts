import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { graphqlMultipart, samplePdf, samplePng } from '../../test-support/multipart.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';
import { computeFee } from '../fees/fee.js';
import { taipeiToday } from '../amendments/amendment-fee.js';
import type { AmendmentItem } from '../amendments/amendment-items.js';

type Item = `${AmendmentItem}`;
import { type EcpayParams, sign, verifyCheckMacValue } from './ecpay.js';
import { ECPAY_STAGE } from './payment-settings.js';

/*
 * Fees paid online, end to end over real HTTP: the API, its sandbox gateway (same protocol as
 * ECPay) and the gateway's signed server-to-server notices, on a real PostgreSQL.
 */

let db: TestDatabase;
let server: TestServer;
let john: string; // the demo holder's own account
let jane: string; // another holder
let officer: string;
let relocators: string; // an agency the demo holder mandates
let rivals: string; // an agency without a mandate

const KEYS = {
  merchantId: ECPAY_STAGE.merchantId,
  hashKey: ECPAY_STAGE.hashKey,
  hashIv: ECPAY_STAGE.hashIv,
};
const DEMO = { uiNumber: DEMO_HOLDER.uiNumber, birthDate: DEMO_HOLDER.birthDate };
let caseNumber = 9_000_000;

const gql = <T = Record<string, unknown>>(
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
) => server.post<T>(query, variables, { ...(token ? bearer(token) : {}), 'accept-language': 'en' });

interface PaymentShape {
  id: string;
  merchantTradeNo: string;
  amount: number;
  method: string;
  provider: string;
  status: string;
  duplicate: boolean;
  paidAt: string | null;
  providerTradeNo: string | null;
  instructions: {
    bankCode: string | null;
    virtualAccount: string | null;
    paymentCode: string | null;
    expiresAt: string | null;
  } | null;
}
const PAYMENT =
  'id merchantTradeNo amount method provider status duplicate paidAt providerTradeNo instructions { bankCode virtualAccount paymentCode expiresAt }';

interface Start {
  startFeePayment: {
    payment: PaymentShape;
    formAction: string;
    formMethod: string;
    formFields: { name: string; value: string }[];
  };
}
const START = `mutation($id: ID!, $method: PaymentMethod!) {
  startFeePayment(amendmentId: $id, method: $method) { payment { ${PAYMENT} } formAction formMethod formFields { name value } }
}`;
const startPayment = (token: string | null, id: string, method = 'CREDIT_CARD') =>
  gql<Start>(token, START, { id, method });

interface CaseShape {
  amendment: {
    status: string;
    fee: { amount: number; status: string; payable: boolean; receiptIssued: boolean };
    payments: PaymentShape[];
    receiptUrl: string | null;
    summaryUrl: string | null;
    events: { type: string; note: string | null; actorRole: string | null }[];
  };
}
const caseOf = async (token: string, id: string) => {
  const res = await gql<CaseShape>(
    token,
    `query($id: ID!) { amendment(id: $id) { status fee { amount status payable receiptIssued } payments { ${PAYMENT} } receiptUrl summaryUrl events { type note actorRole } } }`,
    { id },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.amendment;
};

// --- A browser, as far as the gateway's pages need one ----------------------------------------

interface HtmlForm {
  action: string;
  fields: Record<string, string>;
  buttons: { name: string | null; value: string | null; label: string }[];
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function formsOf(html: string, base: string): HtmlForm[] {
  return [...html.matchAll(/<form\b[^>]*\baction="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)].map(
    ([, action, inner]) => ({
      action: new URL(unescape(action!), base).toString(),
      fields: Object.fromEntries(
        [...inner!.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map(
          ([, n, v]) => [unescape(n!), unescape(v!)],
        ),
      ),
      buttons: [
        ...inner!.matchAll(
          /<button type="submit"(?: name="([^"]*)" value="([^"]*)")?[^>]*>([^<]*)<\/button>/g,
        ),
      ].map(([, name, value, label]) => ({
        name: name ?? null,
        value: value ?? null,
        label: unescape(label!),
      })),
    }),
  );
}

async function postForm(url: string, fields: Record<string, string>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

/** Clicks the submit button with `value` in the page's forms. */
async function click(html: string, base: string, value: string) {
  const form = formsOf(html, base).find((f) => f.buttons.some((b) => b.value === value));
  if (!form) throw new Error(`no button ${value} on the page:\n${html}`);
  const button = form.buttons.find((b) => b.value === value)!;
  return postForm(form.action, { ...form.fields, [button.name!]: button.value! });
}

/** What the payer's browser does with `startFeePayment`: post the form to the gateway. */
async function openGateway(start: Start['startFeePayment']) {
  const fields = Object.fromEntries(start.formFields.map((f) => [f.name, f.value]));
  const page = await postForm(start.formAction, fields);
  expect(page.status).toBe(200);
  return page;
}

const notify = async (fields: Record<string, string>) =>
  (await postForm(`${server.url}/payments/ecpay/return`, fields)).text;

function paidNotice(tradeNo: string, amount: number, extra: EcpayParams = {}): EcpayParams {
  return sign(
    {
      MerchantID: KEYS.merchantId,
      MerchantTradeNo: tradeNo,
      StoreID: '',
      RtnCode: '1',
      RtnMsg: '交易成功',
      TradeNo: '2611281430123456',
      TradeAmt: String(amount),
      PaymentDate: '2026/11/28 14:30:00',
      PaymentType: 'Credit_CreditCard',
      PaymentTypeChargeFee: '14',
      TradeDate: '2026/11/28 14:29:00',
      SimulatePaid: '0',
      CustomField1: '',
      ...extra,
    },
    KEYS,
  );
}

async function pdf(token: string | null, path: string) {
  const res = await fetch(`${server.url}${path}`, {
    headers: { ...(token ? bearer(token) : {}), 'accept-language': 'en' },
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (res.headers.get('content-type') !== 'application/pdf') {
    return {
      status: res.status,
      text: '',
      json: JSON.parse(Buffer.from(bytes).toString()) as { error: { code: string } },
    };
  }
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return { status: res.status, text, json: null };
}

const count = async (sql: string, params: unknown[] = []) =>
  (await db.sql<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0]!.n;

/**
 * An approved case arranged directly in the database (fast): started through the wizard by
 * `token` for the demo holder, then fixed as submit and approval would leave it.
 */
async function approvedCase(
  token: string,
  items: Item[],
  save: Record<string, unknown> = {},
): Promise<{ id: string; number: string }> {
  const w = wizard(server, token);
  const started = await w.start({ ...DEMO, alsoChange: items });
  expect(started.body.errors).toBeUndefined();
  const id = started.body.data!.startAmendment.id;
  if (Object.keys(save).length) expect((await w.save(id, save)).body.errors).toBeUndefined();
  const number = `GC2026-${++caseNumber}`;
  const fee = computeFee({
    items: items as AmendmentItem[],
    hongKongMacauResident: false,
    on: taipeiToday(),
  });
  await db.sql(
    `update amendment set status = 'APPROVED', application_number = $2, fee = $3::jsonb,
       submitted_at = now() - interval '2 days', decided_at = now() where id = $1`,
    [id, number, JSON.stringify(fee)],
  );
  return { id, number };
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 3);
  server = await startTestServer(db);
  // The gateway posts its notices to PUBLIC_URL; this server's port is known only now.
  server.config.publicUrl = server.url;
  await createAccount(db, { accountName: 'john', applicantId: DEMO_HOLDER.id, locale: 'en' });
  const [other] = await db.sql<{ id: string }>('select id from applicant where id <> $1 limit 1', [
    DEMO_HOLDER.id,
  ]);
  await createAccount(db, { accountName: 'jane', applicantId: other!.id });
  await createAccount(db, { accountName: 'officer', role: Role.OFFICER });
  await createAccount(db, { accountName: 'relocators', role: Role.AGENCY, locale: 'en' });
  await createAccount(db, { accountName: 'rivals', role: Role.AGENCY });
  john = await loginToken(server, 'john');
  jane = await loginToken(server, 'jane');
  officer = await loginToken(server, 'officer');
  relocators = await loginToken(server, 'relocators');
  rivals = await loginToken(server, 'rivals');
  await wizard(server, john).acceptTerms();
  await wizard(server, relocators).acceptTerms();
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('paying a NT$500 fee online, end to end', () => {
  it('goes approve → startFeePayment → gateway page → Pay → signed notice → PAID → receipt', async () => {
    // A real filing: a name change with its three documents, submitted, claimed, approved.
    const w = wizard(server, john);
    const started = await w.start({ ...DEMO, alsoChange: ['NAME'] });
    const id = started.body.data!.startAmendment.id;
    const saved = await w.save(id, {
      name: { englishSurname: 'SMITH', englishGivenName: 'JOHN', chineseName: '施約翰' },
    });
    expect(saved.body.errors).toBeUndefined();
    for (const [type, name, bytes, mime] of [
      ['NAME_CHANGE_PROOF', 'proof.pdf', samplePdf(), 'application/pdf'],
      ['PASSPORT', 'passport.pdf', samplePdf(), 'application/pdf'],
      ['PHOTO', 'photo.png', samplePng(480, 600), 'image/png'],
    ] as const) {
      const uploaded = await graphqlMultipart(`${server.url}/graphql`, {
        query: `mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: ${type}, file: $file) { id } }`,
        variables: { id },
        files: { file: { name, type: mime, bytes } },
        headers: bearer(john),
      });
      expect(uploaded.body.errors).toBeUndefined();
    }
    const submitted = await w.submit(id, `pay-${id}`);
    expect(submitted.body.errors).toBeUndefined();
    const number = submitted.body.data!.submitAmendment.applicationNumber!;
    expect(submitted.body.data!.submitAmendment.fee).toMatchObject({
      amount: 500,
      status: 'UNPAID',
      payable: false,
    });
    // Not before approval.
    expect(codeOf(await startPayment(john, id))).toBe('FEE_NOT_PAYABLE');
    const summary = await pdf(john, `/amendments/${id}/summary.pdf`);
    expect(summary.status).toBe(200);
    expect(summary.text).toContain(number);
    expect(summary.text).toContain('施約翰');

    const claimed = await gql<{ claimAmendment: { version: number } }>(
      officer,
      'mutation($id: ID!) { claimAmendment(id: $id) { version } }',
      { id },
    );
    const approved = await gql(
      officer,
      'mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v, note: "ok") { status } }',
      { id, v: claimed.body.data!.claimAmendment.version },
    );
    expect(approved.body.errors).toBeUndefined();
    expect((await caseOf(john, id)).fee).toMatchObject({ status: 'UNPAID', payable: true });
    expect((await pdf(john, `/amendments/${id}/receipt.pdf`)).json?.error.code).toBe(
      'RECEIPT_NOT_AVAILABLE',
    );
    // The card is not handed over unpaid.
    expect(
      codeOf(
        await gql(officer, 'mutation($id: ID!) { markCardReady(id: $id) { status } }', { id }),
      ),
    ).toBe('FEE_UNPAID');

    // startFeePayment: a signed form for the (sandbox) gateway.
    const started1 = await startPayment(john, id);
    expect(started1.body.errors).toBeUndefined();
    const start = started1.body.data!.startFeePayment;
    expect(start.formAction).toBe(`${server.url}/sandbox-gateway/AioCheckOut/V5`);
    expect(start.formMethod).toBe('POST');
    const fields = Object.fromEntries(start.formFields.map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({
      MerchantID: KEYS.merchantId,
      MerchantTradeNo: start.payment.merchantTradeNo,
      PaymentType: 'aio',
      TotalAmount: '500',
      ChoosePayment: 'Credit',
      EncryptType: '1',
      ReturnURL: `${server.url}/payments/ecpay/return`,
      OrderResultURL: `${server.url}/payments/ecpay/result`,
      Language: 'ENG',
    });
    expect(fields.MerchantTradeDate).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(verifyCheckMacValue(fields, KEYS)).toBe(true);
    expect(start.payment).toMatchObject({
      amount: 500,
      method: 'CREDIT_CARD',
      provider: 'sandbox',
      status: 'CREATED',
    });

    // The payer's browser posts it; the gateway shows its page with Pay and Cancel.
    const page = await openGateway(start);
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain(start.payment.merchantTradeNo);
    expect(page.text).toContain('NT$500');
    const [form] = formsOf(page.text, start.formAction);
    expect(form!.buttons.map((b) => b.label)).toEqual([
      'Pay',
      'Simulate a declined card',
      'Cancel and go back',
    ]);
    expect((await caseOf(john, id)).fee.status).toBe('UNPAID');

    // Pay: the gateway notifies our callback (signed, server to server), then returns the payer.
    const done = await click(page.text, start.formAction, 'pay');
    expect(done.status).toBe(200);
    expect(done.text).toContain('Payment complete');
    expect(done.text).toContain('1|OK');
    const after = await caseOf(john, id);
    expect(after.fee).toMatchObject({ status: 'PAID', payable: false });
    expect(after.payments).toHaveLength(1);
    expect(after.payments[0]).toMatchObject({
      id: start.payment.id,
      status: 'PAID',
      duplicate: false,
    });
    expect(after.payments[0]!.paidAt).not.toBeNull();
    expect(after.payments[0]!.providerTradeNo).toMatch(/^\d{16}$/);
    expect(after.receiptUrl).toBe(`/amendments/${id}/receipt.pdf`);
    const note = after.events.find((e) => e.type === 'NOTE');
    expect(note).toMatchObject({ actorRole: 'SYSTEM' });
    expect(note!.note).toContain('Fee paid: NT$500');

    // Back through our result route, as the gateway's result form does, to the case's page.
    const [result] = formsOf(done.text, start.formAction);
    expect(result!.action).toBe(`${server.url}/payments/ecpay/result`);
    const back = await postForm(result!.action, result!.fields);
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(
      `${server.config.applicantPortalUrl}/amendments/${id}?payment=paid`,
    );

    // The receipt: application number, both names, the rule, the method.
    const receipt = await pdf(john, `/amendments/${id}/receipt.pdf`);
    expect(receipt.status).toBe(200);
    for (const text of [number, '施約翰', 'SMITH, JOHN', 'CARD_REISSUE', 'NT$500', '信用卡'])
      expect(receipt.text).toContain(text);

    // Recorded once: the notice, the audit event, the mail (and the bell).
    expect(
      await db.sql('select outcome, verified from payment_callback where payment_id = $1', [
        start.payment.id,
      ]),
    ).toEqual([{ outcome: 'PAID', verified: true }]);
    expect(await count("audit_event where action = 'payment.paid' and entity_id = $1", [id])).toBe(
      1,
    );
    const feeMails = "outbox_mail where to_address = 'john@test.example' and text_body like $1";
    expect(await count(feeMails, [`%${number}%received the fee%`])).toBe(1);

    // The gateway sends the same notice again: nothing happens twice.
    const [{ params }] = (await db.sql<{ params: Record<string, string> }>(
      'select params from payment_callback where payment_id = $1',
      [start.payment.id],
    )) as [{ params: Record<string, string> }];
    const [{ version, fee_paid_at }] = (await db.sql<{ version: number; fee_paid_at: Date }>(
      'select version, fee_paid_at from amendment where id = $1',
      [id],
    )) as [{ version: number; fee_paid_at: Date }];
    expect(await notify(params)).toBe('1|OK');
    expect(await notify(params)).toBe('1|OK');
    expect(await db.sql('select version, fee_paid_at from amendment where id = $1', [id])).toEqual([
      { version, fee_paid_at },
    ]);
    expect(
      (
        await db.sql<{ outcome: string }>(
          'select outcome from payment_callback where payment_id = $1 order by received_at',
          [start.payment.id],
        )
      ).map((r) => r.outcome),
    ).toEqual(['PAID', 'DUPLICATE', 'DUPLICATE']);
    expect(await count("audit_event where action = 'payment.paid' and entity_id = $1", [id])).toBe(
      1,
    );
    expect(await count(feeMails, [`%${number}%received the fee%`])).toBe(1);
    expect((await caseOf(john, id)).events.filter((e) => e.type === 'NOTE')).toHaveLength(1);
    // A holder's own filing has no webhook subscribers.
    expect(await count("webhook_event where amendment_id = $1 and type = 'FEE_PAID'", [id])).toBe(
      0,
    );

    // Paid once: nothing more to pay, and the card can now be handed over.
    expect(codeOf(await startPayment(john, id))).toBe('FEE_NOT_PAYABLE');
    const ready = await gql<{ markCardReady: { status: string } }>(
      officer,
      'mutation($id: ID!) { markCardReady(id: $id) { status } }',
      { id },
    );
    expect(ready.body.data?.markCardReady.status).toBe('CARD_READY');
  });

  it('pays by ATM: the account issued (awaiting payment), then the transfer (paid)', async () => {
    const { id } = await approvedCase(john, ['NAME'], {
      name: { englishSurname: 'SMITH', englishGivenName: 'JOHNNY', chineseName: '史密斯' },
    });
    const start = (await startPayment(john, id, 'ATM')).body.data!.startFeePayment;
    const fields = Object.fromEntries(start.formFields.map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({
      ChoosePayment: 'ATM',
      ExpireDate: '3',
      PaymentInfoURL: `${server.url}/payments/ecpay/return`,
    });
    const page = await openGateway(start);
    const issued = await click(page.text, start.formAction, 'issue');
    expect(issued.status).toBe(200);
    expect(issued.text).toContain('Transfer account issued');
    expect(issued.text).toContain('812');

    const waiting = await caseOf(john, id);
    expect(waiting.fee.status).toBe('UNPAID');
    expect(waiting.payments[0]).toMatchObject({ status: 'AWAITING_PAYMENT', paidAt: null });
    const instructions = waiting.payments[0]!.instructions!;
    expect(instructions.bankCode).toBe('812');
    expect(instructions.virtualAccount).toMatch(/^\d{16}$/);
    expect(issued.text).toContain(instructions.virtualAccount);
    expect(new Date(instructions.expiresAt!).getTime()).toBeGreaterThan(Date.now());
    expect(
      (
        await gql<{ payments: PaymentShape[] }>(
          john,
          `query($id: ID!) { payments(amendmentId: $id) { ${PAYMENT} } }`,
          { id },
        )
      ).body.data!.payments[0]!.status,
    ).toBe('AWAITING_PAYMENT');

    // Later, the money arrives.
    const paid = await click(issued.text, start.formAction, 'settle');
    expect(paid.text).toContain('Payment complete');
    const after = await caseOf(john, id);
    expect(after.fee.status).toBe('PAID');
    expect(after.payments[0]).toMatchObject({ status: 'PAID', method: 'ATM' });
    // The account stays on record.
    expect(after.payments[0]!.instructions!.virtualAccount).toBe(instructions.virtualAccount);

    // A late "code issued" notice after the payment changes nothing.
    const [codeNotice] = await db.sql<{ params: Record<string, string> }>(
      "select params from payment_callback where payment_id = $1 and outcome = 'CODE_ISSUED'",
      [start.payment.id],
    );
    expect(await notify(codeNotice!.params)).toBe('1|OK');
    expect((await caseOf(john, id)).payments[0]!.status).toBe('PAID');
    const [last] = await db.sql<{ outcome: string }>(
      'select outcome from payment_callback where payment_id = $1 order by received_at desc limit 1',
      [start.payment.id],
    );
    expect(last!.outcome).toBe('IGNORED');
    const receipt = await pdf(john, `/amendments/${id}/receipt.pdf`);
    expect(receipt.text).toContain('ATM');
  });

  it('pays at a convenience store, even when the notices arrive out of order', async () => {
    const { id } = await approvedCase(john, ['SEX'], { sex: 'FEMALE' });
    const start = (await startPayment(john, id, 'CONVENIENCE_STORE')).body.data!.startFeePayment;
    const fields = Object.fromEntries(start.formFields.map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({ ChoosePayment: 'CVS', StoreExpireDate: '10080' });
    const issued = await click((await openGateway(start)).text, start.formAction, 'issue');
    expect(issued.text).toContain('Payment code issued');
    const waiting = (await caseOf(john, id)).payments[0]!;
    expect(waiting.status).toBe('AWAITING_PAYMENT');
    expect(waiting.instructions!.paymentCode).toMatch(/^SBX\d{11}$/);

    // Another payment of the same fee: the payment notice first, then its "code issued".
    const other = (await startPayment(john, id, 'CONVENIENCE_STORE')).body.data!.startFeePayment;
    const tradeNo = other.payment.merchantTradeNo;
    const issuedLate = sign(
      {
        MerchantID: KEYS.merchantId,
        MerchantTradeNo: tradeNo,
        RtnCode: '10100073',
        RtnMsg: 'Get CVS Code Succeeded.',
        TradeNo: '2611281500000001',
        TradeAmt: '500',
        PaymentType: 'CVS_CVS',
        TradeDate: '2026/11/28 15:00:00',
        PaymentNo: 'LLL22251222',
        ExpireDate: '2026/12/05 15:00:00',
      },
      KEYS,
    );
    expect(
      await notify(
        paidNotice(tradeNo, 500, { PaymentType: 'CVS_CVS', TradeNo: '2611281500000001' }),
      ),
    ).toBe('1|OK');
    expect(await notify(issuedLate)).toBe('1|OK');
    const payments = (await caseOf(john, id)).payments;
    const second = payments.find((p) => p.merchantTradeNo === tradeNo)!;
    expect(second).toMatchObject({ status: 'PAID', instructions: null, duplicate: false });
    expect((await caseOf(john, id)).fee.status).toBe('PAID');

    // The first store code is used after all: recorded as paid twice, to refund; fee unchanged.
    const [{ fee_paid_at: paidAt }] = (await db.sql<{ fee_paid_at: Date }>(
      'select fee_paid_at from amendment where id = $1',
      [id],
    )) as [{ fee_paid_at: Date }];
    const settled = await click(issued.text, start.formAction, 'settle');
    expect(settled.text).toContain('1|OK');
    const first = (await caseOf(john, id)).payments.find((p) => p.id === start.payment.id)!;
    expect(first).toMatchObject({ status: 'PAID', duplicate: true });
    expect(await db.sql('select fee_paid_at from amendment where id = $1', [id])).toEqual([
      { fee_paid_at: paidAt },
    ]);
    expect(
      await count("audit_event where action = 'payment.paid.duplicate' and entity_id = $1", [
        start.payment.id,
      ]),
    ).toBe(1);
    expect(await count("audit_event where action = 'payment.paid' and entity_id = $1", [id])).toBe(
      1,
    );
  });

  it('records a declined card as FAILED; a new payment can then be made', async () => {
    const { id } = await approvedCase(john, ['UI_NUMBER_PERSONAL_REASON']);
    const start = (await startPayment(john, id)).body.data!.startFeePayment;
    const declined = await click((await openGateway(start)).text, start.formAction, 'decline');
    expect(declined.text).toContain('Payment declined');
    const payment = (await caseOf(john, id)).payments[0]!;
    expect(payment.status).toBe('FAILED');
    expect((await caseOf(john, id)).fee).toMatchObject({ status: 'UNPAID', payable: true });
    // The gateway refuses an order whose fields were changed after signing.
    const tampered = Object.fromEntries(start.formFields.map((f) => [f.name, f.value]));
    const refusedOrder = await postForm(start.formAction, { ...tampered, TotalAmount: '1' });
    expect(refusedOrder.status).toBe(400);
    expect(refusedOrder.text).toContain('CheckMacValue invalid');
    // …and one that would make this server post its notices elsewhere, though duly signed.
    const elsewhere = sign({ ...tampered, ReturnURL: 'http://169.254.169.254/latest' }, KEYS);
    const refusedTarget = await postForm(start.formAction, elsewhere);
    expect(refusedTarget.status).toBe(400);
    expect(refusedTarget.text).toContain('ReturnURL must be on');
    // Cancel sends the payer back without any notice.
    const again = (await startPayment(john, id)).body.data!.startFeePayment;
    const cancelled = await click((await openGateway(again)).text, again.formAction, 'cancel');
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get('location')).toMatch(new RegExp(`/amendments/${id}$`));
    expect(await count('payment_callback where payment_id = $1', [again.payment.id])).toBe(0);
  });
});

describe('forged and tampered notices', () => {
  it('refuses them, changes nothing, records and audits each; the genuine one, once, even twice at once', async () => {
    const { id } = await approvedCase(john, ['NAME'], {
      name: { englishSurname: 'SMYTHE', englishGivenName: 'JOHN', chineseName: '史密斯' },
    });
    const start = (await startPayment(john, id)).body.data!.startFeePayment;
    const tradeNo = start.payment.merchantTradeNo;
    const genuine = paidNotice(tradeNo, 500);
    const otherMerchant = {
      merchantId: '2000132',
      hashKey: '5294y06JbISpM5x9',
      hashIv: 'v77hoKGq4kWxNNIS',
    };
    const attempts: [string, Record<string, string>, string][] = [
      ['amount', paidNotice(tradeNo, 1), '0|TradeAmt mismatch'],
      ['signature', { ...genuine, TradeAmt: '5' }, '0|CheckMacValue invalid'],
      ['signature', { ...genuine, CheckMacValue: '0'.repeat(64) }, '0|CheckMacValue invalid'],
      ['trade number', paidNotice('GC000000000000ZZZZZZ', 500), '0|MerchantTradeNo unknown'],
      ['merchant', paidNotice(tradeNo, 500, { MerchantID: '2000132' }), '0|MerchantID mismatch'],
      [
        'other merchant’s keys',
        sign({ ...genuine, MerchantID: otherMerchant.merchantId }, otherMerchant),
        '0|CheckMacValue invalid',
      ],
      [
        'unsigned',
        { MerchantTradeNo: tradeNo, RtnCode: '1', TradeAmt: '500' },
        '0|CheckMacValue invalid',
      ],
    ];
    for (const [what, fields, answer] of attempts) {
      expect(await notify(fields), what).toBe(answer);
    }
    const json = await fetch(`${server.url}/payments/ecpay/return`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(genuine),
    });
    expect(await json.text()).toBe('0|malformed notice');

    const state = await caseOf(john, id);
    expect(state.fee).toMatchObject({ status: 'UNPAID', payable: true });
    expect(state.payments[0]!.status).toBe('CREATED');
    expect(state.events.filter((e) => e.type === 'NOTE')).toHaveLength(0);
    expect(await db.sql('select fee_paid_at from amendment where id = $1', [id])).toEqual([
      { fee_paid_at: null },
    ]);
    expect(await count("audit_event where action = 'payment.callback.rejected'")).toBe(
      attempts.length + 1,
    );
    const recorded = await db.sql<{ outcome: string; verified: boolean; answer: string }>(
      "select outcome, verified, answer from payment_callback where outcome like 'REJECTED%' order by received_at",
    );
    expect(recorded.map((r) => r.outcome)).toEqual([
      'REJECTED_AMOUNT',
      'REJECTED_SIGNATURE',
      'REJECTED_SIGNATURE',
      'REJECTED_UNKNOWN_TRADE',
      'REJECTED_MERCHANT',
      'REJECTED_SIGNATURE',
      'REJECTED_SIGNATURE',
      'REJECTED_MALFORMED',
    ]);
    expect(recorded.map((r) => r.verified)).toEqual([
      true,
      false,
      false,
      true,
      true,
      false,
      false,
      false,
    ]);

    // The genuine notice, sent twice at the same moment: paid once, one audit event, one mail.
    const answers = await Promise.all([notify(genuine), notify(genuine)]);
    expect(answers).toEqual(['1|OK', '1|OK']);
    expect((await caseOf(john, id)).fee.status).toBe('PAID');
    expect(
      (
        await db.sql<{ outcome: string }>(
          "select outcome from payment_callback where payment_id = $1 and outcome not like 'REJECTED%' order by outcome",
          [start.payment.id],
        )
      ).map((r) => r.outcome),
    ).toEqual(['DUPLICATE', 'PAID']);
    expect(await count("audit_event where action = 'payment.paid' and entity_id = $1", [id])).toBe(
      1,
    );
    const [{ application_number: number }] = (await db.sql<{ application_number: string }>(
      'select application_number from amendment where id = $1',
      [id],
    )) as [{ application_number: string }];
    expect(
      await count('outbox_mail where text_body like $1', [`%${number}%received the fee%`]),
    ).toBe(1);
  });
});

describe('who may pay', () => {
  it('lets the holder and the mandated filer pay; refuses other holders, agencies without a mandate, officers and anonymous callers', async () => {
    const mandate = await gql<{ createMandate: { id: string } }>(
      john,
      'mutation($i: GrantMandateInput!) { createMandate(input: $i) { id } }',
      {
        i: {
          grantee: 'relocators',
          items: [],
          validUntil: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10),
        },
      },
    );
    expect(mandate.body.errors).toBeUndefined();
    const { id } = await approvedCase(relocators, ['NAME'], {
      name: { englishSurname: 'SMITH', englishGivenName: 'JON', chineseName: '史密斯' },
    });
    // The agency's software subscribes to FEE_PAID (nothing is delivered in this test).
    const subscribed = await gql(
      relocators,
      'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret } }',
      { i: { url: 'http://127.0.0.1:9/goldcard', events: ['FEE_PAID'] } },
    );
    expect(subscribed.body.errors).toBeUndefined();
    const paymentsBefore = await count('payment');
    const auditsBefore = await count("audit_event where action = 'payment.started'");

    expect(codeOf(await startPayment(jane, id))).toBe('FORBIDDEN');
    expect(codeOf(await startPayment(rivals, id))).toBe('FORBIDDEN');
    expect(codeOf(await startPayment(officer, id))).toBe('FORBIDDEN');
    expect(codeOf(await startPayment(null, id))).toBe('UNAUTHENTICATED');
    expect(codeOf(await startPayment(john, '00000000-0000-4000-8000-00000000dead'))).toBe(
      'NOT_FOUND',
    );
    const list = `query($id: ID!) { payments(amendmentId: $id) { id } }`;
    expect(codeOf(await gql(jane, list, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(rivals, list, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(null, list, { id }))).toBe('UNAUTHENTICATED');
    expect((await pdf(jane, `/amendments/${id}/summary.pdf`)).status).toBe(403);
    expect((await pdf(rivals, `/amendments/${id}/summary.pdf`)).status).toBe(403);
    expect((await pdf(null, `/amendments/${id}/summary.pdf`)).status).toBe(401);
    expect(await count('payment')).toBe(paymentsBefore);
    expect(await count("audit_event where action = 'payment.started'")).toBe(auditsBefore);

    // The filer (an agency, while mandated) and the holder themself may pay.
    expect((await startPayment(relocators, id)).body.errors).toBeUndefined();
    expect((await startPayment(john, id)).body.errors).toBeUndefined();
    expect(
      (await gql<{ payments: unknown[] }>(officer, list, { id })).body.data!.payments,
    ).toHaveLength(2);

    // Once the mandate is revoked the agency cannot; the holder still can.
    await gql(john, 'mutation($id: ID!) { revokeMandate(id: $id) { id } }', {
      id: mandate.body.data!.createMandate.id,
    });
    expect(codeOf(await startPayment(relocators, id))).toBe('FORBIDDEN');
    const byHolder = (await startPayment(john, id)).body.data!.startFeePayment;
    const page = await openGateway(byHolder);
    await click(page.text, byHolder.formAction, 'pay');
    expect((await caseOf(john, id)).fee.status).toBe('PAID');
    // The filer is told (mail); the receipt is the holder's, the filer's and the officers'.
    expect(
      await count(
        "outbox_mail where to_address = 'relocators@test.example' and text_body like '%received the fee%'",
      ),
    ).toBe(1);
    // …and so is its software: one FEE_PAID webhook event, without personal data.
    const [event, ...more] = await db.sql<{ payload: { type: string; data: unknown } }>(
      "select payload from webhook_event where type = 'FEE_PAID' and amendment_id = $1",
      [id],
    );
    expect(more).toHaveLength(0);
    expect(event!.payload).toMatchObject({
      type: 'FEE_PAID',
      data: { amount: 500, currency: 'TWD', method: 'CREDIT_CARD' },
    });
    expect((await pdf(jane, `/amendments/${id}/receipt.pdf`)).status).toBe(403);
    expect((await pdf(relocators, `/amendments/${id}/receipt.pdf`)).status).toBe(403);
    expect((await pdf(john, `/amendments/${id}/receipt.pdf`)).status).toBe(200);
  });
});

describe('NT$0 cases', () => {
  it('cannot start a payment, and have a receipt marked exempt that never speaks of paying', async () => {
    const { id, number } = await approvedCase(john, ['RESIDENCE_ADDRESS'], {
      residence: { city: '臺北市', district: '信義區', line: '信義路五段7號' },
    });
    const state = await caseOf(john, id);
    expect(state.fee).toMatchObject({
      amount: 0,
      status: 'NOT_REQUIRED',
      payable: false,
      receiptIssued: true,
    });
    const refused = await startPayment(john, id);
    expect(codeOf(refused)).toBe('FEE_NOT_PAYABLE');
    expect(await count('payment where amendment_id = $1', [id])).toBe(0);
    expect(state.receiptUrl).toBe(`/amendments/${id}/receipt.pdf`);

    const receipt = await pdf(john, state.receiptUrl!);
    expect(receipt.status).toBe(200);
    expect(receipt.text).toContain(number);
    // The holder's Chinese name as registered (the first test changed it).
    const [holder] = await db.sql<{ chinese_name: string }>(
      'select chinese_name from applicant where id = $1',
      [DEMO_HOLDER.id],
    );
    expect(holder!.chinese_name).toMatch(/^\p{Script=Han}+$/u);
    expect(receipt.text).toContain(holder!.chinese_name);
    expect(receipt.text).toContain('SMITH, JOHN');
    expect(receipt.text).toContain('EXEMPT_ADDRESS');
    expect(receipt.text).toMatch(/exempt/i);
    expect(receipt.text).not.toMatch(/paid|payment|已繳|繳費|繳納|付款/i);

    // Officers may read it too; their downloads are audited.
    const viewed = "audit_event where action = 'amendment.receipt.downloaded' and entity_id = $1";
    expect(await count(viewed, [id])).toBe(0);
    expect((await pdf(officer, state.receiptUrl!)).status).toBe(200);
    expect(await count(viewed, [id])).toBe(1);
    expect((await pdf(john, state.receiptUrl!)).status).toBe(200);
    expect(await count(viewed, [id])).toBe(1);
  });

  it('has no receipt when no card is printed (email only)', async () => {
    const { id } = await approvedCase(john, ['EMAIL'], { email: 'john.elsewhere@mail.test' });
    const state = await caseOf(john, id);
    expect(state.receiptUrl).toBeNull();
    expect(state.summaryUrl).toBe(`/amendments/${id}/summary.pdf`);
    expect(codeOf(await startPayment(john, id))).toBe('FEE_NOT_PAYABLE');
    const res = await pdf(john, `/amendments/${id}/receipt.pdf`);
    expect(res.status).toBe(409);
    expect(res.json?.error.code).toBe('RECEIPT_NOT_AVAILABLE');
  });
});

describe('without a payment gateway (production with no ECPay credentials)', () => {
  it('starts no payment, refuses every notice and serves no sandbox', async () => {
    const { id } = await approvedCase(john, ['NAME'], {
      name: { englishSurname: 'SMITH', englishGivenName: 'JOHANN', chineseName: '史密斯' },
    });
    const off = await startTestServer(db, { env: { PAYMENT_PROVIDER: 'disabled' } });
    try {
      const res = await off.post(
        START,
        { id, method: 'CREDIT_CARD' },
        { ...bearer(john), 'accept-language': 'en' },
      );
      expect(codeOf(res)).toBe('ONLINE_PAYMENT_UNAVAILABLE');
      expect(await count('payment where amendment_id = $1', [id])).toBe(0);
      const start = (await startPayment(john, id)).body.data!.startFeePayment;
      const answer = await postForm(
        `${off.url}/payments/ecpay/return`,
        paidNotice(start.payment.merchantTradeNo, 500),
      );
      expect(answer.text).toBe('0|online payment disabled');
      expect((await caseOf(john, id)).fee.status).toBe('UNPAID');
      const sandbox = await postForm(
        `${off.url}/sandbox-gateway/AioCheckOut/V5`,
        Object.fromEntries(start.formFields.map((f) => [f.name, f.value])),
      );
      expect(sandbox.status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
