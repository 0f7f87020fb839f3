import type { Locale } from '../../shared/request-context.js';

/** The building blocks every mail is made of, and the helpers that keep values safe in them. */
/** Thrown for values no caller should pass (a `javascript:` link, a zero expiry, …). */
export class MailTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailTemplateError';
  }
}

// ---------------------------------------------------------------------------------------------
// The building blocks a template is made of; one renderer turns them into text and into HTML, so
// both bodies always say the same thing and every value is escaped in one place.

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'action'; label: string; href: string }
  /** A secondary link: a sentence and the address under it, no button competing with the action. */
  | { kind: 'link'; text: string; href: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'note'; text: string };

export interface MailDraft {
  subject: string;
  greeting: string;
  blocks: Block[];
}

export const p = (text: string): Block => ({ kind: 'p', text });
export const note = (text: string): Block => ({ kind: 'note', text });
export const action = (label: string, href: string): Block => ({ kind: 'action', label, href });
export const list = (items: string[]): Block => ({ kind: 'list', items });
export const link = (text: string, href: string): Block => ({ kind: 'link', text, href });

export const BRAND: Record<Locale, string> = {
  'zh-TW': 'goldcard 就業金卡資料異動',
  en: 'goldcard: Employment Gold Card data amendments',
};

export const SUBJECT_PREFIX: Record<Locale, string> = {
  'zh-TW': '【goldcard 就業金卡資料異動】',
  en: '[goldcard] ',
};

export const FOOTER: Record<Locale, string[]> = {
  'zh-TW': [
    '本郵件由 goldcard 就業金卡資料異動系統自動發送，請勿直接回覆。',
    '我們不會以電子郵件或電話要求您提供密碼。',
  ],
  en: [
    'This message was sent automatically by goldcard, the Employment Gold Card data amendment service. Please do not reply to it.',
    'We will never ask for your password by email or telephone.',
  ],
};

/** What mails call the applicants' portal (and, for staff, the site their console is on). */
export const SITE: Record<Locale, string> = {
  'zh-TW': 'goldcard 就業金卡資料異動網站',
  en: 'the goldcard website',
};

export const COPY_LINK: Record<Locale, string> = {
  'zh-TW': '若上方連結無法點選，請將下列網址複製到瀏覽器開啟：',
  en: 'If the link above does not work, copy this address into your browser:',
};

export const HTML_LANG: Record<Locale, string> = { 'zh-TW': 'zh-Hant-TW', en: 'en' };

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A value shown inside a sentence: one line, no control characters, bounded, so that a display
 * name cannot add lines of its own to the mail.
 */
export function inline(value: string, max = 120): string {
  // eslint-disable-next-line no-control-regex
  const flat = value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Only absolute http(s) links: never `javascript:`, `data:` or a relative path. */
export function httpLink(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MailTemplateError(`${name} must be an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new MailTemplateError(`${name} must be an http or https URL`);
  }
  return url.toString();
}

export function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new MailTemplateError(`${name} must be a positive whole number`);
  }
  return value;
}

export function greeting(locale: Locale, displayName?: string): string {
  const name = displayName === undefined ? '' : inline(displayName);
  if (locale === 'en') return name ? `Dear ${name},` : 'Hello,';
  return name ? `${name} 您好：` : '您好：';
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// One formatter per language, made once (building one costs far more than using it).
const TAIPEI_TIME = Object.fromEntries(
  (['en', 'zh-TW'] as const).map((locale) => [
    locale,
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-TW', {
      timeZone: 'Asia/Taipei',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

export function taipeiTime(time: Date, locale: Locale): string {
  if (Number.isNaN(time.getTime())) throw new MailTemplateError('time must be a valid date');
  return TAIPEI_TIME[locale === 'en' ? 'en' : 'zh-TW'].format(time);
}
