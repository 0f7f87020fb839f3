import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  approveCase,
  claimCase,
  DEMO_HOLDER,
  saveDraft,
  startCase,
  submitAddressChange,
  submitCase,
} from './support/arrange';
import {
  ApiClient,
  auditPage,
  DEMO,
  openBrowser,
  samplePdf,
  samplePng,
  signInBrowser,
  startPortal,
  type Browser,
  type PortalServer,
} from './support/portal';
import { auditBothLanguages, screenshots, tabTo } from './support/screens';

// Following a case after submit: my cases, the case page and its history, the officer's request
// for documents answered from the bell, paying the fee through the sandbox gateway (keyboard
// only), the receipt PDF, withdrawing, and the card-ready notice with the service centre.

let server: PortalServer;
/**
 * The browser uses the address the API calls itself (PUBLIC_URL, by default localhost:<port>):
 * the gateway's checkout and its way back to the case are built from it, and the session
 * cookie must belong to that host to survive the round trip.
 */
let base: string;
let browser: Browser;
let page: Page;
let holder: ApiClient;
let officer: ApiClient;

beforeAll(async () => {
  server = await startPortal();
  base = server.url.replace('127.0.0.1', 'localhost');
  holder = new ApiClient(server.url);
  await holder.login(DEMO.holder.account, DEMO.holder.password);
  officer = new ApiClient(server.url);
  await officer.login(DEMO.officer.account, DEMO.officer.password);
  browser = await openBrowser('cases');
  page = browser.page;
  await signInBrowser(browser.context, base, DEMO.holder.account, DEMO.holder.password);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Status = { status: string; fee: { status: string } };
const caseAsOfficer = async (id: string) =>
  (
    await officer.call<{ amendment: Status }>(
      'query($id: ID!) { amendment(id: $id) { status fee { status } } }',
      { id },
    )
  ).amendment;

/** The demo holder files a name change (a new card: NT$500) and an officer approves it. */
async function approvedNameChange(): Promise<string> {
  const { id } = await startCase(holder, {
    ...DEMO_HOLDER,
    passportNumber: DEMO.holderPassport,
    alsoChange: ['NAME'],
  });
  await saveDraft(holder, id, {
    name: { englishSurname: 'SMITH-CHEN', englishGivenName: 'JOHN', chineseName: '陳約翰' },
  });
  await holder.uploadDocument(id, 'NAME_CHANGE_PROOF', samplePdf('Deed poll'));
  await holder.uploadDocument(id, 'PASSPORT', samplePdf('Passport data page'));
  await holder.uploadDocument(id, 'PHOTO', samplePng(413, 531));
  await submitCase(holder, id);
  await claimCase(officer, id);
  await approveCase(officer, id);
  return id;
}

describe('following a case', () => {
  let addressCase: { id: string; applicationNumber: string };

  it('lists the submitted case in my cases and shows it with its history and next step', async () => {
    addressCase = await submitAddressChange(holder, {
      city: '新北市',
      district: '板橋區',
      line: '文化路一段1號3樓',
    });
    await page.goto(`${base}/amendments`);
    const card = page.getByRole('article', { name: `申請案 ${addressCase.applicationNumber}` });
    await expect.poll(() => card.innerText()).toContain('已送出，待審核');
    await expect.poll(() => card.innerText()).toMatch(/居留地址[\s\S]*等待審核（通常 1 至 2 週）/);
    await auditBothLanguages(browser, 'my-cases', /Submitted, waiting for review/);

    await card.getByRole('link', { name: addressCase.applicationNumber }).click();
    await page.waitForURL(`**/amendments/${addressCase.id}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe(`申請案 ${addressCase.applicationNumber}`);
    const history = page.locator('#history');
    expect(await history.innerText()).toMatch(/開始填寫申請[\s\S]*已送出，待審核/);
    expect(await history.innerText()).not.toMatch(/SUBMITTED|RESIDENCE_ADDRESS/);
    expect(await page.locator('#changes').innerText()).toContain('新北市板橋區文化路一段1號3樓');

    await page.goto(`${base}/amendments/${addressCase.id}?submitted=1`);
    const banner = page.getByRole('status').filter({ hasText: '申請已送出' });
    await expect.poll(() => banner.innerText()).toContain(addressCase.applicationNumber);
    expect(await banner.innerText()).toMatch(/電子郵件[\s\S]*接下來：/);
    await auditBothLanguages(browser, 'case-submitted', /Application submitted[\s\S]*History/);
  });

  it('answers an officer’s request for documents from the bell, and the review goes on', async () => {
    const version = await claimCase(officer, addressCase.id);
    await officer.call(
      'mutation($id: ID!, $v: Int!) { requestSupplement(id: $id, version: $v, documents: [PROOF_OF_ADDRESS], message: "The lease is not signed: please upload the signed lease.") { id } }',
      { id: addressCase.id, v: version },
    );
    await page.goto(`${base}/amendments`);
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toMatch(/^通知：1 則未讀(；|$)/);
    await bell.click();
    await page.waitForURL('**/notifications');
    const notice = page.getByRole('article').first();
    await expect.poll(() => notice.innerText()).toContain('待補件');
    expect(await notice.innerText()).toContain('居住證明（租約或水電費單）');
    await auditBothLanguages(browser, 'notifications', /Mark all as read[\s\S]*View the case/i);

    await notice.getByRole('link', { name: '查看申請案' }).click();
    await page.waitForURL(`**/amendments/${addressCase.id}`);
    const action = page.locator('#action');
    await expect.poll(() => action.innerText()).toContain('The lease is not signed');
    expect(await action.innerText()).not.toContain('[PROOF_OF_ADDRESS]');
    await expect.poll(() => bell.getAttribute('aria-label')).toMatch(/^通知（沒有未讀通知）(；|$)/);

    // Answering before uploading: the summary names the document and links to its upload.
    await page.getByRole('button', { name: '回覆補件' }).click();
    const summary = page.getByRole('link', { name: '請上傳「居住證明（租約或水電費單）」' });
    await expect.poll(() => summary.getAttribute('href')).toBe('#upload-PROOF_OF_ADDRESS');
    await auditBothLanguages(
      browser,
      'case-supplement',
      /Upload the Proof of address[\s\S]*The officer asks for more documents/,
    );

    await page.getByLabel('選擇 居住證明（租約或水電費單） 的檔案').setInputFiles({
      name: 'signed-lease.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf('Signed lease').bytes,
    });
    await expect
      .poll(() => page.locator('#upload-PROOF_OF_ADDRESS').innerText())
      .toContain('已上傳 1 個檔案');
    await page.getByLabel('給承辦人的說明（選填）').fill('Signed lease attached.');
    await page.getByRole('button', { name: '回覆補件' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '補件已送出' }).count())
      .toBe(1);
    await expect
      .poll(async () => (await caseAsOfficer(addressCase.id)).status)
      .toBe('UNDER_REVIEW');
    expect(await page.getByTestId('case-status').innerText()).toBe('審核中');
    await expect
      .poll(() => page.locator('#history').innerText())
      .toMatch(
        /待補件[\s\S]*The lease is not signed[\s\S]*上傳文件：居住證明[\s\S]*審核中[\s\S]*Signed lease attached\./,
      );
  });

  it('tells where to collect the card once it is ready', async () => {
    await approveCase(officer, addressCase.id);
    await officer.call('mutation($id: ID!) { markCardReady(id: $id) { id } }', {
      id: addressCase.id,
    });
    await page.goto(`${base}/amendments/${addressCase.id}`);
    const action = page.locator('#action');
    await expect.poll(() => action.innerText()).toContain('領取新卡');
    expect(await page.getByTestId('collection-centre').innerText()).toBe('臺北市服務站');
    expect(await action.innerText()).toMatch(/廣州街15號[\s\S]*週一至週五[\s\S]*護照正本/);
    expect(await page.locator('#fee').innerText()).toMatch(/免徵收規費[\s\S]*NT\$0[\s\S]*免繳規費/);
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toMatch(/通知：\d+ 則未讀/);
    await auditBothLanguages(
      browser,
      'case-card-ready',
      /Collect your new card[\s\S]*Guangzhou St\./,
    );

    await bell.click();
    await page.getByRole('button', { name: '全部標示為已讀' }).click();
    await expect.poll(() => bell.getAttribute('aria-label')).toMatch(/^通知（沒有未讀通知）(；|$)/);
    const { notifications } = await holder.call<{ notifications: { unread: number } }>(
      '{ notifications { unread } }',
    );
    expect(notifications.unread).toBe(0);
    expect(await page.getByRole('article').first().innerText()).toContain('新卡已製妥');

    await page.goto(`${base}/amendments`);
    const card = page.getByRole('article', { name: `申請案 ${addressCase.applicationNumber}` });
    await expect.poll(() => card.innerText()).toContain('至臺北市服務站領取新卡');
  });

  it('pays the fee through the gateway with the keyboard alone, then offers the receipt', async () => {
    const id = await approvedNameChange();
    await page.goto(`${base}/amendments/${id}`);
    await expect.poll(() => page.locator('#action').innerText()).toContain('前往付款 NT$500');
    expect(await page.getByRole('radio', { name: /信用卡/ }).isChecked()).toBe(true);
    await auditBothLanguages(browser, 'case-pay', /Pay online[\s\S]*Pay NT\$500/i);
    const payButton = page.getByRole('button', { name: '前往付款 NT$500' });

    // An ATM account first: back on the case, where and by when to transfer.
    await page.getByRole('radio', { name: /ATM 轉帳/ }).check();
    await Promise.all([page.waitForURL('**/sandbox-gateway/**'), payButton.click()]);
    await page.getByRole('button', { name: '取得轉帳帳號' }).click();
    await Promise.all([
      page.waitForURL(`**/amendments/${id}`),
      page.getByRole('link', { name: '返回商店' }).click(),
    ]);
    await expect
      .poll(() => page.locator('#action').innerText())
      .toMatch(/繳費資訊[\s\S]*銀行代碼\s*812[\s\S]*轉帳帳號\s*\d{10,}[\s\S]*繳費期限\s*\d{4}\//);
    await page.goto(`${base}/amendments/${id}?payment=pending`);
    const pending = page.getByRole('status').filter({ hasText: '請在期限內完成繳費' });
    await expect.poll(() => pending.innerText()).toMatch(/銀行代碼\s*812/);
    await screenshots(browser, 'case-payment-pending');

    // A declined card: back with nothing paid, and a way to try again.
    await Promise.all([page.waitForURL('**/sandbox-gateway/**'), payButton.click()]);
    await Promise.all([
      page.waitForURL(`**/amendments/${id}?payment=failed`),
      page.getByRole('button', { name: '模擬刷卡失敗' }).click(),
    ]);
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: '繳費未成功' }).count())
      .toBe(1);
    expect((await caseAsOfficer(id)).fee.status).toBe('UNPAID');
    await screenshots(browser, 'case-payment-failed');

    // Then by card, with the keyboard alone.
    await page.goto(`${base}/amendments/${id}`);
    await expect.poll(() => payButton.isVisible()).toBe(true);

    await page.locator('body').focus();
    await tabTo(page, payButton);
    await Promise.all([page.waitForURL('**/sandbox-gateway/**'), page.keyboard.press('Enter')]);
    await browser.screenshot('sandbox-gateway');
    await tabTo(page, page.getByRole('button', { name: '付款', exact: true }));
    await Promise.all([
      page.waitForURL(`**/amendments/${id}?payment=paid`),
      page.keyboard.press('Enter'),
    ]);

    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '繳費成功' }).innerText())
      .toContain('電子收據');
    expect(await page.getByTestId('fee-status').innerText()).toBe('已繳費');
    expect((await caseAsOfficer(id)).fee.status).toBe('PAID');
    await auditBothLanguages(browser, 'case-paid', /Payment received/);

    const receipt = page.getByRole('link', { name: '電子收據（PDF）' });
    const href = await receipt.getAttribute('href');
    expect(href).toBe(`/amendments/${id}/receipt.pdf`);
    const pdf = await page.request.get(`${base}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('withdraws a submitted case after a confirmation that says what it means', async () => {
    const filed = await submitAddressChange(holder, {
      city: '臺中市',
      district: '西屯區',
      line: '臺灣大道三段99號',
    });
    await page.goto(`${base}/amendments/${filed.id}`);
    await page.getByRole('button', { name: '撤回這件申請' }).click();
    const dialog = page.getByRole('dialog', {
      name: `確定要撤回申請 ${filed.applicationNumber} 嗎？`,
    });
    expect(await dialog.innerText()).toMatch(/資料都不會變更[\s\S]*重新提出申請/);
    await browser.screenshot('withdraw-dialog', { fullPage: false });
    await auditPage(page, 'withdraw dialog');
    await dialog.getByRole('button', { name: '不要撤回' }).click();
    expect((await caseAsOfficer(filed.id)).status).toBe('SUBMITTED');

    await page.getByRole('button', { name: '撤回這件申請' }).click();
    await dialog.getByLabel('撤回原因（選填）').fill('Moved again before the review.');
    await dialog.getByRole('button', { name: '確定撤回' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '申請已撤回' }).count())
      .toBe(1);
    expect((await caseAsOfficer(filed.id)).status).toBe('WITHDRAWN');
    expect(await page.locator('#history').innerText()).toMatch(
      /已撤回[\s\S]*Moved again before the review\./,
    );
    expect(await page.locator('#withdraw').count()).toBe(0);
  });

  it('sends a draft to the wizard, from the list and from its address', async () => {
    const started = await startCase(holder, {
      ...DEMO_HOLDER,
      passportNumber: DEMO.holderPassport,
      alsoChange: ['EMAIL'],
    });
    await page.goto(`${base}/amendments`);
    const draft = page.getByRole('link', { name: '草稿（尚未送出，沒有案號）' });
    expect(await draft.getAttribute('href')).toBe(`/amendments/${started.id}/edit`);
    expect(await page.locator('main').innerText()).toMatch(
      /繼續填寫草稿（保留至 \d{4}\/\d{2}\/\d{2}）/,
    );
    await page.goto(`${base}/amendments/${started.id}`);
    await expect.poll(() => page.url()).toContain(`/amendments/${started.id}/edit`);
    expect(browser.outsideRequests.filter((u) => !u.startsWith(base))).toEqual([]);
  });
});
