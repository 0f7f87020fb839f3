import type { Locale } from '../../shared/request-context.js';
import {
  action,
  BRAND,
  COPY_LINK,
  escapeHtml,
  FOOTER,
  greeting,
  HTML_LANG,
  httpLink,
  inline,
  link,
  list,
  type MailDraft,
  MailTemplateError,
  note,
  p,
  plural,
  positiveInteger,
  SITE,
  SUBJECT_PREFIX,
  taipeiTime,
} from './mail-blocks.js';
import { AMENDMENT_TEMPLATES, type AmendmentMailParams } from './amendment-mail-templates.js';

export { escapeHtml, MailTemplateError };

/**
 * Every mail the service sends, with the values each one needs. `enqueueMail` is typed against
 * this map, so a template cannot be queued with another template's values.
 */
export interface MailTemplateParams extends AmendmentMailParams {
  /**
   * Sent after registration: proves the address belongs to the registrant. `resendLink`: where
   * to ask for a new one once this one has expired.
   */
  EMAIL_VERIFICATION: {
    displayName: string;
    link: string;
    expiresInHours: number;
    resendLink: string;
  };
  /**
   * Sent instead of a verification mail when someone registers with an address that already has
   * an account (the registration form does not reveal that). A security notice. `link`: forgot
   * password; `signInLink`; `accountNameLink`: forgot account name.
   */
  EMAIL_ALREADY_REGISTERED: { link: string; signInLink: string; accountNameLink: string };
  PASSWORD_RESET: { displayName: string; link: string; expiresInMinutes: number };
  /** Answers "I forgot my account name": every account name registered with the address. */
  ACCOUNT_NAME_REMINDER: { accountNames: string[]; signInLink: string };
  /** `resetLink`: forgot password, for when the change was not the owner's. */
  PASSWORD_CHANGED: { displayName: string; time: Date; resetLink: string };
  ACCOUNT_LOCKED: { displayName: string; resetLink: string };
}

export type MailTemplateName = keyof MailTemplateParams;

export const MAIL_TEMPLATE_NAMES = [
  'EMAIL_VERIFICATION',
  'EMAIL_ALREADY_REGISTERED',
  'PASSWORD_RESET',
  'ACCOUNT_NAME_REMINDER',
  'PASSWORD_CHANGED',
  'ACCOUNT_LOCKED',
  'AMENDMENT_RECEIVED',
  'AMENDMENT_CONTACT_CONFIRMATION',
  'AMENDMENT_STATUS_CHANGED',
] as const satisfies readonly MailTemplateName[];

/** A template and its values, as one value whose parts must agree. */
export type MailContent = {
  [T in MailTemplateName]: { template: T; params: MailTemplateParams[T] };
}[MailTemplateName];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

// ---------------------------------------------------------------------------------------------
// The templates. Tone: a government e-service; say what happened, what to do, what if it was not
// you. No marketing, no images, no tracking.

type Drafter<T extends MailTemplateName> = (
  locale: Locale,
  params: MailTemplateParams[T],
) => MailDraft;

const TEMPLATES: { [T in MailTemplateName]: Drafter<T> } = {
  ...AMENDMENT_TEMPLATES,
  EMAIL_VERIFICATION(locale, { displayName, link: verify, expiresInHours, resendLink }) {
    const href = httpLink(verify, 'link');
    const resend = httpLink(resendLink, 'resendLink');
    const hours = positiveInteger(expiresInHours, 'expiresInHours');
    if (locale === 'en') {
      return {
        subject: 'Please verify your email address',
        greeting: greeting(locale, displayName),
        blocks: [
          p(
            'Thank you for registering with goldcard, the Employment Gold Card data amendment service. To complete your registration, please verify your email address with the link below.',
          ),
          action('Verify my email address', href),
          p(`The link expires in ${plural(hours, 'hour', 'hours')} and can be used only once.`),
          link(`If it has expired, have a new one sent from ${SITE.en}:`, resend),
          note(
            'If you did not register, you can ignore this message: the account will not be activated.',
          ),
        ],
      };
    }
    return {
      subject: '請驗證您的電子郵件地址',
      greeting: greeting(locale, displayName),
      blocks: [
        p(
          '感謝您註冊 goldcard 就業金卡資料異動帳號。請點選下方連結驗證您的電子郵件地址，以完成註冊。',
        ),
        action('驗證電子郵件地址', href),
        p(`此連結將於 ${hours} 小時後失效，且僅能使用一次。`),
        link(`連結失效時，請至${SITE['zh-TW']}重新寄送驗證信：`, resend),
        note('若您並未申請註冊，請忽略本郵件，該帳號將不會啟用。'),
      ],
    };
  },

  EMAIL_ALREADY_REGISTERED(locale, { link: forgotPassword, signInLink, accountNameLink }) {
    const href = httpLink(forgotPassword, 'link');
    const signIn = httpLink(signInLink, 'signInLink');
    const accountName = httpLink(accountNameLink, 'accountNameLink');
    if (locale === 'en') {
      return {
        subject: 'Someone tried to register with your email address',
        greeting: greeting(locale),
        blocks: [
          p(
            'We received a request to register a goldcard account with this email address. An account already exists for this address, so no new account was created.',
          ),
          link(`If this was you, please sign in to ${SITE.en} with your existing account:`, signIn),
          p('If you have forgotten your password, you can set a new one here:'),
          action('Reset my password', href),
          link(
            'If you have forgotten your account name, we can send it to this address:',
            accountName,
          ),
          note(
            'If this was not you, you can ignore this message. Nothing about your account has changed.',
          ),
        ],
      };
    }
    return {
      subject: '有人嘗試以您的電子郵件地址註冊帳號',
      greeting: greeting(locale),
      blocks: [
        p(
          '我們收到以此電子郵件地址註冊 goldcard 就業金卡資料異動帳號的申請。由於此地址已有帳號，系統並未建立新帳號。',
        ),
        link(`若是您本人操作，請以現有帳號登入${SITE['zh-TW']}：`, signIn),
        p('若忘記密碼，可透過下方連結設定新密碼：'),
        action('重設密碼', href),
        link('若忘記帳號名稱，可透過下列連結將帳號名稱寄至此信箱：', accountName),
        note('若非您本人操作，請忽略本郵件；您的帳號未有任何變更。'),
      ],
    };
  },

  PASSWORD_RESET(locale, { displayName, link, expiresInMinutes }) {
    const href = httpLink(link, 'link');
    const minutes = positiveInteger(expiresInMinutes, 'expiresInMinutes');
    if (locale === 'en') {
      return {
        subject: 'Reset your password',
        greeting: greeting(locale, displayName),
        blocks: [
          p(
            'We received a request to reset the password of your goldcard account. To choose a new password, use the link below.',
          ),
          action('Choose a new password', href),
          p(
            `The link expires in ${plural(minutes, 'minute', 'minutes')} and can be used only once.`,
          ),
          note(
            'If you did not ask to reset your password, you can ignore this message: your password stays as it is.',
          ),
        ],
      };
    }
    return {
      subject: '重設密碼',
      greeting: greeting(locale, displayName),
      blocks: [
        p('我們收到重設您 goldcard 帳號密碼的申請。請點選下方連結設定新密碼。'),
        action('設定新密碼', href),
        p(`此連結將於 ${minutes} 分鐘後失效，且僅能使用一次。`),
        note('若您並未申請重設密碼，請忽略本郵件，您的密碼將維持不變。'),
      ],
    };
  },

  ACCOUNT_NAME_REMINDER(locale, { accountNames, signInLink }) {
    const signIn = httpLink(signInLink, 'signInLink');
    const names = accountNames.map((name) => inline(name, 64)).filter(Boolean);
    if (names.length === 0) throw new MailTemplateError('accountNames must not be empty');
    if (locale === 'en') {
      return {
        subject: names.length === 1 ? 'Your account name' : 'Your account names',
        greeting: greeting(locale),
        blocks: [
          p(
            names.length === 1
              ? 'You asked for the account name registered with this email address. It is:'
              : 'You asked for the account names registered with this email address. They are:',
          ),
          list(names),
          link(
            `Use ${names.length === 1 ? 'it' : 'one of them'} to sign in to ${SITE.en}:`,
            signIn,
          ),
          p('Your password has not been changed.'),
          note(
            'If you did not ask for this, you can ignore this message. Nothing about your account has changed.',
          ),
        ],
      };
    }
    return {
      subject: '您的帳號名稱',
      greeting: greeting(locale),
      blocks: [
        p('我們收到查詢帳號名稱的申請。以此電子郵件地址註冊的帳號名稱如下：'),
        list(names),
        link(`請以上述帳號名稱登入${SITE['zh-TW']}：`, signIn),
        p('您的密碼並未變更。'),
        note('若您並未提出此項查詢，請忽略本郵件；您的帳號未有任何變更。'),
      ],
    };
  },

  PASSWORD_CHANGED(locale, { displayName, time, resetLink }) {
    const when = taipeiTime(time, locale);
    const reset = httpLink(resetLink, 'resetLink');
    if (locale === 'en') {
      return {
        subject: 'Your password was changed',
        greeting: greeting(locale, displayName),
        blocks: [
          p(`The password of your goldcard account was changed on ${when} (Taiwan time).`),
          p('If you made this change, you need not do anything.'),
          link(
            `If you did not, someone else may be using your account. Set a new password at once on ${SITE.en}:`,
            reset,
          ),
        ],
      };
    }
    return {
      subject: '您的密碼已變更',
      greeting: greeting(locale, displayName),
      blocks: [
        p(`您的 goldcard 帳號密碼已於 ${when}（臺灣時間）變更。`),
        p('若是您本人操作，無須採取任何行動。'),
        link(`若非您本人操作，您的帳號可能已遭他人使用，請立即至${SITE['zh-TW']}重設密碼：`, reset),
      ],
    };
  },

  ACCOUNT_LOCKED(locale, { displayName, resetLink }) {
    const href = httpLink(resetLink, 'resetLink');
    if (locale === 'en') {
      return {
        subject: 'Your account has been locked',
        greeting: greeting(locale, displayName),
        blocks: [
          p(
            'After several unsuccessful sign-in attempts, we have locked your goldcard account to protect it.',
          ),
          p('To use your account again, set a new password with the link below:'),
          action('Reset my password', href),
          note(
            'If these attempts were not yours, someone may be trying to get into your account. Choose a password that you do not use on any other site.',
          ),
        ],
      };
    }
    return {
      subject: '您的帳號已被鎖定',
      greeting: greeting(locale, displayName),
      blocks: [
        p('由於多次登入失敗，為保護您的帳號安全，系統已鎖定您的 goldcard 帳號。'),
        p('如需繼續使用，請透過下方連結設定新密碼：'),
        action('重設密碼', href),
        note(
          '若這些登入嘗試並非您本人所為，可能有人試圖存取您的帳號，請設定未曾在其他網站使用過的密碼。',
        ),
      ],
    };
  },
};

// ---------------------------------------------------------------------------------------------

function renderText(draft: MailDraft, locale: Locale): string {
  const parts: string[] = [BRAND[locale], '', draft.greeting, ''];
  for (const block of draft.blocks) {
    if (block.kind === 'p' || block.kind === 'note') parts.push(block.text, '');
    else if (block.kind === 'action') parts.push(`${block.label}:`, block.href, '');
    else if (block.kind === 'link') parts.push(block.text, block.href, '');
    else parts.push(...block.items.map((item) => `  - ${item}`), '');
  }
  parts.push('--', ...FOOTER[locale]);
  return `${parts.join('\n')}\n`;
}

const STYLE = {
  body: 'margin:0;padding:0;background:#f3f4f6;',
  // Single quotes only inside: these go into double-quoted style attributes.
  card: "max-width:600px;margin:0 auto;padding:24px;background:#ffffff;color:#1b1b1b;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI','Noto Sans TC','Microsoft JhengHei',Arial,sans-serif;font-size:16px;line-height:1.6;",
  brand: 'margin:0 0 8px;font-size:14px;color:#454545;',
  h1: 'margin:0 0 16px;font-size:20px;line-height:1.4;color:#1b1b1b;',
  p: 'margin:0 0 16px;',
  button:
    'display:inline-block;padding:10px 20px;background:#0b4f8a;color:#ffffff;text-decoration:underline;border-radius:4px;font-weight:bold;',
  small: 'margin:0 0 16px;font-size:14px;color:#454545;',
  url: 'word-break:break-all;color:#0b4f8a;',
  footer:
    'margin:24px 0 0;padding-top:16px;border-top:1px solid #d0d4d9;font-size:13px;color:#454545;',
};

function renderHtml(draft: MailDraft, locale: Locale, subject: string): string {
  const e = escapeHtml;
  const body: string[] = [`<p style="${STYLE.p}">${e(draft.greeting)}</p>`];
  for (const block of draft.blocks) {
    if (block.kind === 'p') body.push(`<p style="${STYLE.p}">${e(block.text)}</p>`);
    else if (block.kind === 'note') body.push(`<p style="${STYLE.small}">${e(block.text)}</p>`);
    else if (block.kind === 'link') {
      body.push(
        `<p style="${STYLE.p}">${e(block.text)}<br><a href="${e(block.href)}" style="${STYLE.url}">${e(block.href)}</a></p>`,
      );
    } else if (block.kind === 'list') {
      body.push(
        `<ul style="${STYLE.p}">${block.items.map((item) => `<li><strong>${e(item)}</strong></li>`).join('')}</ul>`,
      );
    } else {
      body.push(
        `<p style="${STYLE.p}"><a href="${e(block.href)}" style="${STYLE.button}">${e(block.label)}</a></p>`,
        `<p style="${STYLE.small}">${e(COPY_LINK[locale])}<br><a href="${e(block.href)}" style="${STYLE.url}">${e(block.href)}</a></p>`,
      );
    }
  }
  const lang = HTML_LANG[locale];
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(subject)}</title>`,
    '</head>',
    `<body style="${STYLE.body}">`,
    `<main style="${STYLE.card}" lang="${lang}">`,
    `<p style="${STYLE.brand}">${e(BRAND[locale])}</p>`,
    `<h1 style="${STYLE.h1}">${e(draft.subject)}</h1>`,
    ...body,
    `<footer style="${STYLE.footer}">${FOOTER[locale].map((line) => `<p style="margin:0 0 4px;">${e(line)}</p>`).join('')}</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Renders a mail in the given language: subject, plain text and HTML with every value escaped. */
export function renderMail(locale: Locale, content: MailContent): RenderedMail {
  // `content` pairs a template with its own values (MailContent); TypeScript cannot follow that
  // pairing through the lookup, hence the widening.
  const drafter = TEMPLATES[content.template] as Drafter<MailTemplateName>;
  const draft = drafter(locale, content.params);
  const subject = `${SUBJECT_PREFIX[locale]}${draft.subject}`;
  return { subject, text: renderText(draft, locale), html: renderHtml(draft, locale, subject) };
}
