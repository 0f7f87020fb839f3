import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acceptTerms, DEMO_HOLDER, saveDraft, startCase, submitCase } from './support/arrange';
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

/**
 * Employers, agencies and mandates: the holder authorises the demo employer, who then may file
 * for them until the holder revokes it; the demo agency gets a mandate by power of attorney,
 * creates an API key (shown once) that works until revoked, and hears about its case through a
 * webhook on a receiver this test runs on 127.0.0.1 (the API allows loopback targets outside
 * production: api/src/modules/webhooks/webhook-settings.ts).
 */
const EMPLOYER = { account: 'employer', password: 'Employer-demo-2026' };
const AGENCY = { account: 'agency', password: 'Agency-demo-2026' };

/** A GraphQL call with a bearer token whose refusal is the point: the error code, or none. */
async function codeOf(baseUrl: string, token: string, query: string, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
  return { code: body.errors?.[0]?.extensions?.code, data: body.data };
}

/** A webhook receiver: records every request; answers `status` (changeable). */
async function startReceiver() {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const state = { status: 500 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = state.status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/goldcard/hook`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The delivery log filtered by `status`, refreshed until its newest card says `expected`. */
async function newestDelivery(page: Page, status: string, expected: string) {
  await page.getByLabel('顯示').selectOption({ label: status });
  const newest = page.getByTestId('webhook-delivery').first();
  const refreshed = async () => {
    await page.getByRole('button', { name: '重新整理' }).click();
    return newest.textContent();
  };
  await expect.poll(refreshed, { timeout: 20_000 }).toContain(expected);
  return newest;
}

describe('employers, agencies and mandates', () => {
  let server: PortalServer;
  let holder: Browser;
  let employer: Browser;
  let agency: Browser;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    // One attempt per delivery: a refused one is FAILED at once and can be sent again by hand.
    server = await startPortal({ WEBHOOK_MAX_ATTEMPTS: '1', WEBHOOK_POLL_INTERVAL_MS: '300' });
    holder = await openBrowser('agency-holder');
    employer = await openBrowser('agency-employer');
    agency = await openBrowser('agency-agency');
    await signInBrowser(holder.context, server.url, DEMO.holder.account, DEMO.holder.password);
    await signInBrowser(employer.context, server.url, EMPLOYER.account, EMPLOYER.password);
    await signInBrowser(agency.context, server.url, AGENCY.account, AGENCY.password);
  });

  // After a failure: where each browser was and what it showed, to tell why.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    for (const [name, b] of Object.entries({ holder, employer, agency })) {
      await b.screenshot(`failed-${name}`).catch(() => undefined);
      const text = await b.page.evaluate(() => document.body.innerText).catch(() => '');
      console.info(`[${name}] ${b.page.url()}\n${text.slice(0, 600)}`);
    }
  });

  afterAll(async () => {
    await Promise.all([holder?.close(), employer?.close(), agency?.close()]);
    await server?.stop();
    await receiver?.close();
  });

  it('the holder authorises the employer with the keyboard alone; the employer may then file for them', async () => {
    const { page } = holder;
    await page.goto(`${server.url}/mandates`);
    await page.getByRole('heading', { level: 1, name: '授權雇主或代辦機構' }).waitFor();
    await page.getByText('您目前沒有授權任何雇主或代辦機構。').waitFor();

    // Keyboard only: an empty submit puts the problem in the summary, whose link leads back.
    await page.getByLabel('對方的帳號名稱').focus();
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: '請修正以下問題' });
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('grant-grantee');
    await page.keyboard.type('employer');
    await tabTo(page, page.getByRole('button', { name: '授權', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '已授權 福爾摩沙晶片股份有限公司' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: '福爾摩沙晶片股份有限公司' });
    await card.getByText('生效中').waitFor();
    await card.getByText('所有項目').waitFor();

    const asHolder = new ApiClient(server.url);
    await asHolder.login(DEMO.holder.account, DEMO.holder.password);
    const { mandates } = await asHolder.call<{
      mandates: { status: string; granteeName: string; items: string[]; source: string }[];
    }>('{ mandates { status granteeName items source } }');
    const granted = { granteeName: '福爾摩沙晶片股份有限公司', items: [], source: 'HOLDER_ONLINE' };
    expect(mandates).toEqual([{ status: 'ACTIVE', ...granted }]);
    await auditBothLanguages(holder, 'holder-mandates', 'Who may file for you');

    // The employer sees the holder, by name, and follows "file an amendment".
    await employer.page.goto(`${server.url}/mandates`);
    await employer.page.getByRole('heading', { level: 1, name: '受委任的持卡人' }).waitFor();
    const held = employer.page.getByRole('article').filter({ hasText: DEMO.holderUiNumber });
    await held.getByRole('heading', { name: '史密斯 SMITH, JOHN' }).waitFor();
    await held.getByText('生效中').waitFor();
    await expect(employer.page.getByTestId('own-account-name').textContent()).resolves.toBe(
      'employer',
    );
    await auditBothLanguages(employer, 'employer-mandates', 'Holders you act for');
    await held.getByRole('link', { name: /為這位持卡人申請異動/ }).click();
    await employer.page.waitForURL(
      (url) =>
        url.pathname === '/amendments/new' && url.searchParams.get('uiNumber') === 'A800000014',
    );

    // The API agrees: the employer may now start a case for this holder.
    const asEmployer = new ApiClient(server.url);
    await asEmployer.login(EMPLOYER.account, EMPLOYER.password);
    await acceptTerms(asEmployer);
    const started = await startCase(asEmployer, { ...DEMO_HOLDER, alsoChange: ['EMAIL'] });
    expect(started).toMatchObject({ status: 'DRAFT', filedByRole: 'EMPLOYER' });

    // The holder revokes (after a confirmation); the employer's list no longer has them.
    await card.getByRole('button', { name: /撤銷授權/ }).click();
    const dialog = page.getByRole('dialog', { name: '撤銷對 福爾摩沙晶片股份有限公司 的授權？' });
    await dialog.waitFor();
    await holder.screenshot('holder-revoke-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: '撤銷授權' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '已撤銷對 福爾摩沙晶片股份有限公司' })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: '已結束的授權' }).waitFor();
    await card.getByText('已撤銷').waitFor();

    await employer.page.goto(`${server.url}/mandates`);
    await employer.page.getByText('目前沒有持卡人授權給您。').waitFor();
    const ended = employer.page.getByRole('article').filter({ hasText: DEMO.holderUiNumber });
    await ended.getByText('已撤銷').waitFor();
    await expect(ended.getByRole('link', { name: /申請異動/ }).count()).resolves.toBe(0);
    await expect(employer.page.getByText('SMITH, JOHN').count()).resolves.toBe(0);
    const again = await codeOf(server.url, asEmployer.token!, '{ myAmendments { id } }');
    expect(again.data).toEqual({ myAmendments: [] });
  });

  let key: string;
  let holderOfAgency: { uiNumber: string; birthDate: string };

  it('the agency sends a power of attorney, which works once an officer has checked it', async () => {
    const officer = new ApiClient(server.url);
    await officer.login(DEMO.officer.account, DEMO.officer.password);
    const { applicants } = await officer.call<{
      applicants: {
        items: { uiNumber: string; birthDate: string; englishSurname: string; id: string }[];
      };
    }>('{ applicants(perPage: 5) { items { id uiNumber birthDate englishSurname } } }');
    const other = applicants.items.find((a) => a.uiNumber !== DEMO.holderUiNumber)!;
    holderOfAgency = { uiNumber: other.uiNumber, birthDate: other.birthDate };

    const { page } = agency;
    await page.goto(`${server.url}/mandates`);
    await page.getByRole('heading', { level: 1, name: '受委任的持卡人' }).waitFor();
    await page.getByRole('button', { name: '送出委任書' }).click();
    await page.getByRole('link', { name: '請選擇委任書檔案。' }).waitFor();
    await page.getByLabel('持卡人的統一證號').fill(other.uiNumber);
    await page.getByLabel('持卡人的出生日期').fill(other.birthDate);
    const poa = samplePdf('Power of attorney');
    await page
      .getByLabel('委任書檔案')
      .setInputFiles({ name: poa.name, mimeType: poa.type, buffer: poa.bytes });
    // Only the address: the checkboxes carry the API's names of the changes.
    await page.getByRole('radio', { name: '只限我選擇的項目' }).check();
    await page.getByRole('checkbox', { name: '居留地址' }).check();
    await page.getByRole('button', { name: '送出委任書' }).click();
    await page.getByRole('status').filter({ hasText: '已送出委任書' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: other.uiNumber });
    await card.getByText('待移民署核對').waitFor();
    await card.getByText('居留地址', { exact: true }).waitFor();
    await card.getByRole('heading', { name: '授權生效後顯示姓名' }).waitFor();
    await expect(card.getByRole('link', { name: /申請異動/ }).count()).resolves.toBe(0);

    const { mandates } = await officer.call<{ mandates: { id: string }[] }>(
      '{ mandates(status: PENDING_VERIFICATION) { id } }',
    );
    expect(mandates).toHaveLength(1);
    await officer.call('mutation($id: ID!) { verifyMandate(id: $id, approve: true) { id } }', {
      id: mandates[0]!.id,
    });
    await page.reload();
    await card.getByText('生效中').waitFor();
    await card.getByRole('heading', { name: new RegExp(other.englishSurname) }).waitFor();
    await card.getByRole('link', { name: /為這位持卡人申請異動/ }).waitFor();
    await auditBothLanguages(agency, 'agency-mandates', 'Holders you act for');
  });

  it('the agency creates an API key, shown once, that works until it is revoked', async () => {
    const { page, context } = agency;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(`${server.url}/agency/api-keys`);
    await page.getByRole('heading', { level: 1, name: 'API 金鑰' }).waitFor();
    await page.getByText('您還沒有建立 API 金鑰。').waitFor();
    await page.getByLabel('金鑰名稱').fill('案件管理系統');
    await page.getByRole('checkbox', { name: /^申請/ }).check();
    await page.getByRole('radio', { name: '30 天' }).check();
    await page.getByRole('button', { name: '建立金鑰' }).click();
    const secret = page.getByTestId('secret-once');
    await secret.waitFor();
    key = (await secret.textContent())!.trim();
    expect(key).toMatch(/^gk_[0-9a-f]{12}_[\w-]{20,}$/);
    await page.getByText('這是唯一一次顯示完整金鑰').waitFor();
    await page.getByRole('button', { name: '複製' }).click();
    await page.getByText('已複製到剪貼簿').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await screenshots(agency, 'agency-api-key-secret');
    await auditPage(page, 'api key shown once');
    await page.getByRole('button', { name: /我已妥善保存/ }).click();
    await page.getByRole('status').filter({ hasText: '已建立金鑰「案件管理系統」' }).waitFor();
    expect(await page.content()).not.toContain(key);

    const keyCard = page.getByRole('article').filter({ hasText: '案件管理系統' });
    await keyCard.getByText(`gk_${key.slice(3, 15)}_…`).waitFor();
    await keyCard.getByText('查詢、申請').waitFor();
    await keyCard.getByText('從未使用').waitFor();
    const me = await codeOf(server.url, key, '{ me { accountName role } }');
    expect(me).toEqual({
      code: undefined,
      data: { me: { accountName: 'agency', role: 'AGENCY' } },
    });
    await page.reload();
    await keyCard.getByText('從未使用').waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(key);
    await auditBothLanguages(agency, 'agency-api-keys', 'API keys');
  });

  it('the agency subscribes a webhook, files with its key, sees the delivery, and redelivers a failed one', async () => {
    const { page } = agency;
    await page.goto(`${server.url}/agency/webhooks`);
    await page.getByRole('heading', { level: 1, name: 'Webhook 通知' }).waitFor();
    await page.getByLabel('接收通知的網址').fill(receiver.url);
    await page.getByRole('button', { name: '新增' }).click();
    const shown = page.getByTestId('secret-once');
    await shown.waitFor();
    const signingSecret = (await shown.textContent())!.trim();
    await page.getByText('Goldcard-Signature').waitFor();
    await screenshots(agency, 'agency-webhook-secret');
    await page.getByRole('button', { name: /我已妥善保存/ }).click();
    const subscription = page.getByRole('article').filter({ hasText: receiver.url });
    await subscription.getByText('案件已送出').waitFor();

    // The agency's software files a case with the key; the receiver refuses the first notice.
    const software = new ApiClient(server.url);
    software.token = key;
    await acceptTerms(software);
    const { id } = await startCase(software, {
      ...holderOfAgency,
      alsoChange: ['RESIDENCE_ADDRESS'],
    });
    await saveDraft(software, id, {
      residence: { city: '新北市', district: '板橋區', line: '文化路一段1號3樓' },
    });
    for (const type of ['PROOF_OF_ADDRESS', 'PASSPORT', 'CURRENT_CARD'])
      await software.uploadDocument(id, type, samplePdf(type));
    await software.uploadDocument(id, 'PHOTO', samplePng(413, 531));
    const submitted = await submitCase(software, id);
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(1);

    const failed = await newestDelivery(page, '傳送失敗', '傳送失敗');
    await failed.getByText(submitted.applicationNumber).waitFor();
    await failed.getByText('500', { exact: true }).waitFor();
    await screenshots(agency, 'agency-webhooks-failed');

    receiver.state.status = 204;
    await failed.getByRole('button', { name: /重新傳送/ }).click();
    await page.getByRole('status').filter({ hasText: '已排入重新傳送' }).waitFor();
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(2);
    const [first, second] = receiver.received;
    expect(second!.headers['goldcard-event-id']).toBe(first!.headers['goldcard-event-id']);
    expect(second!.headers['goldcard-event-type']).toBe('AMENDMENT_SUBMITTED');
    const signed = createHmac('sha256', signingSecret)
      .update(`${String(second!.headers['goldcard-timestamp'])}.${second!.body}`)
      .digest('hex');
    expect(second!.headers['goldcard-signature']).toBe(`v1=${signed}`);

    const delivered = await newestDelivery(page, '已送達', '204');
    await delivered.getByText('案件已送出').first().waitFor();
    await auditBothLanguages(agency, 'agency-webhooks', 'Webhooks');

    // Deleting the address (confirmed) stops it; its history stays in the log.
    await subscription.getByRole('button', { name: /刪除/ }).click();
    await page
      .getByRole('dialog', { name: '刪除這個通知網址？' })
      .getByRole('button', { name: '刪除' })
      .click();
    await page.getByRole('status').filter({ hasText: '已刪除通知網址' }).waitFor();
    await page.getByText('您還沒有設定通知網址。').waitFor();
    await page.getByLabel('顯示').selectOption({ label: '全部' });
    await page.getByTestId('webhook-delivery').first().getByText('已刪除的網址').waitFor();
  });

  it('the revoked API key is refused at once', async () => {
    const { page } = agency;
    await page.goto(`${server.url}/agency/api-keys`);
    const keyCard = page.getByRole('article').filter({ hasText: '案件管理系統' });
    await keyCard.getByText('最後使用').waitFor();
    await keyCard.getByRole('button', { name: /撤銷/ }).click();
    const dialog = page.getByRole('dialog', { name: '撤銷金鑰「案件管理系統」？' });
    await dialog.waitFor();
    await agency.screenshot('agency-api-key-revoke-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: '撤銷' }).click();
    await page.getByRole('status').filter({ hasText: '已撤銷金鑰「案件管理系統」' }).waitFor();
    await keyCard.getByText('已撤銷').first().waitFor();
    await expect(keyCard.getByRole('button', { name: /撤銷/ }).count()).resolves.toBe(0);
    expect((await codeOf(server.url, key, '{ me { accountName } }')).code).toBe('UNAUTHENTICATED');
    await screenshots(agency, 'agency-api-key-revoked');
  });
});
