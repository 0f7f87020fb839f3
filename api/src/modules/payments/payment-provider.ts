import { AppError } from '../../shared/errors.js';
import {
  type EcpayChoosePayment,
  type EcpayParams,
  orderFields,
  verifyCheckMacValue,
} from './ecpay.js';
import type { PaymentProviderName, PaymentSettings } from './payment-settings.js';
import { PaymentMethod } from './payment.entity.js';
import { ONLINE_PAYMENT_UNAVAILABLE } from './payments.errors.js';

/** Where the built-in sandbox gateway takes orders (same protocol as ECPay's AioCheckOut/V5). */
export const SANDBOX_CHECKOUT_PATH = '/sandbox-gateway/AioCheckOut/V5';
/** Where gateways post their notices: payment results and "code issued" (ATM, stores). */
export const CALLBACK_PATH = '/payments/ecpay/return';
/** Where gateways send the payer's browser back with the result (shown, never trusted). */
export const RESULT_PATH = '/payments/ecpay/result';

const CHOOSE: Record<PaymentMethod, EcpayChoosePayment> = {
  CREDIT_CARD: 'Credit',
  ATM: 'ATM',
  CONVENIENCE_STORE: 'CVS',
};

/** An order as our payments service describes it. */
export interface CheckoutOrder {
  merchantTradeNo: string;
  createdAt: Date;
  amount: number;
  method: PaymentMethod;
  description: string;
  itemName: string;
  /** Where the payer returns to (the case in the applicant portal). */
  backUrl: string;
  locale: 'zh-TW' | 'en';
  paymentId: string;
}

/** What the payer's browser must post to the gateway. */
export interface Checkout {
  formAction: string;
  formFields: EcpayParams;
}

/**
 * A payment gateway. Both providers speak ECPay's all-in-one protocol and differ in where the
 * payer is sent: ECPay itself, or the sandbox gateway this process serves (development, tests).
 */
export interface PaymentProvider {
  readonly name: PaymentProviderName;
  readonly merchantId: string;
  /** The signed form that sends the payer to the gateway. */
  checkout(order: CheckoutOrder): Checkout;
  /** Whether a notice carries a valid signature of this merchant. */
  verify(params: EcpayParams): boolean;
}

class EcpayProtocolProvider implements PaymentProvider {
  constructor(
    readonly name: PaymentProviderName,
    private readonly settings: PaymentSettings,
    private readonly publicUrl: string,
    private readonly checkoutUrl: string,
  ) {}

  get merchantId(): string {
    return this.settings.merchant.merchantId;
  }

  checkout(order: CheckoutOrder): Checkout {
    const callback = `${this.publicUrl}${CALLBACK_PATH}`;
    const formFields = orderFields(
      {
        merchantTradeNo: order.merchantTradeNo,
        tradeDate: order.createdAt,
        totalAmount: order.amount,
        tradeDesc: order.description,
        itemName: order.itemName,
        choosePayment: CHOOSE[order.method],
        returnUrl: callback,
        paymentInfoUrl: callback,
        orderResultUrl: `${this.publicUrl}${RESULT_PATH}`,
        clientBackUrl: order.backUrl,
        atmExpireDays: this.settings.atmExpireDays,
        cvsExpireMinutes: this.settings.cvsExpireMinutes,
        locale: order.locale,
        customField1: order.paymentId.replace(/-/g, '').slice(0, 32),
      },
      this.settings.merchant,
    );
    return { formAction: this.checkoutUrl, formFields };
  }

  verify(params: EcpayParams): boolean {
    return verifyCheckMacValue(params, this.settings.merchant);
  }
}

/** No online payment: nothing can be started, and no notice is ever genuine. */
const DISABLED: PaymentProvider = {
  name: 'disabled',
  merchantId: '',
  checkout(): Checkout {
    throw new AppError(ONLINE_PAYMENT_UNAVAILABLE);
  },
  verify: () => false,
};

/**
 * The configured provider. `publicUrl` is this service's address as the gateway and browsers
 * reach it (PUBLIC_URL): notices are posted there.
 */
export function createPaymentProvider(
  settings: PaymentSettings,
  publicUrl: string,
  nodeEnv: 'development' | 'test' | 'production',
): PaymentProvider {
  const base = publicUrl.replace(/\/$/, '');
  const checkoutUrl = checkoutUrlOf(settings, publicUrl);
  if (checkoutUrl === null) return DISABLED;
  if (settings.provider === 'sandbox' && nodeEnv === 'production')
    throw new Error('the sandbox payment gateway is not for production');
  return new EcpayProtocolProvider(settings.provider, settings, base, checkoutUrl);
}

/** Where payers' browsers post the signed order (`Checkout.formAction`); null when disabled. */
export function checkoutUrlOf(settings: PaymentSettings, publicUrl: string): string | null {
  if (settings.provider === 'disabled') return null;
  if (settings.provider === 'sandbox')
    return `${publicUrl.replace(/\/$/, '')}${SANDBOX_CHECKOUT_PATH}`;
  return settings.ecpayCheckoutUrl;
}
