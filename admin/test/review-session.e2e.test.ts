import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO, submitAddressChange, type SubmittedCase } from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';

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
 * An officer writes a rejection reason against a server whose sessions end after two idle
 * minutes: typing keeps the session alive; when it ends all the same (the officer stopped), the
 * text is kept, and signing in again returns to the case with it. The API slides a session at
 * most once a minute, so the typing comes a minute after signing in.
 */
describe('officer console: a rejection typed while the session runs out', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let filed: SubmittedCase;
  const reason = '租約上的地址與申請的地址不符請重新上傳';

  beforeAll(async () => {
    api = await startApi({ SESSION_IDLE_MINUTES: '2' });
    const holder = new ApiClient(api.url, 'zh-TW');
    await holder.login(DEMO.holder.account, DEMO.holder.password);
    filed = await submitAddressChange(
      holder,
      { city: '新北市', district: '板橋區', line: '中山路一段161號' },
      { withNewUiNumber: true },
    );
    browser = await openBrowser('review-session');
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('counts typing in the rejection dialog as activity', async () => {
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
  }, 100_000);

  it('after the session ends, signing in returns to the case with the text', async () => {
    // The officer stops typing: the session ends two minutes later.
    await page.getByRole('heading', { name: '審核人員登入' }).waitFor({ timeout: 150_000 });
    await page.getByText('登入已逾時，請重新登入。').waitFor();
    await fillSignIn(page);
    await page.getByTestId('amendment-title').waitFor();
    expect(page.url()).toContain(`/amendments/${filed.id}/show`);
    await setWarningAside(page);

    await page.getByRole('button', { name: '駁回' }).click();
    const dialog = page.getByTestId('reject-dialog');
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
  }, 200_000);
});
