import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkMacValue,
  ecpayUrlEncode,
  noticeKind,
  orderFields,
  parseTaipeiDateTime,
  sign,
  taipeiDateTime,
  verifyCheckMacValue,
} from './ecpay.js';
import { createPaymentProvider } from './payment-provider.js';
import { ECPAY_STAGE, paymentProductionProblems, paymentSettings } from './payment-settings.js';
import { PaymentMethod } from './payment.entity.js';
import { newMerchantTradeNo } from './payments.service.js';

const KEYS = {
  merchantId: ECPAY_STAGE.merchantId,
  hashKey: ECPAY_STAGE.hashKey,
  hashIv: ECPAY_STAGE.hashIv,
};

describe('CheckMacValue (SHA-256, EncryptType=1)', () => {
  it('matches ECPay’s published example', () => {
    const params = {
      ChoosePayment: 'ALL',
      EncryptType: '1',
      ItemName: 'Apple iphone 15',
      MerchantID: '3002607',
      MerchantTradeDate: '2023/03/12 15:30:23',
      MerchantTradeNo: 'ecpay20230312153023',
      PaymentType: 'aio',
      ReturnURL: 'https://www.ecpay.com.tw/receive.php',
      TotalAmount: '30000',
      TradeDesc: '促銷方案',
    };
    const expected = '6C51C9E6888DE861FD62FB1DD17029FC742634498FD813DC43D4243B5685B840';
    expect(checkMacValue(params, { hashKey: 'pwFHCqoQZGmho4w6', hashIv: 'EkRm7iFT261dpevs' })).toBe(
      expected,
    );
    // Order of the fields does not matter, and the signature itself is left out.
    const shuffled = Object.fromEntries(Object.entries(params).reverse());
    expect(checkMacValue({ ...shuffled, CheckMacValue: 'X' }, KEYS)).toBe(expected);
    expect(verifyCheckMacValue({ ...params, CheckMacValue: expected }, KEYS)).toBe(true);
    expect(verifyCheckMacValue({ ...params, CheckMacValue: expected.toLowerCase() }, KEYS)).toBe(
      true,
    );
  });

  it("encodes like .NET (lower case, + for space, and the SDK’s ' and ~)", () => {
    expect(ecpayUrlEncode("a b-_.!*()'~&=é")).toBe('a+b-_.!*()%27%7e%26%3d%c3%a9');
    expect(ecpayUrlEncode('HashKey=AbC')).toBe('hashkey%3dabc');
  });

  it('sorts names ignoring case', () => {
    const a = checkMacValue({ b: '1', A: '2', c: '3' }, KEYS);
    const b = checkMacValue({ c: '3', a: '2', B: '1' }, KEYS);
    // Same order (a, b, c) and the encoded text is lower-cased, so the values agree.
    expect(a).toBe(b);
  });

  it('refuses any change to any field, and signatures of other keys', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[A-Za-z]{1,12}$/), fc.string({ maxLength: 20 }), {
          minKeys: 1,
          maxKeys: 8,
        }),
        fc.string({ minLength: 1, maxLength: 5 }),
        (params, extra) => {
          const signed = sign(params, KEYS);
          expect(verifyCheckMacValue(signed, KEYS)).toBe(true);
          const name = Object.keys(params)[0]!;
          const changed = { ...signed, [name]: `${params[name]}${extra}` };
          // Case-insensitive encoding means only a change beyond letter case is a change.
          if (changed[name]!.toLowerCase() !== signed[name]!.toLowerCase())
            expect(verifyCheckMacValue(changed, KEYS)).toBe(false);
          expect(verifyCheckMacValue(signed, { ...KEYS, hashKey: 'otherKey12345678' })).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
    expect(verifyCheckMacValue({ a: '1' }, KEYS)).toBe(false);
    expect(verifyCheckMacValue({ a: '1', CheckMacValue: 'short' }, KEYS)).toBe(false);
  });
});

describe('orders and notices', () => {
  it('builds a signed AioCheckOut/V5 order in Taiwan time', () => {
    const fields = orderFields(
      {
        merchantTradeNo: 'GC261128143000ABCDEF',
        tradeDate: new Date('2026-11-28T06:30:00Z'),
        totalAmount: 500,
        tradeDesc: 'goldcard GC2026-0000001',
        itemName: '就業金卡資料異動規費 GC2026-0000001',
        choosePayment: 'ATM',
        returnUrl: 'https://goldcard.example/payments/ecpay/return',
        paymentInfoUrl: 'https://goldcard.example/payments/ecpay/return',
        orderResultUrl: 'https://goldcard.example/payments/ecpay/result',
        clientBackUrl: 'https://portal.example/amendments/1',
        atmExpireDays: 3,
        locale: 'en',
      },
      KEYS,
    );
    expect(fields).toMatchObject({
      MerchantID: '3002607',
      MerchantTradeNo: 'GC261128143000ABCDEF',
      MerchantTradeDate: '2026/11/28 14:30:00',
      PaymentType: 'aio',
      TotalAmount: '500',
      ChoosePayment: 'ATM',
      EncryptType: '1',
      ExpireDate: '3',
      PaymentInfoURL: 'https://goldcard.example/payments/ecpay/return',
      Language: 'ENG',
    });
    expect(verifyCheckMacValue(fields, KEYS)).toBe(true);
    const order = {
      tradeDate: new Date(),
      totalAmount: 500,
      tradeDesc: 'x',
      itemName: 'x',
      choosePayment: 'Credit' as const,
      returnUrl: 'https://x.example/',
    };
    expect(() => orderFields({ ...order, merchantTradeNo: 'GC-1' }, KEYS)).toThrow(RangeError);
    expect(() => orderFields({ ...order, merchantTradeNo: 'A'.repeat(21) }, KEYS)).toThrow(
      RangeError,
    );
    expect(() =>
      orderFields({ ...order, merchantTradeNo: 'GC1', totalAmount: 12.5 }, KEYS),
    ).toThrow(RangeError);
  });

  it('makes order numbers of 20 letters and digits', () => {
    const numbers = new Set(Array.from({ length: 200 }, () => newMerchantTradeNo()));
    expect(numbers.size).toBe(200);
    for (const n of numbers) expect(n).toMatch(/^GC\d{12}[0-9A-Z]{6}$/);
  });

  it('reads Taiwan times both ways, and knows what a notice says', () => {
    const at = new Date('2026-12-31T16:05:09Z');
    expect(taipeiDateTime(at)).toBe('2027/01/01 00:05:09');
    expect(parseTaipeiDateTime('2027/01/01 00:05:09')).toEqual(at);
    expect(parseTaipeiDateTime('2027/1/1 0:05:09')).toEqual(at);
    expect(parseTaipeiDateTime('2027/02/30 00:00:00')).toBeNull();
    expect(parseTaipeiDateTime('2027/01/01')!.toISOString()).toBe('2027-01-01T15:59:59.000Z');
    expect(parseTaipeiDateTime('yesterday')).toBeNull();
    expect(noticeKind('1')).toBe('PAID');
    expect(noticeKind('2')).toBe('CODE_ISSUED');
    expect(noticeKind('10100073')).toBe('CODE_ISSUED');
    expect(noticeKind('10100058')).toBe('FAILED');
    expect(noticeKind(undefined)).toBe('FAILED');
  });
});

describe('payment settings', () => {
  const env = (e: Record<string, unknown>) =>
    ({
      ECPAY_CHECKOUT_URL: ECPAY_STAGE.checkoutUrl,
      PAYMENT_ATM_EXPIRE_DAYS: 3,
      PAYMENT_CVS_EXPIRE_MINUTES: 10_080,
      ...e,
    }) as Parameters<typeof paymentSettings>[0];

  it('uses the sandbox outside production and refuses it in production', () => {
    expect(paymentSettings(env({ NODE_ENV: 'development' })).provider).toBe('sandbox');
    // Production without gateway credentials starts, with online payment off.
    expect(paymentSettings(env({ NODE_ENV: 'production' })).provider).toBe('disabled');
    expect(paymentProductionProblems(env({ NODE_ENV: 'production' }))).toEqual([]);
    expect(
      paymentProductionProblems(env({ NODE_ENV: 'test', PAYMENT_PROVIDER: 'sandbox' })),
    ).toEqual([]);
    expect(
      paymentProductionProblems(env({ NODE_ENV: 'production', PAYMENT_PROVIDER: 'sandbox' })),
    ).toEqual([
      'PAYMENT_PROVIDER: sandbox must not be used when NODE_ENV=production (nothing is charged)',
    ]);
    // ECPay in production needs all three credentials (never the published test merchant's).
    const partial = env({ NODE_ENV: 'production', ECPAY_MERCHANT_ID: '1234567' });
    expect(paymentProductionProblems(partial).map((p) => p.split(':')[0])).toEqual([
      'ECPAY_HASH_KEY',
      'ECPAY_HASH_IV',
    ]);
    expect(
      paymentProductionProblems(env({ NODE_ENV: 'production', PAYMENT_PROVIDER: 'ecpay' })).length,
    ).toBe(3);
    const full = env({
      NODE_ENV: 'production',
      ECPAY_MERCHANT_ID: '1234567',
      ECPAY_HASH_KEY: 'abcdefgh12345678',
      ECPAY_HASH_IV: 'abcdefgh12345678',
    });
    expect(paymentProductionProblems(full)).toEqual([]);
    expect(paymentSettings(full)).toMatchObject({
      provider: 'ecpay',
      merchant: { merchantId: '1234567', hashKey: 'abcdefgh12345678' },
    });
  });

  it('sends payers to ECPay itself with the ecpay provider, and nowhere when disabled', () => {
    const settings = paymentSettings(env({ NODE_ENV: 'development', PAYMENT_PROVIDER: 'ecpay' }));
    const provider = createPaymentProvider(settings, 'https://goldcard.example/', 'development');
    const order = {
      merchantTradeNo: 'GC261128143000ABCDEF',
      createdAt: new Date(),
      amount: 500,
      method: PaymentMethod.CREDIT_CARD,
      description: 'goldcard GC2026-0000001',
      itemName: 'Gold Card amendment fee GC2026-0000001',
      backUrl: 'https://portal.example/amendments/1',
      locale: 'zh-TW' as const,
      paymentId: '5f0c7a8e-2b7e-4d7e-9a55-0e1d2c3b4a59',
    };
    const checkout = provider.checkout(order);
    expect(checkout.formAction).toBe(ECPAY_STAGE.checkoutUrl);
    expect(checkout.formFields).toMatchObject({
      ReturnURL: 'https://goldcard.example/payments/ecpay/return',
      OrderResultURL: 'https://goldcard.example/payments/ecpay/result',
      ClientBackURL: 'https://portal.example/amendments/1',
      CustomField1: '5f0c7a8e2b7e4d7e9a550e1d2c3b4a59',
    });
    expect(checkout.formFields.Language).toBeUndefined();
    expect(provider.verify(checkout.formFields)).toBe(true);
    expect(() =>
      createPaymentProvider({ ...settings, provider: 'sandbox' }, 'https://x', 'production'),
    ).toThrow();

    const off = createPaymentProvider(
      { ...settings, provider: 'disabled' },
      'https://x',
      'production',
    );
    expect(off.verify(checkout.formFields)).toBe(false);
    expect(() => off.checkout(order)).toThrow(
      expect.objectContaining({ code: 'ONLINE_PAYMENT_UNAVAILABLE' }) as Error,
    );
  });
});
