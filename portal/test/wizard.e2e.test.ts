import { basename } from 'node:path';
import type { FileChooser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CAPTCHA_ANSWER,
  DEMO,
  openBrowser,
  signInBrowser,
  startPortal,
  switchLanguage,
  type Browser,
  type PortalServer,
} from './support/portal';
import { auditBothLanguages, tabTo } from './support/screens';
import {
  arrowSelect,
  caseAsRecorded,
  demoAddressDraft,
  expectSaved,
  onStep,
  registerApplicant,
  sampleFiles,
  unlinkedHolder,
} from './wizard-support';

// The amendment wizard (seed steps 8–12) in a real browser against the production API: the
// terms, finding the holder, every step of the draft, the uploads, the fee and the submit.

let server: PortalServer;
let files: Awaited<ReturnType<typeof sampleFiles>>;
const browsers: Browser[] = [];
const key = (page: Browser['page'], name: string) => page.keyboard.press(name);
/** The keys for a date input: this Chromium shows dates month, day, year whatever the page says. */
const typedDate = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$2$3$1');

beforeAll(async () => {
  [server, files] = await Promise.all([startPortal(), sampleFiles()]);
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.stop();
});

async function browserAs(label: string, account: string, password: string) {
  const browser = await openBrowser(label, 'zh-TW');
  browsers.push(browser);
  await signInBrowser(browser.context, server.url, account, password);
  return browser;
}

describe('the amendment wizard', () => {
  // One test at a time: the shared helpers (wizard-support.ts) use the file's own `expect`.
  test('a session that ends mid-step loses nothing: log in again, same step, same values', async () => {
    const shortServer = await startPortal({ SESSION_IDLE_MINUTES: '1' });
    try {
      const draftId = await demoAddressDraft(shortServer);
      const browser = await openBrowser('wizard-expiry', 'zh-TW');
      browsers.push(browser);
      const { page } = browser;
      await signInBrowser(
        browser.context,
        shortServer.url,
        DEMO.holder.account,
        DEMO.holder.password,
      );
      const step = `/amendments/${draftId}/edit/residence`;
      await page.goto(`${shortServer.url}${step}`);
      // One idle minute: the stay-signed-in question comes at once; it is put aside.
      await page.getByRole('alertdialog').waitFor();
      await key(page, 'Escape');
      await page.locator('#residence-line').fill('中山路二段8號');
      await expectSaved(page);
      // Put aside once, the question stays away while the saves move the end a little.
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      // Then a value the API refuses (a '#'): kept in the tab, not on the server.
      await page.locator('#residence-line').fill('中山路二段8號 #5');
      await expect
        .poll(() => page.getByTestId('save-status').innerText(), { timeout: 15_000 })
        .toContain('尚未儲存');

      await page.waitForURL(/\/login\?/, { timeout: 100_000 });
      const login = new URL(page.url());
      expect(login.searchParams.get('reason')).toBe('expired');
      expect(login.searchParams.get('next')).toBe(step);
      await page.locator('#login-account').fill(DEMO.holder.account);
      await page.locator('#login-password').fill(DEMO.holder.password);
      await page.locator('#login-captcha').fill(CAPTCHA_ANSWER);
      // The captcha image must have arrived before the form submits.
      await expect
        .poll(() => page.locator('main form button[type=submit]').first().isEnabled())
        .toBe(true);
      await page.locator('main form button[type=submit]').first().click();
      await page.waitForURL(`${shortServer.url}${step}`);
      await expect
        .poll(() => page.locator('#residence-line').inputValue())
        .toBe('中山路二段8號 #5');
      await expect
        .poll(() => page.locator('#residence-line-helper-text').innerText())
        .toContain('正體中文');
    } finally {
      await shortServer.stop();
    }
  });

  test('the demo holder changes address and passport, uploads, sees NT$0 and submits', async () => {
    const browser = await browserAs('wizard', DEMO.holder.account, DEMO.holder.password);
    const { page } = browser;
    await page.goto(`${server.url}/amendments/new`);

    // The terms: all 13 clauses, and no way on without the box ticked.
    await expect.poll(() => page.locator('main ol > li').count()).toBe(13);
    await auditBothLanguages(browser, 'wizard-01-terms');
    await page.getByRole('button', { name: '同意並繼續' }).click();
    await expect.poll(() => page.getByTestId('error-summary').innerText()).toContain('請勾選');
    await page.getByRole('checkbox', { name: '我已閱讀並同意上述條款' }).check();
    await page.getByRole('button', { name: '同意並繼續' }).click();

    // The holder: the linked account's own number and birth date are filled in already.
    const uiNumber = page.getByLabel('統一證號', { exact: false }).first();
    await expect.poll(() => uiNumber.inputValue()).toBe(DEMO.holderUiNumber);
    await expect.poll(() => page.getByTestId('ui-number-hint').innerText()).toContain('新式');
    expect(await page.locator('#birthDate').inputValue()).toBe(DEMO.holderBirthDate);
    await expect.poll(() => page.locator('#passportNumber').count()).toBe(0);
    await page.getByRole('checkbox', { name: '護照資料異動' }).check();
    await auditBothLanguages(browser, 'wizard-02-identify');
    await page.getByRole('button', { name: '開始填寫' }).click();

    // What changes: the passport is selected; the address is added (saved at once).
    await page.waitForURL(/\/amendments\/[0-9a-f-]{36}\/edit\/items$/);
    const id = /amendments\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    expect(await page.getByRole('checkbox', { name: '護照資料' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: '居留地址' }).check();
    await expectSaved(page);
    const stepper = page.getByRole('navigation', { name: '申請步驟' });
    await expect
      .poll(async () => (await stepper.getByRole('link').allTextContents()).join(' | '))
      .toBe('1要變更什麼（目前步驟） | 2護照資料 | 3居留地址與領證地點 | 4文件上傳 | 5確認並送出');
    await auditBothLanguages(browser, 'wizard-03-items');
    await page.getByRole('button', { name: '儲存並繼續' }).click();

    // Passport: a wrong number is refused beside the field (and in the summary), in Chinese.
    await onStep(page, 'passport');
    await expect.poll(() => page.locator('main').innerText()).toContain('目前登記：561234567');
    await page.locator('#passport-number').fill('X1');
    await page.getByRole('button', { name: '儲存並繼續' }).click();
    await expect.poll(() => page.getByTestId('error-summary').innerText()).toContain('內容過短');
    expect(await page.locator('#passport-number').getAttribute('aria-invalid')).toBe('true');
    await auditBothLanguages(browser, 'wizard-04-passport-problems');
    await switchLanguage(page, 'en');
    await expect.poll(() => page.getByTestId('error-summary').innerText()).toContain('too short');
    await switchLanguage(page, 'zh-TW');
    await page.locator('#passport-number').fill('X12345678');
    await page.locator('#passport-issue').fill('2026-01-15');
    await page.locator('#passport-expiry').fill('2036-01-14');
    await expectSaved(page);
    await expect.poll(() => page.getByTestId('error-summary').count()).toBe(0);
    await auditBothLanguages(browser, 'wizard-04-passport');
    await page.getByRole('button', { name: '儲存並繼續' }).click();

    // Residence: city → district → postal code, the address in Traditional Chinese.
    await onStep(page, 'residence');
    await expect.poll(() => page.getByTestId('residence-deadline').innerText()).toContain('30 日');
    await page.locator('#residence-city').selectOption('新北市');
    await page.locator('#residence-district').selectOption('板橋區');
    await expect.poll(() => page.locator('main').innerText()).toContain('郵遞區號：220');
    await page.locator('#residence-line').fill('Wenhua Road 1');
    await expect
      .poll(() => page.locator('#residence-line-helper-text').innerText())
      .toContain('正體中文');
    await page.locator('#residence-line').fill('文化路一段1號3樓');
    await expectSaved(page);
    await auditBothLanguages(browser, 'wizard-05-residence');
    await page.getByRole('button', { name: '儲存並繼續' }).click();

    // Documents: the limits before choosing; a refused photo; four uploads with progress.
    await onStep(page, 'documents');
    const photoSlot = page.locator('#document-PHOTO');
    await expect.poll(() => photoSlot.innerText()).toContain('413 × 531');
    await page.getByTestId('file-PHOTO').setInputFiles(files.tooSmall);
    await expect
      .poll(() => page.getByTestId('notice-PHOTO').innerText())
      .toContain('too-small.png 沒有上傳');
    expect(await page.getByTestId('notice-PHOTO').innerText()).toMatch(/413.*531/);
    await page.getByTestId('file-PROOF_OF_ADDRESS').setInputFiles(files.lease);
    await page.getByTestId('file-PASSPORT').setInputFiles(files.passport);
    await page.getByTestId('file-CURRENT_CARD').setInputFiles(files.card);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 48 * 1024,
    });
    await page.getByTestId('file-PHOTO').setInputFiles(files.photo);
    const progress = page.getByTestId('progress-PHOTO').getByRole('progressbar');
    await progress.waitFor();
    expect(Number(await progress.getAttribute('aria-valuenow'))).toBeLessThan(100);
    await browser.screenshot('wizard-06-documents-progress-zh');
    await expect
      .poll(() => page.getByTestId('notice-PHOTO').innerText(), { timeout: 20_000 })
      .toContain('photo.png 已上傳');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    for (const type of ['PROOF_OF_ADDRESS', 'PASSPORT', 'CURRENT_CARD', 'PHOTO']) {
      await expect
        .poll(() => page.locator(`#document-${type}`).innerText())
        .toContain('已上傳 1 個檔案');
    }
    // Both sides of the card as two files, then one removed again: the count follows.
    const card = page.locator('#document-CURRENT_CARD');
    await page.getByTestId('file-CURRENT_CARD').setInputFiles(files.card);
    await expect.poll(() => card.innerText()).toContain('已上傳 2 個檔案');
    await card
      .getByRole('button', { name: `移除 ${basename(files.card)}` })
      .first()
      .click();
    await expect.poll(() => card.innerText()).toContain('已上傳 1 個檔案');
    await auditBothLanguages(browser, 'wizard-06-documents');
    await page.getByRole('button', { name: '儲存並繼續' }).click();

    // Review: before → after, the documents, NT$0 with the reasons in law; then submit.
    await onStep(page, 'review');
    const changes = page.getByTestId('review-changes');
    await expect.poll(() => changes.innerText()).toContain('220 新北市板橋區文化路一段1號3樓');
    expect(await changes.innerText()).toContain('X12345678');
    const fee = page.getByTestId('fee-summary');
    expect(await fee.innerText()).toContain('NT$0');
    expect(await fee.innerText()).toContain('規費法第7條');
    await auditBothLanguages(browser, 'wizard-07-review');
    await page.getByRole('button', { name: '送出申請' }).dblclick();
    await page.waitForURL(new RegExp(`/amendments/${id}\\?submitted=1$`));

    const recorded = await caseAsRecorded(server, DEMO.holder.account, DEMO.holder.password, id);
    expect(recorded.status).toBe('SUBMITTED');
    expect(recorded.applicationNumber).toMatch(/^GC\d{4}-\d{7}$/);
    expect(recorded.items.sort()).toEqual(['PASSPORT', 'RESIDENCE_ADDRESS']);
    expect(recorded.documents.map((d) => d.type).sort()).toEqual([
      'CURRENT_CARD',
      'PASSPORT',
      'PHOTO',
      'PROOF_OF_ADDRESS',
    ]);

    // A second filing for the same holder: the open case is named, with a link to it.
    await page.goto(`${server.url}/amendments/new`);
    await expect.poll(() => page.locator('#uiNumber').inputValue()).toBe(DEMO.holderUiNumber);
    await page.getByRole('button', { name: '開始填寫' }).click();
    const problem = page.getByTestId('start-problem');
    await expect.poll(() => problem.innerText()).toContain('已有辦理中的申請案');
    expect(await problem.getByRole('link').getAttribute('href')).toBe(`/amendments/${id}`);

    // An agency without the holder's mandate is told so, and where mandates are.
    await signInBrowser(browser.context, server.url, 'agency', 'Agency-demo-2026');
    await page.goto(`${server.url}/amendments/new`);
    await page.getByRole('checkbox', { name: '我已閱讀並同意上述條款' }).check();
    await page.getByRole('button', { name: '同意並繼續' }).click();
    await page.locator('#uiNumber').fill(DEMO.holderUiNumber);
    await page.locator('#birthDate').fill(DEMO.holderBirthDate);
    await page.getByRole('button', { name: '開始填寫' }).click();
    await expect.poll(() => problem.innerText()).toContain('您沒有這位持卡人的有效授權');
    expect(await problem.getByRole('link').getAttribute('href')).toBe('/mandates');
    await auditBothLanguages(browser, 'wizard-02-identify-no-mandate');
  });

  test('a new applicant account links itself to its holder once, filing by keyboard alone', async () => {
    const applicant = await registerApplicant(server, 'wizardfirstuse');
    const holder = await unlinkedHolder(server);
    const browser = await browserAs('wizard-keyboard', applicant.account, applicant.password);
    const { page } = browser;
    const press = (name: string) => page.keyboard.press(name);
    await page.goto(`${server.url}/amendments/new`);

    // The terms, ticked with Space and confirmed with Enter.
    await tabTo(page, page.getByRole('checkbox', { name: '我已閱讀並同意上述條款' }));
    await press('Space');
    await tabTo(page, page.getByRole('button', { name: '同意並繼續' }));
    await press('Enter');

    // First use: the passport number is asked, with why; the demo holder belongs to another account.
    await page.locator('#passportNumber').waitFor();
    expect(await page.locator('main').innerText()).toContain('這個步驟只需要做一次');
    await auditBothLanguages(browser, 'wizard-02-identify-first-use');
    const fill = async (id: string, text: string) => {
      await tabTo(page, page.locator(id));
      await press('Control+A');
      await page.keyboard.type(text);
    };
    await fill('#uiNumber', DEMO.holderUiNumber);
    await fill('#birthDate', typedDate(DEMO.holderBirthDate));
    expect(await page.locator('#birthDate').inputValue()).toBe(DEMO.holderBirthDate);
    await fill('#passportNumber', DEMO.holderPassport);
    await press('Enter');
    const problem = page.getByTestId('start-problem');
    await expect.poll(() => problem.innerText()).toContain('這位持卡人已連結另一個帳號');
    await auditBothLanguages(browser, 'wizard-02-identify-bound-elsewhere');

    // Its own holder, first with a wrong passport number: nothing says which detail is wrong.
    await fill('#uiNumber', holder.uiNumber);
    await fill('#birthDate', typedDate(holder.birthDate));
    await fill('#passportNumber', 'WRONG1234');
    await press('Enter');
    await expect.poll(() => problem.innerText()).toContain('找不到相符的持卡人');
    await fill('#passportNumber', holder.passport.number);
    await press('Enter');
    await onStep(page, 'items');
    const id = /amendments\/([0-9a-f-]{36})/.exec(page.url())![1]!;

    // Name, collection place and the new-format number, ticked with Space; Enter continues.
    for (const item of ['NAME', 'COLLECTION_PLACE', 'UI_NUMBER_NEW_FORMAT']) {
      await tabTo(page, page.locator(`#item-${item}`));
      await press('Space');
      await expectSaved(page);
    }
    await tabTo(page, page.getByTestId('step-continue'));
    await press('Enter');
    await onStep(page, 'basic');
    await fill('#englishSurname', 'NEWNAME');
    await expectSaved(page);
    await auditBothLanguages(browser, 'wizard-08-basic');
    await tabTo(page, page.getByTestId('step-continue'));
    await press('Enter');

    // The service centre, chosen with the arrow keys.
    await onStep(page, 'residence');
    await arrowSelect(page, page.locator('#collection-place'), 'KHH');
    await expectSaved(page);
    await tabTo(page, page.getByTestId('step-continue'));
    await press('Enter');
    await onStep(page, 'ui-number');
    await auditBothLanguages(browser, 'wizard-09-ui-number');

    // Straight to submitting, documents missing: each is named, linking to the documents step.
    await tabTo(page, page.getByRole('link', { name: /確認並送出/ }));
    await press('Enter');
    await onStep(page, 'review');
    await tabTo(page, page.getByTestId('step-continue'));
    await press('Enter');
    const missing = page.getByTestId('submit-problems');
    await expect.poll(() => missing.innerText()).toContain('請上傳「姓名變更證明」');
    expect(await missing.getByRole('listitem').count()).toBe(3);
    const submitKey = () =>
      page.evaluate((caseId) => sessionStorage.getItem(`goldcard.submitKey.${caseId}`), id);
    const firstKey = await submitKey();
    expect(firstKey).toBeTruthy();
    await tabTo(page, missing.getByRole('link').first());
    await press('Enter');

    // Each file chosen from the keyboard: Enter on the button opens the file chooser. (The
    // listener is there before any key: Playwright intercepts choosers only once it listens.)
    const choosers: FileChooser[] = [];
    page.on('filechooser', (chooser) => choosers.push(chooser));
    await onStep(page, 'documents');
    const uploads = {
      NAME_CHANGE_PROOF: files.lease,
      PASSPORT: files.passport,
      PHOTO: files.photo,
    };
    for (const [type, path] of Object.entries(uploads)) {
      const button = page.locator(`#document-${type}`).getByRole('button', { name: /選擇檔案/ });
      await tabTo(page, button);
      const opened = choosers.length;
      await press('Enter');
      await expect.poll(() => choosers.length).toBe(opened + 1);
      await choosers[opened]!.setFiles(path);
      await expect.poll(() => page.getByTestId(`notice-${type}`).innerText()).toContain('已上傳');
    }
    await tabTo(page, page.getByTestId('step-continue'));
    await press('Enter');

    // A name change costs the reissue fee, due after approval; Enter submits.
    await onStep(page, 'review');
    await expect.poll(() => page.getByTestId('fee-summary').innerText()).toContain('NT$500');
    await tabTo(page, page.getByTestId('step-continue'));
    await press('Enter');
    await page.waitForURL(new RegExp(`/amendments/${id}\\?submitted=1$`));
    // The refused submit did not use up its key; the filed case no longer needs it.
    expect(await submitKey()).toBeNull();
    const recorded = await caseAsRecorded(server, applicant.account, applicant.password, id);
    expect(recorded.status).toBe('SUBMITTED');
    expect(recorded.items.sort()).toEqual(['COLLECTION_PLACE', 'NAME', 'UI_NUMBER_NEW_FORMAT']);

    // Linked once: the next filing knows the holder and asks no passport number.
    await page.goto(`${server.url}/amendments/new`);
    await expect.poll(() => page.locator('#uiNumber').inputValue()).toBe(holder.uiNumber);
    expect(await page.locator('#passportNumber').count()).toBe(0);
  });
});
