import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  acceptTerms,
  approveCase,
  claimCase,
  DEMO_HOLDER,
  saveDraft,
  startCase,
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
import { auditBothLanguages, tabTo } from './support/screens';

// The bulletin board (公布欄) as anyone reads it (home, all, one), with what must not show
// (scheduled, retired) and markup that must stay text; then the holder's to-do list (待辦事項):
// a fee to pay appears once an officer approves, leads to the case, and goes once paid.

let server: PortalServer;
/** The address the API calls itself: the gateway's way back must keep the session cookie. */
let base: string;
let browser: Browser;
let page: Page;
let supervisor: ApiClient;
let holder: ApiClient;
let officer: ApiClient;
/** Alerts, confirms and prompts the pages raised: a script in a notice would raise one. */
const dialogs: string[] = [];

interface Created {
  id: string;
  version: number;
}

const HOUR = 3_600_000;
const texts = (zh: string, en: string, body: [string, string]) => ({
  titleZhTw: zh,
  titleEn: en,
  bodyZhTw: body[0],
  bodyEn: body[1],
  issuingUnitZhTw: '內政部移民署',
  issuingUnitEn: 'National Immigration Agency',
});

async function publish(input: Record<string, unknown>): Promise<Created> {
  const { createAnnouncement } = await supervisor.call<{ createAnnouncement: Created }>(
    'mutation($i: AnnouncementInput!) { createAnnouncement(input: $i) { id version } }',
    { i: input },
  );
  return createAnnouncement;
}

const notices = {
  plain: texts('六月份服務站異動', 'Service centre changes in June', [
    '臺中市服務站將於六月遷址。',
    'The Taichung service centre moves in June.',
  ]),
  important: {
    ...texts('系統維護暫停服務', 'Service paused for maintenance', [
      '**12 月 20 日 00:00 至 06:00** 暫停線上申請。\n\n- 草稿會保留\n- 已送出的案件不受影響\n\n詳見[說明網站](https://www.example.org/)或[所有公告](/announcements)。',
      'Online filing pauses on **20 December, 00:00–06:00**.\n\n- Drafts are kept\n- Submitted cases are not affected\n\nSee the [agency’s site](https://www.example.org/) or [all announcements](/announcements).',
    ]),
    important: true,
  },
  markup: texts('請勿點擊不明連結', 'Beware of unknown links', [
    '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)"> 以上是文字，不是程式。',
    '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)"> the above is text, not code.',
  ]),
  scheduled: {
    ...texts('明天才公告', 'Not until tomorrow', ['尚未開始。', 'Not yet.']),
    publishFrom: new Date(Date.now() + 24 * HOUR).toISOString(),
  },
  retired: texts('已下架的公告', 'A retired notice', ['已下架。', 'Retired.']),
};
const ids: Record<keyof typeof notices, string> = {
  plain: '',
  important: '',
  markup: '',
  scheduled: '',
  retired: '',
};

beforeAll(async () => {
  server = await startPortal();
  base = server.url.replace('127.0.0.1', 'localhost');
  supervisor = new ApiClient(server.url);
  await supervisor.login(DEMO.supervisor.account, DEMO.supervisor.password);
  for (const key of ['plain', 'important', 'markup', 'scheduled'] as const) {
    ids[key] = (await publish(notices[key])).id;
  }
  const retired = await publish(notices.retired);
  ids.retired = retired.id;
  await supervisor.call(
    'mutation($id: ID!, $v: Int!) { retireAnnouncement(id: $id, version: $v) { id } }',
    { id: retired.id, v: retired.version },
  );
  holder = new ApiClient(server.url);
  await holder.login(DEMO.holder.account, DEMO.holder.password);
  officer = new ApiClient(server.url);
  await officer.login(DEMO.officer.account, DEMO.officer.password);
  browser = await openBrowser('announcements');
  page = browser.page;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const board = () => page.getByRole('region', { name: '公布欄' });
const notice = (title: string) => page.getByRole('article', { name: title });

describe('the bulletin board', () => {
  it('shows the published notices on the home page, important first, markup as text', async () => {
    await page.goto(`${base}/`);
    const titles = board().getByRole('heading', { level: 3 });
    await expect.poll(() => titles.allInnerTexts()).toContain('系統維護暫停服務');
    const shown = await titles.allInnerTexts();
    expect(shown[0]).toBe('系統維護暫停服務');
    expect(shown).toContain('請勿點擊不明連結');
    expect(shown).not.toContain('明天才公告');
    expect(shown).not.toContain('已下架的公告');

    // "Important" in words (with an icon), the unit, the date, the Markdown rendered.
    const important = notice('系統維護暫停服務');
    expect(await important.innerText()).toMatch(
      /重要[\s\S]*發布單位\s*內政部移民署[\s\S]*發布日期\s*\d{4}\/\d{2}\/\d{2}/,
    );
    const body = important.getByTestId('announcement-body');
    await body.locator('strong').first().waitFor();
    expect(await body.locator('strong').innerText()).toBe('12 月 20 日 00:00 至 06:00');
    expect(await body.locator('li').allInnerTexts()).toEqual([
      '草稿會保留',
      '已送出的案件不受影響',
    ]);
    const outside = body.getByRole('link', { name: '說明網站' });
    expect(await outside.getAttribute('href')).toBe('https://www.example.org/');
    expect(await outside.getAttribute('target')).toBeNull();
    expect(await body.getByRole('link', { name: '所有公告' }).getAttribute('href')).toBe(
      '/announcements',
    );

    // Markup is shown as typed and runs nothing.
    const markup = notice('請勿點擊不明連結').getByTestId('announcement-body');
    await expect.poll(() => markup.innerText()).toContain('<script>alert(1)</script>');
    expect(await markup.innerText()).toContain('<img src=x onerror="alert(2)">');
    expect(await markup.locator('img, script').count()).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);

    await auditBothLanguages(browser, 'home-board', 'Employment Gold Card data amendment');
    expect(dialogs).toEqual([]);
  });

  it('lists all of them on /announcements and each on its own page', async () => {
    // The demo data publishes notices of its own: as many as anyone is told are published now.
    const { announcements } = await new ApiClient(server.url).call<{
      announcements: { total: number };
    }>('{ announcements(perPage: 10) { total } }');
    expect(announcements.total).toBeGreaterThanOrEqual(3);
    expect(announcements.total).toBeLessThanOrEqual(10);
    await board()
      .getByRole('link', { name: `查看全部公告（共 ${announcements.total} 則）` })
      .click();
    await page.waitForURL(`${base}/announcements`);
    await page.getByRole('heading', { level: 1, name: '公布欄' }).waitFor();
    const titles = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect.poll(() => titles.count()).toBe(announcements.total);
    const listed = await titles.allInnerTexts();
    expect(listed[0]).toBe('系統維護暫停服務');
    expect(listed).toEqual(expect.arrayContaining(['請勿點擊不明連結', '六月份服務站異動']));
    expect(listed).not.toContain('明天才公告');
    expect(listed).not.toContain('已下架的公告');
    await auditBothLanguages(browser, 'announcements', 'Announcements');

    await page.getByRole('link', { name: '系統維護暫停服務' }).click();
    await page.waitForURL(`${base}/announcements/${ids.important}`);
    await page.getByRole('heading', { level: 1, name: '系統維護暫停服務' }).waitFor();
    await page.getByTestId('announcement-body').locator('li').first().waitFor();
    await auditBothLanguages(browser, 'announcement', 'Service paused for maintenance');

    await page.goto(`${base}/announcements/${ids.markup}`);
    const body = page.getByTestId('announcement-body');
    await expect.poll(() => body.innerText()).toContain('<script>alert(1)</script>');
    expect(await body.locator('img, script').count()).toBe(0);
    expect(dialogs).toEqual([]);

    // Neither a retired nor a scheduled notice can be opened by its address.
    for (const id of [ids.retired, ids.scheduled]) {
      await page.goto(`${base}/announcements/${id}`);
      await page.getByRole('heading', { level: 1, name: '找不到這則公告' }).waitFor();
    }
  });
});

/** The demo holder files a name change (a new card: NT$500) and an officer approves it. */
async function approvedNameChange(): Promise<{ id: string; applicationNumber: string }> {
  await acceptTerms(holder);
  const { id } = await startCase(holder, {
    ...DEMO_HOLDER,
    passportNumber: DEMO.holderPassport,
    alsoChange: ['NAME'],
  });
  await saveDraft(holder, id, {
    name: { englishSurname: 'SMITH-LIN', englishGivenName: 'JOHN', chineseName: '林約翰' },
  });
  await holder.uploadDocument(id, 'NAME_CHANGE_PROOF', samplePdf('Deed poll'));
  await holder.uploadDocument(id, 'PASSPORT', samplePdf('Passport data page'));
  await holder.uploadDocument(id, 'PHOTO', samplePng(413, 531));
  const { applicationNumber } = await submitCase(holder, id);
  await claimCase(officer, id);
  await approveCase(officer, id);
  return { id, applicationNumber };
}

/** The to-dos the bell's label names (none named: 0). */
const todoCount = (label: string | null) => Number(label?.match(/待辦事項 (\d+) 項/)?.[1] ?? 0);

describe('the to-do list', () => {
  it('shows the fee to pay once approved, leads to the case, and drops it once paid', async () => {
    const approved = await approvedNameChange();
    await signInBrowser(browser.context, base, DEMO.holder.account, DEMO.holder.password);
    await page.goto(`${base}/`);
    const todos = page.getByRole('region', { name: '待辦事項' });
    const payFee = todos
      .locator('[data-testid="todo-item"][data-kind="PAY_FEE"]')
      .filter({ hasText: approved.applicationNumber });
    await expect.poll(() => payFee.innerText()).toMatch(/繳納規費新臺幣 500 元[\s\S]*已核准/);
    // The to-dos come before the board, which a signed-in person sees too.
    const sections = await page.locator('main section h2').allInnerTexts();
    expect(sections.indexOf('待辦事項')).toBeLessThan(sections.indexOf('公布欄'));
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toMatch(/待辦事項 [1-9]\d* 項/);
    await auditBothLanguages(browser, 'home-todos', 'Employment Gold Card data amendment');

    // Who follows the bell finds the to-dos above the notices.
    await bell.click();
    await page.waitForURL(`${base}/notifications`);
    await expect.poll(() => payFee.count()).toBe(1);
    await auditPage(page, 'notifications with to-dos');
    await page.goto(`${base}/`);

    // By keyboard: the item's link opens the case where the fee is paid.
    const link = payFee.getByRole('link', { name: '繳納規費新臺幣 500 元' });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^/amendments/${approved.id}`));
    await page.locator('body').focus();
    await tabTo(page, link);
    await Promise.all([
      page.waitForURL(`**/amendments/${approved.id}**`),
      page.keyboard.press('Enter'),
    ]);
    const payButton = page.getByRole('button', { name: '前往付款 NT$500' });
    await payButton.waitFor();

    // Paid through the sandbox gateway: the to-do is gone, from the list and the bell.
    const todosBefore = todoCount(await bell.getAttribute('aria-label'));
    await Promise.all([page.waitForURL('**/sandbox-gateway/**'), payButton.click()]);
    await Promise.all([
      page.waitForURL(`**/amendments/${approved.id}?payment=paid`),
      page.getByRole('button', { name: '付款', exact: true }).click(),
    ]);
    await page.goto(`${base}/`);
    await todos.waitFor();
    await expect.poll(() => payFee.count()).toBe(0);
    const { todos: left } = await holder.call<{ todos: { kind: string; amendmentId: string }[] }>(
      '{ todos { kind amendmentId } }',
    );
    expect(left.filter((t) => t.amendmentId === approved.id)).toEqual([]);
    await expect
      .poll(async () => todoCount(await bell.getAttribute('aria-label')))
      .toBe(todosBefore - 1);
    expect(dialogs).toEqual([]);
  });
});
