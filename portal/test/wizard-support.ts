import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { acceptTerms, DEMO_HOLDER, startCase } from './support/arrange';
import {
  ApiClient,
  CAPTCHA_ANSWER,
  DEMO,
  linkIn,
  samplePdf,
  samplePng,
  type PortalServer,
} from './support/portal';
import { tabTo } from './support/screens';

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
/**
 * The wizard shows `step`: its address and its rendered content. The address alone is not
 * enough: the router changes it before React has drawn the step, and a key pressed in between
 * lands on the previous step's button (a CI run failed on exactly that).
 */
export async function onStep(page: Page, step: string): Promise<void> {
  await page.waitForURL(new RegExp(`/edit/${step}$`));
  await page.locator(`[data-wizard-step="${step}"]`).waitFor();
}

export async function expectSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-status').innerText(), { timeout: 10_000 })
    .toMatch(/已於 \d\d:\d\d 自動儲存|saved automatically at \d\d:\d\d/);
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
  await acceptTerms(holder);
  const { id } = await startCase(holder, { ...DEMO_HOLDER, alsoChange: ['RESIDENCE_ADDRESS'] });
  return id;
}
