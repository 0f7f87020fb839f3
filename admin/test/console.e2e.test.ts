import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, makeDataDir, startServer, type RunningServer } from './server';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const apiEntry = join(repoRoot, 'api', 'dist', 'main.js');
const adminIndex = join(repoRoot, 'admin', 'dist', 'index.html');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
const keepArtifacts = process.env.E2E_KEEP_ARTIFACTS === '1';

/** PIDs of PostgreSQL servers whose postmaster.pid lies under `dir`. */
async function postmasterPids(dir: string): Promise<number[]> {
  const entries = await readdir(dir, { recursive: true });
  const pids: number[] = [];
  for (const entry of entries) {
    if (!entry.endsWith('postmaster.pid')) continue;
    const pid = Number((await readFile(join(dir, entry), 'utf8')).split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0) pids.push(pid);
  }
  return pids;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

describe('officer console in a real browser against the production server', () => {
  let dataDir: string | undefined;
  let browserDir: string | undefined;
  let server: RunningServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  const acceptLanguages: string[] = [];
  let postgresPids: number[] = [];

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `Chromium was not found at ${chromiumPath}. Install it (Debian: apt-get install -y chromium) ` +
          'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
      );
    }
    if (!existsSync(apiEntry)) {
      throw new Error(`${apiEntry} is missing: build the API first (npm run build).`);
    }
    if (!existsSync(adminIndex)) {
      throw new Error(`${adminIndex} is missing: build the console first (npm run build).`);
    }

    dataDir = await makeDataDir('goldcard-e2e-data-');
    browserDir = await mkdtemp(join(tmpdir(), 'goldcard-e2e-browser-'));
    const port = await freePort();
    const pgPort = await freePort();
    server = await startServer({
      entry: apiEntry,
      port,
      env: {
        PORT: String(port),
        DATA_DIR: dataDir,
        // Its own PostgreSQL port, so a developer's `npm start` on the default port is no obstacle.
        EMBEDDED_PG_PORT: String(pgPort),
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
      },
    });
    postgresPids = await postmasterPids(dataDir);

    context = await chromium.launchPersistentContext(join(browserDir, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      locale: 'zh-TW',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') {
        acceptLanguages.push(request.headers()['accept-language'] ?? '(none)');
      }
    });
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    // Normally the last test has already stopped the server; this is the safety net.
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      await server.stop(5_000);
    }
    for (const pid of postgresPids) {
      if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (browserDir && !keepArtifacts) await rm(browserDir, { recursive: true, force: true });
    if (browserDir && keepArtifacts) console.info(`screenshots kept in ${browserDir}`);
  });

  const fieldItems = () => page.locator('[data-testid="fields-of-expertise"] > li');

  it('lists the fields of expertise in Traditional Chinese by default', async () => {
    await page.goto(`${server!.url}/admin/`);
    await expect(page.title()).resolves.toContain('officer console');
    await expect(page.locator('h1').textContent()).resolves.toContain('就業金卡資料異動');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="fields-of-expertise"] > li').length >= 13,
      undefined,
      { timeout: 30_000 },
    );
    const names = (await fieldItems().allTextContents()).map((name) => name.trim());
    expect(names.length).toBeGreaterThanOrEqual(13);
    expect(names).toContain('科技');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
    expect(acceptLanguages[0]).toBe('zh-TW');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);

    const shot = join(browserDir!, 'console-zh-TW.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect((await stat(shot)).size).toBeGreaterThan(1_000);
  });

  it('switches the list to English', async () => {
    await page.getByRole('radio', { name: 'English' }).check();
    await page
      .getByTestId('fields-of-expertise')
      .getByText(/science/i)
      .first()
      .waitFor({ timeout: 30_000 });
    const names = (await fieldItems().allTextContents()).map((name) => name.trim());
    expect(names.length).toBeGreaterThanOrEqual(13);
    expect(names.some((name) => /science/i.test(name))).toBe(true);
    expect(names).not.toContain('科技');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(acceptLanguages.at(-1)).toBe('en');

    const shot = join(browserDir!, 'console-en.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect((await stat(shot)).size).toBeGreaterThan(1_000);
  });

  it('stops gracefully on SIGTERM, embedded PostgreSQL included', async () => {
    await context?.close();
    context = undefined;
    const status = await server!.stop(20_000);
    const how = `${status.ms} ms, code ${status.code}, signal ${status.signal}`;
    expect(status.late, `no exit within 20 s (${how}); server output:\n${server!.output()}`).toBe(
      false,
    );
    expect(status.code, `exit code; server output:\n${server!.output()}`).toBe(0);
    expect(postgresPids.length, `no postmaster.pid under DATA_DIR (${dataDir})`).toBeGreaterThan(0);
    for (const pid of postgresPids) {
      expect(isAlive(pid), `PostgreSQL (pid ${pid}) still running after the API exited`).toBe(
        false,
      );
    }
    expect(await postmasterPids(dataDir!)).toEqual([]);
  });
});
