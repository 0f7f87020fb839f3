import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO } from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';
import { loaded, openAtWidth, sideways, signIn } from './support/layout';

/**
 * The console's remaining screens, as a supervisor sees them, at 1366 px and 375 px in both
 * languages: axe finds no serious or critical problem and nothing scrolls sideways. With the
 * feature tests' own checks, every screen is covered at both widths in both languages.
 */
describe('the other console pages at both widths and in both languages', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let pages: [string, string][] = [];

  beforeAll(async () => {
    api = await startApi();
    const supervisor = new ApiClient(api.url, 'zh-TW');
    await supervisor.login(DEMO.supervisor.account, DEMO.supervisor.password);
    const { applicants } = await supervisor.call<{ applicants: { items: { id: string }[] } }>(
      '{ applicants(perPage: 1) { items { id } } }',
    );
    // The screens no feature test already checks this way (the case list and page, powers of
    // attorney, reconciliation, a case's payments, staff and the audit log are checked by theirs).
    pages = [
      ['dashboard', '#/'],
      ['holders', '#/applicants'],
      ['holder', `#/applicants/${applicants.items[0]!.id}/show`],
      ['announcements', '#/announcements'],
    ];
    browser = await openBrowser('pages');
    page = browser.page;
    await signIn(page, api.url, DEMO.supervisor);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const sweep = async (language: string) => {
    for (const width of [1366, 375]) {
      for (const [name, hash] of pages) {
        const where = `${name} (${language}, ${width} px)`;
        await openAtWidth(page, `${api.url}/admin/${hash}`, width);
        await loaded(page);
        await expect(page.locator('main').innerText(), where).resolves.not.toBe('');
        await expectAccessible(page, where);
        expect(await sideways(page), where).toEqual([]);
      }
    }
  };

  it('in Traditional Chinese', async () => {
    await sweep('zh-TW');
  });

  it('in English', async () => {
    await openAtWidth(page, `${api.url}/admin/#/`, 1366);
    await page.getByTestId('language-switcher').first().click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await sweep('en');
  });
});
