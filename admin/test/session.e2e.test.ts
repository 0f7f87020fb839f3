import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';

/** Seconds left on the app bar's countdown ("登出倒數 01:54"). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByTestId('session-countdown').textContent()) ?? '';
  const match = text.match(/(\d+):(\d\d)/);
  if (!match) throw new Error(`no countdown in "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

async function signIn(page: Page, url: string) {
  await page.goto(`${url}/admin/`);
  await page.getByLabel('帳號').fill(DEMO.officer.account);
  await page.getByLabel('密碼').fill(DEMO.officer.password);
  await page.getByLabel('圖形驗證碼').fill('GC2026');
  await page.getByRole('button', { name: '登入' }).click();
  await page.getByTestId('session-countdown').waitFor();
}

/**
 * The logout countdown against a server whose sessions end after two idle minutes (so the
 * two-minute warning shows at once). Two officers in two browsers: one stays idle and is signed
 * out by the console when the session ends (reading the session for the countdown must not keep
 * it alive); the other asks to stay signed in, which makes a real request and extends it. The
 * API slides a session at most once a minute, so "stay" is tried after a minute.
 */
describe('session countdown with a two-minute idle timeout', () => {
  let api: ApiServer;
  let idle: Browser;
  let staying: Browser;

  beforeAll(async () => {
    api = await startApi({ SESSION_IDLE_MINUTES: '2' });
    idle = await openBrowser('session-idle');
    staying = await openBrowser('session-stay');
  });

  afterAll(async () => {
    await idle?.close();
    await staying?.close();
    await api?.stop();
  });

  it('shows the countdown and warns when little time is left', async () => {
    await signIn(idle.page, api.url);
    await signIn(staying.page, api.url);
    const warning = staying.page.getByRole('alertdialog', { name: '即將自動登出' });
    await warning.waitFor();
    expect(await staying.page.getByTestId('session-countdown').textContent()).toMatch(
      /登出倒數 0[12]:\d\d/,
    );
    await staying.screenshot('session-warning', { fullPage: false });
    await expectAccessible(staying.page, 'session warning');
  });

  it('extends the session when asked to stay signed in', async () => {
    const page = staying.page;
    await expect
      .poll(() => secondsLeft(page), { timeout: 75_000, interval: 1_000 })
      .toBeLessThanOrEqual(55);
    await page.getByRole('alertdialog').getByRole('button', { name: '繼續使用' }).click();
    await expect.poll(() => secondsLeft(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(110);
    await page.getByText('已延長登入時間。').waitFor();
  }, 100_000);

  it('signs the idle officer out when the session ends, and says why', async () => {
    const page = idle.page;
    await page.getByRole('heading', { name: '審核人員登入' }).waitFor({ timeout: 90_000 });
    await page.getByText('登入已逾時，請重新登入。').waitFor();
    await idle.screenshot('session-ended');
    // The server agrees: the cookie no longer opens a session.
    const answer = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ session { expiresAt } }' }),
      });
      return (await response.json()) as { data?: { session: unknown } };
    });
    expect(answer.data?.session ?? null).toBeNull();
    // The officer who stayed is still signed in.
    expect(await secondsLeft(staying.page)).toBeGreaterThan(30);
  }, 100_000);
});
