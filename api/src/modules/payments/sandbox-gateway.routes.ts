import { createHash } from 'node:crypto';
import { type Response, Router } from 'express';
import type { AppServices } from '../../graphql/context.js';
import type { Locale } from '../../shared/request-context.js';
import {
  type EcpayParams,
  MERCHANT_TRADE_NO,
  parseTaipeiDateTime,
  RTN_ATM_CODE_ISSUED,
  RTN_CVS_CODE_ISSUED,
  RTN_PAID,
  sign,
  taipeiDate,
  taipeiDateTime,
  verifyCheckMacValue,
} from './ecpay.js';
import { details, e, hidden, page, sendPage } from './payment-pages.js';
import { SANDBOX_CHECKOUT_PATH } from './payment-provider.js';
import { paymentSettingsOf, type PaymentSettings } from './payment-settings.js';
import { formBody, formFields } from './payments.routes.js';
import { type Method, type Text, TEXT } from './sandbox-gateway.text.js';

/**
 * The sandbox gateway: a stand-in for ECPay's AioCheckOut/V5 served by this process, for
 * development and tests (never in production: config refuses PAYMENT_PROVIDER=sandbox there).
 * It speaks the same protocol: it takes the signed order form, shows a payment page, and sends
 * the signed notices to the merchant's ReturnURL / PaymentInfoURL before sending the payer's
 * browser back (OrderResultURL, else ClientBackURL).
 *
 * Stateless: each step's form carries the original signed order, which is verified again.
 * Credit card: Pay (notice RtnCode 1) / Decline (a failure notice) / Cancel (no notice).
 * ATM and convenience stores: Get the code (notice RtnCode 2 or 10100073, the payment awaits the
 * money), then "Simulate the transfer/payment" (notice RtnCode 1), as late as one likes.
 */

const STEP_PATH = `${SANDBOX_CHECKOUT_PATH}/step`;
const REQUIRED = [
  'MerchantID',
  'MerchantTradeNo',
  'MerchantTradeDate',
  'PaymentType',
  'TotalAmount',
  'TradeDesc',
  'ItemName',
  'ReturnURL',
  'ChoosePayment',
  'EncryptType',
  'CheckMacValue',
] as const;

/** Digits derived from the order, so every notice about it carries the same numbers. */
function digits(order: EcpayParams, salt: string, length: number): string {
  const hash = createHash('sha256')
    .update(`${salt}:${order.MerchantID}:${order.MerchantTradeNo}`)
    .digest();
  let out = '';
  for (let i = 0; out.length < length; i++) out += String(hash[i % hash.length]! % 10);
  return out;
}

/** What is wrong with an order, or null. */
function orderProblem(
  order: EcpayParams,
  settings: PaymentSettings,
  publicUrl: string,
): string | null {
  const missing = REQUIRED.filter((name) => !order[name]);
  if (missing.length) return `missing ${missing.join(', ')}`;
  if (!verifyCheckMacValue(order, settings.merchant)) return 'CheckMacValue invalid';
  if (order.MerchantID !== settings.merchant.merchantId) return 'MerchantID unknown';
  if (!MERCHANT_TRADE_NO.test(order.MerchantTradeNo!)) return 'MerchantTradeNo invalid';
  if (!parseTaipeiDateTime(order.MerchantTradeDate)) return 'MerchantTradeDate invalid';
  if (order.PaymentType !== 'aio') return 'PaymentType must be aio';
  if (order.EncryptType !== '1') return 'EncryptType must be 1';
  if (!/^[1-9]\d{0,8}$/.test(order.TotalAmount!)) return 'TotalAmount invalid';
  if (!['Credit', 'ATM', 'CVS'].includes(order.ChoosePayment!)) return 'ChoosePayment unsupported';
  for (const name of ['ReturnURL', 'PaymentInfoURL', 'OrderResultURL', 'ClientBackURL']) {
    const url = order[name];
    if (url && !/^https?:\/\/[^\s]+$/i.test(url)) return `${name} invalid`;
  }
  // The sandbox posts server to server only to this service itself (PUBLIC_URL): it must not
  // become a way to make the server post to arbitrary addresses.
  const own = originOf(publicUrl);
  for (const name of ['ReturnURL', 'PaymentInfoURL', 'OrderResultURL']) {
    const url = order[name];
    if (url && originOf(url) !== own) return `${name} must be on ${own} (sandbox)`;
  }
  return null;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The signed fields of a notice about `order`. */
function noticeFields(
  order: EcpayParams,
  settings: PaymentSettings,
  kind: 'paid' | 'issued' | 'declined',
): EcpayParams {
  const method = order.ChoosePayment as Method;
  const ordered = parseTaipeiDateTime(order.MerchantTradeDate)!;
  const base: EcpayParams = {
    MerchantID: order.MerchantID!,
    MerchantTradeNo: order.MerchantTradeNo!,
    StoreID: '',
    TradeNo: `${taipeiDateTime(ordered).replace(/\D/g, '').slice(2, 12)}${digits(order, 'trade', 6)}`,
    TradeAmt: order.TotalAmount!,
    PaymentType: { Credit: 'Credit_CreditCard', ATM: 'ATM_TAISHIN', CVS: 'CVS_CVS' }[method],
    TradeDate: taipeiDateTime(ordered),
    CustomField1: order.CustomField1 ?? '',
    CustomField2: order.CustomField2 ?? '',
    CustomField3: order.CustomField3 ?? '',
    CustomField4: order.CustomField4 ?? '',
  };
  if (kind === 'issued' && method === 'ATM') {
    const days = Number(order.ExpireDate ?? 3);
    return sign(
      {
        ...base,
        RtnCode: RTN_ATM_CODE_ISSUED,
        RtnMsg: 'Get VirtualAccount Succeeded',
        BankCode: '812',
        vAccount: `9103${digits(order, 'account', 12)}`,
        ExpireDate: taipeiDate(new Date(ordered.getTime() + days * 86_400_000)),
      },
      settings.merchant,
    );
  }
  if (kind === 'issued') {
    const minutes = Number(order.StoreExpireDate ?? 10_080);
    return sign(
      {
        ...base,
        RtnCode: RTN_CVS_CODE_ISSUED,
        RtnMsg: 'Get CVS Code Succeeded.',
        PaymentNo: `SBX${digits(order, 'store', 11)}`,
        ExpireDate: taipeiDateTime(new Date(ordered.getTime() + minutes * 60_000)),
        Barcode1: '',
        Barcode2: '',
        Barcode3: '',
      },
      settings.merchant,
    );
  }
  if (kind === 'declined') {
    return sign(
      {
        ...base,
        RtnCode: '10100058',
        RtnMsg: 'Card declined (sandbox)',
        PaymentDate: '',
        PaymentTypeChargeFee: '0',
        SimulatePaid: '0',
      },
      settings.merchant,
    );
  }
  const fee = method === 'Credit' ? Math.round(Number(order.TotalAmount) * 0.0275) : 10;
  return sign(
    {
      ...base,
      RtnCode: RTN_PAID,
      RtnMsg: '交易成功',
      PaymentDate: taipeiDateTime(new Date()),
      PaymentTypeChargeFee: String(fee),
      SimulatePaid: '0',
    },
    settings.merchant,
  );
}

interface Delivery {
  acknowledged: boolean;
  answer: string;
}

/** Posts a notice server to server, as the gateway does, and reads the merchant's answer. */
async function deliver(url: string, fields: EcpayParams): Promise<Delivery> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    const answer = (await res.text()).trim().slice(0, 200);
    return { acknowledged: res.ok && answer === '1|OK', answer: `${res.status} ${answer}` };
  } catch (error) {
    return { acknowledged: false, answer: error instanceof Error ? error.message : 'error' };
  }
}

const encodeOrder = (order: EcpayParams) =>
  Buffer.from(JSON.stringify(order), 'utf8').toString('base64url');

function decodeOrder(text: string | undefined): EcpayParams | null {
  if (!text || text.length > 12_000) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const entries = Object.entries(value as Record<string, unknown>);
    if (!entries.every(([, v]) => typeof v === 'string')) return null;
    return Object.fromEntries(entries) as EcpayParams;
  } catch {
    return null;
  }
}

const localeOf = (order: EcpayParams): Locale => (order.Language === 'ENG' ? 'en' : 'zh-TW');

function summary(order: EcpayParams, t: Text): string {
  const method = order.ChoosePayment as Method;
  return details([
    [t.merchant, order.MerchantID ?? ''],
    [t.order, order.MerchantTradeNo ?? ''],
    [t.item, order.ItemName ?? ''],
    [t.amount, `NT$${Number(order.TotalAmount).toLocaleString('en')}`],
    [t.method, t.methods[method]],
  ]);
}

function stepForm(order: EcpayParams, buttons: [string, string, 'primary' | 'secondary'][]) {
  return [
    `<form method="post" action="${e(STEP_PATH)}">`,
    hidden({ order: encodeOrder(order) }),
    '<p class="actions">',
    ...buttons.map(
      ([step, label, kind]) =>
        `<button type="submit" name="step" value="${e(step)}" class="${kind}">${e(label)}</button>`,
    ),
    '</p>',
    '</form>',
  ].join('\n');
}

function deliveryNote(delivery: Delivery, t: Text): string {
  const cls = delivery.acknowledged ? 'notice' : 'notice warning';
  const head = delivery.acknowledged ? t.notice : t.unreachable;
  return `<p class="${cls}" role="status">${e(head)} — ${e(t.answer)}: <code>${e(delivery.answer)}</code></p>`;
}

function checkoutPage(res: Response, order: EcpayParams): void {
  const locale = localeOf(order);
  const t = TEXT[locale];
  const method = order.ChoosePayment as Method;
  const buttons: [string, string, 'primary' | 'secondary'][] =
    method === 'Credit'
      ? [
          ['pay', t.pay, 'primary'],
          ['decline', t.decline, 'secondary'],
          ['cancel', t.cancel, 'secondary'],
        ]
      : [
          ['issue', t.issue[method], 'primary'],
          ['cancel', t.cancel, 'secondary'],
        ];
  const body = [
    summary(order, t),
    stepForm(order, buttons),
    `<p class="sandbox">${e(t.sandboxNote)}</p>`,
  ].join('\n');
  sendPage(res, 200, page({ locale, title: t.checkout, brand: t.brand, body }));
}

/** After the payment: the signed result posted by the browser to OrderResultURL (or a link back). */
function finishedPage(
  res: Response,
  order: EcpayParams,
  notice: EcpayParams,
  delivery: Delivery,
  title: string,
  retryStep: string | null,
): void {
  const locale = localeOf(order);
  const t = TEXT[locale];
  const parts = [summary(order, t), deliveryNote(delivery, t)];
  if (!delivery.acknowledged && retryStep)
    parts.push(stepForm(order, [[retryStep, t.retry, 'secondary']]));
  let script: string | undefined;
  if (order.OrderResultURL) {
    parts.push(
      `<form id="result" method="post" action="${e(order.OrderResultURL)}">`,
      hidden(notice),
      `<p class="actions"><button type="submit" class="primary">${e(t.continue)}</button></p>`,
      '</form>',
    );
    if (delivery.acknowledged) script = "document.getElementById('result').submit();";
  } else if (order.ClientBackURL) {
    parts.push(
      `<p class="actions"><a class="button primary" href="${e(order.ClientBackURL)}">${e(t.back)}</a></p>`,
    );
  }
  parts.push(`<p class="sandbox">${e(t.sandboxNote)}</p>`);
  sendPage(res, 200, page({ locale, title, brand: t.brand, body: parts.join('\n'), script }));
}

function refusedPage(res: Response, locale: Locale, reason: string): void {
  const t = TEXT[locale];
  const body = `<p class="notice warning" role="alert">${e(reason)}</p>`;
  sendPage(res, 400, page({ locale, title: t.refused, brand: t.brand, body }));
}

/** Mounted only when PAYMENT_PROVIDER=sandbox, outside production. */
export function sandboxGatewayRoutes(services: AppServices): Router {
  const router = Router();
  const settings = () => paymentSettingsOf(services.config);
  const enabled = () =>
    services.config.nodeEnv !== 'production' && settings().provider === 'sandbox';

  router.post(SANDBOX_CHECKOUT_PATH, formBody, (req, res, next) => {
    if (!enabled()) return next();
    const { params } = formFields(req);
    const problem = orderProblem(params, settings(), services.config.publicUrl);
    if (problem) return refusedPage(res, localeOf(params), problem);
    checkoutPage(res, params);
  });

  router.post(STEP_PATH, formBody, async (req, res, next) => {
    try {
      if (!enabled()) return next();
      const { params } = formFields(req);
      const order = decodeOrder(params.order);
      const locale = order ? localeOf(order) : 'zh-TW';
      const problem = order
        ? orderProblem(order, settings(), services.config.publicUrl)
        : 'order missing';
      if (!order || problem) return refusedPage(res, locale, problem ?? 'order missing');
      const t = TEXT[locale];
      const method = order.ChoosePayment as Method;
      const step = params.step;
      if (step === 'cancel') {
        if (order.ClientBackURL) return res.redirect(303, order.ClientBackURL);
        return refusedPage(res, locale, t.cancel);
      }
      if (step === 'issue' && method !== 'Credit') {
        const notice = noticeFields(order, settings(), 'issued');
        const delivery = await deliver(order.PaymentInfoURL ?? order.ReturnURL!, notice);
        const rows: [string, string][] =
          method === 'ATM'
            ? [
                [t.bank, notice.BankCode!],
                [t.account, notice.vAccount!],
                [t.expires, notice.ExpireDate!],
              ]
            : [
                [t.code, notice.PaymentNo!],
                [t.expires, notice.ExpireDate!],
              ];
        const body = [
          summary(order, t),
          details(rows),
          deliveryNote(delivery, t),
          stepForm(order, [
            ['settle', t.settle[method], 'primary'],
            ...(delivery.acknowledged
              ? []
              : ([['issue', t.retry, 'secondary']] as [string, string, 'secondary'][])),
          ]),
          order.ClientBackURL
            ? `<p class="actions"><a class="button secondary" href="${e(order.ClientBackURL)}">${e(t.back)}</a></p>`
            : '',
          `<p class="sandbox">${e(t.sandboxNote)}</p>`,
        ].join('\n');
        return sendPage(res, 200, page({ locale, title: t.issued[method], brand: t.brand, body }));
      }
      if ((step === 'pay' && method === 'Credit') || (step === 'settle' && method !== 'Credit')) {
        const notice = noticeFields(order, settings(), 'paid');
        const delivery = await deliver(order.ReturnURL!, notice);
        return finishedPage(res, order, notice, delivery, t.paid, step);
      }
      if (step === 'decline' && method === 'Credit') {
        const notice = noticeFields(order, settings(), 'declined');
        const delivery = await deliver(order.ReturnURL!, notice);
        return finishedPage(res, order, notice, delivery, t.declined, step);
      }
      return refusedPage(res, locale, `step ${step ?? ''} not possible here`);
    } catch (error) {
      next(error);
    }
  });

  return router;
}
