import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ApiClient, DEMO, submitAddressChange, type SubmittedCase } from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';
import { signIn } from './support/layout';

/** Seconds left on the app bar's countdown ("登出倒數 01:54"). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByTestId('session-countdown').textContent()) ?? '';
  const match = text.match(/(\d+):(\d\d)/);
  if (!match) throw new Error(`no countdown in "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

async function fillSignIn(page: Page) {
  await page.getByLabel('帳號').fill(DEMO.officer.account);
  await page.getByLabel('密碼').fill(DEMO.officer.password);
  await page.getByLabel('圖形驗證碼').fill('GC2026');
  await page.getByRole('button', { name: '登入' }).click();
}

/** With two-minute sessions the warning shows at once: Escape sets it aside (no request). */
async function setWarningAside(page: Page) {
  const warning = page.getByRole('alertdialog', { name: '即將自動登出' });
  await warning.waitFor({ timeout: 5_000 }).catch(() => undefined);
  if (await warning.isVisible()) {
    await page.keyboard.press('Escape');
    await warning.waitFor({ state: 'hidden' });
  }
}

/**
 * The console against a server whose sessions end after two idle minutes (so the two-minute
 * warning shows at once). The API slides a session at most once a minute, so whatever extends
 * it comes a minute after signing in. Each story is one test, and the two run side by side:
 * they spend their time waiting for the clock, not working.
 */
describe('sessions that end after two idle minutes', () => {
  let api: ApiServer;
  let filed: SubmittedCase;
  const browsers: Browser[] = [];

  beforeAll(async () => {
    api = await startApi({ SESSION_IDLE_MINUTES: '2' });
    const holder = new ApiClient(api.url, 'zh-TW');
    await holder.login(DEMO.holder.account, DEMO.holder.password);
    filed = await submitAddressChange(
      holder,
      { city: '新北市', district: '板橋區', line: '中山路一段161號' },
      { withNewUiNumber: true },
    );
  });

  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await api?.stop();
  });

  /**
   * Two officers in two browsers: one stays idle and is signed out by the console when the
   * session ends (reading the session for the countdown must not keep it alive); the other asks
   * to stay signed in, which makes a real request and extends it.
   */
  it.concurrent(
    'counts down, warns, extends on request and signs the idle out',
    async ({ expect }) => {
      const idle = await openBrowser('session-idle');
      const staying = await openBrowser('session-stay');
      browsers.push(idle, staying);
      await signIn(idle.page, api.url);
      await signIn(staying.page, api.url);
      const warning = staying.page.getByRole('alertdialog', { name: '即將自動登出' });
      await warning.waitFor();
      expect(await staying.page.getByTestId('session-countdown').textContent()).toMatch(
        /登出倒數 0[12]:\d\d/,
      );
      await staying.screenshot('session-warning', { fullPage: false });
      await expectAccessible(staying.page, 'session warning');

      // Asked to stay signed in, a minute later: the session is extended.
      await expect
        .poll(() => secondsLeft(staying.page), { timeout: 75_000, interval: 1_000 })
        .toBeLessThanOrEqual(55);
      await staying.page.getByRole('alertdialog').getByRole('button', { name: '繼續使用' }).click();
      await expect
        .poll(() => secondsLeft(staying.page), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(110);
      await staying.page.getByText('已延長登入時間。').waitFor();

      // The idle officer is signed out when the session ends, and told why.
      await idle.page.getByRole('heading', { name: '審核人員登入' }).waitFor({ timeout: 90_000 });
      await idle.page.getByText('登入已逾時，請重新登入。').waitFor();
      await idle.screenshot('session-ended');
      // The server agrees: the cookie no longer opens a session.
      const answer = await idle.page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ session { expiresAt } }' }),
        });
        return (await response.json()) as { data?: { session: unknown } };
      });
      expect(answer.data?.session ?? null).toBeNull();
      // The officer who stayed is still signed in.
      expect(await secondsLeft(staying.page)).toBeGreaterThan(30);
    },
    240_000,
  );

  /**
   * An officer writes a rejection reason: typing keeps the session alive; when it ends all the
   * same (the officer stopped), the text is kept, and signing in again returns to the case
   * with it.
   */
  it.concurrent(
    'keeps a rejection typed while the session runs out',
    async ({ expect }) => {
      const browser = await openBrowser('review-session');
      browsers.push(browser);
      const { page } = browser;
      const reason = '租約上的地址與申請的地址不符請重新上傳';
      await page.goto(`${api.url}/admin/#/amendments/${filed.id}/show`);
      await page.getByRole('heading', { name: '審核人員登入' }).waitFor();
      await fillSignIn(page);
      await page.getByTestId('amendment-title').waitFor();
      await setWarningAside(page);
      await page.getByRole('button', { name: '承辦此案' }).click();
      await page.getByRole('button', { name: '駁回' }).click();
      const dialog = page.getByTestId('reject-dialog');
      await dialog.waitFor();

      // Reading only: the countdown runs down (polling the session does not extend it).
      await expect
        .poll(() => secondsLeft(page), { timeout: 75_000, interval: 1_000 })
        .toBeLessThanOrEqual(55);
      await setWarningAside(page);
      const field = page.getByLabel('駁回理由（將通知申請人）');
      await field.pressSequentially(reason);
      await expect.poll(() => secondsLeft(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(110);
      await setWarningAside(page);
      expect(await field.inputValue()).toBe(reason);

      // The officer stops typing: the session ends two minutes later.
      await page.getByRole('heading', { name: '審核人員登入' }).waitFor({ timeout: 150_000 });
      await page.getByText('登入已逾時，請重新登入。').waitFor();
      await fillSignIn(page);
      await page.getByTestId('amendment-title').waitFor();
      expect(page.url()).toContain(`/amendments/${filed.id}/show`);
      await setWarningAside(page);

      await page.getByRole('button', { name: '駁回' }).click();
      await dialog.getByTestId('draft-restored').waitFor();
      expect(await page.getByLabel('駁回理由（將通知申請人）').inputValue()).toBe(reason);
      await browser.screenshot('reason-restored', { fullPage: false });
      await expectAccessible(page, 'rejection restored');

      // Sent: the draft is gone, and the rejected case owes nothing.
      await dialog.getByRole('button', { name: '駁回' }).click();
      await dialog.waitFor({ state: 'detached' });
      const fee = page.getByTestId('fee').locator('[data-fee-status]');
      await expect.poll(() => fee.getAttribute('data-fee-status')).toBe('NOT_PAYABLE');
      expect(await fee.textContent()).toBe('無須繳費（案件已駁回）');
      expect(await page.evaluate(() => Object.keys(sessionStorage).join(','))).not.toContain(
        'goldcard.draft',
      );
    },
    330_000,
  );
});
