import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO, submitAddressChange, type SubmittedCase } from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';

const OFFICER_NAME = '王小明 Officer Wang';
const SUPERVISOR_NAME = '林主任 Supervisor Lin';
const LEE = {
  account: 'officer.lee',
  name: '李審核 Officer Lee',
  password: 'Copper-Kettle-Harbour-73',
};
const ZH_DATE = /\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/;
const EN_DATE = /\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}, \d{2}:\d{2}/;

/**
 * Supervisors' staff administration and the audit log with people: a supervisor disables an
 * officer whose open page then fails at its next action and whose login is refused, enables them
 * again, unlocks an officer locked by real wrong passwords, changes a role, is refused their own
 * account in words; officers have neither the screens nor the API. The audit log names people,
 * filters by person and by case, and links to the case. Both screens pass axe and fit 375 px.
 */
describe('officer console: staff administration and the audit log', () => {
  let api: ApiServer;
  let browser: Browser;
  let officerBrowser: Browser;
  let page: Page;
  let supervisor: ApiClient;
  let filed: SubmittedCase;

  beforeAll(async () => {
    // Three wrong passwords lock an account; the rate limits are not what is tested here.
    api = await startApi({ LOGIN_LOCKOUT_THRESHOLD: '3', LOGIN_RATE_LIMIT_PER_IP: '1000' });
    supervisor = new ApiClient(api.url, 'zh-TW');
    await supervisor.login(DEMO.supervisor.account, DEMO.supervisor.password);

    // A second officer, past the temporary password.
    const { createStaffAccount } = await supervisor.call<{
      createStaffAccount: { temporaryPassword: string };
    }>(
      'mutation($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { temporaryPassword } }',
      {
        i: {
          account: LEE.account,
          displayName: LEE.name,
          email: 'lee@agency.test',
          role: 'OFFICER',
        },
      },
    );
    const lee = new ApiClient(api.url);
    await lee.login(LEE.account, createStaffAccount.temporaryPassword);
    await lee.call(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
      {
        c: createStaffAccount.temporaryPassword,
        n: LEE.password,
      },
    );

    // A case the demo officer works on: their open case, and audit events about it by name.
    const holder = new ApiClient(api.url, 'zh-TW');
    await holder.login(DEMO.holder.account, DEMO.holder.password);
    filed = await submitAddressChange(holder, {
      city: '臺北市',
      district: '大安區',
      line: '復興南路一段1號',
    });
    const officer = new ApiClient(api.url);
    await officer.login(DEMO.officer.account, DEMO.officer.password);
    await officer.call('mutation($id: ID!) { claimAmendment(id: $id) { id } }', { id: filed.id });

    browser = await openBrowser('staff');
    officerBrowser = await openBrowser('staff-officer');
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await officerBrowser?.close();
    await api?.stop();
  });

  const signIn = async (p: Page, account: { account: string; password: string }) => {
    await p.goto(`${api.url}/admin/`);
    await p.getByLabel('帳號').fill(account.account);
    await p.getByLabel('密碼').fill(account.password);
    await p.getByLabel('圖形驗證碼').fill('GC2026');
    await p.getByRole('button', { name: '登入' }).click();
  };

  const switchLanguage = async (to: string) => {
    await page.getByTestId('language-switcher').first().click();
    await page.getByRole('menuitem', { name: to }).click();
  };

  const staffRow = (name: string) =>
    page.getByTestId('staff-list').locator('tbody tr').filter({ hasText: name });

  /** Opens the row's actions, picks one and returns its confirmation dialog. */
  const act = async (name: string, action: string, title: string | RegExp) => {
    await page.getByRole('button', { name: `${name} 的操作` }).click();
    await page.getByRole('menuitem', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    return dialog;
  };

  const states = (name: string) =>
    staffRow(name)
      .locator('[data-state]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));

  it('shows supervisors each person’s role, last login, state and open cases', async () => {
    await signIn(page, DEMO.supervisor);
    await page.getByRole('heading', { name: /您好/ }).waitFor();
    await page.getByRole('menuitem', { name: '人員帳號' }).click();
    await staffRow(OFFICER_NAME).waitFor();
    const cells = await staffRow(OFFICER_NAME).locator('td').allInnerTexts();
    expect(cells.slice(0, 6)).toEqual([
      OFFICER_NAME,
      'officer',
      '審核人員',
      expect.stringMatching(ZH_DATE),
      '啟用中',
      '1',
    ]);
    expect(await staffRow(SUPERVISOR_NAME).locator('td').first().innerText()).toBe(
      `${SUPERVISOR_NAME} (本人)`,
    );
    expect(await staffRow(LEE.name).locator('td').nth(5).innerText()).toBe('0');
    await browser.screenshot('staff-list');
  });

  it('disables an officer: their open page fails at its next action, their login is refused', async () => {
    const officerPage = officerBrowser.page;
    await signIn(officerPage, DEMO.officer);
    await officerPage.getByRole('heading', { name: /您好/ }).waitFor();

    const dialog = await act(OFFICER_NAME, '停用', `停用 ${OFFICER_NAME}？`);
    expect(await dialog.innerText()).toMatch(/登入狀態立即結束[\s\S]*1 件處理中案件/);
    await browser.screenshot('staff-disable', { fullPage: false });
    await expectAccessible(page, 'disable dialog');
    await dialog.getByRole('button', { name: '停用' }).click();
    await page.getByText(`已停用 ${OFFICER_NAME}，其登入狀態已結束。`).waitFor();
    await expect.poll(() => states(OFFICER_NAME)).toEqual(['disabled']);
    expect(await staffRow(OFFICER_NAME).innerText()).toContain('已停用');

    // The officer's next action finds the session ended and lands on the login page.
    await officerPage.getByRole('menuitem', { name: '異動案件' }).click();
    await officerPage.getByRole('heading', { name: '審核人員登入' }).waitFor();
    await signIn(officerPage, DEMO.officer);
    await officerPage.getByRole('alert').filter({ hasText: '此帳號已停用，請洽主管。' }).waitFor();
    expect(await officerPage.getByRole('heading', { name: /您好/ }).count()).toBe(0);
  });

  it('enables the officer again, who can then log in', async () => {
    const dialog = await act(OFFICER_NAME, '啟用', `啟用 ${OFFICER_NAME}？`);
    await dialog.getByRole('button', { name: '啟用' }).click();
    await page.getByText(`${OFFICER_NAME} 可以再次登入。`).waitFor();
    await expect.poll(() => states(OFFICER_NAME)).toEqual(['active']);
    const officerPage = officerBrowser.page;
    await signIn(officerPage, DEMO.officer);
    await officerPage.getByRole('heading', { name: /您好/ }).waitFor();
  });

  it('unlocks an officer locked by wrong passwords; the password stays', async () => {
    const lee = new ApiClient(api.url);
    for (let i = 0; i < 3; i++) {
      await expect(lee.login(LEE.account, 'Not-the-password-1')).rejects.toThrow(
        /INVALID_CREDENTIALS|ACCOUNT_LOCKED/,
      );
    }
    await expect(lee.login(LEE.account, LEE.password)).rejects.toThrow(/ACCOUNT_LOCKED/);

    await page.reload();
    await expect.poll(() => states(LEE.name)).toEqual(['locked']);
    const dialog = await act(LEE.name, '解除鎖定', `解除 ${LEE.name} 的鎖定？`);
    expect(await dialog.innerText()).toContain('密碼不變');
    await dialog.getByRole('button', { name: '解除鎖定' }).click();
    await page.getByText(`已解除 ${LEE.name} 的鎖定。`).waitFor();
    await expect.poll(() => states(LEE.name)).toEqual(['active']);
    await lee.login(LEE.account, LEE.password);
  });

  it('changes a role, which applies from the person’s next request', async () => {
    const lee = new ApiClient(api.url);
    await lee.login(LEE.account, LEE.password);
    await expect(lee.call('{ staffAccounts { total } }')).rejects.toThrow(/FORBIDDEN/);

    const dialog = await act(LEE.name, '變更角色', `變更 ${LEE.name} 的角色`);
    await dialog.getByLabel('新角色').selectOption({ label: '主管' });
    await expectAccessible(page, 'change role dialog');
    await dialog.getByRole('button', { name: '變更角色' }).click();
    await page.getByText(`${LEE.name} 的角色已改為：主管。`).waitFor();
    await expect.poll(() => staffRow(LEE.name).locator('td').nth(2).innerText()).toBe('主管');
    const { staffAccounts } = await lee.call<{ staffAccounts: { total: number } }>(
      '{ staffAccounts { total } }',
    );
    expect(staffAccounts.total).toBe(3);
  });

  it('says in words that a supervisor cannot disable their own account', async () => {
    const dialog = await act(SUPERVISOR_NAME, '停用', `停用 ${SUPERVISOR_NAME}？`);
    await dialog.getByRole('button', { name: '停用' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: '不能停用自己的帳號或變更自己的角色，請洽其他主管。' })
      .waitFor();
    await expectAccessible(page, 'refused own account');
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await states(SUPERVISOR_NAME)).toEqual(['active']);
  });

  it('names people in the audit log and filters it by person and by case', async () => {
    await page.getByRole('menuitem', { name: '稽核紀錄' }).click();
    const list = page.getByTestId('audit-list');
    const actors = () => list.getByTestId('audit-actor').allInnerTexts();
    await expect.poll(actors).toContain(SUPERVISOR_NAME);
    expect(await list.innerText()).toMatch(/停用人員帳號[\s\S]*account\.staff\.disabled/);
    expect(await list.locator('tbody tr').first().locator('td').nth(1).innerText()).toMatch(
      ZH_DATE,
    );

    await page.getByLabel('人員', { exact: true }).fill('王小明');
    await expect.poll(async () => new Set(await actors())).toEqual(new Set([OFFICER_NAME]));
    await page.getByLabel('人員', { exact: true }).fill('');
    // The cleared filter applies after a pause; the address must not be overtaken by it.
    await expect.poll(actors).toContain(SUPERVISOR_NAME);

    // The address a case page links to: this case's events only, each linking to the case.
    await page.goto(
      `${api.url}/admin/#/auditEvents?filter=${encodeURIComponent(JSON.stringify({ amendmentId: filed.id }))}`,
    );
    await expect.poll(() => page.getByLabel('案件', { exact: true }).inputValue()).toBe(filed.id);
    await expect.poll(() => list.innerText()).not.toContain('account.staff.disabled');
    await expect.poll(() => list.innerText()).toContain('amendment.claim');
    const rows = await list.locator('tbody tr:not([id$="-expand"])').count();
    expect(await list.getByTestId('audit-case-link').count()).toBe(rows);
    await browser.screenshot('audit-case');

    // A case event's details lead to the same filtered log; its link opens the case.
    const claim = list.locator('tbody tr').filter({ hasText: 'amendment.claim' }).first();
    await claim.getByRole('button', { name: '詳細資料' }).click();
    const auditLink = page.getByTestId('case-audit-link').first();
    expect(await auditLink.getAttribute('href')).toContain(encodeURIComponent(filed.id));
    await claim.getByTestId('audit-case-link').click();
    await page.waitForURL(new RegExp(`#/amendments/${filed.id}/show`));
    await page.getByText(filed.applicationNumber).first().waitFor();
  });

  it('keeps officers out: no menu entries, no pages, and the API refuses', async () => {
    const officerPage = officerBrowser.page;
    await officerPage.goto(`${api.url}/admin/#/`);
    await officerPage.getByRole('menuitem', { name: '異動案件' }).waitFor();
    expect(await officerPage.getByRole('menuitem', { name: '人員帳號' }).count()).toBe(0);
    expect(await officerPage.getByRole('menuitem', { name: '稽核紀錄' }).count()).toBe(0);
    await officerPage.goto(`${api.url}/admin/#/staffAccounts`);
    await officerPage.getByText('無權存取').first().waitFor();
    expect(await officerPage.getByTestId('staff-list').count()).toBe(0);

    const officer = new ApiClient(api.url, 'en');
    await officer.login(DEMO.officer.account, DEMO.officer.password);
    const { staffAccounts } = await supervisor.call<{
      staffAccounts: { items: { id: string; accountName: string }[] };
    }>('{ staffAccounts(perPage: 100) { items { id accountName } } }');
    const leeId = staffAccounts.items.find((a) => a.accountName === LEE.account)?.id;
    for (const mutation of ['disableStaffAccount', 'enableStaffAccount', 'unlockStaffAccount']) {
      await expect(
        officer.call(`mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id: leeId }),
      ).rejects.toThrow(/FORBIDDEN/);
    }
    await expect(
      officer.call('mutation($id: ID!) { changeStaffRole(id: $id, role: OFFICER) { id } }', {
        id: leeId,
      }),
    ).rejects.toThrow(/FORBIDDEN/);
    await expect(officer.call('{ auditEvents { total } }')).rejects.toThrow(/FORBIDDEN/);
  });

  it('passes axe and fits 375 px without sideways scrolling, in both languages', async () => {
    const noSidewaysScroll = () =>
      page.evaluate(() => {
        const e = document.documentElement;
        return e.scrollWidth <= e.clientWidth;
      });
    const check = async (language: string, dates: RegExp) => {
      for (const width of [1366, 375]) {
        await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
        await page.goto(`${api.url}/admin/#/staffAccounts`);
        // Loaded at this width, as on a phone (not a desktop window made narrow, whose sidebar
        // react-admin keeps as an open drawer).
        await page.reload();
        await page.getByTestId('staff-list').getByText(OFFICER_NAME).waitFor();
        expect(await page.getByTestId('staff-list').innerText()).toMatch(dates);
        await expectAccessible(page, `staff list ${language} ${width}px`);
        expect(await noSidewaysScroll(), `staff list ${language} ${width}px`).toBe(true);
        if (width === 375) await browser.screenshot(`staff-list-${language}-375`);

        await page.goto(`${api.url}/admin/#/auditEvents`);
        await page.getByTestId('audit-list').getByText(SUPERVISOR_NAME).first().waitFor();
        expect(await page.getByTestId('audit-list').innerText()).toMatch(dates);
        await expectAccessible(page, `audit log ${language} ${width}px`);
        expect(await noSidewaysScroll(), `audit log ${language} ${width}px`).toBe(true);
        if (width === 375) await browser.screenshot(`audit-log-${language}-375`);
      }
    };
    await check('zh-TW', ZH_DATE);

    // The row actions work on the narrow cards too.
    await page.goto(`${api.url}/admin/#/staffAccounts`);
    const card = page.getByTestId('staff-card').filter({ hasText: OFFICER_NAME });
    await card.getByRole('button', { name: `${OFFICER_NAME} 的操作` }).click();
    await page.getByRole('menuitem', { name: '停用', exact: true }).waitFor();
    await page.keyboard.press('Escape');

    await page.setViewportSize({ width: 1366, height: 900 });
    await switchLanguage('English');
    await check('en', EN_DATE);
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(browser.outsideRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
