import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * ECPay's all-in-one payment protocol (綠界科技 全方位金流 AioCheckOut V5): the CheckMacValue
 * signature and the parameters of an order. Pure functions, no I/O: both the real gateway's
 * provider and the built-in sandbox gateway speak through this file.
 */

/** Merchant credentials: the gateway knows the same three values. */
export interface MerchantKeys {
  merchantId: string;
  hashKey: string;
  hashIv: string;
}

/** Form fields exchanged with the gateway: names as ECPay spells them, values as text. */
export type EcpayParams = Record<string, string>;

// .NET's HttpUtility.UrlEncode leaves these unescaped; encodeURIComponent already does too, but
// the mapping is kept literally as ECPay documents it (it is a no-op on encodeURIComponent output).
const DOTNET_KEEP: readonly [string, string][] = [
  ['%2d', '-'],
  ['%5f', '_'],
  ['%2e', '.'],
  ['%21', '!'],
  ['%2a', '*'],
  ['%28', '('],
  ['%29', ')'],
];

/**
 * URL-encodes like .NET's `HttpUtility.UrlEncode`, lower-cased, as ECPay's SDKs do:
 * `encodeURIComponent`, space as `+`, `'` as `%27`, `~` as `%7e`, then everything lower-case.
 */
export function ecpayUrlEncode(text: string): string {
  let out = encodeURIComponent(text)
    .replace(/%20/g, '+')
    .replace(/'/g, '%27')
    .replace(/~/g, '%7e')
    .toLowerCase();
  for (const [from, to] of DOTNET_KEEP) out = out.split(from).join(to);
  return out;
}

const byKeyIgnoringCase = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * CheckMacValue with EncryptType=1 (SHA-256): every parameter but CheckMacValue itself, sorted by
 * name ignoring case, as `HashKey=…&k=v&…&HashIV=…`, URL-encoded (.NET style, lower-case),
 * hashed with SHA-256, in upper-case hexadecimal.
 */
export function checkMacValue(params: EcpayParams, keys: Pick<MerchantKeys, 'hashKey' | 'hashIv'>) {
  const pairs = Object.keys(params)
    .filter((name) => name !== 'CheckMacValue')
    .sort(byKeyIgnoringCase)
    .map((name) => `${name}=${params[name] ?? ''}`);
  const raw = [`HashKey=${keys.hashKey}`, ...pairs, `HashIV=${keys.hashIv}`].join('&');
  return createHash('sha256').update(ecpayUrlEncode(raw), 'utf8').digest('hex').toUpperCase();
}

/** The parameters with their CheckMacValue added. */
export function sign(params: EcpayParams, keys: MerchantKeys): EcpayParams {
  const rest = { ...params };
  delete rest.CheckMacValue;
  return { ...rest, CheckMacValue: checkMacValue(rest, keys) };
}

/** Whether `params.CheckMacValue` is the signature of the other parameters (constant time). */
export function verifyCheckMacValue(
  params: EcpayParams,
  keys: Pick<MerchantKeys, 'hashKey' | 'hashIv'>,
): boolean {
  const given = params.CheckMacValue;
  if (typeof given !== 'string' || !/^[0-9A-Fa-f]{64}$/.test(given)) return false;
  const expected = Buffer.from(checkMacValue(params, keys), 'ascii');
  return timingSafeEqual(expected, Buffer.from(given.toUpperCase(), 'ascii'));
}

// --- Dates: the gateway speaks Taiwan time (UTC+8, no daylight saving) -------------------------

const TAIPEI_OFFSET_MS = 8 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy/MM/dd HH:mm:ss` in Asia/Taipei, as MerchantTradeDate, PaymentDate and TradeDate are. */
export function taipeiDateTime(at: Date): string {
  const t = new Date(at.getTime() + TAIPEI_OFFSET_MS);
  return (
    `${t.getUTCFullYear()}/${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())} ` +
    `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`
  );
}

/** `yyyy/MM/dd` in Asia/Taipei (ATM ExpireDate). */
export function taipeiDate(at: Date): string {
  return taipeiDateTime(at).slice(0, 10);
}

const DATE_TIME = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads a gateway time (`yyyy/MM/dd[ HH:mm[:ss]]`, Taiwan time) as an instant; null when it is
 * not one. A date alone means the end of that day (expiry dates are inclusive).
 */
export function parseTaipeiDateTime(text: string | undefined): Date | null {
  const m = text ? DATE_TIME.exec(text.trim()) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dateOnly = m[4] === undefined;
  const [h, mi, s] = dateOnly ? [23, 59, 59] : [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(utc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    return null;
  return new Date(utc - TAIPEI_OFFSET_MS);
}

// --- Orders -------------------------------------------------------------------------------------

/** ChoosePayment values we offer. */
export type EcpayChoosePayment = 'Credit' | 'ATM' | 'CVS';

/** MerchantTradeNo: at most 20 letters and digits, unique per merchant. */
export const MERCHANT_TRADE_NO = /^[A-Za-z0-9]{1,20}$/;

export interface EcpayOrder {
  merchantTradeNo: string;
  tradeDate: Date;
  /** Whole New Taiwan dollars. */
  totalAmount: number;
  tradeDesc: string;
  itemName: string;
  choosePayment: EcpayChoosePayment;
  /** Server-to-server result notice (付款結果通知). */
  returnUrl: string;
  /** ATM and CVS: where the "code issued" notice (取號結果通知) goes. */
  paymentInfoUrl?: string;
  /** The browser is sent here with the result (a form post). */
  orderResultUrl?: string;
  /** The gateway's "back to the shop" link. */
  clientBackUrl?: string;
  /** ATM: days the virtual account stays valid (1–60). */
  atmExpireDays?: number;
  /** CVS: minutes the store payment code stays valid. */
  cvsExpireMinutes?: number;
  /** The gateway page's language: English when 'en'. */
  locale?: 'zh-TW' | 'en';
  /** Echoed back in the notices (CustomField1). */
  customField1?: string;
}

/** ECPay refuses these characters in ItemName and TradeDesc. */
const UNSAFE = /[<>'"&#%\\^`{}|]/g;
const clean = (text: string, max: number) => text.replace(UNSAFE, ' ').trim().slice(0, max);

/**
 * The signed fields of an AioCheckOut/V5 order, ready to be posted by the payer's browser.
 * Throws a RangeError on values the gateway would refuse (so the mistake is ours, found early).
 */
export function orderFields(order: EcpayOrder, keys: MerchantKeys): EcpayParams {
  if (!MERCHANT_TRADE_NO.test(order.merchantTradeNo))
    throw new RangeError('MerchantTradeNo must be 1 to 20 letters or digits');
  if (!Number.isInteger(order.totalAmount) || order.totalAmount <= 0)
    throw new RangeError('TotalAmount must be a positive whole number of TWD');
  const params: EcpayParams = {
    MerchantID: keys.merchantId,
    MerchantTradeNo: order.merchantTradeNo,
    MerchantTradeDate: taipeiDateTime(order.tradeDate),
    PaymentType: 'aio',
    TotalAmount: String(order.totalAmount),
    TradeDesc: clean(order.tradeDesc, 200),
    ItemName: clean(order.itemName, 400),
    ReturnURL: order.returnUrl,
    ChoosePayment: order.choosePayment,
    EncryptType: '1',
    NeedExtraPaidInfo: 'N',
  };
  if (order.orderResultUrl) params.OrderResultURL = order.orderResultUrl;
  if (order.clientBackUrl) params.ClientBackURL = order.clientBackUrl;
  if (order.customField1) params.CustomField1 = clean(order.customField1, 50);
  if (order.locale === 'en') params.Language = 'ENG';
  if (order.choosePayment === 'ATM') {
    const days = order.atmExpireDays ?? 3;
    if (!Number.isInteger(days) || days < 1 || days > 60)
      throw new RangeError('ATM ExpireDate must be 1 to 60 days');
    params.ExpireDate = String(days);
  }
  if (order.choosePayment === 'CVS') {
    params.StoreExpireDate = String(order.cvsExpireMinutes ?? 10_080);
  }
  if (order.choosePayment !== 'Credit' && order.paymentInfoUrl) {
    params.PaymentInfoURL = order.paymentInfoUrl;
  }
  return sign(params, keys);
}

// --- Notices from the gateway -------------------------------------------------------------------

/** RtnCode values of the notices. Anything else is a failure. */
export const RTN_PAID = '1';
export const RTN_ATM_CODE_ISSUED = '2';
export const RTN_CVS_CODE_ISSUED = '10100073';

/** What a notice says happened, in our words. */
export type NoticeKind = 'PAID' | 'CODE_ISSUED' | 'FAILED';

export function noticeKind(rtnCode: string | undefined): NoticeKind {
  if (rtnCode === RTN_PAID) return 'PAID';
  if (rtnCode === RTN_ATM_CODE_ISSUED || rtnCode === RTN_CVS_CODE_ISSUED) return 'CODE_ISSUED';
  return 'FAILED';
}

/** The merchant's answer: `1|OK` accepts (the gateway stops retrying), `0|reason` refuses. */
export const ACCEPTED = '1|OK';
export const refused = (reason: string) => `0|${reason.replace(/[\r\n|]/g, ' ').slice(0, 80)}`;
