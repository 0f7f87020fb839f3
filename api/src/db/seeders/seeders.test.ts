import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { checkUiNumber } from '../../modules/cardholders/ui-number.js';
import { DEMO_ACCOUNTS, DEMO_ANNOUNCEMENTS, seedDemoData } from './demo.js';
import { generateHolder } from './holders.js';
import { seedHolders } from './scale.js';
import { verifyPassword } from '../../shared/passwords.js';

let db: TestDatabase;
let client: pg.Client;
beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await db.drop();
});

describe('holder generator', () => {
  it('is deterministic per (seed, index), whatever the data set size', () => {
    const a = generateHolder(7, 123, new Set());
    const b = generateHolder(7, 123, new Set());
    expect(a).toEqual(b);
    expect(generateHolder(8, 123, new Set()).id).not.toBe(a.id);
  });

  it('makes realistic holders: valid UI numbers, Taiwanese addresses, mobile format', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const h = generateHolder(3, i, taken);
      expect(checkUiNumber(h.uiNumber)).toMatchObject({ valid: true, sex: h.sex });
      for (const n of h.uiNumbers) expect(checkUiNumber(n.uiNumber).valid).toBe(true);
      expect(h.residence.city).toMatch(/^[\u4e00-\u9fff]+[市縣]$/);
      if (h.mobile) expect(h.mobile).toMatch(/^09\d{8}$/);
      expect(h.cards[0]!.validUntil > h.cards[0]!.validFrom).toBe(true);
      expect(h.englishSurname).toMatch(/^[A-Z][A-Z -]*$/);
    }
    expect(taken.size).toBeGreaterThan(500);
  });
});

describe('seeding', () => {
  it('adds holders once and only the missing ones when extended', async () => {
    expect(await seedHolders(client, { applicants: 300, seed: 5 })).toEqual({
      created: 300,
      skipped: 0,
    });
    expect(await seedHolders(client, { applicants: 300, seed: 5 })).toEqual({
      created: 0,
      skipped: 300,
    });
    expect((await seedHolders(client, { applicants: 450, seed: 5, batchSize: 100 })).created).toBe(
      150,
    );
    const [counts] = await db.sql<{ holders: number; cards: number; numbers: number }>(
      `select (select count(*)::int from applicant) holders, (select count(*)::int from card) cards,
              (select count(*)::int from applicant_ui_number) numbers`,
    );
    expect(counts).toMatchObject({ holders: 450, cards: 450 });
    expect(counts!.numbers).toBeGreaterThan(450); // some holders switched from the old format
  });

  it('loads demo data idempotently, with working demo passwords', async () => {
    const first = await seedDemoData(db.url, 10);
    expect(first.accountsCreated).toBe(DEMO_ACCOUNTS.length);
    expect(first.announcementsCreated).toBe(DEMO_ANNOUNCEMENTS.length);
    const second = await seedDemoData(db.url, 10);
    expect(second).toEqual({ holdersCreated: 0, accountsCreated: 0, announcementsCreated: 0 });
    // The board shows the demo notices, the important one first.
    const board = await db.sql<{ title_en: string; important: boolean }>(
      'select title_en, important from announcement order by important desc, publish_from desc',
    );
    expect(board.map((a) => a.important)).toEqual([true, false]);
    expect(board[0]!.title_en).toBe(
      'Residence cards about to expire or lost can be renewed online by the holder or an agent',
    );
    const [officer] = await db.sql<{ password_hash: string; role: string }>(
      "select password_hash, role from account where account_name = 'officer'",
    );
    expect(officer?.role).toBe('OFFICER');
    expect(officer?.password_hash).toMatch(/^\$argon2id\$v=19\$m=65536,t=2,p=1\$/);
    expect(await verifyPassword(officer!.password_hash, 'Officer-demo-2026')).toBe(true);
    const [holder] = await db.sql<{ ui_number: string }>(
      "select a.ui_number from account c join applicant a on a.id = c.applicant_id where c.account_name = 'holder'",
    );
    expect(holder?.ui_number).toBe('A800000014');
  });
});
