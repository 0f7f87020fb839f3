import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  CAPTCHA_ANSWER,
  DEMO,
  linkIn,
  openBrowser,
  startPortal,
  switchLanguage,
  type Browser,
  type PortalServer,
} from './support/portal';
import { expectSaved, onStep, sampleFiles, unlinkedHolder } from './wizard-support';

// The seed's twelve steps walked once as a person, in one browser, against the production API,
// its database and a real SMTP server: register → the mailed link → log in → terms → identify →
// change the English name, the address and the passport → upload → fee → submit → an officer
// approves → pay in the sandbox gateway and land back on the case → receipt → card ready.
// Then an employer files under a mandate. The pages' details, refusals and accessibility are
// each feature's own test (account, wizard, cases, agency); this one is the whole way through.
//
// Every step's screenshot is kept in portal/test-results/journey/ (README.md shows some).

const shots = fileURLToPath(new URL('../test-results/journey/', import.meta.url));
/**
 * With UPDATE_README_SCREENSHOTS=1 the steps README.md shows are also saved there (the first
 * screen only, to keep them small): `docs/screenshots/portal/<name>.png`.
 */
const readmeShots =
  process.env.UPDATE_README_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../docs/screenshots/portal/', import.meta.url))
    : undefined;
const README_STEPS = new Set([
  'home-zh',
  'home-en',
  'identify-zh-375',
  'residence-en',
  'documents-zh-375',
  'review-zh',
  'case-approved-en',
  'paid-zh-375',
  'card-ready-en',
]);
let server: PortalServer;
/** The address the API calls itself: the gateway returns the payer there, with the cookie. */
let base: string;
let browser: Browser;
let page: Page;
let files: Awaited<ReturnType<typeof sampleFiles>>;
let officer: ApiClient;
let step = 0;

const person = {
  account: 'meihua.lin',
  email: 'meihua.lin@example.test',
  password: 'plum blossom harbour 2026',
};

/** A screenshot of the page from the top, in the language it shows. */
async function shoot(name: string, width = 1280): Promise<void> {
  step += 1;
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState('networkidle');
  const file = join(shots, `${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (readmeShots && README_STEPS.has(name)) {
    await page.setViewportSize({ width, height: width < 600 ? 760 : 820 });
    await page.screenshot({ path: join(readmeShots, `${name}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The same page in English too (for README), then back to Chinese. */
async function shootBoth(name: string, englishText: RegExp): Promise<void> {
  await shoot(`${name}-zh`);
  await shoot(`${name}-zh-375`, 375);
  await switchLanguage(page, 'en');
  await expect.poll(() => page.locator('main').innerText()).toMatch(englishText);
  await shoot(`${name}-en`);
  await switchLanguage(page, 'zh-TW');
}

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  if (readmeShots) await mkdir(readmeShots, { recursive: true });
  [server, files] = await Promise.all([startPortal(), sampleFiles()]);
  base = server.url.replace('127.0.0.1', 'localhost');
  officer = new ApiClient(server.url);
  await officer.login(DEMO.officer.account, DEMO.officer.password);
  browser = await openBrowser('journey', 'zh-TW');
  page = browser.page;
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a holder amends their data from registration to collecting the card', () => {
  let caseId = '';

  it('registers, confirms the mailed link and logs in', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: '就業金卡資料異動' }).waitFor();
    await shootBoth('home', /What can be changed/);

    await page.getByRole('link', { name: '還沒有帳號？註冊' }).click();
    await page.getByRole('heading', { level: 1, name: '註冊帳號' }).waitFor();
    await page.getByRole('radio', { name: '就業金卡持卡人' }).check();
    await page.locator('#register-account').fill(person.account);
    await page.locator('#register-display-name').fill('Lin Mei-hua');
    await page.locator('#register-email').fill(person.email);
    await page.locator('#register-password').fill(person.password);
    await page.locator('#register-confirm').fill(person.password);
    await page.locator('#register-captcha').fill(CAPTCHA_ANSWER);
    await shoot('register-zh');
    await page.getByRole('button', { name: '建立帳號' }).click();
    await page.getByRole('heading', { level: 1, name: '請到信箱收信' }).waitFor();
    await shoot('register-sent-zh');

    // The mail arrives over SMTP; its link opens the portal, and a button confirms.
    const mail = await server.smtp.waitFor((m) => m.to.includes(person.email), 20_000);
    const link = linkIn(mail, '/account/verify-email');
    await page.goto(`${base}${link.pathname}${link.search}`);
    await page.getByRole('button', { name: '確認我的電子郵件' }).click();
    await page.getByRole('heading', { level: 2, name: '電子郵件已驗證' }).waitFor();
    await shoot('verified-zh');

    await page.goto(`${base}/login?next=%2Famendments%2Fnew`);
    await page.locator('#login-account').fill(person.account);
    await page.locator('#login-password').fill(person.password);
    await page.locator('#login-captcha').fill(CAPTCHA_ANSWER);
    await shootBoth('login', /Log in/);
    await page.locator('main form button[type=submit]').first().click();
    await page.waitForURL(`${base}/amendments/new`);
    // The countdown is on screen from now on.
    await expect
      .poll(() => page.getByTestId('session-countdown').first().innerText())
      .toMatch(/登出倒數 (29|30):\d\d/);
  });

  it('accepts the terms, identifies the holder and links the account with the passport', async () => {
    const holder = await unlinkedHolder(server);
    await expect.poll(() => page.locator('main ol > li').count()).toBe(13);
    await shootBoth('terms', /agree/i);
    await page.getByRole('checkbox', { name: '我已閱讀並同意上述條款' }).check();
    await page.getByRole('button', { name: '同意並繼續' }).click();

    await page.locator('#uiNumber').fill(holder.uiNumber);
    await page.locator('#birthDate').fill(holder.birthDate);
    await page.locator('#passportNumber').fill(holder.passport.number);
    await page.getByRole('checkbox', { name: '護照資料異動' }).check();
    await shootBoth('identify', /passport number/i);
    await page.getByRole('button', { name: '開始填寫' }).click();
    await page.waitForURL(/\/amendments\/[0-9a-f-]{36}\/edit\/items$/);
    caseId = /amendments\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  });

  it('changes the English name, the address and the passport, uploads with progress, sees the fee and submits', async () => {
    await page.getByRole('checkbox', { name: '居留地址' }).check();
    await expectSaved(page);
    await page.getByRole('checkbox', { name: '中英文姓名' }).check();
    await expectSaved(page);
    await shootBoth('items', /What changes/i);
    await page.getByRole('button', { name: '儲存並繼續' }).click();

    await onStep(page, 'basic');
    await page.locator('#englishSurname').fill('LIN-WANG');
    await expectSaved(page);
    await shoot('name-zh');
    await page.getByRole('button', { name: '儲存並繼續' }).click();

    await onStep(page, 'passport');
    await page.locator('#passport-number').fill('X98765432');
    await page.locator('#passport-issue').fill('2026-10-01');
    await page.locator('#passport-expiry').fill('2036-09-30');
    await expectSaved(page);
    await shoot('passport-zh');
    await page.getByRole('button', { name: '儲存並繼續' }).click();

    await onStep(page, 'residence');
    await page.locator('#residence-city').selectOption('臺中市');
    await page.locator('#residence-district').selectOption('西屯區');
    await page.locator('#residence-line').fill('臺灣大道三段99號12樓');
    await expectSaved(page);
    await shootBoth('residence', /Residence/i);
    await page.getByRole('button', { name: '儲存並繼續' }).click();

    await onStep(page, 'documents');
    // The limits are on screen before any file is chosen.
    await expect.poll(() => page.locator('#document-PHOTO').innerText()).toContain('413 × 531');
    await shoot('documents-before-zh');
    await page.getByTestId('file-PROOF_OF_ADDRESS').setInputFiles(files.lease);
    await page.getByTestId('file-PASSPORT').setInputFiles(files.passport);
    await page.getByTestId('file-CURRENT_CARD').setInputFiles(files.card);
    await page.getByTestId('file-NAME_CHANGE_PROOF').setInputFiles(files.lease);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 48 * 1024,
    });
    await page.getByTestId('file-PHOTO').setInputFiles(files.photo);
    await page.getByTestId('progress-PHOTO').getByRole('progressbar').waitFor();
    await shoot('documents-progress-zh');
    await expect
      .poll(() => page.getByTestId('notice-PHOTO').innerText(), { timeout: 30_000 })
      .toContain('photo.png 已上傳');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    for (const type of ['PROOF_OF_ADDRESS', 'PASSPORT', 'CURRENT_CARD', 'NAME_CHANGE_PROOF']) {
      await expect
        .poll(() => page.locator(`#document-${type}`).innerText())
        .toContain('已上傳 1 個檔案');
    }
    await shootBoth('documents', /uploaded/i);
    await page.getByRole('button', { name: '儲存並繼續' }).click();

    // One new card, one fee: NT$500 for the name; the address and the passport are exempt.
    await onStep(page, 'review');
    const fee = page.getByTestId('fee-summary');
    await expect.poll(() => fee.innerText()).toContain('NT$500');
    expect(await fee.innerText()).toContain('規費法第7條');
    expect(await page.getByTestId('review-changes').innerText()).toContain('LIN-WANG');
    await shootBoth('review', /Submit/i);
    await page.getByRole('button', { name: '送出申請' }).click();
    await page.waitForURL(new RegExp(`/amendments/${caseId}\\?submitted=1$`));
  });

  it('gets an application number, a receipt mail and the summary PDF', async () => {
    const { amendment } = await officer.call<{
      amendment: { status: string; applicationNumber: string; summaryUrl: string };
    }>('query($id: ID!) { amendment(id: $id) { status applicationNumber summaryUrl } }', {
      id: caseId,
    });
    expect(amendment.status).toBe('SUBMITTED');
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain(amendment.applicationNumber);
    await shootBoth('submitted', new RegExp(amendment.applicationNumber));
    await server.smtp.waitFor(
      (m) => m.to.includes(person.email) && m.text.includes(amendment.applicationNumber),
      20_000,
    );
    const summary = page.getByRole('link', { name: /申請摘要/ }).first();
    expect(await summary.getAttribute('href')).toBe(amendment.summaryUrl);
    const pdf = await page.request.get(`${base}${amendment.summaryUrl}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  });

  it('an officer approves; the holder sees the notice and the new status, pays in the sandbox and gets the receipt', async () => {
    const { claimAmendment } = await officer.call<{ claimAmendment: { version: number } }>(
      'mutation($id: ID!) { claimAmendment(id: $id) { version } }',
      { id: caseId },
    );
    await officer.call(
      'mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v) { id } }',
      { id: caseId, v: claimAmendment.version },
    );

    // The bell counts the notice (it asks again when the page is used).
    await page.goto(`${base}/amendments`);
    const bell = page.getByTestId('notification-bell');
    await expect
      .poll(() => bell.getAttribute('aria-label'), { timeout: 70_000 })
      .toMatch(/[1-9]\d* 則未讀/);
    await shoot('my-cases-zh');
    await bell.click();
    await page.waitForURL(`${base}/notifications`);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/核准/);
    await shootBoth('notifications', /Mark all as read/);

    await page.goto(`${base}/amendments/${caseId}`);
    const payButton = page.getByRole('button', { name: '前往付款 NT$500' });
    await payButton.waitFor();
    await shootBoth('case-approved', /Pay NT\$500/i);
    await Promise.all([page.waitForURL('**/sandbox-gateway/**'), payButton.click()]);
    await shoot('sandbox-gateway-zh');
    await Promise.all([
      page.waitForURL(`${base}/amendments/${caseId}?payment=paid`),
      page.getByRole('button', { name: /^付款$/ }).click(),
    ]);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '繳費成功' }).count())
      .toBe(1);
    await expect.poll(() => page.getByTestId('fee-status').innerText()).toBe('已繳費');
    await shootBoth('paid', /Payment received/);
    const receipt = page.getByRole('link', { name: '電子收據（PDF）' });
    const pdf = await page.request.get(`${base}${await receipt.getAttribute('href')}`);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is told when and where the new card can be collected', async () => {
    await officer.call('mutation($id: ID!) { markCardReady(id: $id) { id } }', { id: caseId });
    await page.goto(`${base}/amendments/${caseId}`);
    await expect.poll(() => page.locator('#action').innerText()).toMatch(/領取/);
    await shootBoth('card-ready', /collect/i);
  });
});

describe('an employer files for an employee under a mandate', () => {
  it('logs in, finds the holder under mandates and files a collection-place change', async () => {
    const holder = new ApiClient(server.url);
    await holder.login(DEMO.holder.account, DEMO.holder.password);
    await holder.call(
      'mutation($input: GrantMandateInput!) { createMandate(input: $input) { id } }',
      {
        input: { grantee: 'employer', validUntil: '2027-12-31' },
      },
    );
    const employer = await openBrowser('journey-employer', 'zh-TW');
    try {
      const p = employer.page;
      await p.goto(`${base}/login?next=%2Fmandates`);
      await p.locator('#login-account').fill('employer');
      await p.locator('#login-password').fill('Employer-demo-2026');
      await p.locator('#login-captcha').fill(CAPTCHA_ANSWER);
      await p.locator('main form button[type=submit]').first().click();
      await p.waitForURL(`${base}/mandates`);
      await expect.poll(() => p.locator('main').innerText()).toContain('SMITH');
      await p.evaluate(() => window.scrollTo(0, 0));
      await p.screenshot({ path: join(shots, '90-employer-mandates-zh.png'), fullPage: true });
      await p
        .getByRole('link', { name: /為這位持卡人申請異動/ })
        .first()
        .click();
      await p.waitForURL(/\/amendments\/new/);
      const terms = p.getByRole('checkbox', { name: '我已閱讀並同意上述條款' });
      await terms.check();
      await p.getByRole('button', { name: '同意並繼續' }).click();
      await p.locator('#uiNumber').fill(DEMO.holderUiNumber);
      await p.locator('#birthDate').fill(DEMO.holderBirthDate);
      await p.getByRole('button', { name: '開始填寫' }).click();
      await onStep(p, 'items');
      const id = /amendments\/([0-9a-f-]{36})/.exec(p.url())![1]!;
      await p.getByRole('checkbox', { name: '領證地點' }).check();
      await expectSaved(p);
      await p.getByRole('button', { name: '儲存並繼續' }).click();
      await p.locator('#collection-place').selectOption('TXG');
      await expectSaved(p);
      await p.getByRole('button', { name: '儲存並繼續' }).click();
      await onStep(p, 'review');
      await p.getByRole('button', { name: '送出申請' }).click();
      await p.waitForURL(new RegExp(`/amendments/${id}\\?submitted=1$`));
      await p.evaluate(() => window.scrollTo(0, 0));
      await p.screenshot({ path: join(shots, '91-employer-submitted-zh.png'), fullPage: true });

      const { amendment } = await officer.call<{
        amendment: { status: string; filedByRole: string; items: string[] };
      }>('query($id: ID!) { amendment(id: $id) { status filedByRole items } }', { id });
      expect(amendment).toEqual({
        status: 'SUBMITTED',
        filedByRole: 'EMPLOYER',
        items: ['COLLECTION_PLACE'],
      });
    } finally {
      await employer.close();
    }
  });
});
