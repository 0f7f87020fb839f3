import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO, submitAddressChange } from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';
import { loaded, openAtWidth, sideways, signIn } from './support/layout';

/**
 * Every screen of the console, as a supervisor sees it, at 1366 px and 375 px in both
 * languages: axe finds no serious or critical problem and nothing scrolls sideways. The
 * feature tests check what each screen does; this one keeps all of them readable.
 */
describe('every console page at both widths and in both languages', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let pages: [string, string][] = [];

  beforeAll(async () => {
    api = await startApi();
    const holder = new ApiClient(api.url, 'zh-TW');
    await holder.login(DEMO.holder.account, DEMO.holder.password);
    const filed = await submitAddressChange(holder, {
      city: '臺中市',
      district: '西屯區',
      line: '臺灣大道三段99號',
    });
    const supervisor = new ApiClient(api.url, 'zh-TW');
    await supervisor.login(DEMO.supervisor.account, DEMO.supervisor.password);
    const { applicants } = await supervisor.call<{ applicants: { items: { id: string }[] } }>(
      '{ applicants(perPage: 1) { items { id } } }',
    );
    pages = [
      ['dashboard', '#/'],
      ['case list', '#/amendments'],
      ['case', `#/amendments/${filed.id}/show`],
      ['case payments', `#/casePayments/${filed.id}/show`],
      ['holders', '#/applicants'],
      ['holder', `#/applicants/${applicants.items[0]!.id}/show`],
      ['powers of attorney', '#/mandates'],
      ['reconciliation', '#/paymentReconciliation'],
      ['audit log', '#/auditEvents'],
      ['staff', '#/staffAccounts'],
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
