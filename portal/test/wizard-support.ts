import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  ApiClient,
  auditPage,
  CAPTCHA_ANSWER,
  DEMO,
  samplePdf,
  samplePng,
  switchLanguage,
  type Browser,
  type PortalServer,
  linkIn,
} from './support/portal';

/** Real files on disk, as a person would pick them. */
export async function sampleFiles() {
  const dir = await mkdtemp(join(tmpdir(), 'goldcard-wizard-files-'));
  const files = {
    lease: samplePdf('Lease for the new address'),
    passport: samplePdf('Passport data page'),
    card: samplePdf('Current Gold Card'),
    // Large enough for the progress bar to be seen under a throttled upload.
    photo: samplePng(1200, 1600, 'photo.png'),
    tooSmall: samplePng(100, 100, 'too-small.png'),
  };
  const paths = {} as Record<keyof typeof files, string>;
  for (const [key, file] of Object.entries(files) as [
    keyof typeof files,
    (typeof files)['lease'],
  ][]) {
    paths[key] = join(dir, file.name);
    await writeFile(paths[key], file.bytes);
  }
  return paths;
}

/** Presses Tab until `target` has the focus: it is reachable by keyboard, in order. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Moves a native select with the arrow keys until it shows `value`. */
export async function arrowSelect(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  for (let i = 0; i < 400; i++) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${value} not reached in ${select.toString()}`);
}

/** Waits until the step's draft is saved ("saved at 23:04"). */
export async function expectSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-status').innerText(), { timeout: 10_000 })
    .toMatch(/已於 \d\d:\d\d 自動儲存|saved automatically at \d\d:\d\d/);
}

/**
 * A step checked in both languages: axe at 1280 and 375 px, no sideways scrolling, and a
 * screenshot each (`wizard-03-residence-zh`). Leaves the page in Chinese.
 */
export async function auditBoth(browser: Browser, name: string): Promise<void> {
  const { page } = browser;
  for (const language of ['zh', 'en'] as const) {
    if (language === 'en') await switchLanguage(page, 'en');
    await page.waitForLoadState('networkidle');
    await auditPage(page, `${name}-${language}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await browser.screenshot(`${name}-${language}`);
    await page.setViewportSize({ width: 375, height: 812 });
    await browser.screenshot(`${name}-${language}-375`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await switchLanguage(page, 'zh-TW');
  await page.waitForLoadState('networkidle');
}

/**
 * A new applicant account, registered and confirmed as a person would (the link mailed over
 * SMTP), not yet linked to any holder.
 */
export async function registerApplicant(server: PortalServer, name: string) {
  const client = new ApiClient(server.url);
  const { captcha } = await client.call<{ captcha: { id: string } }>('{ captcha { id } }');
  const email = `${name}@example.test`;
  const password = 'Wizard-test-2026!';
  await client.call('mutation($input: RegisterInput!) { register(input: $input) { accepted } }', {
    input: {
      account: name,
      email,
      password,
      displayName: 'Wizard Tester',
      role: 'APPLICANT',
      captchaId: captcha.id,
      captchaAnswer: CAPTCHA_ANSWER,
    },
  });
  const mail = await server.smtp.waitFor((m) => m.envelopeTo.includes(email), 20_000);
  const token = linkIn(mail, '/account/verify-email').searchParams.get('token') ?? '';
  await client.call('mutation($token: String!) { verifyEmail(token: $token) { accepted } }', {
    token,
  });
  return { account: name, password };
}

/** A generated holder nobody has linked yet, as an officer reads it. */
export async function unlinkedHolder(server: PortalServer) {
  const officer = new ApiClient(server.url);
  await officer.login(DEMO.officer.account, DEMO.officer.password);
  const { applicants } = await officer.call<{
    applicants: { items: { uiNumber: string; birthDate: string; passport: { number: string } }[] };
  }>('{ applicants(perPage: 50) { items { uiNumber birthDate passport { number } } } }');
  const holder = applicants.items.find((a) => a.uiNumber !== DEMO.holderUiNumber);
  if (!holder) throw new Error('no generated holder');
  return holder;
}

/** The case as the API records it, read by its filer. */
export async function caseAsRecorded(
  server: PortalServer,
  account: string,
  password: string,
  id: string,
) {
  const client = new ApiClient(server.url);
  await client.login(account, password);
  const { amendment } = await client.call<{
    amendment: {
      status: string;
      applicationNumber: string | null;
      items: string[];
      documents: { type: string }[];
    };
  }>(
    'query($id: ID!) { amendment(id: $id) { status applicationNumber items documents { type } } }',
    { id },
  );
  return amendment;
}

/** The demo holder's address-change draft, opened over the API (terms accepted first). */
export async function demoAddressDraft(server: PortalServer): Promise<string> {
  const holder = new ApiClient(server.url);
  await holder.login(DEMO.holder.account, DEMO.holder.password);
  const { amendmentTerms } = await holder.call<{ amendmentTerms: { version: string } }>(
    '{ amendmentTerms { version } }',
  );
  await holder.call('mutation($v: String!) { acceptAmendmentTerms(version: $v) { version } }', {
    v: amendmentTerms.version,
  });
  const { startAmendment } = await holder.call<{ startAmendment: { id: string } }>(
    'mutation($input: StartAmendmentInput!) { startAmendment(input: $input) { id } }',
    {
      input: {
        uiNumber: DEMO.holderUiNumber,
        birthDate: DEMO.holderBirthDate,
        alsoChange: ['RESIDENCE_ADDRESS'],
      },
    },
  );
  return startAmendment.id;
}
