import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO, submitAddressChange, type SubmittedCase } from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';
import { sideways, signIn } from './support/layout';

/** The README's screenshots of the case page (docs/screenshots/admin/). */
const readmeShots = fileURLToPath(new URL('../../docs/screenshots/admin/', import.meta.url));

/**
 * A phone's first visit: react-admin remembers whether the menu was open (open on the wide
 * screen just before), and at phone width that menu is a modal drawer. Start with it closed, as
 * it is for anyone who opens the console on a phone.
 */
async function asOnAPhone(page: Page, url: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) {
      if (key.endsWith('sidebar.open')) localStorage.setItem(key, 'false');
    }
  });
  await page.goto(url);
  await page.reload();
  await expect.poll(() => page.locator('#root').getAttribute('aria-hidden')).toBeNull();
}

/** Back to the top, once the app bar (hidden while scrolling down) has slid back in. */
async function toTop(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(async () => (await page.locator('header').first().boundingBox())?.y).toBe(0);
}

/** The comparison table and its frames up to the pane have nothing to scroll sideways. */
const fitsItsPane = (table: Locator) =>
  table.evaluate((element) => {
    const widths: [string, number, number][] = [];
    for (let a: Element | null = element; a && widths.length < 6; a = a.parentElement) {
      widths.push([a.tagName, a.clientWidth, a.scrollWidth]);
    }
    return widths.every(([, client, scroll]) => scroll <= client + 1) || JSON.stringify(widths);
  });

/**
 * The case page as officers review on it: the comparison beside the document, the viewer's
 * tools, a decision another tab made meanwhile, the card-ready button while the fee is unpaid,
 * phone and laptop widths in both languages. Production build, real API, real Chromium.
 */
describe('officer console: the review layout', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let filed: SubmittedCase;
  let caseUrl = '';

  beforeAll(async () => {
    api = await startApi();
    const holder = new ApiClient(api.url, 'zh-TW');
    await holder.login(DEMO.holder.account, DEMO.holder.password);
    // The new UI number costs the reissue fee: the fee stays unpaid after approval.
    filed = await submitAddressChange(
      holder,
      { city: '臺北市', district: '大安區', line: '復興南路一段390號' },
      { withNewUiNumber: true },
    );
    browser = await openBrowser('review');
    page = browser.page;
    caseUrl = `${api.url}/admin/#/amendments/${filed.id}/show`;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const status = (p: Page = page) =>
    p.getByTestId('amendment-title').locator('xpath=..').locator('[data-status]');

  it('shows the comparison beside the document, which the list switches inline', async () => {
    await signIn(page, api.url);
    await page.goto(caseUrl);
    await page.getByRole('button', { name: '承辦此案' }).click();
    await page.getByRole('button', { name: '核准' }).waitFor();

    const panes = page.getByTestId('review-panes');
    expect(await panes.getAttribute('data-layout')).toBe('split');
    const comparison = page.getByTestId('values-comparison');
    const viewer = page.getByTestId('document-viewer');
    // The proof of address is shown first, in the browser's PDF viewer, beside the comparison.
    await page.getByTestId('document-frame').waitFor();
    const left = await comparison.boundingBox();
    const right = await viewer.boundingBox();
    expect(left && right && left.x + left.width <= right.x).toBe(true);
    expect(left && right && Math.abs(left.y - right.y) < 200).toBe(true);

    // Labels keep whole words at 1366 px: a label is one line (never one character per line).
    const lines = await comparison.locator('tbody th').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell.firstChild ?? cell);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines.length).toBeGreaterThan(10);
    expect(Math.max(...lines)).toBe(1);
    // …and the table fits its pane: nothing to scroll sideways at 1366 px.
    expect(await fitsItsPane(comparison)).toBe(true);

    // Another document: chosen from the list, nothing to close, the comparison still in view.
    await page.getByRole('button', { name: /photo\.png/ }).click();
    const image = page.getByTestId('document-image');
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(413);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await comparison.isVisible()).toBe(true);
    expect(await page.getByTestId('document-frame').count()).toBe(0);
    expect(
      await page.getByRole('button', { name: /photo\.png/ }).getAttribute('aria-current'),
    ).toBe('true');

    // Zoom changes the drawn size; rotation the transform; fit-to-width undoes both.
    const width = () => image.evaluate((img) => img.getBoundingClientRect().width);
    const fitted = await width();
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(width).toBeGreaterThan(fitted * 1.2);
    expect(await page.getByTestId('viewer-zoom').textContent()).toContain('125%');
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByRole('button', { name: '縮小' }).click();
    await page.getByRole('button', { name: '順時針旋轉 90 度' }).click();
    await expect
      .poll(() => image.evaluate((img) => getComputedStyle(img).transform))
      .toMatch(/^matrix\(0, 1, -1, 0|^matrix\(6\.\d+e-17, 1, -1/);
    await browser.screenshot('viewer-rotated', { fullPage: false });
    // Keyboard: the fit button by Tab order and Enter.
    await page.getByRole('button', { name: '符合寬度' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(width).toBeCloseTo(fitted, 0);
    await expect
      .poll(() => image.evaluate((img) => getComputedStyle(img).transform))
      .toMatch(/^none$|^matrix\(1, 0, 0, 1, 0, 0\)$/);

    // The split resizes from the keyboard too.
    const before = (await comparison.boundingBox())?.width ?? 0;
    await page.getByRole('separator', { name: '調整對照表與文件的寬度' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await comparison.boundingBox())?.width ?? 0)
      .toBeGreaterThan(before);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');

    await page.getByRole('button', { name: /lease-for-the-new-address\.pdf/ }).click();
    await page.getByTestId('document-frame').waitFor();
    await expectAccessible(page, 'case page, 1366 px (zh-TW)');
    await toTop(page);
    await mkdir(readmeShots, { recursive: true });
    await copyFile(
      await browser.screenshot('review-zh', { fullPage: false }),
      `${readmeShots}review-zh.png`,
    );
  });

  it('meets a decision made in another tab: reloads, says who, keeps the text', async () => {
    const other = await browser.context.newPage();
    await other.goto(caseUrl);
    await other.getByRole('button', { name: '核准' }).click();
    await other.getByTestId('approve-dialog').getByRole('button', { name: '核准' }).click();
    await expect.poll(() => status(other).getAttribute('data-status')).toBe('APPROVED');
    await other.close();

    // This tab still shows the case under review.
    expect(await status().getAttribute('data-status')).toBe('UNDER_REVIEW');
    await page.getByRole('button', { name: '核准' }).click();
    const dialog = page.getByTestId('approve-dialog');
    await dialog.getByLabel('備註（選填）').fill('地址與租約相符。');
    await dialog.getByRole('button', { name: '核准' }).click();
    await dialog.waitFor({ state: 'detached' });

    const notice = page.getByTestId('conflict-notice');
    await notice.waitFor();
    await expect.poll(() => status().getAttribute('data-status')).toBe('APPROVED');
    // Who changed it: the API's name when it sends one, else the latest event's role.
    await expect
      .poll(() => page.getByTestId('conflict-changed-by').textContent())
      .toMatch(/將此案改為「已核准」/);
    expect(await page.getByTestId('conflict-changed-by').textContent()).toMatch(
      /\d{4}\/\d\d\/\d\d/,
    );
    expect(await page.getByLabel('您尚未送出的文字（可複製）：').inputValue()).toBe(
      '地址與租約相符。',
    );
    expect(await page.getByRole('button', { name: '核准' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '駁回' }).count()).toBe(0);
    await browser.screenshot('conflict', { fullPage: false });
    await expectAccessible(page, 'conflict notice');
  });

  it('keeps “card ready” disabled while the fee is unpaid, and says why', async () => {
    const ready = page.getByRole('button', { name: '製證完成' });
    await ready.waitFor();
    expect(await ready.isDisabled()).toBe(true);
    const reason = page.getByTestId('mark-ready-disabled');
    expect(await reason.textContent()).toContain('規費尚未繳納');
    expect(await ready.getAttribute('aria-describedby')).toBe('mark-ready-disabled');
    expect(
      await page.getByTestId('fee').locator('[data-fee-status]').getAttribute('data-fee-status'),
    ).toBe('UNPAID');
    // Fee rules in words, not codes.
    const fee = (await page.getByTestId('fee').textContent()) ?? '';
    expect(fee).not.toMatch(/CARD_REISSUE|EXEMPT_ADDRESS|[A-Z]{3,}_[A-Z]/);
    expect(fee).toContain('補發新證規費');
  });

  it('stacks the panes at 375 px without sideways scrolling, in both languages', async () => {
    for (const language of ['zh-TW', 'en'] as const) {
      if (language === 'en') {
        await page.setViewportSize({ width: 1366, height: 900 });
        await page.getByTestId('language-switcher').first().click();
        await page.getByRole('menuitem', { name: 'English' }).click();
        await page.getByRole('button', { name: 'Mark card ready' }).waitFor();
        await page.getByTestId('document-frame').waitFor();
        const text = (await page.locator('main').textContent()) ?? '';
        expect(text).not.toMatch(
          /\b(CARD_REISSUE|EXEMPT_ADDRESS|RESIDENCE_ADDRESS|PROOF_OF_ADDRESS)\b/,
        );
        expect(text).not.toMatch(/\b\d\d\/\d\d\/\d{4}\b/);
        expect(await fitsItsPane(page.getByTestId('values-comparison'))).toBe(true);
        await expectAccessible(page, 'case page, 1366 px (en)');
        await toTop(page);
        await copyFile(
          await browser.screenshot('review-en', { fullPage: false }),
          `${readmeShots}review-en.png`,
        );
      }
      await asOnAPhone(page, caseUrl);
      await page.getByTestId('amendment-title').waitFor();
      await expect
        .poll(() => page.getByTestId('review-panes').getAttribute('data-layout'))
        .toBe('stacked');
      await browser.screenshot(`stacked-${language}`);
      await page.getByRole('button', { name: /lease-for-the-new-address\.pdf/ }).click();
      await page.getByTestId('document-frame').waitFor();
      await expect.poll(() => sideways(page)).toEqual([]);
      await expectAccessible(page, `case page, 375 px (${language})`);
      await browser.screenshot(`review-${language}-375`);

      await page.goto(`${api.url}/admin/#/amendments`);
      await page.getByText(filed.applicationNumber).first().waitFor();
      await expect.poll(() => sideways(page)).toEqual([]);
      await expectAccessible(page, `case list, 375 px (${language})`);
      await browser.screenshot(`list-${language}-375`);

      await page.setViewportSize({ width: 1366, height: 900 });
      await page.getByRole('row').filter({ hasText: filed.applicationNumber }).waitFor();
      await expect.poll(() => sideways(page)).toEqual([]);
      await expectAccessible(page, `case list, 1366 px (${language})`);
      await page.goto(caseUrl);
      await page.getByTestId('amendment-title').waitFor();
    }
  });

  it('sent nothing outside the server', () => {
    expect(browser.outsideRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
