import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  DEMO,
  fileFor,
  mandateFor,
  submitAddressChange,
  type HolderKey,
  type SubmittedCase,
} from './support/api';
import { startApi, type ApiServer } from './support/apiServer';
import { expectAccessible, openBrowser, type Browser } from './support/browser';

/** The README's screenshots of the case list (docs/screenshots/admin/). */
const readmeShots = fileURLToPath(new URL('../../docs/screenshots/admin/', import.meta.url));

interface QueueCount {
  queue: string;
  count: number;
  countExact: boolean;
}

/**
 * The case list's work: queue tabs whose counts are the API's, one search box, bulk claim and
 * bulk card ready with each failure in words, the CSV export (audited), a rejection with a
 * standard reason that reaches the filer; 375 and 1366 px in both languages. Five real cases
 * filed over the API by the demo holder and an agency; nothing mocked.
 */
describe('officer console: work queues, search, bulk actions, export', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let officer: ApiClient;
  let supervisor: ApiClient;
  let holder: ApiClient;
  /** A: the demo holder's (JOHN SMITH); B–D: address changes by an agency; E: a name change. */
  const cases: Record<'A' | 'B' | 'C' | 'D' | 'E', SubmittedCase> = {} as never;

  const claimAndApprove = async (id: string) => {
    const { claimAmendment } = await officer.call<{ claimAmendment: { version: number } }>(
      'mutation($id: ID!) { claimAmendment(id: $id) { version } }',
      { id },
    );
    await approve(id, claimAmendment.version);
  };
  const approve = (id: string, version: number) =>
    officer.call('mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v) { id } }', {
      id,
      v: version,
    });

  const apiQueues = async () =>
    (await officer.call<{ caseQueues: QueueCount[] }>('{ caseQueues { queue count countExact } }'))
      .caseQueues;
  const tab = (queue: string) => page.getByTestId(`tab-${queue}`);
  /** The tabs' counts equal the API's, queue by queue. */
  const expectCountsOfApi = async () => {
    for (const q of await apiQueues()) {
      await expect
        .poll(() => tab(q.queue).getAttribute('data-count'), { message: q.queue })
        .toBe(String(q.count));
    }
  };
  const rows = () =>
    page.getByRole('row').filter({ has: page.getByRole('link', { name: /^GC\d{4}-\d+$/ }) });
  const rowOf = (c: SubmittedCase) => rows().filter({ hasText: c.applicationNumber });
  const listNumbers = async () =>
    (await rows().getByRole('link', { name: /^GC/ }).allTextContents()).sort();

  beforeAll(async () => {
    api = await startApi();
    officer = new ApiClient(api.url, 'zh-TW');
    await officer.login(DEMO.officer.account, DEMO.officer.password);
    supervisor = new ApiClient(api.url, 'zh-TW');
    await supervisor.login(DEMO.supervisor.account, DEMO.supervisor.password);
    holder = new ApiClient(api.url, 'zh-TW');
    await holder.login(DEMO.holder.account, DEMO.holder.password);
    const agency = new ApiClient(api.url, 'zh-TW');
    await agency.login('agency', 'Agency-demo-2026');

    const { applicants } = await officer.call<{ applicants: { items: HolderKey[] } }>(
      '{ applicants(perPage: 10) { items { uiNumber birthDate } } }',
    );
    const others = applicants.items.filter((h) => h.uiNumber !== DEMO.holderUiNumber).slice(0, 4);
    await mandateFor(agency, supervisor, others);

    cases.A = await submitAddressChange(holder, {
      city: '臺北市',
      district: '信義區',
      line: '松仁路100號8樓',
    });
    for (const [key, n] of [
      ['B', 0],
      ['C', 1],
      ['D', 2],
    ] as const) {
      cases[key] = await fileFor(agency, others[n]!, ['RESIDENCE_ADDRESS'], {
        residence: { city: '臺北市', district: '大安區', line: `復興南路一段${n + 10}號` },
      });
    }
    // A name change owes NT$500: approved, its fee unpaid, its card cannot be made yet.
    cases.E = await fileFor(agency, others[3]!, ['NAME'], {
      name: { englishSurname: 'LATE', englishGivenName: 'PAYER' },
    });
    await claimAndApprove(cases.E.id);

    browser = await openBrowser('queues');
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows every queue with the API’s count; the tab is in the address and survives a reload', async () => {
    await page.goto(`${api.url}/admin/`);
    await page.getByLabel('帳號').fill(DEMO.officer.account);
    await page.getByLabel('密碼').fill(DEMO.officer.password);
    await page.getByLabel('圖形驗證碼').fill('GC2026');
    await page.getByRole('button', { name: '登入' }).click();
    await page.getByRole('heading', { name: /您好/ }).waitFor();
    // The dashboard's figure opens its tab.
    await page.getByTestId('stat-unassigned').click();
    await expect.poll(() => tab('TO_CLAIM').getAttribute('aria-selected')).toBe('true');
    await expectCountsOfApi();
    expect((await apiQueues()).find((q) => q.queue === 'TO_CLAIM')?.count).toBe(4);
    // The tab's name carries its count for screen readers.
    await page.getByRole('tab', { name: /^待認領\s*，\s*4\s*件$/ }).waitFor();
    await expect.poll(() => rows().count()).toBe(4);
    expect(await listNumbers()).toEqual(
      [cases.A, cases.B, cases.C, cases.D].map((c) => c.applicationNumber).sort(),
    );
    await page.reload();
    await expect.poll(() => tab('TO_CLAIM').getAttribute('aria-selected')).toBe('true');
    expect(decodeURIComponent(page.url())).toContain('"queue":"TO_CLAIM"');
    await expect.poll(() => rows().count()).toBe(4);

    await tab('ALL').click();
    await expect.poll(() => rows().count()).toBe(5);
    expect(decodeURIComponent(page.url())).not.toContain('queue');
    await browser.screenshot('all-cases');
  });

  it('finds a case by application-number digits and by “given surname”', async () => {
    const search = page.getByLabel('搜尋', { exact: true });
    await page.getByText('申請案號（全部或部分）、統一證號、護照號碼').waitFor();
    // The seven digits alone, without the year.
    await search.fill(cases.A.applicationNumber.split('-')[1]!);
    await expect.poll(() => listNumbers()).toEqual([cases.A.applicationNumber]);
    await search.fill('john smith');
    await expect.poll(() => listNumbers()).toEqual([cases.A.applicationNumber]);
    await search.fill('');
    await expect.poll(() => rows().count()).toBe(5);
  });

  it('claims several cases at once; the one claimed meanwhile is listed with the reason in words', async () => {
    await tab('TO_CLAIM').click();
    await expect.poll(() => rows().count()).toBe(4);
    for (const c of [cases.A, cases.B, cases.C, cases.D]) {
      await rowOf(c).getByRole('checkbox').check();
    }
    // Someone else claims C while the officer decides.
    await supervisor.call('mutation($id: ID!) { claimAmendment(id: $id) { id } }', {
      id: cases.C.id,
    });
    await page.getByTestId('bulk-claim').click();
    const confirm = page.getByRole('dialog', { name: '承辦 4 件案件？' });
    await confirm.getByText('案件將分派給您').waitFor();
    await expectAccessible(page, 'bulk claim confirmation');
    await confirm.getByRole('button', { name: '承辦此案' }).click();

    const result = page.getByTestId('bulk-result');
    await result.waitFor();
    expect(await page.getByTestId('bulk-done').getAttribute('data-done')).toBe('3');
    const failures = result.getByTestId('bulk-failure');
    expect(await failures.count()).toBe(1);
    expect(await failures.getAttribute('data-id')).toBe(cases.C.id);
    // The API's own words for that refusal (asking again changes nothing: it is refused again).
    const { claimAmendments } = await officer.call<{
      claimAmendments: { code: string; message: string }[];
    }>('mutation($ids: [ID!]!) { claimAmendments(ids: $ids) { code message } }', {
      ids: [cases.C.id],
    });
    const failure = (await failures.innerText()).replace(/\s+/g, ' ');
    expect(failure).toContain(cases.C.applicationNumber);
    expect(failure).toContain(claimAmendments[0]!.message);
    expect(claimAmendments[0]!.message).not.toMatch(/^[A-Z_]+$/);
    await browser.screenshot('bulk-claim-result', { fullPage: false });
    await expectAccessible(page, 'bulk result');
    await page.getByRole('button', { name: '關閉' }).click();

    // The claimed cases moved to "My cases"; the tabs say so.
    await expect.poll(() => tab('TO_CLAIM').getAttribute('data-count')).toBe('0');
    await expect.poll(() => tab('MINE').getAttribute('data-count')).toBe('3');
    await expectCountsOfApi();
    await tab('MINE').click();
    await expect
      .poll(() => listNumbers())
      .toEqual([cases.A, cases.B, cases.D].map((c) => c.applicationNumber).sort());
  });

  it('rejects with a reason from the list; the filer’s timeline carries its text', async () => {
    const { decisionReasons } = await officer.call<{
      decisionReasons: { code: string; label: string; text: string }[];
    }>('{ decisionReasons(kind: REJECTION) { code label text } }');
    const reason = decisionReasons[0]!;
    await rowOf(cases.A).getByRole('link', { name: cases.A.applicationNumber }).click();
    await page.getByTestId('amendment-title').waitFor();
    // The fee section has the case's PDFs; an officer gets no audit link.
    await page.getByTestId('case-pdf-links').waitFor();
    expect(await page.getByTestId('case-audit-link').count()).toBe(0);

    await page.getByRole('button', { name: '駁回' }).click();
    let dialog = page.getByTestId('reject-dialog');
    await dialog.getByRole('combobox', { name: '常用理由' }).click();
    await page.getByRole('option', { name: reason.label }).click();
    await dialog.getByText(`申請人將看到：${reason.text}`).waitFor();
    // The chosen reason is kept with the case, like typed text.
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '駁回' }).click();
    dialog = page.getByTestId('reject-dialog');
    await dialog.getByTestId('draft-restored').waitFor();
    expect(await dialog.getByRole('combobox', { name: '常用理由' }).textContent()).toBe(
      reason.label,
    );
    await browser.screenshot('reject-with-reason', { fullPage: false });
    await expectAccessible(page, 'reject dialog with a standard reason');
    // No words of one's own: the standard reason is enough.
    await dialog.getByRole('button', { name: '駁回' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        page
          .getByTestId('amendment-title')
          .locator('xpath=..')
          .locator('[data-status]')
          .first()
          .getAttribute('data-status'),
      )
      .toBe('REJECTED');

    const { amendment } = await holder.call<{
      amendment: { status: string; events: { toStatus: string | null; note: string | null }[] };
    }>('query($id: ID!) { amendment(id: $id) { status events { toStatus note } } }', {
      id: cases.A.id,
    });
    expect(amendment.status).toBe('REJECTED');
    const rejection = amendment.events.find((e) => e.toStatus === 'REJECTED');
    expect(rejection?.note).toContain(reason.text);

    await page.goBack();
    await expect.poll(() => tab('MINE').getAttribute('data-count')).toBe('2');
    await expectCountsOfApi();
  });

  it('marks cards ready in bulk; the unpaid case is refused with the fee message', async () => {
    const { amendment } = await officer.call<{ amendment: { version: number } }>(
      'query($id: ID!) { amendment(id: $id) { version } }',
      { id: cases.D.id },
    );
    await approve(cases.D.id, amendment.version);
    // Approved elsewhere: the console learns it at its next request (a minute, or a reload).
    const { markCardsReady } = await officer.call<{
      markCardsReady: { code: string; message: string }[];
    }>('mutation($ids: [ID!]!) { markCardsReady(ids: $ids) { code message } }', {
      ids: [cases.E.id],
    });
    expect(markCardsReady[0]!.code).toBe('FEE_UNPAID');

    await page.goto(
      `${api.url}/admin/#/amendments?filter=${encodeURIComponent('{"status":["APPROVED"]}')}`,
    );
    await page.reload();
    await expect.poll(() => rows().count()).toBe(2);
    await expect.poll(() => tab('CARDS_TO_PRODUCE').getAttribute('data-count')).toBe('1');
    await rowOf(cases.D).getByRole('checkbox').check();
    await rowOf(cases.E).getByRole('checkbox').check();
    await page.getByTestId('bulk-markReady').click();
    const confirm = page.getByRole('dialog', { name: '將 2 件案件標示為製證完成？' });
    await confirm.getByText('規費尚未繳納的案件維持不變').waitFor();
    await confirm.getByRole('button', { name: '製證完成' }).click();
    await page.getByTestId('bulk-result').waitFor();
    expect(await page.getByTestId('bulk-done').getAttribute('data-done')).toBe('1');
    const failure = page.getByTestId('bulk-failure');
    expect(await failure.getAttribute('data-id')).toBe(cases.E.id);
    expect((await failure.innerText()).replace(/\s+/g, ' ')).toContain(
      `${cases.E.applicationNumber} ${markCardsReady[0]!.message}`,
    );
    await page.getByRole('button', { name: '關閉' }).click();
    await expect.poll(() => tab('CARDS_TO_HAND_OVER').getAttribute('data-count')).toBe('1');
    await expect.poll(() => tab('CARDS_TO_PRODUCE').getAttribute('data-count')).toBe('0');

    // Handing the card over, from its own tab.
    await tab('CARDS_TO_HAND_OVER').click();
    await expect.poll(() => listNumbers()).toEqual([cases.D.applicationNumber]);
    await rowOf(cases.D).getByRole('checkbox').check();
    await page.getByTestId('bulk-markCollected').click();
    await page
      .getByRole('dialog', { name: '將 1 件案件標示為已領證？' })
      .getByRole('button', { name: '已領證' })
      .click();
    await page.getByTestId('bulk-result').waitFor();
    expect(await page.getByTestId('bulk-done').getAttribute('data-done')).toBe('1');
    await page.getByRole('button', { name: '關閉' }).click();
    await expect.poll(() => tab('CARDS_TO_HAND_OVER').getAttribute('data-count')).toBe('0');
    await expectCountsOfApi();
  });

  it('exports the filtered list as a CSV file, and the API records the export', async () => {
    // Two of the five: the approved case and the one whose card was collected.
    const filter = JSON.stringify({ status: ['APPROVED', 'CARD_COLLECTED'] });
    await page.goto(`${api.url}/admin/#/amendments?filter=${encodeURIComponent(filter)}`);
    await page.reload();
    await expect.poll(() => rows().count()).toBe(2);
    const shown = await listNumbers();
    expect(shown).toEqual([cases.D, cases.E].map((c) => c.applicationNumber).sort());

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('case-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.split(/\r\n/).filter((l) => l !== '');
    expect(lines).toHaveLength(shown.length + 1);
    const numbers = lines
      .slice(1)
      .map((l) => /GC\d{4}-\d+/.exec(l)?.[0])
      .sort();
    expect(numbers).toEqual(shown);
    await page.getByText(`已下載 ${download.suggestedFilename()}，共 2 件。`).waitFor();

    const { auditEvents } = await supervisor.call<{
      auditEvents: { total: number; items: { actorName: string | null }[] };
    }>(
      '{ auditEvents(filter: { action: "amendment.list.exported" }) { total items { actorName } } }',
    );
    expect(auditEvents.total).toBe(1);
    expect(auditEvents.items[0]!.actorName).toContain('Officer Wang');
  });

  /** Whether the page scrolls sideways (it must not). */
  const sideways = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );

  const atPhoneWidth = async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        if (key.endsWith('sidebar.open')) localStorage.setItem(key, 'false');
      }
    });
    await page.reload();
    await expect.poll(() => page.locator('#root').getAttribute('aria-hidden')).toBeNull();
  };

  it('fits 375 and 1366 px in both languages, tabs included (axe, no sideways scrolling)', async () => {
    // An empty filter in the address: react-admin would otherwise bring back the last one.
    const listUrl = `${api.url}/admin/#/amendments?filter=%7B%7D`;
    for (const language of ['zh', 'en'] as const) {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(listUrl);
      await page.reload();
      if (language === 'en') {
        await page.getByTestId('language-switcher').first().click();
        await page.getByRole('menuitem', { name: 'English' }).click();
        await page.getByRole('tab', { name: /^To claim\s*,\s*0\s*cases$/ }).waitFor();
        await page.getByText('Application number (whole or part)').waitFor();
      }
      await expect.poll(() => rows().count()).toBe(5);
      await expectCountsOfApi();
      expect(await sideways()).toBe(false);
      await expectAccessible(page, `case list with queue tabs, 1366 px (${language})`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await mkdir(readmeShots, { recursive: true });
      await copyFile(
        await browser.screenshot(`queues-${language}`, { fullPage: false }),
        `${readmeShots}queues-${language}.png`,
      );

      await atPhoneWidth();
      await page.getByTestId('queue-tabs').waitFor();
      await page.getByText(cases.B.applicationNumber).first().waitFor();
      await expect.poll(() => sideways()).toBe(false);
      await expectAccessible(page, `case list with queue tabs, 375 px (${language})`);
      await browser.screenshot(`queues-${language}-375`);
    }
  });

  it('sent nothing outside the server', () => {
    expect(browser.outsideRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
