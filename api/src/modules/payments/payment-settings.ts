import { z } from 'zod';
import type { Config } from '../../config.js';
import type { MerchantKeys } from './ecpay.js';

/**
 * Online payment settings (docs in modules/payments/README.md). The variables are merged into
 * config.ts's one environment schema (`...PAYMENT_ENV`), so every problem is still reported at
 * once; `paymentSettings(e)` turns them into `Config.payments`.
 */

export type PaymentProviderName = 'ecpay' | 'sandbox' | 'disabled';

export interface PaymentSettings {
  /**
   * `ecpay`: the real gateway. `sandbox`: the gateway built into this process (never in
   * production). `disabled`: no online payment (production without gateway credentials):
   * `startFeePayment` answers ONLINE_PAYMENT_UNAVAILABLE and every notice is refused.
   */
  provider: PaymentProviderName;
  /** The gateway's AioCheckOut/V5 address (provider `ecpay`). */
  ecpayCheckoutUrl: string;
  /** The merchant's credentials; the sandbox gateway verifies with the same ones. */
  merchant: MerchantKeys;
  /** ATM: days a virtual account stays valid (ECPay allows 1–60). */
  atmExpireDays: number;
  /** Convenience stores: minutes a payment code stays valid. */
  cvsExpireMinutes: number;
}

/**
 * ECPay's published test merchant (stage environment). Used by default outside production only;
 * production must set its own credentials.
 */
export const ECPAY_STAGE = {
  checkoutUrl: 'https://payment-stage.ecpay.com.tw/Cashier/AioCheckOut/V5',
  merchantId: '3002607',
  hashKey: 'pwFHCqoQZGmho4w6',
  hashIv: 'EkRm7iFT261dpevs',
} as const;

const whole = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `expected a whole number from ${min} to ${max}` })
    .int({ error: `expected a whole number from ${min} to ${max}` })
    .min(min, { error: `expected a whole number from ${min} to ${max}` })
    .max(max, { error: `expected a whole number from ${min} to ${max}` })
    .default(fallback);

const secret = z
  .string()
  .regex(/^[A-Za-z0-9]{8,64}$/, { error: 'expected 8 to 64 letters or digits' });

/** The environment variables, to spread into config.ts's `envSchema`. */
export const PAYMENT_ENV = {
  PAYMENT_PROVIDER: z
    .enum(['ecpay', 'sandbox', 'disabled'], { error: 'expected ecpay, sandbox or disabled' })
    .optional(),
  ECPAY_CHECKOUT_URL: z
    .url({ protocol: /^https?$/, error: 'expected the gateway’s AioCheckOut/V5 URL' })
    .default(ECPAY_STAGE.checkoutUrl),
  ECPAY_MERCHANT_ID: z
    .string()
    .regex(/^\d{1,10}$/, { error: 'expected the merchant id ECPay gave (digits)' })
    .optional(),
  ECPAY_HASH_KEY: secret.optional(),
  ECPAY_HASH_IV: secret.optional(),
  PAYMENT_ATM_EXPIRE_DAYS: whole(1, 60, 3),
  PAYMENT_CVS_EXPIRE_MINUTES: whole(1, 43_200, 10_080),
};

const envObject = z.object(PAYMENT_ENV);
type PaymentEnv = z.infer<typeof envObject> & { NODE_ENV: 'development' | 'test' | 'production' };

const CREDENTIALS = ['ECPAY_MERCHANT_ID', 'ECPAY_HASH_KEY', 'ECPAY_HASH_IV'] as const;

/**
 * The provider in force: as set; else, in production, ECPay when its credentials are given and
 * no online payment when they are not (a deployment without a gateway contract still starts);
 * else the sandbox.
 */
function providerOf(e: PaymentEnv): PaymentProviderName {
  if (e.PAYMENT_PROVIDER) return e.PAYMENT_PROVIDER;
  if (e.NODE_ENV !== 'production') return 'sandbox';
  return CREDENTIALS.some((name) => e[name]) ? 'ecpay' : 'disabled';
}

/** What is wrong with the payment settings for production (empty when nothing). */
export function paymentProductionProblems(e: PaymentEnv): string[] {
  if (e.NODE_ENV !== 'production') return [];
  const provider = providerOf(e);
  return [
    ...(provider === 'sandbox'
      ? ['PAYMENT_PROVIDER: sandbox must not be used when NODE_ENV=production (nothing is charged)']
      : []),
    ...(provider === 'ecpay'
      ? CREDENTIALS.filter((name) => !e[name]).map(
          (name) =>
            `${name}: required when NODE_ENV=production and payments go through ECPay (the gateway’s credentials)`,
        )
      : []),
  ];
}

/**
 * `Config.payments` from the parsed environment. Outside production, ECPay's published test
 * merchant stands in for missing credentials (its stage environment, or the sandbox).
 */
export function paymentSettings(e: PaymentEnv): PaymentSettings {
  return {
    provider: providerOf(e),
    ecpayCheckoutUrl: e.ECPAY_CHECKOUT_URL,
    merchant: {
      merchantId: e.ECPAY_MERCHANT_ID ?? ECPAY_STAGE.merchantId,
      hashKey: e.ECPAY_HASH_KEY ?? ECPAY_STAGE.hashKey,
      hashIv: e.ECPAY_HASH_IV ?? ECPAY_STAGE.hashIv,
    },
    atmExpireDays: e.PAYMENT_ATM_EXPIRE_DAYS,
    cvsExpireMinutes: e.PAYMENT_CVS_EXPIRE_MINUTES,
  };
}

/**
 * The payment settings of a configuration: `config.payments` (config.ts), or — while config.ts
 * does not carry them yet — the defaults for its NODE_ENV (the sandbox outside production, no
 * online payment in production).
 */
export function paymentSettingsOf(config: Config): PaymentSettings {
  const given = (config as Config & { payments?: PaymentSettings }).payments;
  if (given) return given;
  const e = { ...envObject.parse({}), NODE_ENV: config.nodeEnv };
  const problems = paymentProductionProblems(e);
  if (problems.length) throw new Error(`Invalid payment settings:\n${problems.join('\n')}`);
  return paymentSettings(e);
}
