import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditPage,
  openBrowser,
  startPortal,
  switchLanguage,
  type Browser,
  type PortalServer,
} from './support/portal';

/**
 * The front door: the home page in both languages, the frame every page shares (language,
 * larger text, navigation on a phone), what signed-out people get on signed-in addresses, and
 * what the first visit costs in JavaScript.
 */
describe('portal home and frame', () => {
  let server: PortalServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startPortal();
    browser = await openBrowser('portal-home');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads the first page with under 300 KB of compressed JavaScript, in split chunks', async () => {
    const scripts: { url: string; bytes: number; encoding: string }[] = [];
    const pending: Promise<void>[] = [];
    browser.page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
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
    await browser.page.goto(`${server.url}/`);
    await browser.page.getByRole('heading', { level: 1, name: '就業金卡資料異動' }).waitFor();
    await browser.page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    console.info(
      `[portal-home] first page JavaScript: ${scripts.length} files, ${(total / 1024).toFixed(1)} KiB transferred`,
    );
    expect(scripts.length).toBeGreaterThan(2);
    expect(total).toBeGreaterThan(10_000);
    expect(total).toBeLessThan(300 * 1024);
    for (const script of scripts) expect(script.encoding, script.url).toMatch(/^(br|gzip)$/);
    // The pages behind the home page are not loaded until they are opened.
    expect(scripts.some((s) => /WizardPage|CasePage/.test(s.url))).toBe(false);
  });

  it('tells what can be changed, what it costs and what to prepare, in zh-TW and English', async () => {
    const { page } = browser;
    await page.getByRole('heading', { level: 2, name: '可以變更哪些資料' }).waitFor();
    await page.getByText('居住地址').first().waitFor();
    await expect.poll(() => page.getByText('NT$500').count()).toBeGreaterThan(0);
    await browser.screenshot('home-zh');
    await auditPage(page, 'home (zh-TW)');
    await page.setViewportSize({ width: 375, height: 812 });
    await browser.screenshot('home-zh-375');
    await page.setViewportSize({ width: 1280, height: 900 });

    await switchLanguage(page, 'en');
    await page
      .getByRole('heading', { level: 1, name: 'Employment Gold Card data amendment' })
      .waitFor();
    // The API's labels follow the language too.
    await page.getByRole('heading', { level: 3, name: 'Residence address' }).waitFor();
    await page
      .getByText(/fee waived/)
      .first()
      .waitFor();
    await browser.screenshot('home-en');
    await auditPage(page, 'home (en)');
    await page.setViewportSize({ width: 375, height: 812 });
    await browser.screenshot('home-en-375');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The choice is remembered on this device.
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'Employment Gold Card data amendment' })
      .waitFor();
    await switchLanguage(page, 'zh-TW');
  });

  it('offers larger text, remembered across pages', async () => {
    const { page } = browser;
    const rootSize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await rootSize();
    await page.getByRole('button', { name: '放大字體' }).click();
    await expect.poll(rootSize).toBeGreaterThan(before);
    await page.reload();
    await expect.poll(rootSize).toBeGreaterThan(before);
    await auditPage(page, 'home with larger text');
    await page.getByRole('button', { name: '放大字體' }).click();
    await expect.poll(rootSize).toBe(before);
  });

  it('folds the navigation into a menu on a phone, usable with the keyboard', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 375, height: 812 });
    const menu = page.getByRole('button', { name: '選單' });
    await menu.focus();
    await page.keyboard.press('Enter');
    const register = page.getByRole('link', { name: '註冊' }).last();
    await register.waitFor();
    await browser.screenshot('menu-375', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('sends signed-out people from a case address to log in, and back afterwards', async () => {
    const { page } = browser;
    const id = '00000000-0000-4000-8000-00000000abcd';
    await page.goto(`${server.url}/amendments/${id}`);
    await page.waitForURL(/\/login\?/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/amendments/${id}`);
  });

  it('answers unknown addresses with a page in words, not a blank screen', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/no-such-page`);
    await page.getByRole('heading', { level: 1, name: '找不到這個頁面' }).waitFor();
    await auditPage(page, 'not found');
  });
});
