import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO, submitAddressChange, type SubmittedCase } from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { openBrowser, type Browser } from './support/browser';

interface Script {
  url: string;
  bytes: number;
  encoding: string;
}

/**
 * What an officer's browser downloads to start the console: the production build, served by
 * the API, compressed and split so that the first load (login, then the dashboard) stays under
 * 500 KB of JavaScript and the case page arrives only when a case is opened.
 */
describe('console first load', () => {
  let api: ApiServer;
  let browser: Browser;
  let filed: SubmittedCase;
  const scripts: Script[] = [];
  const pending: Promise<void>[] = [];

  beforeAll(async () => {
    api = await startApi();
    const holder = new ApiClient(api.url, 'zh-TW');
    await holder.login(DEMO.holder.account, DEMO.holder.password);
    filed = await submitAddressChange(holder, {
      city: '臺北市',
      district: '信義區',
      line: '松仁路100號8樓',
    });
    browser = await openBrowser('bundle');
    browser.page.on('response', (response) => {
      // The API's files only (Chromium's own PDF viewer is a script too).
      if (response.request().resourceType() !== 'script') return;
      if (!response.url().startsWith(api.url)) return;
      pending.push(
        response
          .request()
          .sizes()
          .then(async (sizes) => {
            const headers = await response.allHeaders();
            scripts.push({
              url: response.url(),
              bytes: sizes.responseBodySize,
              encoding: headers['content-encoding'] ?? 'none',
            });
          }),
      );
    });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const transferred = async () => {
    await browser.page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return scripts.reduce((sum, s) => sum + s.bytes, 0);
  };

  it('signs in and shows the dashboard with under 500 KB of compressed JavaScript', async () => {
    const { page } = browser;
    await page.goto(`${api.url}/admin/`);
    await page.getByLabel('帳號').fill(DEMO.officer.account);
    await page.getByLabel('密碼').fill(DEMO.officer.password);
    await page.getByLabel('圖形驗證碼').fill('GC2026');
    await page.getByRole('button', { name: '登入' }).click();
    await page.getByTestId('session-countdown').waitFor();
    const total = await transferred();
    console.info(
      `[console] first load JavaScript: ${scripts.length} files, ${(total / 1024).toFixed(1)} KiB transferred`,
    );
    expect(scripts.length).toBeGreaterThan(1);
    expect(total).toBeGreaterThan(50_000);
    expect(total).toBeLessThan(500 * 1024);
    for (const script of scripts) expect(script.encoding, script.url).toMatch(/^(br|gzip)$/);
  });

  it('fetches the case page’s code only when a case is opened', async () => {
    const { page } = browser;
    const before = scripts.length;
    await page.goto(`${api.url}/admin/#/amendments`);
    await page.getByRole('link', { name: filed.applicationNumber }).first().click();
    await page.getByTestId('amendment-title').waitFor();
    await transferred();
    expect(scripts.length).toBeGreaterThan(before);
    for (const script of scripts.slice(before))
      expect(script.encoding, script.url).toMatch(/^(br|gzip)$/);
  });
});
