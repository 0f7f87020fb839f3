import express, { Router, type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import { AppError, localize, localizeField } from '../../shared/errors.js';
import { currentScope, type Locale } from '../../shared/request-context.js';
import { confirmContactEmail } from '../amendments/contact-confirmation.service.js';
import { escapeHtml } from '../notifications/mail-templates.js';
import { RegistrationService } from './registration.service.js';

type Copy = Record<'title' | 'intro' | 'button' | 'done', { en: string; zhTw: string }>;

const PAGES: Record<'verify' | 'reset' | 'forgot' | 'contact', Copy> = {
  verify: {
    title: { en: 'Confirm your email address', zhTw: '驗證電子郵件地址' },
    intro: {
      en: 'Press the button to confirm this address and activate your account.',
      zhTw: '請按下按鈕以驗證電子郵件並啟用帳號。',
    },
    button: { en: 'Confirm', zhTw: '確認' },
    done: {
      en: 'Your email address is confirmed. You can log in now.',
      zhTw: '電子郵件已驗證，您現在可以登入。',
    },
  },
  reset: {
    title: { en: 'Choose a new password', zhTw: '設定新密碼' },
    intro: {
      en: 'At least 12 characters; a passphrase of several words is easiest to remember.',
      zhTw: '至少 12 個字元；由數個詞組成的密碼片語最容易記住。',
    },
    button: { en: 'Set the password', zhTw: '設定密碼' },
    done: {
      en: 'Your password is set and the account is unlocked. Please log in again.',
      zhTw: '密碼已重設，帳號已解除鎖定，請重新登入。',
    },
  },
  forgot: {
    title: { en: 'Forgot your password?', zhTw: '忘記密碼' },
    intro: {
      en: 'Enter the email address of your account; we will send a link to set a new password.',
      zhTw: '請輸入帳號的電子郵件地址，我們將寄送重設密碼的連結。',
    },
    button: { en: 'Send the link', zhTw: '寄送連結' },
    done: {
      en: 'If an account uses this address, we have sent a link to set a new password.',
      zhTw: '若有帳號使用此電子郵件，我們已寄出重設密碼的連結。',
    },
  },
  contact: {
    title: { en: 'Confirm your new email address', zhTw: '確認新的電子郵件地址' },
    intro: {
      en: 'Press the button to confirm this address for Gold Card notices.',
      zhTw: '請按下按鈕，確認以此地址接收就業金卡通知。',
    },
    button: { en: 'Confirm', zhTw: '確認' },
    done: {
      en: 'Thank you: the new email address is now registered.',
      zhTw: '謝謝，新的電子郵件地址已完成登記。',
    },
  },
};

const t = (text: { en: string; zhTw: string }, locale: Locale) =>
  locale === 'en' ? text.en : text.zhTw;

function page(res: Response, locale: Locale, title: string, body: string, status = 200) {
  res
    .status(status)
    .setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    )
    .setHeader('Cache-Control', 'no-store')
    .setHeader('Referrer-Policy', 'no-referrer')
    .type('html')
    .send(
      `<!doctype html><html lang="${locale === 'en' ? 'en' : 'zh-Hant-TW'}"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
        `<style>body{font-family:system-ui,'Noto Sans TC',sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6}` +
        `label{display:block;margin:1rem 0 .25rem}input{font-size:1rem;padding:.5rem;width:100%;box-sizing:border-box}` +
        `button{margin-top:1rem;font-size:1rem;padding:.6rem 1.2rem}.error{color:#a00}</style></head>` +
        `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    );
}

function form(kind: keyof typeof PAGES, locale: Locale, token: string, error = '') {
  const copy = PAGES[kind];
  const fields =
    kind === 'reset'
      ? `<label for="password">${locale === 'en' ? 'New password' : '新密碼'}</label><input id="password" name="password" type="password" autocomplete="new-password" required minlength="8">`
      : kind === 'forgot'
        ? `<label for="email">${locale === 'en' ? 'Email address' : '電子郵件'}</label><input id="email" name="email" type="email" autocomplete="email" required>`
        : '';
  return (
    `<p>${escapeHtml(t(copy.intro, locale))}</p>` +
    (error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '') +
    `<form method="post">${token ? `<input type="hidden" name="token" value="${escapeHtml(token)}">` : ''}${fields}` +
    `<button type="submit">${escapeHtml(t(copy.button, locale))}</button></form>`
  );
}

/**
 * The pages the emailed links open. GET only shows a form (mail scanners that follow links
 * change nothing); POST does the work through the same services as the GraphQL mutations.
 */
export function accountPageRoutes(orm: MikroORM, services: AppServices): Router {
  const router = Router();
  const field = (req: Request, name: string) => {
    const value = (req.body as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' ? value : '';
  };
  const registration = (req: Request) =>
    new RegistrationService(orm.em.fork(), services, { kind: 'anonymous' }, req.ip);
  const routes: [string, keyof typeof PAGES, (req: Request) => Promise<unknown>][] = [
    [
      '/account/verify-email',
      'verify',
      (req) => registration(req).verifyEmail({ token: field(req, 'token') }),
    ],
    [
      '/account/reset-password',
      'reset',
      (req) =>
        registration(req).resetPassword({
          token: field(req, 'token'),
          newPassword: field(req, 'password'),
        }),
    ],
    [
      '/account/forgot-password',
      'forgot',
      (req) => registration(req).requestPasswordReset({ email: field(req, 'email') }),
    ],
    [
      '/confirm-email',
      'contact',
      (req) => confirmContactEmail(orm.em.fork(), services, { token: field(req, 'token') }),
    ],
  ];
  const locale = () => currentScope()?.locale ?? 'zh-TW';

  for (const [path, kind, action] of routes) {
    router.get(path, (req, res) => {
      const token = typeof req.query.token === 'string' ? req.query.token.slice(0, 200) : '';
      page(res, locale(), t(PAGES[kind].title, locale()), form(kind, locale(), token));
    });
    router.post(
      path,
      express.urlencoded({ extended: false, limit: '10kb' }),
      async (req, res, next) => {
        try {
          await action(req);
          page(
            res,
            locale(),
            t(PAGES[kind].title, locale()),
            `<p role="status">${escapeHtml(t(PAGES[kind].done, locale()))}</p>`,
          );
        } catch (error) {
          if (!(error instanceof AppError)) return next(error);
          const detail = error.fields.map((f) => localizeField(f, locale()).message).join(' ');
          const message = `${localize(error.code, locale(), error.params)} ${detail}`.trim();
          page(
            res,
            locale(),
            t(PAGES[kind].title, locale()),
            form(kind, locale(), field(req, 'token'), message),
            400,
          );
        }
      },
    );
  }
  return router;
}
