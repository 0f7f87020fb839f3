import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

/**
 * The wizard load script's quick mode (bench/wizard-load.mjs --quick: 40 applicants, each bound
 * to its own holder, through the whole wizard for 10 s against the production build as a child
 * process), with the check of the check (--tamper-check). It exits non-zero on any 5xx, any
 * INTERNAL_SERVER_ERROR or other failed request, or an acknowledged submission or upload not
 * found intact afterwards. It runs the built API: `npm test` builds first (turbo: `test` depends
 * on `build`); run `npm run build -w @goldcard/api` before running this file alone.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = path.join(ROOT, 'bench', 'wizard-load.mjs');
const API_MAIN = path.join(ROOT, 'api', 'dist', 'main.js');

let outDir: string | undefined;
afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

interface WizardLoadResult {
  passed: boolean;
  assertions: Record<string, boolean>;
  problems: { what: string; detail?: string }[];
  window: { requests: number; status5xx: number; errorsByCode: Record<string, number> };
  afterwards: {
    submissions: { acknowledged: number; verified: number };
    uploads: { acknowledged: number; verified: number };
  };
}

describe('many applicants through the wizard at once (bench/wizard-load.mjs --quick)', () => {
  it('answers every request without a server error and keeps every acknowledged submission', async () => {
    if (!existsSync(API_MAIN)) {
      throw new Error(
        'the API build is missing (api/dist/main.js): run `npm run build -w @goldcard/api` ' +
          '(`npm test` builds first)',
      );
    }
    outDir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-wizard-load-test-'));
    const out = path.join(outDir, 'wizard-load-quick.json');
    const child = spawn(
      process.execPath,
      [SCRIPT, '--quick', '--tamper-check', '--out', out, '--pg-url', inject('pgServerUrl')],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

    expect(code, output.slice(-6000)).toBe(0);
    const result = JSON.parse(await readFile(out, 'utf8')) as WizardLoadResult;
    expect(result.passed).toBe(true);
    expect(result.window.status5xx).toBe(0);
    expect(result.window.errorsByCode).toEqual({});
    expect(result.afterwards.submissions.acknowledged).toBeGreaterThan(0);
    expect(result.afterwards.submissions.verified).toBe(result.afterwards.submissions.acknowledged);
    expect(result.afterwards.uploads.verified).toBe(result.afterwards.uploads.acknowledged);
    expect(result.assertions['the check finds damaged records']).toBe(true);
  }, 240_000);
});
