import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import type { Amendment } from '../amendments/amendment.entity.js';

export enum PaymentMethod {
  CREDIT_CARD = 'CREDIT_CARD',
  ATM = 'ATM',
  CONVENIENCE_STORE = 'CONVENIENCE_STORE',
}
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How the fee is paid through the payment gateway',
  valuesConfig: {
    CREDIT_CARD: { description: 'Credit card, paid at once on the gateway’s page' },
    ATM: { description: 'Transfer to a virtual bank account (ATM or online banking)' },
    CONVENIENCE_STORE: { description: 'A payment code paid at a convenience store counter' },
  },
});

export enum PaymentStatus {
  CREATED = 'CREATED',
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  PAID = 'PAID',
  FAILED = 'FAILED',
}
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: 'Where a payment stands, as the gateway’s signed notices said',
  valuesConfig: {
    CREATED: { description: 'Started: the payer has been sent to the gateway' },
    AWAITING_PAYMENT: {
      description: 'A bank account or store code was issued; waiting for the money',
    },
    PAID: { description: 'The gateway confirmed the payment' },
    FAILED: { description: 'The gateway reported a failure; start a new payment' },
  },
});

/** What the payer needs to finish an ATM or convenience-store payment. */
export interface PaymentInfo {
  /** ATM: the bank's code, e.g. 812. */
  bankCode?: string | null;
  /** ATM: the virtual account to transfer to. */
  virtualAccount?: string | null;
  /** Convenience stores: the payment code to show at the counter. */
  paymentCode?: string | null;
  /** Until when, as the gateway wrote it (Taiwan time). */
  expireDate?: string | null;
  /** The same, as an instant (ISO 8601). */
  expiresAt?: string | null;
}

/**
 * One attempt to pay an amendment's fee through the gateway. `merchantTradeNo` is our order number
 * at the gateway (unique); a new one is made for every attempt, as the gateway refuses a number
 * twice. The amendment's `feePaidAt` is set by the first payment the gateway confirms; the
 * partial unique index `payment_one_paid_per_amendment` lets only that one count (later ones are
 * `duplicate`, to be refunded).
 */
@Entity({ tableName: 'payment' })
@Index({ properties: ['amendment', 'createdAt'] })
@Unique({
  name: 'payment_one_paid_per_amendment',
  expression: `create unique index "payment_one_paid_per_amendment" on "payment" ("amendment_id") where "status" = 'PAID' and not "duplicate"`,
})
export class Payment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Amendment')
  amendment!: Amendment;

  @Property({ length: 20, unique: true })
  merchantTradeNo!: string;

  /** Whole New Taiwan dollars. */
  @Property()
  amount!: number;

  @Enum({ items: () => PaymentMethod, nativeEnumName: 'payment_method' })
  method!: PaymentMethod;

  /** `ecpay` or `sandbox`. */
  @Property({ length: 20 })
  provider!: string;

  @Enum({ items: () => PaymentStatus, nativeEnumName: 'payment_status' })
  status: PaymentStatus = PaymentStatus.CREATED;

  @Property({ type: 'json', nullable: true })
  paymentInfo?: PaymentInfo | null;

  /** The gateway's trade number (TradeNo). */
  @Property({ length: 40, nullable: true })
  providerTradeNo?: string | null;

  /** The gateway's PaymentType, e.g. `Credit_CreditCard`, `ATM_TAISHIN`. */
  @Property({ length: 40, nullable: true })
  providerPaymentType?: string | null;

  /** RtnCode and RtnMsg of a failure. */
  @Property({ length: 200, nullable: true })
  failureReason?: string | null;

  /**
   * Paid after the fee had already been paid by another payment: the money is to be refunded.
   * (Possible when an ATM code issued earlier is used after a card payment.)
   */
  @Property()
  duplicate: boolean = false;

  /** The account that started it. */
  @Property({ type: 'uuid' })
  startedBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** When the gateway says the money was paid (PaymentDate). */
  @Property({ type: 'datetime', nullable: true })
  paidAt?: Date | null;
}

/** What we did with a notice from the gateway. */
export type CallbackOutcome =
  | 'PAID'
  | 'CODE_ISSUED'
  | 'FAILED'
  | 'DUPLICATE'
  | 'IGNORED'
  | 'REJECTED_SIGNATURE'
  | 'REJECTED_MERCHANT'
  | 'REJECTED_UNKNOWN_TRADE'
  | 'REJECTED_AMOUNT'
  | 'REJECTED_MALFORMED'
  | 'ERROR';

/**
 * Every notice the gateway (or anyone) posted to the callback route, as received, with what we
 * made of it: the record for disputes and for reconciling with the gateway's statements.
 */
@Entity({ tableName: 'payment_callback' })
@Index({ properties: ['merchantTradeNo', 'receivedAt'] })
export class PaymentCallback {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime' })
  @Index()
  receivedAt: Date = new Date();

  /** The provider configured when it arrived. */
  @Property({ length: 20 })
  provider!: string;

  /** As sent (whether or not such a payment exists). */
  @Property({ length: 64, nullable: true })
  merchantTradeNo?: string | null;

  /** The payment it was matched to, if any. */
  @Property({ type: 'uuid', nullable: true })
  paymentId?: string | null;

  /** Whether the CheckMacValue was right. */
  @Property()
  verified!: boolean;

  @Property({ length: 30 })
  outcome!: CallbackOutcome;

  @Property({ length: 20, nullable: true })
  rtnCode?: string | null;

  /** Every field as posted, CheckMacValue included. */
  @Property({ type: 'json' })
  params!: Record<string, string>;

  @Property({ length: 45, nullable: true })
  remoteIp?: string | null;

  /** What we answered (`1|OK` or `0|reason`). */
  @Property({ length: 100 })
  answer!: string;
}
