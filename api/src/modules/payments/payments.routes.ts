import express, { type Request, Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import { portalLinks } from '../../shared/portal-links.js';
import { pickLocale } from '../../shared/request-context.js';
import { type EcpayParams, MERCHANT_TRADE_NO } from './ecpay.js';
import { handleGatewayNotice } from './payment-notices.js';
import { page, sendPage } from './payment-pages.js';
import { CALLBACK_PATH, createPaymentProvider, RESULT_PATH } from './payment-provider.js';
import { paymentSettingsOf } from './payment-settings.js';
import { Payment, type PaymentStatus } from './payment.entity.js';

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

/** The one page left here: a result that matches no payment of ours (forged or garbled). */
const UNKNOWN = {
  'zh-TW': { brand: 'goldcard 就業金卡資料異動', title: '查無此筆繳費' },
  en: { brand: 'goldcard — Gold Card data amendment', title: 'Payment not found' },
} as const;

/**
 * What the portal's case page is told about the payment the payer comes back from: `paid`,
 * `failed`, or `pending` (an ATM account or store code issued and not yet paid, or no result yet;
 * the payment's `status` and `instructions` say which, and what to pay with).
 */
const OUTCOME: Record<PaymentStatus, 'paid' | 'failed' | 'pending'> = {
  PAID: 'paid',
  FAILED: 'failed',
  AWAITING_PAYMENT: 'pending',
  CREATED: 'pending',
};

/**
 * The gateway-facing routes (public: the gateway's signature is what authenticates them):
 * - `POST /payments/ecpay/return`: every notice (ReturnURL and PaymentInfoURL), answered
 *   `1|OK` or `0|reason` in plain text.
 * - `POST /payments/ecpay/result`: the payer's browser back from the gateway (OrderResultURL),
 *   sent on (303) to the case's page in the applicants' portal with `?payment=<outcome>`, the
 *   outcome read from our records, never from what the form claims. The form only names the
 *   payment, and only when the gateway's signature on it holds.
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
        const locale = pickLocale(req.get('accept-language'));
        sendPage(res, 404, page({ locale, ...UNKNOWN[locale], body: '' }));
        return;
      }
      const caseUrl = portalLinks(config).amendment(payment.amendment.id, {
        payment: OUTCOME[payment.status],
      });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, caseUrl);
    } catch (error) {
      next(error);
    }
  });

  return router;
}
