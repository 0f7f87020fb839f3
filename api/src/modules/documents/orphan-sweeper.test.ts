import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferenceKind } from '@mikro-orm/core';
import { loadConfig, ConfigError } from '../../config.js';
import { MikroORM } from '@mikro-orm/postgresql';
import { initOrm, ormConfig } from '../../db/orm.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { createLogger } from '../../shared/logger.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { padTo, samplePdf } from '../../test-support/multipart.js';
import {
  createTestDocumentStore,
  DOCUMENT_STORE_KINDS,
  stopSharedS3Server,
  type TestDocumentStore,
} from '../../test-support/document-stores.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { wizard } from '../../test-support/wizard.js';
import { FilesystemDocumentStore, newDocumentKey } from './document-store.js';
import { DOCUMENT_KEY_COLUMNS, OrphanSweeper, sweepOrphanDocuments } from './orphan-sweeper.js';

const HOUR = 3_600_000;
let db: TestDatabase;
let accountId = '';

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 2);
});
afterAll(async () => {
  await db.drop();
  await stopSharedS3Server();
});

describe.each(DOCUMENT_STORE_KINDS)('on the %s store', (kind) => {
  let subject: TestDocumentStore;
  let server: TestServer;
  let token: string;
  let draftId: string;

  beforeAll(async () => {
    // A database per store: the holder below may have one draft at a time.
    if (kind !== DOCUMENT_STORE_KINDS[0]) {
      await db.drop();
      db = await createTestDatabase();
      await seedFixtureHolders(db.url, 2);
    }
    subject = await createTestDocumentStore(kind);
    server = await startTestServer(db, { env: subject.env });
    accountId = (await createAccount(db, { accountName: 'sweeper', locale: 'en' })).id;
    token = await loginToken(server, 'sweeper');
    const client = wizard(server, token);
    await client.acceptTerms();
    const started = await client.start({
      uiNumber: DEMO_HOLDER.uiNumber,
      birthDate: DEMO_HOLDER.birthDate,
      passportNumber: DEMO_HOLDER.passport.number,
      alsoChange: ['PASSPORT'],
    });
    expect(started.body.errors).toBeUndefined();
    draftId = started.body.data!.startAmendment.id;
  });
  afterAll(async () => {
    await server.close();
    await subject.dispose();
  });

  /** Uploads a document through the real route; returns its storage key. */
  async function uploadDocument(): Promise<string> {
    const form = new FormData();
    form.append('type', 'PASSPORT');
    const bytes = padTo(samplePdf(), 2_000 + Math.floor(Math.random() * 1_000));
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'passport.pdf');
    const res = await fetch(`${server.url}/amendments/${draftId}/documents`, {
      method: 'POST',
      body: form,
      headers: bearer(token),
    });
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: { id: string } };
    const [row] = await db.sql<{ storage_key: string }>(
      'select storage_key from amendment_document where id = $1',
      [document.id],
    );
    return row!.storage_key;
  }

  const store = () => subject.store;
  const has = (key: string) => subject.hasRaw(key);
  const age = (key: string, ageMs: number) => subject.age(key, ageMs);

  /** An object under `key` in the server's store, last written `ageMs` ago. */
  async function plant(key: string, ageMs: number): Promise<string> {
    await subject.putRaw(key, `bytes of ${key}`, ageMs);
    return key;
  }

  describe('the orphan document sweeper', () => {
    it('deletes old unreferenced files and interrupted writes; keeps referenced, young and foreign files', async () => {
      const referenced = await uploadDocument();
      await age(referenced, 48 * HOUR);
      // A power of attorney's file, named by a mandate row.
      const mandateKey = newDocumentKey();
      await plant(mandateKey, 48 * HOUR);
      await db.sql(
        `insert into mandate (id, applicant_id, grantee_id, items, valid_from, valid_until, status,
                            source, document_key, document_mime_type, created_by, created_at)
       values ($1, $2, $3, '{PASSPORT}', '2026-01-01', '2027-01-01', 'PENDING_VERIFICATION',
               'POWER_OF_ATTORNEY', $4, 'application/pdf', $3, now())`,
        [randomUUID(), DEMO_HOLDER.id, accountId, mandateKey],
      );
      const oldOrphan = await plant(newDocumentKey(), 2 * HOUR);
      const oldOrphanElsewhere = await plant(`2020/01/${randomUUID()}`, 48 * HOUR);
      const youngOrphan = await plant(newDocumentKey(), 10 * 60_000);
      // Temporary files of writes cut short by a crash (`.<name>.<uuid>.tmp`), old and in flight.
      // (A multipart upload cut short is invisible until completed: s3rver cannot list those.)
      const temps = kind === 'filesystem';
      const dir = oldOrphan.split('/').slice(0, 2).join('/');
      const oldTemp = `${dir}/.${randomUUID()}.${randomUUID()}.tmp`;
      const youngTemp = `${dir}/.${randomUUID()}.${randomUUID()}.tmp`;
      if (temps) {
        await subject.putRaw(oldTemp, 'half', 2 * HOUR);
        await subject.putRaw(youngTemp, 'half');
      }
      // Things that are not documents at all: never touched.
      const foreign = ['lost+found/x', '.hidden', '2020/notes~'];
      for (const name of foreign) await subject.putRaw(name, 'not ours', 48 * HOUR);

      const result = await sweepOrphanDocuments(db.orm, store(), { graceMs: HOUR });
      expect(result).toMatchObject({ skipped: false, deleted: 2, incomplete: temps ? 1 : 0 });
      expect(result.scanned).toBeGreaterThanOrEqual(5);
      const kept = [referenced, mandateKey, youngOrphan, ...foreign, ...(temps ? [youngTemp] : [])];
      for (const name of kept) expect(await has(name), name).toBe(true);
      for (const gone of [oldOrphan, oldOrphanElsewhere, oldTemp])
        expect(await has(gone), gone).toBe(false);
      expect((await subject.contents()).some((p) => p.startsWith('2020/01'))).toBe(false); // pruned
      // The referenced document still downloads, byte for byte.
      const [doc] = await db.sql<{ id: string }>(
        'select id from amendment_document where storage_key = $1',
        [referenced],
      );
      const download = await fetch(`${server.url}/documents/${doc!.id}`, {
        headers: bearer(token),
      });
      expect(download.status).toBe(200);

      // A second sweep finds nothing more.
      const again = await sweepOrphanDocuments(db.orm, store(), { graceMs: HOUR });
      expect(again).toMatchObject({ deleted: 0, incomplete: 0 });
    });

    it('never deletes a referenced file, however old, in batches as in one', async () => {
      const keys = await Promise.all(Array.from({ length: 7 }, () => uploadDocument()));
      for (const key of keys) await age(key, 30 * 24 * HOUR);
      const orphans = await Promise.all(
        Array.from({ length: 9 }, () => plant(newDocumentKey(), 30 * 24 * HOUR)),
      );
      const result = await sweepOrphanDocuments(db.orm, store(), { graceMs: HOUR, batchSize: 2 });
      expect(result.deleted).toBe(orphans.length);
      for (const key of keys) expect(await has(key)).toBe(true);
      for (const key of orphans) expect(await has(key)).toBe(false);
    });

    it('is safe on several replicas at once: each orphan deleted once, nothing else', async () => {
      const orphans = await Promise.all(
        Array.from({ length: 40 }, () => plant(newDocumentKey(), 2 * HOUR)),
      );
      const kept = await uploadDocument();
      await age(kept, 2 * HOUR);
      const other = await initOrm(db.url, { poolMax: 2 });
      try {
        // While another replica holds the sweep, this one skips its round.
        await db.sql('select pg_advisory_lock(4270002)');
        const whileBusy = await sweepOrphanDocuments(other, store(), { graceMs: HOUR });
        await db.sql('select pg_advisory_unlock(4270002)');
        expect(whileBusy).toMatchObject({ skipped: true, deleted: 0 });
        const results = await Promise.all([
          sweepOrphanDocuments(db.orm, store(), { graceMs: HOUR, batchSize: 5 }),
          sweepOrphanDocuments(other, store(), { graceMs: HOUR, batchSize: 5 }),
          sweepOrphanDocuments(db.orm, store(), { graceMs: HOUR, batchSize: 5 }),
        ]);
        expect(results.reduce((n, r) => n + r.deleted, 0)).toBe(orphans.length);
      } finally {
        await other.close(true);
      }
      for (const key of orphans) expect(await has(key)).toBe(false);
      expect(await has(kept)).toBe(true);
    });

    it('deletes nothing when the database cannot be asked', async () => {
      const orphan = await plant(newDocumentKey(), 48 * HOUR);
      const unreachable = await MikroORM.init({
        ...ormConfig('postgres://nobody:nothing@127.0.0.1:9/none', {
          timeouts: { connectMs: 1_000, acquireMs: 2_000, queryMs: 2_000 },
        }),
        connect: false,
      });
      try {
        await expect(sweepOrphanDocuments(unreachable, store(), { graceMs: 1 })).rejects.toThrow();
      } finally {
        await unreachable.close(true);
      }
      expect(await has(orphan)).toBe(true);
      await store().delete(orphan);
    });

    it('runs at start and then every interval; DOCUMENT_SWEEP_INTERVAL_SECONDS=0 turns it off', async () => {
      const orphan = await plant(newDocumentKey(), 2 * HOUR);
      const log = createLogger('silent');
      const off = new OrphanSweeper({
        orm: db.orm,
        store: store(),
        config: { documentSweep: { graceSeconds: 60, intervalSeconds: 0 } },
        log,
      });
      off.start();
      await new Promise((r) => setTimeout(r, 300));
      await off.stop();
      expect(await has(orphan)).toBe(true);

      const sweeper = new OrphanSweeper({
        orm: db.orm,
        store: store(),
        config: { documentSweep: { graceSeconds: 60, intervalSeconds: 1 } },
        log,
      });
      sweeper.start();
      try {
        await expect.poll(() => has(orphan), { timeout: 5_000 }).toBe(false);
        const later = await plant(newDocumentKey(), 2 * HOUR);
        await expect.poll(() => has(later), { timeout: 5_000 }).toBe(false); // periodically
      } finally {
        await sweeper.stop();
      }
    });
  });
});

describe('the orphan document sweeper’s settings', () => {
  it('knows every column that holds a document key (a new one must be added to the list)', () => {
    const holding = Object.values(db.orm.getMetadata().getAll()).flatMap((meta) =>
      meta.props
        .filter((p) => p.kind === ReferenceKind.SCALAR && /^(storage|document)Key$/i.test(p.name))
        .map((p) => ({ table: meta.tableName, column: p.fieldNames[0] })),
    );
    const sort = (list: readonly { table: string; column?: string }[]) =>
      [...list].map((c) => `${c.table}.${c.column}`).sort();
    expect(sort(holding)).toEqual(sort(DOCUMENT_KEY_COLUMNS));
  });

  it('reads its settings from the environment, refusing a grace period of 0', () => {
    const config = loadConfig({
      DOCUMENT_ORPHAN_GRACE_SECONDS: '900',
      DOCUMENT_SWEEP_INTERVAL_SECONDS: '0',
    });
    expect(config.documentSweep).toEqual({ graceSeconds: 900, intervalSeconds: 0 });
    expect(loadConfig({}).documentSweep).toEqual({ graceSeconds: 3600, intervalSeconds: 3600 });
    expect(() => loadConfig({ DOCUMENT_ORPHAN_GRACE_SECONDS: '0' })).toThrow(ConfigError);
  });
});

describe('FilesystemDocumentStore listing', () => {
  it('lists every stored key with its time, and nothing else', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'goldcard-list-'));
    try {
      const documents = new FilesystemDocumentStore(root);
      const listed = async () => {
        const all: string[] = [];
        for await (const o of documents.list()) all.push(o.key);
        return all.sort();
      };
      expect(await listed()).toEqual([]);
      const { Readable } = await import('node:stream');
      const keys = [newDocumentKey(), newDocumentKey(), 'a/b/c/d'];
      for (const key of keys) await documents.put(key, Readable.from([Buffer.from(key)]));
      await writeFile(path.join(root, 'a', `.d.${randomUUID()}.tmp`), 'partial');
      expect(await listed()).toEqual([...keys].sort());
      for await (const o of documents.list()) {
        expect(Date.now() - o.modifiedAt.getTime()).toBeLessThan(60_000);
      }
      expect(await documents.removeIncompleteWrites(new Date(Date.now() + 1_000))).toBe(1);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
