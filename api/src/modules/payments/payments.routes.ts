import express, { type Request, Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import { pickLocale } from '../../shared/request-context.js';
import { type EcpayParams, MERCHANT_TRADE_NO } from './ecpay.js';
import { handleGatewayNotice } from './payment-notices.js';
import { details, e, page, sendPage } from './payment-pages.js';
import { CALLBACK_PATH, createPaymentProvider, RESULT_PATH } from './payment-provider.js';
import { paymentSettingsOf } from './payment-settings.js';
import { Payment, PaymentStatus } from './payment.entity.js';

/** Gateways post small forms: a few dozen fields. */
export const formBody = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 100 });

/** The posted form as text fields; a repeated field (or a body that is no form) is malformed. */
export function formFields(req: Request): { params: EcpayParams; wellFormed: boolean } {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || !req.is('application/x-www-form-urlencoded')) {
    return { params: {}, wellFormed: false };
  }
  const params: EcpayParams = {};
  let wellFormed = true;
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string') params[name] = value;
    else {
      wellFormed = false;
      params[name] = Array.isArray(value) ? value.map(String).join(',') : String(value);
    }
  }
  return { params, wellFormed };
}

const TEXT = {
  'zh-TW': {
    brand: 'goldcard 就業金卡資料異動',
    PAID: '已完成繳費',
    AWAITING_PAYMENT: '已取得繳費資訊，待繳款',
    CREATED: '繳費處理中',
    FAILED: '繳費未完成',
    unknown: '查無此筆繳費',
    paidText: '我們已收到規費，電子收據可於申請案頁面下載。',
    awaitingText: '請於期限內依下列資訊繳款；繳款完成後，申請案頁面會顯示已繳費。',
    createdText: '尚未收到繳費結果，請稍候於申請案頁面確認。',
    failedText: '此次繳費未成功，您可以於申請案頁面重新繳費。',
    back: '回到申請案',
    amount: '金額',
    order: '交易編號',
    bank: '銀行代碼',
    account: '虛擬帳號',
    code: '繳費代碼',
    expires: '繳費期限',
  },
  en: {
    brand: 'goldcard — Gold Card data amendment',
    PAID: 'Fee paid',
    AWAITING_PAYMENT: 'Payment details issued: waiting for your payment',
    CREATED: 'Payment in progress',
    FAILED: 'The payment did not go through',
    unknown: 'Payment not found',
    paidText:
      'We have received the fee. The electronic receipt can be downloaded with the application.',
    awaitingText:
      'Please pay with the details below before the deadline; the application then shows the fee as paid.',
    createdText: 'The result has not reached us yet. Please check the application again shortly.',
    failedText: 'This payment did not succeed. You can pay again from the application.',
    back: 'Back to the application',
    amount: 'Amount',
    order: 'Order number',
    bank: 'Bank code',
    account: 'Virtual account',
    code: 'Payment code',
    expires: 'Pay before',
  },
} as const;

/**
 * The gateway-facing routes (public: the gateway's signature is what authenticates them):
 * - `POST /payments/ecpay/return`: every notice (ReturnURL and PaymentInfoURL), answered
 *   `1|OK` or `0|reason` in plain text.
 * - `POST /payments/ecpay/result`: the payer's browser back from the gateway (OrderResultURL).
 *   It shows where the payment stands according to our records, never what the form claims.
 */
export function paymentRoutes(orm: MikroORM, services: AppServices): Router {
  const router = Router();

  router.post(CALLBACK_PATH, formBody, async (req, res, next) => {
    try {
      const { params, wellFormed } = formFields(req);
      const { answer } = await handleGatewayNotice(orm, services, {
        params,
        wellFormed,
        remoteIp: req.ip,
      });
      res.status(200).type('text/plain').setHeader('Cache-Control', 'no-store').send(answer);
    } catch (error) {
      next(error);
    }
  });

  router.post(RESULT_PATH, formBody, async (req, res, next) => {
    try {
      const locale = pickLocale(req.get('accept-language'));
      const t = TEXT[locale];
      const { params } = formFields(req);
      const { config } = services;
      const provider = createPaymentProvider(
        paymentSettingsOf(config),
        config.publicUrl,
        config.nodeEnv,
      );
      const tradeNo = params.MerchantTradeNo ?? '';
      const payment =
        provider.verify(params) && MERCHANT_TRADE_NO.test(tradeNo)
          ? await orm.em.fork().findOne(Payment, { merchantTradeNo: tradeNo })
          : null;
      if (!payment) {
        sendPage(res, 404, page({ locale, title: t.unknown, brand: t.brand, body: '' }));
        return;
      }
      const back = `${config.applicantPortalUrl}/amendments/${payment.amendment.id}`;
      const info = payment.paymentInfo;
      const rows: [string, string][] = [
        [t.order, payment.merchantTradeNo],
        [t.amount, `NT$${payment.amount.toLocaleString('en')}`],
      ];
      if (payment.status === PaymentStatus.AWAITING_PAYMENT && info) {
        if (info.bankCode) rows.push([t.bank, info.bankCode]);
        if (info.virtualAccount) rows.push([t.account, info.virtualAccount]);
        if (info.paymentCode) rows.push([t.code, info.paymentCode]);
        if (info.expireDate) rows.push([t.expires, info.expireDate]);
      }
      const text = {
        PAID: t.paidText,
        AWAITING_PAYMENT: t.awaitingText,
        CREATED: t.createdText,
        FAILED: t.failedText,
      }[payment.status];
      const body = [
        `<p class="notice" role="status">${e(text)}</p>`,
        details(rows),
        `<p class="actions"><a class="button primary" href="${e(back)}">${e(t.back)}</a></p>`,
      ].join('\n');
      sendPage(res, 200, page({ locale, title: t[payment.status], brand: t.brand, body }));
    } catch (error) {
      next(error);
    }
  });

  return router;
}
