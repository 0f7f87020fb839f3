import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import { ANONYMOUS } from '../../shared/actor.js';
import { Amendment, AmendmentEvent, AmendmentEventType } from '../amendments/amendment.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { notifyCaseEvent } from '../notifications/case-notices.js';
import { emitAmendmentWebhooks } from '../webhooks/webhook-emit.js';
import { WebhookEventType } from '../webhooks/webhook-event-type.js';
import {
  ACCEPTED,
  type EcpayParams,
  MERCHANT_TRADE_NO,
  noticeKind,
  parseTaipeiDateTime,
  refused,
} from './ecpay.js';
import { createPaymentProvider, type PaymentProvider } from './payment-provider.js';
import { paymentSettingsOf } from './payment-settings.js';
import {
  type CallbackOutcome,
  Payment,
  PaymentCallback,
  type PaymentInfo,
  PaymentStatus,
} from './payment.entity.js';
import { PAYMENT_METHOD_LABELS } from './payment-labels.js';

/** A notice as it arrived: its fields, whether it was well-formed, and from where. */
export interface IncomingNotice {
  params: EcpayParams;
  /** False when a field was repeated or the body was not a form. */
  wellFormed: boolean;
  remoteIp: string | undefined;
}

export interface NoticeResult {
  outcome: CallbackOutcome;
  /** The body to answer the gateway with: `1|OK` or `0|reason`. */
  answer: string;
}

class Refusal extends Error {
  constructor(
    readonly outcome: CallbackOutcome,
    readonly reason: string,
    readonly payment: Payment | null = null,
  ) {
    super(reason);
  }
}

/**
 * Handles a notice the gateway posted (`POST /payments/ecpay/return`): the payment result
 * (RtnCode 1), an ATM account or store code issued (RtnCode 2 or 10100073), or a failure.
 *
 * Every notice is recorded in `payment_callback`. One that is not signed with our keys, names
 * another merchant, an unknown order or another amount is refused (`0|reason`), changes nothing
 * and is audited as `payment.callback.rejected`. A payment confirmed is, in one transaction: the
 * payment PAID, the case's `feePaidAt`, a NOTE on its timeline, an audit event and the FEE_PAID
 * notice (mail and bell to the filer, bell to the holder: `notifyCaseEvent`) and the FEE_PAID
 * webhook event for the filer's software.
 *
 * Notices are idempotent: the payment row is locked while one is handled, and a repeated or late
 * notice (a code issued after the payment) changes nothing and is answered `1|OK`, so that the
 * gateway stops sending it.
 */
export async function handleGatewayNotice(
  orm: MikroORM,
  services: AppServices,
  notice: IncomingNotice,
): Promise<NoticeResult> {
  const { config } = services;
  const provider = createPaymentProvider(
    paymentSettingsOf(config),
    config.publicUrl,
    config.nodeEnv,
  );
  const em = orm.em.fork();
  const { params } = notice;
  const verified = provider.verify(params);
  let mailQueued = false;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await em.transactional(async (tx) => {
        try {
          const payment = await check(tx, provider, notice, verified);
          const applied = await apply(tx, services, payment, params);
          mailQueued = applied.mailQueued;
          record(tx, provider, notice, verified, applied.outcome, ACCEPTED, payment);
          return { outcome: applied.outcome, answer: ACCEPTED };
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
          const answer = refused(error.reason);
          const callback = record(
            tx,
            provider,
            notice,
            verified,
            error.outcome,
            answer,
            error.payment,
          );
          recordAudit(tx, {
            action: 'payment.callback.rejected',
            actor: ANONYMOUS,
            entityType: error.payment ? 'Payment' : 'PaymentCallback',
            entityId: error.payment?.id ?? callback.id,
            success: false,
            detail: {
              reason: error.outcome,
              merchantTradeNo: callback.merchantTradeNo ?? null,
              rtnCode: callback.rtnCode ?? null,
              callbackId: callback.id,
            },
          });
          return { outcome: error.outcome, answer };
        }
      });
      if (mailQueued) services.kickMail();
      return result;
    } catch (error) {
      // An officer changed the case at the same moment: handle the notice again (twice at most).
      if (error instanceof OptimisticLockError && attempt < 3) {
        em.clear();
        continue;
      }
      await recordFailure(orm, provider, notice, verified);
      throw error;
    }
  }
}

/** The checks every notice passes before it may change anything; the payment, locked. */
async function check(
  em: EntityManager,
  provider: PaymentProvider,
  notice: IncomingNotice,
  verified: boolean,
): Promise<Payment> {
  const { params } = notice;
  if (!notice.wellFormed || Object.keys(params).length === 0)
    throw new Refusal('REJECTED_MALFORMED', 'malformed notice');
  if (provider.name === 'disabled')
    throw new Refusal('REJECTED_SIGNATURE', 'online payment disabled');
  if (!verified) throw new Refusal('REJECTED_SIGNATURE', 'CheckMacValue invalid');
  if (params.MerchantID !== provider.merchantId)
    throw new Refusal('REJECTED_MERCHANT', 'MerchantID mismatch');
  const tradeNo = params.MerchantTradeNo ?? '';
  if (!MERCHANT_TRADE_NO.test(tradeNo)) throw new Refusal('REJECTED_MALFORMED', 'MerchantTradeNo');
  const payment = await em.findOne(
    Payment,
    { merchantTradeNo: tradeNo },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!payment) throw new Refusal('REJECTED_UNKNOWN_TRADE', 'MerchantTradeNo unknown');
  if (params.TradeAmt !== String(payment.amount))
    throw new Refusal('REJECTED_AMOUNT', 'TradeAmt mismatch', payment);
  return payment;
}

async function apply(
  em: EntityManager,
  services: AppServices,
  payment: Payment,
  params: EcpayParams,
): Promise<{ outcome: CallbackOutcome; mailQueued: boolean }> {
  const kind = noticeKind(params.RtnCode);
  const detail = {
    amendmentId: payment.amendment.id,
    merchantTradeNo: payment.merchantTradeNo,
    rtnCode: params.RtnCode ?? null,
    tradeNo: params.TradeNo ?? null,
  };
  if (payment.status === PaymentStatus.PAID) {
    // A repeated result, or a code issued / failure reported after the payment: nothing to do.
    return { outcome: kind === 'PAID' ? 'DUPLICATE' : 'IGNORED', mailQueued: false };
  }
  if (kind === 'CODE_ISSUED') {
    if (payment.status === PaymentStatus.FAILED) return { outcome: 'IGNORED', mailQueued: false };
    const before = payment.status;
    payment.status = PaymentStatus.AWAITING_PAYMENT;
    payment.paymentInfo = paymentInfoOf(params);
    payment.providerTradeNo = params.TradeNo?.slice(0, 40) || null;
    payment.providerPaymentType = params.PaymentType?.slice(0, 40) || null;
    recordAudit(em, {
      action: 'payment.code-issued',
      actor: 'system',
      entityType: 'Payment',
      entityId: payment.id,
      changes: { status: { before, after: payment.status } },
      detail,
    });
    return { outcome: 'CODE_ISSUED', mailQueued: false };
  }
  if (kind === 'FAILED') {
    const before = payment.status;
    payment.status = PaymentStatus.FAILED;
    payment.failureReason = `${params.RtnCode ?? ''} ${params.RtnMsg ?? ''}`.trim().slice(0, 200);
    recordAudit(em, {
      action: 'payment.failed',
      actor: 'system',
      entityType: 'Payment',
      entityId: payment.id,
      success: false,
      changes: { status: { before, after: payment.status } },
      detail: { ...detail, rtnMsg: params.RtnMsg?.slice(0, 200) ?? null },
    });
    return { outcome: 'FAILED', mailQueued: false };
  }
  // ECPay marks payments made with its merchant back office's "simulate" button: never money.
  if (params.SimulatePaid === '1' && services.config.nodeEnv === 'production') {
    recordAudit(em, {
      action: 'payment.simulated-ignored',
      actor: 'system',
      entityType: 'Payment',
      entityId: payment.id,
      success: false,
      detail,
    });
    return { outcome: 'IGNORED', mailQueued: false };
  }
  return markPaid(em, services, payment, params, detail);
}

async function markPaid(
  em: EntityManager,
  services: AppServices,
  payment: Payment,
  params: EcpayParams,
  detail: Record<string, unknown>,
): Promise<{ outcome: CallbackOutcome; mailQueued: boolean }> {
  const paidAt = parseTaipeiDateTime(params.PaymentDate) ?? new Date();
  const before = payment.status;
  payment.status = PaymentStatus.PAID;
  payment.paidAt = paidAt;
  payment.failureReason = null;
  payment.providerTradeNo = params.TradeNo?.slice(0, 40) || payment.providerTradeNo || null;
  payment.providerPaymentType = params.PaymentType?.slice(0, 40) || payment.providerPaymentType;
  const amendment = await em.findOneOrFail(
    Amendment,
    { id: payment.amendment.id },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (amendment.feePaidAt) {
    // Another payment paid the fee first: this money is to be refunded.
    payment.duplicate = true;
    recordAudit(em, {
      action: 'payment.paid.duplicate',
      actor: 'system',
      entityType: 'Payment',
      entityId: payment.id,
      changes: { status: { before, after: payment.status } },
      detail: { ...detail, amount: payment.amount, refundDue: true },
    });
    return { outcome: 'PAID', mailQueued: false };
  }
  amendment.feePaidAt = paidAt;
  const method = PAYMENT_METHOD_LABELS[payment.method];
  em.persist(
    Object.assign(new AmendmentEvent(), {
      amendment,
      at: new Date(),
      type: AmendmentEventType.NOTE,
      actorRole: 'SYSTEM',
      note:
        `規費已繳納：新臺幣 ${payment.amount} 元（${method.zhTw}，交易編號 ${payment.merchantTradeNo}）` +
        ` / Fee paid: NT$${payment.amount} (${method.en}, order ${payment.merchantTradeNo})`,
    }),
  );
  recordAudit(em, {
    action: 'payment.paid',
    actor: 'system',
    entityType: 'Amendment',
    entityId: amendment.id,
    changes: {
      feePaidAt: { before: null, after: paidAt.toISOString() },
      [`payment:${payment.id}.status`]: { before, after: payment.status },
    },
    detail: { ...detail, paymentId: payment.id, amount: payment.amount, method: payment.method },
  });
  // The filer's mail and bell (and the holder's bell when someone else filed), as for every
  // other case event.
  await em.populate(amendment, ['filedBy']);
  await notifyCaseEvent(em, services.config, amendment, 'FEE_PAID');
  // The filer's software (employers' and agencies' webhook subscriptions) hears of it too.
  emitAmendmentWebhooks(em, amendment, WebhookEventType.FEE_PAID, {
    amount: payment.amount,
    currency: 'TWD',
    method: payment.method,
    paidAt: paidAt.toISOString(),
  });
  return { outcome: 'PAID', mailQueued: true };
}

function paymentInfoOf(params: EcpayParams): PaymentInfo {
  const expireDate = params.ExpireDate?.slice(0, 20) || null;
  const expiresAt = parseTaipeiDateTime(expireDate ?? undefined);
  return {
    bankCode: params.BankCode?.slice(0, 10) || null,
    virtualAccount: params.vAccount?.slice(0, 20) || null,
    paymentCode: params.PaymentNo?.slice(0, 20) || null,
    expireDate,
    expiresAt: expiresAt?.toISOString() ?? null,
  };
}

function record(
  em: EntityManager,
  provider: PaymentProvider,
  notice: IncomingNotice,
  verified: boolean,
  outcome: CallbackOutcome,
  answer: string,
  payment: Payment | null,
): PaymentCallback {
  const callback = Object.assign(new PaymentCallback(), {
    provider: provider.name,
    merchantTradeNo: notice.params.MerchantTradeNo?.slice(0, 64) ?? null,
    paymentId: payment?.id ?? null,
    verified,
    outcome,
    rtnCode: notice.params.RtnCode?.slice(0, 20) ?? null,
    params: notice.params,
    remoteIp: notice.remoteIp?.slice(0, 45) ?? null,
    answer: answer.slice(0, 100),
  });
  em.persist(callback);
  return callback;
}

/** A notice whose handling failed unexpectedly is still recorded (the gateway will resend it). */
async function recordFailure(
  orm: MikroORM,
  provider: PaymentProvider,
  notice: IncomingNotice,
  verified: boolean,
): Promise<void> {
  try {
    const em = orm.em.fork();
    record(em, provider, notice, verified, 'ERROR', '0|error', null);
    await em.flush();
  } catch {
    // The database itself may be what failed; the caller reports the original error.
  }
}
