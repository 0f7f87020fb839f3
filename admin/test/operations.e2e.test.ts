import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  DEMO,
  samplePdf,
  samplePng,
  submitAddressChange,
  type SubmittedCase,
} from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';

/**
 * The operations without a screen until now: an officer verifies powers of attorney (accepts one,
 * refuses one with a reason, meets one decided meanwhile), a supervisor finds an overdue fee in
 * the reconciliation and follows it to its case, an officer opens a case's receipt PDF; an officer
 * has no reconciliation. Each new page is checked with axe in both languages at 1366 and 375 px.
 */
describe('officer console: mandates, reconciliation, receipts', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let officer: ApiClient;
  let supervisor: ApiClient;
  let agency: ApiClient;
  let employer: ApiClient;
  let holders: { uiNumber: string; birthDate: string }[];
  const mandateIds = { accept: '', refuse: '', stale: '' };
  let exempt: SubmittedCase;
  let overdueId = '';
  let overdueNumber = '';

  const nextYear = () => {
    const d = new Date();
    d.setUTCFullYear(d.getUTCFullYear() + 1);
    return d.toISOString().slice(0, 10);
  };

  /** A power of attorney sent by an agency or employer: waiting for an officer. */
  const requestMandate = async (
    client: ApiClient,
    holder: { uiNumber: string; birthDate: string },
  ) =>
    (
      await client.upload<{ requestMandate: { id: string; status: string } }>(
        'mutation($input: RequestMandateInput!, $file: Upload!) { requestMandate(input: $input, file: $file) { id status } }',
        { input: { ...holder, items: [], validUntil: nextYear() } },
        samplePdf('Power of attorney'),
      )
    ).requestMandate;

  const mandate = async (id: string) =>
    (
      await officer.call<{
        mandates: { id: string; status: string; decisionNote: string | null }[];
      }>('{ mandates { id status decisionNote } }')
    ).mandates.find((m) => m.id === id);

  /** SQL on the API's embedded PostgreSQL, for what no operation can do: let time pass. */
  const sql = async (text: string, params: unknown[] = []) => {
    const password = (await readFile(join(api.dataDir, 'pg-password'), 'utf8')).trim();
    const pid = await readFile(join(api.dataDir, 'pg', 'postmaster.pid'), 'utf8');
    const client = new pg.Client({
      connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pid.split('\n')[3]!.trim()}/goldcard`,
    });
    await client.connect();
    try {
      await client.query(text, params);
    } finally {
      await client.end();
    }
  };

  const acceptTerms = async (client: ApiClient) => {
    const { amendmentTerms } = await client.call<{ amendmentTerms: { version: string } }>(
      '{ amendmentTerms { version } }',
    );
    await client.call('mutation($v: String!) { acceptAmendmentTerms(version: $v) { version } }', {
      v: amendmentTerms.version,
    });
  };

  const approve = async (id: string) => {
    const { claimAmendment } = await officer.call<{ claimAmendment: { version: number } }>(
      'mutation($id: ID!) { claimAmendment(id: $id) { version } }',
      { id },
    );
    await officer.call(
      'mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v) { id } }',
      { id, v: claimAmendment.version },
    );
  };

  beforeAll(async () => {
    api = await startApi();
    officer = new ApiClient(api.url, 'zh-TW');
    await officer.login(DEMO.officer.account, DEMO.officer.password);
    supervisor = new ApiClient(api.url, 'zh-TW');
    await supervisor.login(DEMO.supervisor.account, DEMO.supervisor.password);
    agency = new ApiClient(api.url, 'zh-TW');
    await agency.login('agency', 'Agency-demo-2026');
    employer = new ApiClient(api.url, 'zh-TW');
    await employer.login('employer', 'Employer-demo-2026');
    const { applicants } = await officer.call<{
      applicants: { items: { uiNumber: string; birthDate: string }[] };
    }>('{ applicants(perPage: 10) { items { uiNumber birthDate } } }');
    holders = applicants.items.filter((h) => h.uiNumber !== DEMO.holderUiNumber);
    mandateIds.accept = (await requestMandate(agency, holders[0]!)).id;
    mandateIds.refuse = (await requestMandate(employer, holders[0]!)).id;
    mandateIds.stale = (await requestMandate(employer, holders[1]!)).id;

    // A fee-exempt case (a residence address), approved: it has a receipt at once.
    const holder = new ApiClient(api.url, 'zh-TW');
    await holder.login(DEMO.holder.account, DEMO.holder.password);
    exempt = await submitAddressChange(holder, {
      city: '臺北市',
      district: '信義區',
      line: '松仁路100號8樓',
    });
    await approve(exempt.id);

    browser = await openBrowser('operations');
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const signIn = async (account: { account: string; password: string }) => {
    await page.goto(`${api.url}/admin/`);
    await page.getByLabel('帳號').fill(account.account);
    await page.getByLabel('密碼').fill(account.password);
    await page.getByLabel('圖形驗證碼').fill('GC2026');
    await page.getByRole('button', { name: '登入' }).click();
    await page.getByRole('heading', { name: /您好/ }).waitFor();
  };

  const signOut = async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: /個人資料/ }).click();
    await page.getByRole('menuitem', { name: '登出' }).click();
    await page.getByRole('heading', { name: '審核人員登入' }).waitFor();
  };

  const switchLanguage = async (to: string) => {
    await page.getByTestId('language-switcher').first().click();
    await page.getByRole('menuitem', { name: to }).click();
    await page.waitForFunction(
      (lang) => document.documentElement.lang === lang,
      to === 'English' ? 'en' : 'zh-TW',
    );
  };

  /**
   * The menu, open on the desktop, would cover a phone's screen as a drawer: fold it first (the
   * console remembers the choice).
   */
  const foldMenu = async () => {
    const toggle = page.getByRole('button', { name: /^(關閉選單|Close menu)$/ });
    if (await toggle.count()) await toggle.first().click();
    await page
      .getByRole('button', { name: /^(開啟選單|Open menu)$/ })
      .first()
      .waitFor();
  };

  /** axe at 1366 and 375 px in both languages, and nothing wider than the phone's screen. */
  const auditEverywhere = async (name: string, ready: (english: boolean) => Promise<void>) => {
    for (const width of [1366, 375]) {
      if (width === 375) await foldMenu();
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      for (const english of [false, true]) {
        if (english) await switchLanguage('English');
        await ready(english);
        await expectAccessible(page, `${name} at ${width} px${english ? ' (English)' : ''}`);
        if (width === 375) {
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
          await browser.screenshot(`${name}-375${english ? '-en' : ''}`);
        }
        if (english) await switchLanguage('繁體中文');
      }
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  };

  const mandateRow = (grantee: string, holderUi: string) =>
    page
      .getByTestId('mandate-list')
      .locator('tbody tr, li')
      .filter({ hasText: grantee })
      .filter({ hasText: holderUi });

  it('lets an officer accept a power of attorney and refuse another with a reason', async () => {
    await signIn(DEMO.officer);
    expect(await page.getByRole('menuitem', { name: '繳費對帳' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '委託書審核' }).click();
    const ui = holders[0]!.uiNumber;
    const agencyRow = mandateRow('寶島移居顧問有限公司', ui);
    await agencyRow.waitFor();
    expect(await agencyRow.innerText()).toMatch(/待審核[\s\S]*書面委託書[\s\S]*全部異動項目/);
    // Only the pending ones by default.
    const statuses = await page
      .getByTestId('mandate-list')
      .locator('[data-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['PENDING_VERIFICATION']));

    // The signed document, opened in a tab of its own.
    const powerOfAttorney = agencyRow.getByRole('link', { name: /開啟 .* 的委託書（新分頁）/ });
    expect(await powerOfAttorney.getAttribute('target')).toBe('_blank');
    const documentResponse = await page.request.get(
      `${api.url}${await powerOfAttorney.getAttribute('href')}`,
    );
    expect(documentResponse.headers()['content-type']).toBe('application/pdf');
    expect((await documentResponse.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await agencyRow.getByRole('button', { name: '核准' }).click();
    const accept = page.getByRole('dialog', { name: '確定核准這份委託書嗎？' });
    await accept.waitFor();
    expect(await accept.innerText()).toMatch(/寶島移居顧問有限公司 可於 .* 代理/);
    await expectAccessible(page, 'accept a power of attorney');
    await accept.getByRole('button', { name: '核准' }).click();
    await page.getByText('委託書已核准，委託即時生效。').waitFor();
    await expect.poll(async () => (await mandate(mandateIds.accept))?.status).toBe('ACTIVE');

    const employerRow = mandateRow('福爾摩沙晶片股份有限公司', ui);
    await employerRow.getByRole('button', { name: '退回' }).click();
    const refuse = page.getByRole('dialog', { name: '確定退回這份委託書嗎？' });
    await refuse.waitFor();
    await refuse.getByRole('button', { name: '退回' }).click();
    await refuse.getByText('請填寫退回原因。').waitFor();
    expect((await mandate(mandateIds.refuse))?.status).toBe('PENDING_VERIFICATION');
    await refuse.getByLabel(/退回原因/).fill('委託書未經持卡人簽名');
    await browser.screenshot('mandate-refuse', { fullPage: false });
    await expectAccessible(page, 'refuse a power of attorney');
    await refuse.getByRole('button', { name: '退回' }).click();
    await page.getByText('委託書已退回。').waitFor();
    expect(await mandate(mandateIds.refuse)).toMatchObject({
      status: 'REJECTED',
      decisionNote: '委託書未經持卡人簽名',
    });
    await employerRow.waitFor({ state: 'detached' });
  });

  it('says in words why a decision failed when another officer decided first', async () => {
    const row = mandateRow('福爾摩沙晶片股份有限公司', holders[1]!.uiNumber);
    await row.waitFor();
    await supervisor.call('mutation($id: ID!) { verifyMandate(id: $id, approve: true) { id } }', {
      id: mandateIds.stale,
    });
    await row.getByRole('button', { name: '核准' }).click();
    const dialog = page.getByRole('dialog', { name: '確定核准這份委託書嗎？' });
    await dialog.getByRole('button', { name: '核准' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).not.toMatch(/INVALID_TRANSITION|^\s*$/);
    await dialog.getByRole('button', { name: '取消' }).click();

    // The accepted and refused ones under their statuses; then every view audited.
    await page.goto(
      `${api.url}/admin/#/mandates?filter=${encodeURIComponent('{"status":"REJECTED"}')}`,
    );
    const refused = mandateRow('福爾摩沙晶片股份有限公司', holders[0]!.uiNumber);
    await expect.poll(() => refused.innerText()).toMatch(/退回原因：委託書未經持卡人簽名/);
    await page.goto(
      `${api.url}/admin/#/mandates?filter=${encodeURIComponent('{"status":"ACTIVE"}')}`,
    );
    await mandateRow('寶島移居顧問有限公司', holders[0]!.uiNumber)
      .getByRole('button', { name: '撤銷' })
      .waitFor();
    await auditEverywhere('mandates', async (english) => {
      await mandateRow(english ? 'Revoke' : '撤銷', holders[0]!.uiNumber)
        .first()
        .waitFor();
    });
  });

  it('shows a supervisor an overdue unpaid fee and leads to its case', async () => {
    // The agency, now mandated, files a name change (NT$500); approved 20 days ago.
    await acceptTerms(agency);
    const { startAmendment } = await agency.call<{ startAmendment: { id: string } }>(
      'mutation($i: StartAmendmentInput!) { startAmendment(input: $i) { id } }',
      { i: { ...holders[0]!, alsoChange: ['NAME'] } },
    );
    overdueId = startAmendment.id;
    await agency.call(
      'mutation($id: ID!, $i: SaveAmendmentDraftInput!) { saveAmendmentDraft(id: $id, input: $i) { id } }',
      { id: overdueId, i: { name: { englishSurname: 'LATE', englishGivenName: 'PAYER' } } },
    );
    const { amendment } = await agency.call<{ amendment: { checklist: { type: string }[] } }>(
      'query($id: ID!) { amendment(id: $id) { checklist { type } } }',
      { id: overdueId },
    );
    for (const { type } of amendment.checklist) {
      await agency.uploadDocument(
        overdueId,
        type,
        type === 'PHOTO' ? samplePng(413, 531) : samplePdf(`Document ${type}`),
      );
    }
    const { submitAmendment } = await agency.call<{
      submitAmendment: { applicationNumber: string };
    }>(
      'mutation($id: ID!, $k: String!) { submitAmendment(id: $id, idempotencyKey: $k) { applicationNumber } }',
      { id: overdueId, k: `overdue-${Date.now()}` },
    );
    overdueNumber = submitAmendment.applicationNumber;
    await approve(overdueId);
    await sql("update amendment set decided_at = now() - interval '20 days' where id = $1", [
      overdueId,
    ]);

    await signOut();
    await signIn(DEMO.supervisor);
    await page.getByRole('menuitem', { name: '繳費對帳' }).click();
    const unpaid = page.getByTestId('unpaid-fees');
    const row = unpaid.locator(`[data-row-id="${overdueId}"]`);
    await row.waitFor();
    expect(await row.innerText()).toMatch(/NT\$500[\s\S]*20 天[\s\S]*已核准/);
    expect(await page.getByRole('heading', { name: /核准逾 14 天未繳規費/ }).count()).toBe(1);
    await browser.screenshot('reconciliation');
    await auditEverywhere('reconciliation', async () => {
      await page.getByTestId('unpaid-fees').locator(`[data-row-id="${overdueId}"]`).waitFor();
    });
    // A longer threshold leaves it out.
    await page.getByLabel('未繳超過（天）').fill('30');
    await page.getByRole('button', { name: '重新查詢' }).click();
    await page.getByText('沒有逾期未繳的規費。').waitFor();
    await page.getByLabel('未繳超過（天）').fill('14');
    await page.getByRole('button', { name: '重新查詢' }).click();

    await page.getByRole('link', { name: `開啟案件 ${overdueNumber}` }).click();
    await page.waitForURL(`**/admin/#/amendments/${overdueId}/show`);
    await expect
      .poll(() => page.getByTestId('amendment-title').innerText())
      .toContain(overdueNumber);
  });

  it('gives an officer the receipt and summary PDFs of a case', async () => {
    await signOut();
    await signIn(DEMO.officer);
    await page.goto(`${api.url}/admin/#/casePayments/${exempt.id}/show`);
    const receipt = page.getByRole('link', { name: /電子收據（PDF）/ });
    await receipt.waitFor();
    expect(await receipt.getAttribute('target')).toBe('_blank');
    const response = await page.request.get(`${api.url}${await receipt.getAttribute('href')}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const summary = page.getByRole('link', { name: /申請書摘要（PDF）/ });
    expect(await summary.getAttribute('href')).toBe(`/amendments/${exempt.id}/summary.pdf`);
    expect(await page.getByTestId('case-payments').innerText()).toMatch(
      /規費：\s*NT\$0[\s\S]*免繳費/,
    );
    await auditEverywhere('case payments', async () => {
      await page.getByTestId('case-pdf-links').waitFor();
    });
  });

  it('keeps the reconciliation from officers: no menu entry, no page, and the API refuses', async () => {
    await page.getByRole('menuitem', { name: '異動案件' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '繳費對帳' }).count()).toBe(0);
    await page.goto(`${api.url}/admin/#/paymentReconciliation`);
    await page.getByText('無權存取').first().waitFor();
    expect(await page.getByTestId('reconciliation').count()).toBe(0);
    await expect(officer.call('{ paymentReconciliation { unpaidForDays } }')).rejects.toThrow(
      /FORBIDDEN/,
    );
    expect(browser.outsideRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
