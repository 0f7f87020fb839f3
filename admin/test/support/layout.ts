import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO } from './api';

/** Signs in through the login page (the test server's captcha answer is fixed). */
export async function signIn(
  page: Page,
  url: string,
  who: { account: string; password: string } = DEMO.officer,
): Promise<void> {
  await page.goto(`${url}/admin/`);
  await page.getByLabel('帳號').fill(who.account);
  await page.getByLabel('密碼').fill(who.password);
  await page.getByLabel('圖形驗證碼').fill('GC2026');
  await page.getByRole('button', { name: '登入' }).click();
  await page.getByTestId('session-countdown').waitFor();
}

/**
 * Opens `url` as a first visit at `width`. react-admin remembers whether the menu was open, and
 * at phone width that menu is a modal drawer hiding the page: a phone's first visit has it
 * closed, so the remembered state is cleared before loading.
 */
export async function openAtWidth(page: Page, url: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) {
      if (key.endsWith('sidebar.open')) localStorage.removeItem(key);
    }
  });
  await page.goto(url);
  await page.reload();
  await expect.poll(() => page.locator('#root').getAttribute('aria-hidden')).toBeNull();
}

/** The page has its data: no request pending and no loading bar or spinner left. */
export async function loaded(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect
    .poll(() => page.locator('.MuiLinearProgress-root, .MuiCircularProgress-root').count())
    .toBe(0);
}

/**
 * Whether the page scrolls sideways (the document is wider than the window): the chain of
 * elements from the first one sticking out on the right, to say what to fix; empty when none.
 */
export function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const limit = root.clientWidth + 1;
    const sticksOut = (e: Element) => e.getBoundingClientRect().right > limit;
    const describe = (e: Element) => {
      const r = e.getBoundingClientRect();
      return `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 2).join('.')} L${Math.round(r.left)} W${Math.round(r.width)}`;
    };
    // Parts of a frame that scrolls by itself do not widen the page.
    const clipped = (e: Element) => {
      for (let a = e.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && a !== document.body)
          return !sticksOut(a);
      }
      return false;
    };
    const first = [...document.querySelectorAll('body *')].find((e) => sticksOut(e) && !clipped(e));
    const chain: string[] = [];
    for (let a: Element | null = first ?? null; a && chain.length < 14; a = a.parentElement) {
      chain.push(describe(a));
    }
    return chain.length ? chain : ['(the document itself)'];
  });
}
