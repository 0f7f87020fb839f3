import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Locale } from '../../shared/request-context.js';
import { parseInput } from '../../shared/validation.js';
import { Amendment } from '../amendments/amendment.entity.js';
import { feeViewOf } from '../amendments/amendment-fields.resolver.js';
import { recordAudit } from '../audit/audit.service.js';
import { taipeiDateTime } from './ecpay.js';
import { type Checkout, createPaymentProvider } from './payment-provider.js';
import { paymentSettingsOf } from './payment-settings.js';
import { Payment, PaymentMethod } from './payment.entity.js';
import { FEE_NOT_PAYABLE } from './payments.errors.js';
import { assertMayPay, assertMayReadPayments } from './payments.policy.js';
import { portalLinks } from '../../shared/portal-links.js';

const startSchema = z.object({ amendmentId: z.uuid(), method: z.enum(PaymentMethod) });
const listSchema = z.object({ amendmentId: z.uuid() });

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Our order number at the gateway: `GC`, the Taiwan time to the second (yyMMddHHmmss) and six
 * random letters or digits: 20 characters, as the gateway allows. The unique index settles the
 * (1 in 2·10⁹ per second) collision.
 */
export function newMerchantTradeNo(now = new Date()): string {
  const stamp = taipeiDateTime(now).replace(/\D/g, '').slice(2);
  let tail = '';
  for (let i = 0; i < 6; i++) tail += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
  return `GC${stamp}${tail}`;
}

export interface PaymentStartResult {
  payment: Payment;
  checkout: Checkout;
}

/**
 * Starting a fee payment and listing a case's payments. The gateway's signed notices, not this
 * service, decide that a payment is paid (`payment-notices.ts`).
 */
export class PaymentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
    private readonly actor: Actor,
    private readonly locale: Locale,
  ) {}

  private async amendment(id: string): Promise<Amendment> {
    const amendment = await this.em.findOne(Amendment, { id });
    if (!amendment) throw new AppError('NOT_FOUND', { entity: 'Amendment' });
    return amendment;
  }

  /**
   * A new payment for the case's fee and the signed form that sends the payer to the gateway.
   *
   * Every call makes a new payment with a new order number: the gateway refuses an order number
   * it has seen, and we cannot know whether an earlier form was ever posted. Earlier unpaid
   * payments stay as they are; should one of them be paid after all (an ATM code used after a
   * card payment), it is recorded as a `duplicate` to refund and the fee is not paid twice over.
   */
  async start(input: unknown): Promise<PaymentStartResult> {
    const { amendmentId, method } = parseInput(startSchema, input, '');
    const amendment = await this.amendment(amendmentId);
    const actor = await assertMayPay(this.em, this.actor, amendment);
    const fee = feeViewOf(amendment, this.locale);
    if (!fee.payable || fee.amount <= 0 || !amendment.applicationNumber) {
      throw new AppError(FEE_NOT_PAYABLE, { feeStatus: fee.status, statusCode: amendment.status });
    }
    const { config } = this.services;
    const provider = createPaymentProvider(
      paymentSettingsOf(config),
      config.publicUrl,
      config.nodeEnv,
    );
    const payment = Object.assign(new Payment(), {
      amendment,
      merchantTradeNo: newMerchantTradeNo(),
      amount: fee.amount,
      method,
      provider: provider.name,
      startedBy: actor.accountId,
    });
    const number = amendment.applicationNumber;
    const checkout = provider.checkout({
      merchantTradeNo: payment.merchantTradeNo,
      createdAt: payment.createdAt,
      amount: payment.amount,
      method,
      description: `goldcard ${number}`,
      itemName:
        this.locale === 'en'
          ? `Gold Card amendment fee ${number}`
          : `就業金卡資料異動規費 ${number}`,
      backUrl: portalLinks(config).amendment(amendment.id),
      locale: this.locale,
      paymentId: payment.id,
    });
    this.em.persist(payment);
    recordAudit(this.em, {
      action: 'payment.started',
      actor,
      entityType: 'Payment',
      entityId: payment.id,
      detail: {
        amendmentId: amendment.id,
        merchantTradeNo: payment.merchantTradeNo,
        method,
        amount: payment.amount,
        provider: provider.name,
      },
    });
    await this.em.flush();
    return { payment, checkout };
  }

  /** The case's payments, newest first. */
  async list(input: unknown): Promise<Payment[]> {
    const { amendmentId } = parseInput(listSchema, input, '');
    const amendment = await this.amendment(amendmentId);
    await assertMayReadPayments(this.em, this.actor, amendment);
    return this.em.find(Payment, { amendment }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }
}
