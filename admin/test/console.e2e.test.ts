import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO, submitAddressChange } from './support/api';
import { isAlive, postmasterPids, startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';

const CJK = /[\u3400-\u9fff]/;

/**
 * The console's languages, keyboard use, the supervisor's pages and a staff account's first
 * sign-in, against the production build; then the server's graceful stop.
 */
describe('officer console: languages, supervisors, staff accounts', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let temporaryPassword = '';

  beforeAll(async () => {
    api = await startApi();
    browser = await openBrowser('console');
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const switchLanguage = async (to: string) => {
    await page.getByTestId('language-switcher').first().click();
    await page.getByRole('menuitem', { name: to }).click();
  };

  it('opens in Traditional Chinese and switches to English before signing in', async () => {
    await page.goto(`${api.url}/admin/`);
    await page.getByRole('heading', { name: '審核人員登入' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
    expect(browser.acceptLanguages[0]).toBe('zh-TW');

    await switchLanguage('English');
    await page.getByRole('heading', { name: 'Officer sign-in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'New image' }).click();
    await expect.poll(() => browser.acceptLanguages.at(-1)).toBe('en');

    // The API's own message comes back in the chosen language.
    await page.getByLabel('Account name').fill(DEMO.supervisor.account);
    await page.getByLabel('Password').fill(DEMO.supervisor.password);
    await page.getByLabel('Characters in the image').fill('WRONG1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const message = (await alert.textContent()) ?? '';
    expect(message.length).toBeGreaterThan(5);
    expect(message).not.toMatch(CJK);
    await browser.screenshot('login-en');
    await expectAccessible(page, 'login (English)');
  });

  it('signs in with the keyboard alone', async () => {
    await page.getByLabel('Account name').fill('');
    await page.getByLabel('Account name').focus();
    await page.keyboard.type(DEMO.supervisor.account);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(DEMO.supervisor.password);
    await page.keyboard.press('Tab'); // "New image"
    await page.keyboard.press('Tab'); // the answer
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-captcha');
    await page.keyboard.type('GC2026');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Welcome/ }).waitFor();
    expect(await page.getByTestId('session-countdown').textContent()).toMatch(
      /Sign-out in \d\d:\d\d/,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('shows supervisors the audit log, with the recorded changes', async () => {
    await page.getByRole('menuitem', { name: 'Audit log' }).click();
    const rows = page.getByTestId('audit-list').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await page.getByLabel('Action').fill('auth.login.success');
    await expect
      .poll(async () => (await page.getByTestId('audit-list').textContent()) ?? '')
      .toContain('auth.login.success');
    const details = page.getByTestId('audit-list').getByRole('button', { name: 'Detail' }).first();
    await details.click();
    expect(await details.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('heading', { name: 'Changes' }).first().waitFor();
    await browser.screenshot('audit-log');
    await expectAccessible(page, 'audit log');
  });

  it('switches back to Traditional Chinese in the app bar', async () => {
    await switchLanguage('繁體中文');
    await page.getByRole('menuitem', { name: '稽核紀錄' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
    await page.getByRole('menuitem', { name: '儀表板' }).click();
    await page.getByRole('heading', { name: /您好/ }).waitFor();
    await expect.poll(() => browser.acceptLanguages.at(-1)).toBe('zh-TW');
  });

  it('lets a supervisor hand a submitted case to an officer', async () => {
    const holder = new ApiClient(api.url);
    await holder.login(DEMO.holder.account, DEMO.holder.password);
    const filed = await submitAddressChange(holder, {
      city: '臺中市',
      district: '西屯區',
      line: '臺灣大道三段99號',
    });
    await page.goto(`${api.url}/admin/#/amendments/${filed.id}/show`);
    await page.getByTestId('amendment-title').waitFor();
    await page.getByRole('button', { name: '改派' }).click();
    const dialog = page.getByTestId('reassign-dialog');
    await dialog.getByRole('combobox', { name: /承辦人/ }).click();
    await page.getByRole('option', { name: /Officer Wang/ }).click();
    await browser.screenshot('reassign-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: '改派' }).click();
    await dialog.waitFor({ state: 'detached' });
    const caseFacts = page.getByTestId('section-case');
    await caseFacts.getByText('王小明 Officer Wang', { exact: true }).waitFor();
    await caseFacts.getByText('本案由王小明 Officer Wang承辦，僅承辦人可以審核。').waitFor();
    expect(await page.getByRole('button', { name: '核准' }).count()).toBe(0);
    await expectAccessible(page, 'amendment show (supervisor)');
  });

  it('creates an officer account whose temporary password is shown once', async () => {
    await page.getByRole('menuitem', { name: '人員帳號' }).click();
    await page.getByTestId('staff-list').getByText('officer', { exact: true }).waitFor();
    await browser.screenshot('staff-accounts');
    await expectAccessible(page, 'staff accounts');
    await page.getByRole('link', { name: '新增' }).click();
    await page.getByRole('heading', { level: 1, name: '新增人員帳號' }).waitFor();
    await page.getByLabel('帳號').fill('officer.chen');
    await page.getByLabel('顯示名稱').fill('陳審核 Officer Chen');
    await page.getByLabel('電子郵件').fill('chen@nia.example');
    await expectAccessible(page, 'create staff account');
    await page.getByRole('button', { name: '新增' }).click();

    const dialog = page.getByRole('dialog', { name: /已建立帳號 officer\.chen/ });
    await dialog.waitFor();
    temporaryPassword = await dialog.getByLabel('臨時密碼').inputValue();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    await browser.screenshot('temporary-password', { fullPage: false });
    await dialog.getByRole('button', { name: '我已記下密碼' }).click();
    await page.getByTestId('staff-list').getByText('officer.chen').waitFor();
    expect(await page.getByText(temporaryPassword).count()).toBe(0);
  });

  it('makes the new officer change the temporary password before anything else', async () => {
    await page.getByRole('button', { name: /個人資料/ }).click();
    await page.getByRole('menuitem', { name: '登出' }).click();
    await page.getByRole('heading', { name: '審核人員登入' }).waitFor();
    await page.getByLabel('帳號').fill('officer.chen');
    await page.getByLabel('密碼').fill(temporaryPassword);
    await page.getByLabel('圖形驗證碼').fill('GC2026');
    await page.getByRole('button', { name: '登入' }).click();

    await page.getByRole('heading', { level: 1, name: '變更密碼' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '異動案件' }).count()).toBe(0);
    await browser.screenshot('change-password');
    await expectAccessible(page, 'change password');
    await page.getByLabel('目前密碼').fill(temporaryPassword);
    await page.getByLabel(/^新密碼/).fill('Harbour-Lantern-Quiet-58');
    await page.getByLabel('再次輸入新密碼').fill('Harbour-Lantern-Quiet-58');
    await page.getByRole('button', { name: '變更密碼' }).click();

    await page.getByRole('heading', { name: /陳審核 Officer Chen，您好/ }).waitFor();
    await page.getByRole('menuitem', { name: '異動案件' }).waitFor();
    // Officers see neither the audit log nor staff accounts, in the menu or by address.
    expect(await page.getByRole('menuitem', { name: '稽核紀錄' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '人員帳號' }).count()).toBe(0);
    await page.goto(`${api.url}/admin/#/auditEvents`);
    await page.getByText('無權存取').first().waitFor();
    expect(await page.getByTestId('audit-list').count()).toBe(0);
    await browser.screenshot('officer-access-denied');
  });

  it('made no request outside the server', () => {
    expect(browser.outsideRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });

  it('stops gracefully on SIGTERM, embedded PostgreSQL included', async () => {
    await browser.close();
    const status = await api.server.stop(20_000);
    const how = `${status.ms} ms, code ${status.code}, signal ${status.signal}`;
    const output = api.server.output();
    expect(status.late, `no exit within 20 s (${how}); server output:\n${output}`).toBe(false);
    expect(status.code, `exit code; server output:\n${output}`).toBe(0);
    expect(api.postgresPids.length, `no postmaster.pid under ${api.dataDir}`).toBeGreaterThan(0);
    for (const pid of api.postgresPids) {
      expect(isAlive(pid), `PostgreSQL (pid ${pid}) still running after the API exited`).toBe(
        false,
      );
    }
    expect(await postmasterPids(api.dataDir)).toEqual([]);
  });
});
