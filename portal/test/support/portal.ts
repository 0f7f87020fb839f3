import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  startSmtpServer,
  type ReceivedMail,
  type TestSmtpServer,
} from '../../../api/src/test-support/smtp';
import { ApiClient, CAPTCHA_ANSWER } from '../../../admin/test/support/api';
import { startApi, type ApiServer } from '../../../admin/test/support/apiServer';
import { expectAccessible } from '../../../admin/test/support/browser';

// The console's browser-test support (production API on its own embedded PostgreSQL, Debian's
// Chromium, axe-core) serves the portal's tests too; what only the portal needs is here.
export {
  ApiClient,
  CAPTCHA_ANSWER,
  DEMO,
  samplePdf,
  samplePng,
} from '../../../admin/test/support/api';
export {
  openBrowser,
  expectAccessible,
  settled,
  type Browser,
} from '../../../admin/test/support/browser';
export type { ReceivedMail } from '../../../api/src/test-support/smtp';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** The built portal; PORTAL_DIST_DIR points the tests at another build (e.g. a private copy). */
export const portalDist = process.env.PORTAL_DIST_DIR ?? join(repoRoot, 'portal', 'dist');

export interface PortalServer {
  api: ApiServer;
  url: string;
  /** The real SMTP server the API sends its mail to. */
  smtp: TestSmtpServer;
  stop(): Promise<void>;
}

/**
 * The production API (serving portal/dist at /) with demo data, the fixed captcha answer
 * (CAPTCHA_ANSWER), its own embedded PostgreSQL and a real SMTP server catching its mail.
 */
export async function startPortal(env: Record<string, string> = {}): Promise<PortalServer> {
  if (!existsSync(join(portalDist, 'index.html'))) {
    throw new Error(`${portalDist} is not built: run npm run build first.`);
  }
  const smtp = await startSmtpServer();
  const api = await startApi({
    PORTAL_DIST_DIR: portalDist,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'goldcard <no-reply@goldcard.test>',
    ...env,
  });
  return {
    api,
    url: api.url,
    smtp,
    async stop() {
      await api.stop();
      await smtp.stop();
    },
  };
}

/** The first link in a mail whose path starts with `path` (e.g. `/account/verify-email`). */
export function linkIn(mail: ReceivedMail, path: string): URL {
  const links = [...`${mail.text}\n${mail.html}`.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map(
    (m) => new URL(m[0].replace(/&amp;/g, '&')),
  );
  const link = links.find((l) => l.pathname.startsWith(path));
  if (!link) throw new Error(`no ${path} link in the mail "${mail.subject}":\n${mail.text}`);
  return link;
}

/**
 * Signs the browser in as `account` without the login page (for tests of other pages): the API's
 * `login` with `cookie: true`, and its HttpOnly cookie handed to the browser.
 */
export async function signInBrowser(
  context: BrowserContext,
  baseUrl: string,
  account: string,
  password: string,
): Promise<void> {
  const client = new ApiClient(baseUrl);
  const { captcha } = await client.call<{ captcha: { id: string } }>('{ captcha { id } }');
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { expiresAt } }',
      variables: {
        input: {
          account,
          password,
          captchaId: captcha.id,
          captchaAnswer: CAPTCHA_ANSWER,
          cookie: true,
        },
      },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.includes('='));
  if (!cookie) throw new Error(`login as ${account} set no cookie: ${await response.text()}`);
  const [pair] = cookie.split(';');
  const [name, ...value] = (pair ?? '').split('=');
  const url = new URL(baseUrl);
  await context.addCookies([
    {
      name: name!.trim(),
      value: value.join('='),
      domain: url.hostname,
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
    },
  ]);
}

/** The page does not scroll sideways (checked at 375 px by `auditPage`). */
export async function expectNoHorizontalScroll(page: Page, name: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 2).join('.')}`);
    return { scroll: root.scrollWidth, client: root.clientWidth, wide };
  });
  expect(
    overflow.scroll,
    `${name} scrolls sideways at ${overflow.client}px (widest: ${overflow.wide.join(', ')})`,
  ).toBeLessThanOrEqual(overflow.client);
}

/**
 * The page as it is now, checked at 1280 px and at 375 px: axe-core finds no serious or critical
 * violation, and at 375 px nothing scrolls sideways. Leaves the page at 1280 px.
 */
export async function auditPage(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page, `${name} at 1280px`);
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoHorizontalScroll(page, name);
  await expectAccessible(page, `${name} at 375px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Switches the portal's language with its own button (present on every page). */
export async function switchLanguage(page: Page, to: 'en' | 'zh-TW'): Promise<void> {
  const current = await page.evaluate(() => document.documentElement.lang);
  const isEnglish = current === 'en';
  if ((to === 'en') === isEnglish) return;
  await page
    .getByRole('button', { name: to === 'en' ? 'Switch to English' : '切換為中文' })
    .click();
  await page.waitForFunction(
    (lang) => document.documentElement.lang === lang,
    to === 'en' ? 'en' : 'zh-Hant-TW',
  );
}
