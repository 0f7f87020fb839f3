import type { Locale } from './locale';

/**
 * Dates and times as people in Taiwan read them: 2026/12/06 14:05 in both languages (ISO order,
 * 24-hour clock, Taipei time), never 12/06/2026.
 */
const TIME_ZONE = 'Asia/Taipei';

export function formatDate(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  // A bare YYYY-MM-DD (birth dates) is a calendar date, not an instant.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return value.replace(/-/g, '/');
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-CA' : 'zh-TW', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(date)
    .replace(/-/g, '/');
}

export function formatDateTime(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
  return `${formatDate(date, locale)} ${time}`;
}

/** NT$1,000 (the fee); NT$0 stays a number so that it can be explained beside it. */
export function formatMoney(amount: number): string {
  return `NT$${amount.toLocaleString('en-US')}`;
}

/** mm:ss of a remaining time, for the session countdown. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
