import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/request-context.js';
import {
  escapeHtml,
  MAIL_TEMPLATE_NAMES,
  MailTemplateError,
  renderMail,
  type MailContent,
} from './mail-templates.js';

const HOSTILE = '<script>alert("x")</script> & \'friends\'';
const LINK = 'https://goldcard.example/account/verify-email?token=abc&lang=en';
const RESEND = 'https://goldcard.example/account/resend-verification';
const SIGN_IN = 'https://goldcard.example/login';
const FORGOT_PASSWORD = 'https://goldcard.example/account/forgot-password';
const FORGOT_NAME = 'https://goldcard.example/account/forgot-account-name';

const SAMPLES: Record<(typeof MAIL_TEMPLATE_NAMES)[number], MailContent> = {
  EMAIL_VERIFICATION: {
    template: 'EMAIL_VERIFICATION',
    params: { displayName: 'Ada Lovelace', link: LINK, expiresInHours: 24, resendLink: RESEND },
  },
  EMAIL_ALREADY_REGISTERED: {
    template: 'EMAIL_ALREADY_REGISTERED',
    params: { link: LINK, signInLink: SIGN_IN, accountNameLink: FORGOT_NAME },
  },
  PASSWORD_RESET: {
    template: 'PASSWORD_RESET',
    params: { displayName: 'Ada Lovelace', link: LINK, expiresInMinutes: 30 },
  },
  ACCOUNT_NAME_REMINDER: {
    template: 'ACCOUNT_NAME_REMINDER',
    params: { accountNames: ['ada', 'ada-employer'], signInLink: SIGN_IN },
  },
  PASSWORD_CHANGED: {
    template: 'PASSWORD_CHANGED',
    params: {
      displayName: 'Ada Lovelace',
      time: new Date('2026-11-28T06:05:00Z'),
      resetLink: FORGOT_PASSWORD,
    },
  },
  ACCOUNT_LOCKED: {
    template: 'ACCOUNT_LOCKED',
    params: { displayName: 'Ada Lovelace', resetLink: LINK },
  },
  AMENDMENT_RECEIVED: {
    template: 'AMENDMENT_RECEIVED',
    params: {
      displayName: 'Ada Lovelace',
      applicationNumber: 'GC2026-0000042',
      items: ['Residence address', 'Passport'],
      feeAmount: 500,
      link: LINK,
    },
  },
  AMENDMENT_CONTACT_CONFIRMATION: {
    template: 'AMENDMENT_CONTACT_CONFIRMATION',
    params: {
      displayName: 'Ada Lovelace',
      applicationNumber: 'GC2026-0000042',
      link: LINK,
      expiresInHours: 24,
    },
  },
  AMENDMENT_STATUS_CHANGED: {
    template: 'AMENDMENT_STATUS_CHANGED',
    params: {
      displayName: 'Ada Lovelace',
      applicationNumber: 'GC2026-0000042',
      status: 'Approved',
      message: 'Please collect the card at the Taipei service centre.',
      link: LINK,
    },
  },
};

const LOCALES: Locale[] = ['zh-TW', 'en'];

describe('mail templates', () => {
  for (const name of MAIL_TEMPLATE_NAMES) {
    for (const locale of LOCALES) {
      it(`${name} renders in ${locale}: branded subject, text and accessible HTML`, () => {
        const mail = renderMail(locale, SAMPLES[name]);
        if (locale === 'zh-TW') {
          expect(mail.subject).toMatch(/^【goldcard 就業金卡資料異動】\S/);
          expect(mail.text).toContain('goldcard 就業金卡資料異動');
          expect(mail.html).toContain('<html lang="zh-Hant-TW">');
          expect(mail.text).toContain('請勿直接回覆');
        } else {
          expect(mail.subject).toMatch(/^\[goldcard\] [A-Z]/);
          expect(mail.html).toContain('<html lang="en">');
          expect(mail.text).toContain('Please do not reply');
          // No Chinese left in an English mail (and the other way round for the body text).
          expect(mail.text).not.toMatch(/[\u4e00-\u9fff]/);
        }
        expect(mail.html).toMatch(/^<!doctype html>/);
        expect(mail.html).toContain('<meta charset="utf-8">');
        expect(mail.html).toContain(`<title>${escapeHtml(mail.subject)}</title>`);
        expect(mail.html).toMatch(/<h1[^>]*>/);
        expect(mail.html).not.toMatch(/<script|<img|<link /i);
        // Every inline style closes where it should (no stray double quote inside).
        const styles = mail.html.match(/style="/g)?.length ?? 0;
        expect(mail.html.match(/ style="[^"<>]*"[ >]/g)?.length).toBe(styles);
      });
    }
  }

  it('puts links in both bodies, escaped in HTML, with the address shown for copying', () => {
    const mail = renderMail('en', SAMPLES.EMAIL_VERIFICATION);
    expect(mail.text).toContain(LINK);
    const escaped = LINK.replace('&', '&amp;');
    expect(mail.html).toContain(`href="${escaped}"`);
    expect(mail.html).toContain(`>${escaped}</a>`);
    expect(mail.html).not.toContain('token=abc&lang');
  });

  it('says when links expire, in the reader’s language', () => {
    expect(renderMail('zh-TW', SAMPLES.EMAIL_VERIFICATION).text).toContain('24 小時後失效');
    expect(renderMail('en', SAMPLES.EMAIL_VERIFICATION).text).toContain('expires in 24 hours');
    const oneHour = renderMail('en', {
      template: 'EMAIL_VERIFICATION',
      params: { displayName: 'A', link: LINK, expiresInHours: 1, resendLink: RESEND },
    });
    expect(oneHour.text).toContain('expires in 1 hour ');
    expect(renderMail('zh-TW', SAMPLES.PASSWORD_RESET).text).toContain('30 分鐘後失效');
    expect(renderMail('en', SAMPLES.PASSWORD_RESET).text).toContain('expires in 30 minutes');
  });

  it('gives the time of a password change in Taiwan time', () => {
    expect(renderMail('zh-TW', SAMPLES.PASSWORD_CHANGED).text).toContain(
      '2026年11月28日 14:05（臺灣時間）',
    );
    expect(renderMail('en', SAMPLES.PASSWORD_CHANGED).text).toContain(
      '28 November 2026 at 14:05 (Taiwan time)',
    );
  });

  it('lists every account name in a reminder', () => {
    for (const locale of LOCALES) {
      const mail = renderMail(locale, SAMPLES.ACCOUNT_NAME_REMINDER);
      expect(mail.text).toContain('  - ada\n');
      expect(mail.text).toContain('  - ada-employer\n');
      expect(mail.html).toContain('<li><strong>ada-employer</strong></li>');
    }
    expect(renderMail('en', SAMPLES.ACCOUNT_NAME_REMINDER).subject).toBe(
      '[goldcard] Your account names',
    );
  });

  it('tells the owner of an address that someone tried to register with it, without a name', () => {
    const zh = renderMail('zh-TW', SAMPLES.EMAIL_ALREADY_REGISTERED);
    expect(zh.subject).toBe('【goldcard 就業金卡資料異動】有人嘗試以您的電子郵件地址註冊帳號');
    expect(zh.text).toContain('未建立新帳號');
    const en = renderMail('en', SAMPLES.EMAIL_ALREADY_REGISTERED);
    expect(en.text).toContain('no new account was created');
    expect(en.text).toContain(LINK);
  });

  it('names and links the website wherever a mail sends people to sign in or to ask again', () => {
    const cases: [MailContent, string[], string, string][] = [
      [
        SAMPLES.EMAIL_VERIFICATION,
        [RESEND],
        'have a new one sent from the goldcard website',
        '重新寄送驗證信',
      ],
      [
        SAMPLES.EMAIL_ALREADY_REGISTERED,
        [SIGN_IN, LINK, FORGOT_NAME],
        'sign in to the goldcard website',
        '忘記帳號名稱',
      ],
      [
        SAMPLES.ACCOUNT_NAME_REMINDER,
        [SIGN_IN],
        'to sign in to the goldcard website',
        '登入goldcard 就業金卡資料異動網站',
      ],
      [
        SAMPLES.PASSWORD_CHANGED,
        [FORGOT_PASSWORD],
        'Set a new password at once on the goldcard website',
        '重設密碼',
      ],
    ];
    for (const [content, links, en, zh] of cases) {
      const english = renderMail('en', content);
      const chinese = renderMail('zh-TW', content);
      expect(english.text).toContain(en);
      expect(chinese.text).toContain(zh);
      for (const link of links) {
        for (const mail of [english, chinese]) {
          expect(mail.text).toContain(`\n${link}\n`);
          expect(mail.html).toContain(`<a href="${escapeHtml(link)}"`);
        }
      }
      expect(english.text).not.toMatch(/sign-in page|sign in to have/);
      expect(chinese.text).not.toContain('登入系統');
    }
  });

  it('escapes every value in HTML', () => {
    const mails = [
      renderMail('en', {
        template: 'EMAIL_VERIFICATION',
        params: { displayName: HOSTILE, link: LINK, expiresInHours: 24, resendLink: RESEND },
      }),
      renderMail('zh-TW', {
        template: 'ACCOUNT_LOCKED',
        params: { displayName: HOSTILE, resetLink: LINK },
      }),
      renderMail('en', {
        template: 'ACCOUNT_NAME_REMINDER',
        params: { accountNames: [HOSTILE], signInLink: SIGN_IN },
      }),
    ];
    for (const mail of mails) {
      expect(mail.html).not.toContain('<script');
      expect(mail.html).not.toContain('"x"');
      expect(mail.html).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;',
      );
    }
  });

  it('keeps a display name on one line, so it cannot add lines of its own', () => {
    const mail = renderMail('en', {
      template: 'PASSWORD_CHANGED',
      params: {
        displayName: 'Ada\r\n\r\nYour card is suspended, call +1 555 0100',
        time: new Date(),
        resetLink: FORGOT_PASSWORD,
      },
    });
    expect(mail.text).toContain('Dear Ada Your card is suspended, call +1 555 0100,');
    expect(mail.text).not.toContain('\nYour card is suspended');
    const long = renderMail('en', {
      template: 'PASSWORD_CHANGED',
      params: { displayName: 'x'.repeat(500), time: new Date(), resetLink: FORGOT_PASSWORD },
    });
    expect(long.text).not.toContain('x'.repeat(121));
  });

  it('refuses links that are not absolute http(s) URLs and nonsensical values', () => {
    const bad: MailContent[] = [
      {
        template: 'EMAIL_VERIFICATION',
        params: {
          displayName: 'A',
          link: 'javascript:alert(1)',
          expiresInHours: 24,
          resendLink: RESEND,
        },
      },
      {
        template: 'EMAIL_ALREADY_REGISTERED',
        params: {
          link: '/account/forgot-password',
          signInLink: SIGN_IN,
          accountNameLink: FORGOT_NAME,
        },
      },
      {
        template: 'EMAIL_VERIFICATION',
        params: { displayName: 'A', link: LINK, expiresInHours: 24, resendLink: '/resend' },
      },
      { template: 'ACCOUNT_LOCKED', params: { displayName: 'A', resetLink: 'data:text/html,x' } },
      {
        template: 'PASSWORD_RESET',
        params: { displayName: 'A', link: LINK, expiresInMinutes: 0 },
      },
      { template: 'ACCOUNT_NAME_REMINDER', params: { accountNames: [], signInLink: SIGN_IN } },
      {
        template: 'PASSWORD_CHANGED',
        params: { displayName: 'A', time: new Date('nonsense'), resetLink: FORGOT_PASSWORD },
      },
      {
        template: 'PASSWORD_CHANGED',
        params: { displayName: 'A', time: new Date(), resetLink: 'javascript:x' },
      },
    ];
    for (const content of bad) {
      expect(() => renderMail('en', content)).toThrow(MailTemplateError);
    }
  });

  it('type-checks each template’s values', () => {
    expect(() =>
      renderMail('en', {
        template: 'PASSWORD_RESET',
        // @ts-expect-error PASSWORD_RESET takes expiresInMinutes, not expiresInHours
        params: { displayName: 'A', link: LINK, expiresInHours: 1 },
      }),
    ).toThrow(MailTemplateError);
  });
});
