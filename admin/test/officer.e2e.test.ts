import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, DEMO, samplePdf, submitAddressChange, type SubmittedCase } from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';

/**
 * The officer's whole path in a real browser against the production build: a holder files a
 * residence-address change through the API; the officer finds it, claims it, compares, opens a
 * document, asks for another; the holder answers through the API; the officer approves and sees
 * the register and a new card on the holder's page. Nothing is mocked.
 */
describe('officer console: from the queue to a new card', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let holder: ApiClient;
  let filed: SubmittedCase;
  const newAddress = { city: '臺北市', district: '信義區', line: '松仁路100號8樓' };

  beforeAll(async () => {
    api = await startApi();
    holder = new ApiClient(api.url, 'zh-TW');
    await holder.login(DEMO.holder.account, DEMO.holder.password);
    filed = await submitAddressChange(holder, newAddress);
    browser = await openBrowser('officer');
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const status = () =>
    page.getByTestId('amendment-title').locator('xpath=..').locator('[data-status]');

  it('signs in with the image captcha; a wrong password is refused with the API’s message', async () => {
    await page.goto(`${api.url}/admin/`);
    await page.getByRole('heading', { name: '審核人員登入' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
    const captcha = page.getByRole('img', { name: /驗證碼圖片/ });
    await captcha.waitFor();
    expect(await captcha.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await browser.screenshot('login');
    await expectAccessible(page, 'login');

    await page.getByLabel('帳號').fill(DEMO.officer.account);
    await page.getByLabel('密碼').fill('not-the-password');
    await page.getByLabel('圖形驗證碼').fill('GC2026');
    const firstImage = await captcha.getAttribute('src');
    await page.getByRole('button', { name: '登入' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim().length).toBeGreaterThan(2);
    // A captcha answers once: a fresh image replaces it and the answer field is cleared.
    await expect.poll(() => captcha.getAttribute('src')).not.toBe(firstImage);
    expect(await page.getByLabel('圖形驗證碼').inputValue()).toBe('');
    await browser.screenshot('login-refused');

    await page.getByRole('button', { name: '換一張' }).click();
    await page.getByLabel('密碼').fill(DEMO.officer.password);
    await page.getByLabel('圖形驗證碼').fill('GC2026');
    await page.getByRole('button', { name: '登入' }).click();
    await page.getByRole('heading', { name: /您好/ }).waitFor();
  });

  it('shows the dashboard figures and the logout countdown', async () => {
    const countdown = page.getByTestId('session-countdown');
    await expect.poll(() => countdown.textContent()).toMatch(/登出倒數 (29|30):\d\d/);
    const unassigned = page.getByTestId('stat-unassigned');
    await expect
      .poll(async () => Number((await unassigned.textContent())?.match(/\d+/)?.[0]))
      .toBeGreaterThanOrEqual(1);
    const submitted = page.getByTestId('stats-by-status').locator('[data-status="SUBMITTED"]');
    await expect.poll(async () => Number(await submitted.textContent())).toBeGreaterThanOrEqual(1);
    await browser.screenshot('dashboard');
    await expectAccessible(page, 'dashboard');
  });

  it('finds the case in the “to claim” queue by the holder’s UI number', async () => {
    await page.getByRole('menuitem', { name: '異動案件' }).click();
    await page.getByRole('tab', { name: /^待認領/ }).click();
    await expect.poll(() => page.url()).toContain('TO_CLAIM');
    await page.getByLabel('搜尋', { exact: true }).fill(DEMO.holderUiNumber);
    const row = page.getByRole('row').filter({ hasText: filed.applicationNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain('居留地址');
    expect(await row.textContent()).toContain('已送件');
    // Sortable columns: the header toggles the order through the API's sort.
    await page.getByRole('button', { name: '送件時間' }).click();
    await expect.poll(() => decodeURIComponent(page.url())).toMatch(/order=ASC|"order":"ASC"/);
    await row.waitFor();
    await browser.screenshot('amendment-list');
    await expectAccessible(page, 'amendment list');
    await row.getByRole('link', { name: filed.applicationNumber }).click();
    await page.getByTestId('amendment-title').waitFor();
    expect(await page.getByTestId('amendment-title').textContent()).toContain(
      filed.applicationNumber,
    );
  });

  it('claims the case and compares the requested address with the registered one', async () => {
    await page.getByText('請先承辦此案才能審核。').waitFor();
    await page.getByRole('button', { name: '承辦此案' }).click();
    await page.getByRole('button', { name: '核准' }).waitFor();
    expect(await status().getAttribute('data-status')).toBe('UNDER_REVIEW');

    const residence = page.getByTestId('values-comparison').locator('tr[data-field="residence"]');
    expect(await residence.getAttribute('data-changed')).toBe('true');
    expect(await residence.locator('mark').textContent()).toContain('臺北市信義區松仁路100號8樓');
    const surname = page
      .getByTestId('values-comparison')
      .locator('tr[data-field="englishSurname"]');
    expect(await surname.getAttribute('data-changed')).toBe('false');
    expect(await page.getByTestId('fee').textContent()).toMatch(/免繳費|已繳費|未繳費/);
    expect(await page.getByTestId('timeline').locator('li').count()).toBeGreaterThanOrEqual(3);
    await browser.screenshot('amendment-claimed');
    await expectAccessible(page, 'amendment show');
  });

  it('opens the photo and a PDF inline beside the comparison, authorised by the session cookie', async () => {
    await page.getByRole('button', { name: /photo\.png/ }).click();
    const image = page.getByTestId('document-image');
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(413);
    expect(
      await page
        .getByTestId('document-viewer')
        .getByRole('link', { name: /下載 photo\.png/ })
        .count(),
    ).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await browser.screenshot('document-photo', { fullPage: false });
    await expectAccessible(page, 'document viewer');

    await page.getByRole('button', { name: /lease-for-the-new-address\.pdf/ }).click();
    const frame = page.getByTestId('document-frame');
    await frame.waitFor();
    const src = await frame.getAttribute('src');
    expect(src).toMatch(/^\/documents\//);
    const response = await page.request.get(`${api.url}${src}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await browser.screenshot('document-pdf', { fullPage: false });
  });

  it('asks the applicant for another document (dialog)', async () => {
    await page.getByRole('button', { name: '通知補件' }).click();
    const dialog = page.getByTestId('supplement-dialog');
    await dialog.waitFor();
    // Nothing chosen, no message: the dialog says what is missing instead of calling the API.
    await dialog.getByRole('button', { name: '通知補件' }).click();
    await dialog.getByText('請至少選擇一項文件。').waitFor();
    await dialog.getByRole('checkbox', { name: '居住地址證明' }).check();
    await dialog.getByLabel('給申請人的說明').fill('請補上近三個月內的水電費帳單。');
    await browser.screenshot('request-documents-dialog', { fullPage: false });
    await expectAccessible(page, 'request documents dialog');
    await dialog.getByRole('button', { name: '通知補件' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => status().getAttribute('data-status')).toBe('SUPPLEMENT_REQUESTED');
    await page
      .getByTestId('timeline')
      .getByText('請補上近三個月內的水電費帳單。', { exact: false })
      .waitFor();
    expect(await page.getByRole('button', { name: '核准' }).count()).toBe(0);
    await browser.screenshot('supplement-requested');
  });

  it('approves once the applicant has answered', async () => {
    await holder.uploadDocument(filed.id, 'PROOF_OF_ADDRESS', samplePdf('Electricity bill'));
    await holder.call(
      'mutation($id: ID!, $note: String) { respondToSupplementRequest(amendmentId: $id, note: $note) { status } }',
      { id: filed.id, note: '已補上帳單' },
    );
    await page.getByRole('button', { name: '重新整理' }).click();
    await expect.poll(() => status().getAttribute('data-status')).toBe('UNDER_REVIEW');
    await page.getByTestId('documents').getByText('electricity-bill.pdf').waitFor();

    await page.getByRole('button', { name: '核准' }).click();
    const dialog = page.getByTestId('approve-dialog');
    await dialog.getByLabel('備註（選填）').fill('地址證明已核對。');
    await dialog.getByRole('button', { name: '核准' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => status().getAttribute('data-status')).toBe('APPROVED');
    await browser.screenshot('approved');

    // The new card is printed: ready, then collected (an address change costs nothing). Each
    // is confirmed in a dialog that says what it does; cancelling changes nothing.
    await page.getByRole('button', { name: '製證完成' }).click();
    const ready = page.getByTestId('card-ready-dialog');
    await ready.getByText('將通知持卡人至所選服務站領取新證').waitFor();
    await browser.screenshot('card-ready-dialog', { fullPage: false });
    await expectAccessible(page, 'card ready confirmation');
    await ready.getByRole('button', { name: '取消' }).click();
    await ready.waitFor({ state: 'detached' });
    expect(await status().getAttribute('data-status')).toBe('APPROVED');
    await page.getByRole('button', { name: '製證完成' }).click();
    await ready.getByRole('button', { name: '製證完成' }).click();
    await ready.waitFor({ state: 'detached' });
    await expect.poll(() => status().getAttribute('data-status')).toBe('CARD_READY');
    await page.getByRole('button', { name: '已領證' }).click();
    const collected = page.getByTestId('card-collected-dialog');
    await collected.getByText('登記後無法復原').waitFor();
    await collected.getByRole('button', { name: '已領證' }).click();
    await collected.waitFor({ state: 'detached' });
    await expect.poll(() => status().getAttribute('data-status')).toBe('CARD_COLLECTED');
    await browser.screenshot('card-collected');
  });

  it('shows the new address and the new card on the holder’s page', async () => {
    await page.getByRole('link', { name: /SMITH/ }).first().click();
    await page.getByTestId('applicant-title').waitFor();
    await expect
      .poll(() => page.getByTestId('residence').textContent())
      .toContain('臺北市信義區松仁路100號8樓');
    const cards = page.getByTestId('cards').locator('tbody tr');
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(2);
    expect(await cards.first().getAttribute('data-card-status')).toBe('ACTIVE');
    expect(
      await page.getByTestId('cards').locator('tr[data-card-status="SUPERSEDED"]').count(),
    ).toBeGreaterThanOrEqual(1);
    const history = await page.getByTestId('ui-numbers').textContent();
    expect(history).toContain(DEMO.holderUiNumber);
    expect(history).toContain('AC01234567');
    await browser.screenshot('holder');
    await expectAccessible(page, 'holder show');
  });

  it('searches holders by an earlier UI number, a passport number or part of a name', async () => {
    await page.getByRole('menuitem', { name: '持卡人' }).click();
    await page.getByLabel('統一證號（現行或舊號）、姓名或護照號碼').fill('AC01234567');
    const rows = page.getByTestId('applicant-list').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(DEMO.holderUiNumber);
    await page.getByLabel('統一證號（現行或舊號）、姓名或護照號碼').fill(DEMO.holderPassport);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(DEMO.holderUiNumber);
    await page.getByLabel('統一證號（現行或舊號）、姓名或護照號碼').fill('smi');
    await expect.poll(async () => (await rows.allTextContents()).join(' ')).toContain('SMITH');
    await browser.screenshot('holder-search');
    await expectAccessible(page, 'holder list');
  });

  it('sent every request to the API it came from, in the chosen language, never introspecting', () => {
    expect(browser.outsideRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
    expect(browser.acceptLanguages.length).toBeGreaterThan(10);
    expect(browser.introspectionRequests).toEqual([]);
    expect(new Set(browser.acceptLanguages)).toEqual(new Set(['zh-TW']));
  });
});
