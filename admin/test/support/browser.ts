import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const keepArtifacts = process.env.E2E_KEEP_ARTIFACTS === '1';

export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. Install it (Debian: apt-get install -y chromium) ` +
        'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    );
  }
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Where screenshots go (printed; kept when E2E_KEEP_ARTIFACTS=1). */
  artifacts: string;
  /** Requests that left 127.0.0.1 (there must be none: no fonts, CDN or telemetry). */
  outsideRequests: string[];
  /** Accept-Language of every GraphQL request, in order. */
  acceptLanguages: string[];
  /** GraphQL requests that asked for the schema (the console must build it in, not ask). */
  introspectionRequests: string[];
  /** What the pages' Content-Security-Policy blocked, as Chromium reported it (must be none). */
  cspViolations: string[];
  /** A full-page screenshot, or the viewport only (dialogs) with `{ fullPage: false }`. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile; every request to another host is recorded. */
export async function openBrowser(label: string, locale = 'zh-TW'): Promise<Browser> {
  assertChromium();
  const profile = await mkdtemp(join(tmpdir(), `goldcard-${label}-profile-`));
  const artifacts = await mkdtemp(join(tmpdir(), `goldcard-${label}-screenshots-`));
  console.info(`[${label}] screenshots: ${artifacts}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    locale,
    viewport: { width: 1366, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  const outsideRequests: string[] = [];
  const acceptLanguages: string[] = [];
  const introspectionRequests: string[] = [];
  const cspViolations: string[] = [];
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
      outsideRequests.push(request.url());
    }
    if (url.pathname === '/graphql' && request.method() === 'POST') {
      acceptLanguages.push(request.headers()['accept-language'] ?? '(none)');
      const body = request.postData() ?? '';
      if (body.includes('__schema')) introspectionRequests.push(body.slice(0, 200));
    }
  });
  let count = 0;
  let closed = false;
  return {
    context,
    page,
    artifacts,
    outsideRequests,
    acceptLanguages,
    introspectionRequests,
    cspViolations,
    async screenshot(name: string, options: { fullPage?: boolean } = {}) {
      count += 1;
      const file = join(artifacts, `${String(count).padStart(2, '0')}-${name}.png`);
      await settled(page);
      await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
      expect((await stat(file)).size).toBeGreaterThan(1_000);
      return file;
    },
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
      if (keepArtifacts) console.info(`[${label}] screenshots kept in ${artifacts}`);
      else await rm(artifacts, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until dialogs, backdrops, notifications, menus and expanding panels have finished their
 * transitions (axe would otherwise measure colours half faded).
 */
export async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [
          ...document.querySelectorAll(
            '.MuiDialog-container, .MuiBackdrop-root, .MuiSnackbarContent-root, .MuiPopover-paper',
          ),
        ].every((e) => getComputedStyle(e).opacity === '1') &&
        [...document.querySelectorAll('.MuiCollapse-root')].every(
          (e) =>
            e.classList.contains('MuiCollapse-entered') ||
            e.classList.contains('MuiCollapse-hidden'),
        ),
      undefined,
      { timeout: 3_000 },
    )
    .catch(() => undefined);
}

/**
 * axe-core on the page as it is now (WCAG 2.x A/AA rules and best practices); fails on serious
 * or critical violations and lists them.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // A tooltip caught fading in or out would be measured half transparent: let them go first.
  await page.mouse.move(0, 0);
  await page
    .locator('.MuiTooltip-popper')
    .first()
    .waitFor({ state: 'detached', timeout: 3_000 })
    .catch(() => undefined);
  await settled(page);
  // A click's ripple fades out over half a second, tinting what lies under it (axe once measured
  // a status chip's text on a half-faded ripple): let it finish.
  await page
    .waitForFunction(() => !document.querySelector('.MuiTouchRipple-ripple'), undefined, {
      timeout: 3_000,
    })
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const report = blocking
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`)
          .join('\n'),
    )
    .join('\n');
  expect(blocking, `accessibility violations on ${name}:\n${report}`).toEqual([]);
}
