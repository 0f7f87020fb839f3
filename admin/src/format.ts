/**
 * Display helpers. Times are shown in Taiwan time whatever the browser's zone, as the agency
 * works in it (and date filters mean Taiwan days).
 */
export const TIME_ZONE = 'Asia/Taipei';

export const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23', // not hour12: false, which writes midnight as 24:00 in some locales
};

export const DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
};

/**
 * The console's languages as date locales: zh-TW reads 2026/12/06; English reads 6 Dec 2026
 * (en-GB, day first and the month in words, never the American 12/06/2026).
 */
function dateStyle(locale: string, options: Intl.DateTimeFormatOptions) {
  if (locale.startsWith('zh')) return { locale: 'zh-TW', options };
  return { locale: 'en-GB', options: { ...options, month: 'short', day: 'numeric' } as const };
}

export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const style = dateStyle(locale, DATE_TIME_OPTIONS);
  return new Intl.DateTimeFormat(style.locale, style.options).format(date);
}

/** A calendar date (YYYY-MM-DD) in the reader's style, read in UTC so that it never shifts. */
export function formatDate(value: string | null | undefined, locale = 'zh-TW'): string {
  if (!value) return '';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  const style = dateStyle(locale, { ...DATE_OPTIONS, timeZone: 'UTC' });
  return new Intl.DateTimeFormat(style.locale, style.options).format(date);
}

export function formatBytes(size: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return amount.toLocaleString(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
}

export interface AddressLike {
  postalCode?: string | null;
  city: string;
  district: string;
  line: string;
}

/** A Taiwan address as written: postal code, city, district, street. */
export function formatAddress(address: AddressLike | null | undefined): string {
  if (!address) return '';
  return `${address.postalCode ? `${address.postalCode} ` : ''}${address.city}${address.district}${address.line}`;
}

/** Holder name as officers read it: SURNAME Given (中文). */
export function holderName(holder: {
  englishSurname: string;
  englishGivenName: string;
  chineseName?: string | null;
}): string {
  const english = `${holder.englishSurname} ${holder.englishGivenName}`.trim();
  return holder.chineseName ? `${english}（${holder.chineseName}）` : english;
}

/** 29:41, or 1:02:03 for an hour or more. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}
