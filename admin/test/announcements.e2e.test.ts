import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO } from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';

/**
 * The bulletin board's notices in the console: a supervisor writes one in both languages (with a
 * preview that keeps markup as text), finds it in the list, meets a change made meanwhile,
 * retires it; an officer has neither the menu entry nor the API's consent.
 */
describe('officer console: announcements', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let supervisor: ApiClient;
  let id = '';
  const dialogs: string[] = [];

  beforeAll(async () => {
    api = await startApi();
    supervisor = new ApiClient(api.url, 'zh-TW');
    await supervisor.login(DEMO.supervisor.account, DEMO.supervisor.password);
    browser = await openBrowser('announcements');
    page = browser.page;
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const signIn = async (account: { account: string; password: string }) => {
    await page.goto(`${api.url}/admin/`);
    await page.getByLabel('帳號').fill(account.account);
    await page.getByLabel('密碼').fill(account.password);
    await page.getByLabel('圖形驗證碼').fill('GC2026');
    await page.getByRole('button', { name: '登入' }).click();
    await page.getByRole('heading', { name: /您好/ }).waitFor();
  };

  const switchLanguage = async (to: string) => {
    await page.getByTestId('language-switcher').first().click();
    await page.getByRole('menuitem', { name: to }).click();
  };

  const managed = async () =>
    (
      await supervisor.call<{
        announcementsToManage: {
          items: { id: string; titleZhTw: string; titleEn: string; status: string }[];
        };
      }>('{ announcementsToManage(perPage: 100) { items { id titleZhTw titleEn status } } }')
    ).announcementsToManage.items;

  it('lets a supervisor write a notice in both languages, previewed as the portal shows it', async () => {
    await signIn(DEMO.supervisor);
    await page.getByRole('menuitem', { name: '公布欄' }).click();
    const list = page.getByTestId('announcement-list');
    await expect.poll(() => list.locator('tbody tr').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: '新增', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '新增公告' }).waitFor();

    await page.getByLabel('中文標題').fill('春節期間服務時間');
    await page.getByLabel('中文發布單位').fill('內政部移民署');
    await page
      .getByLabel('中文內容')
      .fill(
        '**2 月 14 日至 2 月 22 日**線上申請照常受理。\n\n- 繳費照常\n\n<script>alert(1)</script>',
      );
    await page.getByLabel('英文標題').fill('Opening hours over the Lunar New Year');
    await page.getByLabel('英文發布單位').fill('National Immigration Agency');
    await page
      .getByLabel('英文內容')
      .fill('Online filing stays open **14–22 February**.\n\n- Payments as usual');
    await page.getByLabel('重要').check();
    await page.getByLabel('公告結束').fill('2030-01-01T12:00');

    const preview = page.getByTestId('bodyZhTw-preview');
    await expect.poll(() => preview.locator('strong').count()).toBe(1);
    expect(await preview.locator('strong').innerText()).toBe('2 月 14 日至 2 月 22 日');
    expect(await preview.locator('li').allInnerTexts()).toEqual(['繳費照常']);
    expect(await preview.innerText()).toContain('<script>alert(1)</script>');
    expect(await preview.locator('script').count()).toBe(0);
    await browser.screenshot('announcement-create');
    await expectAccessible(page, 'new announcement');

    await page.getByRole('button', { name: '儲存' }).click();
    const row = list.locator('tbody tr').filter({ hasText: '春節期間服務時間' });
    await expect.poll(() => row.innerText()).toMatch(/公告中[\s\S]*內政部移民署[\s\S]*重要/);
    expect(await row.innerText()).toMatch(/2030\/01\/01 12:00/);
    await browser.screenshot('announcements');
    await expectAccessible(page, 'announcements');
    expect(dialogs).toEqual([]);

    // Recorded as typed, the end in Taiwan time; published to anyone in their language.
    const created = (await managed()).find((a) => a.titleZhTw === '春節期間服務時間');
    expect(created?.status).toBe('PUBLISHED');
    id = created?.id ?? '';
    const { announcement } = await supervisor.call<{
      announcement: { titleEn: string; important: boolean; publishUntil: string; bodyZhTw: string };
    }>('query($id: ID!) { announcement(id: $id) { titleEn important publishUntil bodyZhTw } }', {
      id,
    });
    expect(announcement).toMatchObject({
      titleEn: 'Opening hours over the Lunar New Year',
      important: true,
      publishUntil: '2030-01-01T04:00:00.000Z',
    });
    expect(announcement.bodyZhTw).toContain('<script>alert(1)</script>');
    const { announcements } = await new ApiClient(api.url, 'en').call<{
      announcements: { items: { title: string }[] };
    }>('{ announcements(perPage: 50) { items { title } } }');
    expect(announcements.items.map((a) => a.title)).toContain(
      'Opening hours over the Lunar New Year',
    );
  });

  it('shows the list and the form in English, and reloads a notice changed meanwhile', async () => {
    await switchLanguage('English');
    const list = page.getByTestId('announcement-list');
    const title = list.getByRole('link', { name: 'Opening hours over the Lunar New Year' });
    await title.waitFor();
    await expectAccessible(page, 'announcements (English)');
    await title.click();
    await page.getByRole('heading', { level: 1, name: 'Edit announcement' }).waitFor();
    expect(await page.getByLabel('Title in Chinese').inputValue()).toBe('春節期間服務時間');
    expect(await page.getByLabel('Published until').inputValue()).toBe('2030-01-01T12:00');
    await browser.screenshot('announcement-edit-en');
    await expectAccessible(page, 'edit announcement (English)');

    // Someone else saves first: this save is refused, said so, and the latest version loaded.
    const [current] = (await managed()).filter((a) => a.id === id);
    const { announcement } = await supervisor.call<{ announcement: { version: number } }>(
      'query($id: ID!) { announcement(id: $id) { version } }',
      { id },
    );
    await supervisor.call(
      'mutation($id: ID!, $v: Int!, $i: AnnouncementInput!) { updateAnnouncement(id: $id, version: $v, input: $i) { version } }',
      {
        id,
        v: announcement.version,
        i: {
          titleZhTw: current?.titleZhTw,
          titleEn: 'Lunar New Year: opening hours',
          bodyZhTw: '線上申請照常受理。',
          bodyEn: 'Online filing stays open.',
          issuingUnitZhTw: '內政部移民署',
          issuingUnitEn: 'National Immigration Agency',
          important: true,
        },
      },
    );
    await page.getByLabel('Title in English').fill('Opening hours (my edit)');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/Someone else changed this announcement meanwhile/).waitFor();
    await expect
      .poll(() => page.getByLabel('Title in English').inputValue())
      .toBe('Lunar New Year: opening hours');
    await browser.screenshot('announcement-conflict', { fullPage: false });
    const titles = (await managed()).map((a) => a.titleEn);
    expect(titles).not.toContain('Opening hours (my edit)');
  });

  it('retires a notice after a confirmation; it leaves the portal', async () => {
    await page.getByRole('button', { name: 'Retire' }).click();
    const dialog = page.getByRole('dialog', { name: /Retire “Lunar New Year: opening hours”\?/ });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/cannot be published again/);
    await browser.screenshot('announcement-retire', { fullPage: false });
    await expectAccessible(page, 'retire announcement');
    await dialog.getByRole('button', { name: 'Retire' }).click();
    await page.getByText('The announcement has been retired.').waitFor();
    await page.locator('[data-status="RETIRED"]').first().waitFor();
    expect((await managed()).find((a) => a.id === id)?.status).toBe('RETIRED');
    const { announcement } = await new ApiClient(api.url).call<{ announcement: null }>(
      'query($id: ID!) { announcement(id: $id) { id } }',
      { id },
    );
    expect(announcement).toBeNull();

    // The status filter finds it among the retired ones.
    await page.goto(
      `${api.url}/admin/#/announcements?filter=${encodeURIComponent('{"status":"RETIRED"}')}`,
    );
    const list = page.getByTestId('announcement-list');
    await list.getByRole('link', { name: 'Lunar New Year: opening hours' }).waitFor();
    expect(
      new Set(
        await list
          .locator('[data-status]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
      ),
    ).toEqual(new Set(['RETIRED']));
    await switchLanguage('繁體中文');
  });

  it('keeps officers out: no menu entry, no page, and the API refuses', async () => {
    await page.getByRole('button', { name: /個人資料/ }).click();
    await page.getByRole('menuitem', { name: '登出' }).click();
    await page.getByRole('heading', { name: '審核人員登入' }).waitFor();
    await signIn(DEMO.officer);
    await page.getByRole('menuitem', { name: '異動案件' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '公布欄' }).count()).toBe(0);
    await page.goto(`${api.url}/admin/#/announcements`);
    await page.getByText('無權存取').first().waitFor();
    expect(await page.getByTestId('announcement-list').count()).toBe(0);

    const officer = new ApiClient(api.url, 'en');
    await officer.login(DEMO.officer.account, DEMO.officer.password);
    await expect(
      officer.call('mutation($i: AnnouncementInput!) { createAnnouncement(input: $i) { id } }', {
        i: {
          titleZhTw: '測試',
          titleEn: 'Test',
          bodyZhTw: '測試',
          bodyEn: 'Test',
          issuingUnitZhTw: '移民署',
          issuingUnitEn: 'NIA',
        },
      }),
    ).rejects.toThrow(/FORBIDDEN/);
    expect(browser.outsideRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
