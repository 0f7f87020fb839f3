import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { auditPage, switchLanguage, type Browser } from './portal';

/** Full-page screenshots at 1280 and 375 px, from the top (a sticky header stays at the top). */
export async function screenshots(browser: Browser, name: string): Promise<void> {
  const { page } = browser;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize({ width: 1280, height: 900 });
  await browser.screenshot(name);
  await page.setViewportSize({ width: 375, height: 812 });
  await browser.screenshot(`${name}-375`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * The page as it is, in zh-TW and then in English: screenshots at both widths (`<name>-zh`,
 * `<name>-en-375`, …) and axe with no sideways scrolling (auditPage) in each. `english` is what
 * shows the English page has arrived: its h1 (a string) or text of its main part (a pattern).
 * Leaves the page in zh-TW.
 */
export async function auditBothLanguages(
  browser: Browser,
  name: string,
  english?: string | RegExp,
): Promise<void> {
  const { page } = browser;
  for (const language of ['zh', 'en'] as const) {
    if (language === 'en') {
      await switchLanguage(page, 'en');
      if (typeof english === 'string') {
        await page.getByRole('heading', { level: 1, name: english }).waitFor();
      } else if (english) {
        await expect.poll(() => page.locator('main').innerText()).toMatch(english);
      }
    }
    await page.waitForLoadState('networkidle');
    await screenshots(browser, `${name}-${language}`);
    await auditPage(page, `${name} (${language})`);
  }
  await switchLanguage(page, 'zh-TW');
  await page.waitForLoadState('networkidle');
}

/** Presses Tab until `target` has the focus: it is reachable by keyboard, in order. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
