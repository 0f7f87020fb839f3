import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/test-support/db.js';
import { seedFixtureHolders } from '../src/test-support/fixtures.js';
import { startTestServer, type TestServer } from '../src/test-support/server.js';
import { bearer, createAccount, loginToken } from '../src/test-support/accounts.js';
import { wizard } from '../src/test-support/wizard.js';
import { graphqlMultipart, samplePdf } from '../src/test-support/multipart.js';
import { FilesystemDocumentStore } from '../src/modules/documents/document-store.js';
import { scheduleDraftPurge } from '../src/modules/amendments/draft-purge.js';
import { createLogger } from '../src/shared/logger.js';

/**
 * Drafts nobody touched for DRAFT_RETENTION_DAYS are deleted by the scheduled job, not only by
 * the function (tested in contact-and-purge.test.ts): the schedule runs at start and every hour,
 * and the production build starts it with the configured retention.
 */
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

let db: TestDatabase;
let server: TestServer;
let storeDir: string;
let holders: { ui_number: string; birth: string; passport_number: string }[];
let nextHolder = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 10);
  storeDir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-purge-store-'));
  server = await startTestServer(db, { env: { DOCUMENT_STORE_DIR: storeDir } });
  holders = await db.sql(
    "select ui_number, to_char(birth_date, 'YYYY-MM-DD') birth, passport_number from applicant order by ui_number",
  );
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await server.close();
  await db.drop();
  await rm(storeDir, { recursive: true, force: true });
});

/** A draft (with an uploaded PDF) last edited `ageDays` ago. */
async function draftAged(ageDays: number): Promise<string> {
  const i = nextHolder++;
  await createAccount(db, { accountName: `purge-drafter-${i}`, locale: 'en' });
  const token = await loginToken(server, `purge-drafter-${i}`);
  const client = wizard(server, token);
  await client.acceptTerms();
  const h = holders[i]!;
  const started = await client.start({
    uiNumber: h.ui_number,
    birthDate: h.birth,
    passportNumber: h.passport_number,
    alsoChange: ['PASSPORT'],
  });
  const id = started.body.data!.startAmendment.id;
  const upload = await graphqlMultipart(`${server.url}/graphql`, {
    query:
      'mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: PASSPORT, file: $file) { id } }',
    variables: { id },
    files: { file: { name: 'passport.pdf', type: 'application/pdf', bytes: samplePdf() } },
    headers: bearer(token),
  });
  expect(upload.body.errors).toBeUndefined();
  await db.sql(
    `update amendment set last_edited_at = now() - make_interval(days => $2) where id = $1`,
    [id, ageDays],
  );
  return id;
}

const remaining = async (ids: string[]) =>
  (await db.sql<{ id: string }>('select id from amendment where id = any($1::uuid[])', [ids]))
    .map((r) => r.id)
    .sort();

async function storedFiles(): Promise<number> {
  const entries = await readdir(storeDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the scheduled draft purge', () => {
  it('runs at once, then every hour, with the retention it is given, until stopped', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const lines: string[] = [];
    const log = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
          done();
        },
      }),
    );
    const stale = await draftAged(8);
    const fresh = await draftAged(6);
    const filesBefore = await storedFiles();

    const stop = scheduleDraftPurge(db.orm, new FilesystemDocumentStore(storeDir), 7, log);
    // The first run starts right away, not an hour later.
    await until('the first run', async () => (await remaining([stale])).length === 0);
    expect(await remaining([stale, fresh])).toEqual([fresh]);
    await until(
      'the stale draft’s file to go',
      async () => (await storedFiles()) === filesBefore - 1,
    );
    expect(
      await db.sql(
        "select 1 from audit_event where action = 'amendment.draft.purged' and entity_id = $1",
        [stale],
      ),
    ).toHaveLength(1);
    await until('the log line', () => lines.some((l) => l.includes('purged stale drafts')));

    // A draft that goes stale later is purged by the next hourly run, not before.
    const later = await draftAged(30);
    vi.advanceTimersByTime(3_599_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await remaining([later])).toEqual([later]);
    vi.advanceTimersByTime(1_000);
    await until('the hourly run', async () => (await remaining([later])).length === 0);
    expect(await remaining([fresh])).toEqual([fresh]);

    // Stopped: no more runs.
    stop();
    const afterStop = await draftAged(9);
    vi.advanceTimersByTime(2 * 3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await remaining([afterStop])).toEqual([afterStop]);
    expect(lines.filter((l) => l.includes('draft purge failed'))).toEqual([]);
  });

  it('is started by the server with DRAFT_RETENTION_DAYS', async () => {
    expect(
      existsSync(MAIN),
      'api/dist/main.js is built before tests (turbo runs build first)',
    ).toBe(true);
    const stale = await draftAged(4);
    const fresh = await draftAged(2);
    const port = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => resolve(p));
      });
    });
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: db.url,
        DEMO_DATA: 'false',
        DOCUMENT_STORE_DIR: storeDir,
        DRAFT_RETENTION_DAYS: '3',
        PASSWORD_HASH_WORKERS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await until(
        'the server to purge the stale draft',
        async () => {
          if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
          return (await remaining([stale])).length === 0;
        },
        60_000,
      );
      expect(await remaining([stale, fresh])).toEqual([fresh]);
      await until('the log line', () => output.includes('purged stale drafts'));
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 90_000);
});
