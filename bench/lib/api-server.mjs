// The product's own built server (`node api/dist/main.js`) as a separate process.
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort, root, sleep, spawnNode } from './util.mjs';

export const CAPTCHA_ANSWER = 'GC2026';

/**
 * A private copy of the built API (with links to the installed packages), so that a rebuild of
 * api/dist by someone else during the run cannot change or break what is measured.
 */
export async function snapshotApi(into) {
  await cp(path.join(root, 'api', 'dist'), path.join(into, 'api', 'dist'), { recursive: true });
  await symlink(path.join(root, 'node_modules'), path.join(into, 'node_modules'), 'dir');
  await symlink(
    path.join(root, 'api', 'node_modules'),
    path.join(into, 'api', 'node_modules'),
    'dir',
  );
  await writeFile(path.join(into, 'package.json'), '{ "type": "module" }\n');
  await writeFile(path.join(into, 'api', 'package.json'), '{ "type": "module" }\n');
  return path.join(into, 'api', 'dist', 'main.js');
}

/** Every setting that could refuse load is at its maximum (api/src/config.ts). */
export const LOAD_SETTINGS = {
  LOGIN_RATE_LIMIT_PER_IP: '100000',
  LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000',
  API_KEY_REQUESTS_PER_MINUTE: '100000',
  RECOVERY_RATE_LIMIT_PER_IP: '100000',
  HOLDER_LOOKUP_FAILURES_PER_HOUR: '1000',
  // A full run lasts longer than the default idle timeout of the tokens logged in at its start.
  SESSION_IDLE_MINUTES: '1440',
};

/**
 * Starts the API on a free 127.0.0.1 port against `databaseUrl`. Each server gets a fresh TMPDIR
 * (checked afterwards for files an upload left behind); documents go to `storeDir`.
 */
export async function startApi({ apiMain, workDir, name, databaseUrl, storeDir, env = {} }) {
  const port = await freePort();
  const serverDir = path.join(workDir, 'servers', name);
  await mkdir(serverDir, { recursive: true });
  const tmpDir = await mkdtemp(path.join(serverDir, 'tmp-'));
  const proc = spawnNode(apiMain, [], {
    cwd: path.dirname(path.dirname(path.dirname(apiMain))),
    env: {
      TMPDIR: tmpDir,
      DATA_DIR: path.join(serverDir, 'data'),
      DOCUMENT_STORE_DIR: storeDir,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'development',
      CAPTCHA_FIXED_ANSWER: CAPTCHA_ANSWER,
      // The harness loads the demo data itself, once, before any server starts.
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      ...LOAD_SETTINGS,
      ...env,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  for (;;) {
    if (proc.child.exitCode !== null) {
      throw new Error(`the API (${name}) exited at start:\n${proc.stderrTail()}${proc.stdout()}`);
    }
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (performance.now() - t0 > 120_000) {
      await proc.stop();
      throw new Error(`the API (${name}) did not become ready in 120 s:\n${proc.stderrTail()}`);
    }
    await sleep(150);
  }
  return {
    name,
    base,
    port,
    pid: proc.pid,
    tmpDir,
    startSeconds: Number(((performance.now() - t0) / 1000).toFixed(1)),
    stderrTail: proc.stderrTail,
    /** Files left in the server's TMPDIR (an upload's temporary file that was never removed). */
    leftovers: () => listFiles(tmpDir),
    stop: () => proc.stop(),
  };
}

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.join(entry.parentPath ?? entry.path, entry.name));
  }
  return out;
}

/** Peak resident memory of a process (VmHWM), reset first with `clear_refs` when asked. */
export async function peakRss(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { hwmKiB: kib('VmHWM'), rssKiB: kib('VmRSS') };
}

export async function resetPeakRss(pid) {
  await writeFile(`/proc/${pid}/clear_refs`, '5');
}
