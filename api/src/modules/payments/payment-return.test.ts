import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { wizard } from '../../test-support/wizard.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { computeFee } from '../fees/fee.js';
import { taipeiToday } from '../amendments/amendment-fee.js';
import { AmendmentItem } from '../amendments/amendment-items.js';
import { type EcpayParams, sign } from './ecpay.js';
import { ECPAY_STAGE } from './payment-settings.js';

/*
 * The payer's way back from the payment gateway (OrderResultURL, `POST /payments/ecpay/result`):
 * a 303 to the case's page in the applicants' portal, saying how the payment went according to
 * our records. Driven through the sandbox gateway, which signs its results like ECPay.
 */

const PORTAL = 'https://portal.goldcard.test';
const KEYS = {
  merchantId: ECPAY_STAGE.merchantId,
  hashKey: ECPAY_STAGE.hashKey,
  hashIv: ECPAY_STAGE.hashIv,
};

let db: TestDatabase;
let server: TestServer;
let holder: string;
let caseId: string;

interface Start {
  payment: { id: string; merchantTradeNo: string; status: string };
  formAction: string;
  formFields: { name: string; value: string }[];
}

async function startPayment(method: 'CREDIT_CARD' | 'ATM'): Promise<Start> {
  const res = await server.post<{ startFeePayment: Start }>(
    `mutation($id: ID!, $method: PaymentMethod!) { startFeePayment(amendmentId: $id, method: $method) {
      payment { id merchantTradeNo status } formAction formFields { name value } } }`,
    { id: caseId, method },
    bearer(holder),
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.startFeePayment;
}

const post = (url: string, fields: Record<string, string>, lang = 'en') =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': lang },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

/** Presses a button of the sandbox gateway for this order; answers the page it shows next. */
async function gatewayStep(start: Start, step: 'pay' | 'decline' | 'issue'): Promise<string> {
  const order = Object.fromEntries(start.formFields.map((f) => [f.name, f.value]));
  const res = await post(`${start.formAction}/step`, {
    order: Buffer.from(JSON.stringify(order), 'utf8').toString('base64url'),
    step,
  });
  expect(res.status).toBe(200);
  return res.text();
}

/** The signed result form the gateway's page posts back to us (OrderResultURL). */
function resultForm(html: string): { action: string; fields: Record<string, string> } {
  const form = /<form id="result" method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(html);
  if (!form) throw new Error(`no result form on the page:\n${html}`);
  const fields = [...form[2]!.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)];
  return {
    action: form[1]!,
    fields: Object.fromEntries(fields.map(([, n, v]) => [n!, v!.replace(/&amp;/g, '&')])),
  };
}

/** A result as the gateway would sign it, for a payment whose state our records already have. */
function signedResult(tradeNo: string, rtnCode: string): EcpayParams {
  return sign(
    { MerchantID: KEYS.merchantId, MerchantTradeNo: tradeNo, RtnCode: rtnCode, RtnMsg: 'x' },
    KEYS,
  );
}

const RESULT_URL = () => `${server.url}/payments/ecpay/result`;
const caseUrl = (outcome: string) => `${PORTAL}/amendments/${caseId}?payment=${outcome}`;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 1);
  server = await startTestServer(db, { env: { APPLICANT_PORTAL_URL: PORTAL } });
  // The sandbox takes results and notices only for this service's own address.
  server.config.publicUrl = server.url;
  await createAccount(db, { accountName: 'payer', applicantId: DEMO_HOLDER.id, locale: 'en' });
  holder = await loginToken(server, 'payer');
  const w = wizard(server, holder);
  await w.acceptTerms();
  const started = await w.start({
    uiNumber: DEMO_HOLDER.uiNumber,
    birthDate: DEMO_HOLDER.birthDate,
    alsoChange: ['SEX'],
  });
  caseId = started.body.data!.startAmendment.id;
  expect((await w.save(caseId, { sex: 'FEMALE' })).body.errors).toBeUndefined();
  const fee = computeFee({
    items: [AmendmentItem.SEX],
    hongKongMacauResident: false,
    on: taipeiToday(),
  });
  expect(fee.amount).toBeGreaterThan(0);
  // Arranged as submit and approval leave a case: its fee is now payable.
  await db.sql(
    `update amendment set status = 'APPROVED', application_number = 'GC2026-8000001',
       fee = $2::jsonb, submitted_at = now() - interval '2 days', decided_at = now()
     where id = $1`,
    [caseId, JSON.stringify(fee)],
  );
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('coming back from the payment gateway', () => {
  it('a declined card: to the case page with payment=failed', async () => {
    const start = await startPayment('CREDIT_CARD');
    const result = resultForm(await gatewayStep(start, 'decline'));
    expect(result.action).toBe(RESULT_URL());
    const back = await post(result.action, result.fields);
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(caseUrl('failed'));
    expect(back.headers.get('cache-control')).toBe('no-store');
  });

  it('an ATM account issued, or no result yet: payment=pending (the case shows what to pay with)', async () => {
    const atm = await startPayment('ATM');
    await gatewayStep(atm, 'issue');
    const issued = await post(RESULT_URL(), signedResult(atm.payment.merchantTradeNo, '2'));
    expect(issued.status).toBe(303);
    expect(issued.headers.get('location')).toBe(caseUrl('pending'));
    // Everything the old result page listed is on the case's payments, for the portal to show.
    const shown = await server.post<{
      amendment: { payments: { merchantTradeNo: string; amount: number; instructions: unknown }[] };
    }>(
      `query($id: ID!) { amendment(id: $id) { payments { merchantTradeNo amount
        instructions { bankCode virtualAccount expiresAt } } } }`,
      { id: caseId },
      bearer(holder),
    );
    const payment = shown.body.data!.amendment.payments.find(
      (p) => p.merchantTradeNo === atm.payment.merchantTradeNo,
    );
    expect(payment?.instructions).toMatchObject({ bankCode: '812' });

    // A result naming a payment the gateway has told us nothing about yet.
    const created = await startPayment('CREDIT_CARD');
    const early = await post(RESULT_URL(), signedResult(created.payment.merchantTradeNo, '1'));
    expect(early.headers.get('location')).toBe(caseUrl('pending'));
  });

  it('a paid card: payment=paid, whatever the form claims, our records decide', async () => {
    const start = await startPayment('CREDIT_CARD');
    const result = resultForm(await gatewayStep(start, 'pay'));
    const back = await post(result.action, result.fields);
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(caseUrl('paid'));
    // A genuine signature over a "failed" claim does not change what the records say.
    const claim = await post(RESULT_URL(), signedResult(start.payment.merchantTradeNo, '10100248'));
    expect(claim.headers.get('location')).toBe(caseUrl('paid'));
  });

  it('a forged or unknown result: a page saying so, no redirect', async () => {
    const forged = { ...signedResult('GC2612010000000ABCDEF', '1'), CheckMacValue: 'A'.repeat(64) };
    for (const fields of [forged, signedResult('GC2612010000000ABCDEF', '1'), {}]) {
      const res = await post(RESULT_URL(), fields);
      expect(res.status).toBe(404);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.text()).toContain('Payment not found');
    }
    const zh = await post(RESULT_URL(), {}, 'zh-TW');
    expect(await zh.text()).toContain('查無此筆繳費');
  });
});
