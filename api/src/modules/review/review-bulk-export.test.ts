import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAmendments } from '../../db/seeders/amendments-scale.js';
import { Role } from '../../shared/actor.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { codeOf } from '../../test-support/wizard.js';

// Bulk actions and the CSV export, over seeded cases (amendments-scale.ts) in every status.
let db: TestDatabase;
let server: TestServer;
const token: Record<'officer' | 'chief' | 'holder' | 'agency', string> = {
  officer: '',
  chief: '',
  holder: '',
  agency: '',
};
let officerId: string;

const as = <T = Record<string, unknown>>(
  who: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  language = 'en',
) =>
  server.post<T>(query, variables, {
    ...(who ? bearer(who) : {}),
    'accept-language': language,
  });
const ids = async (where: string, limit: number) =>
  (
    await db.sql<{ id: string }>(
      `select id from amendment where ${where} order by application_number limit ${limit}`,
    )
  ).map((r) => r.id);

type Outcome = {
  id: string;
  ok: boolean;
  code: string | null;
  message: string | null;
  amendment: { status: string } | null;
};
const bulk = (who: string, name: string, list: string[], language = 'en') =>
  as<Record<string, Outcome[]>>(
    who,
    `mutation($ids: [ID!]!) { ${name}(ids: $ids) { id ok code message amendment { status } } }`,
    { ids: list },
    language,
  );

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 3_000);
  officerId = (await createAccount(db, { accountName: 'officer', role: Role.OFFICER })).id;
  await createAccount(db, { accountName: 'chief', role: Role.SUPERVISOR });
  await createAccount(db, { accountName: 'holder', locale: 'en' });
  await createAccount(db, { accountName: 'agency', role: Role.AGENCY });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await seedAmendments(client, { amendments: 6_000, seed: 9, events: false });
  await client.end();
  server = await startTestServer(db);
  for (const name of Object.keys(token) as (keyof typeof token)[])
    token[name] = await loginToken(server, name);
}, 120_000);
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('bulk actions', () => {
  it('claim each case on its own: one failure stops none of the others', async () => {
    const submitted = await ids("status = 'SUBMITTED'", 3);
    const [closed] = await ids("status = 'CARD_COLLECTED'", 1);
    const missing = randomUUID();
    const res = await bulk(token.officer, 'claimAmendments', [
      submitted[0]!,
      closed!,
      submitted[1]!,
      missing,
      submitted[2]!,
      submitted[0]!,
    ]);
    expect(res.body.errors).toBeUndefined();
    const outcomes = res.body.data!.claimAmendments!;
    // Each case once, in the order given.
    expect(outcomes.map((o) => [o.id, o.ok, o.code])).toEqual([
      [submitted[0], true, null],
      [closed, false, 'INVALID_TRANSITION'],
      [submitted[1], true, null],
      [missing, false, 'NOT_FOUND'],
      [submitted[2], true, null],
    ]);
    expect(outcomes[0]!.amendment).toEqual({ status: 'UNDER_REVIEW' });
    expect(outcomes[1]!.message).toMatch(/New card collected/);
    const claimed = await db.sql<{ assigned_officer_id: string; events: number; audits: number }>(
      `select a.assigned_officer_id,
         (select count(*)::int from amendment_event e where e.amendment_id = a.id
            and e.to_status = 'UNDER_REVIEW' and e.actor_account_id = $2) events,
         (select count(*)::int from audit_event x where x.entity_id = a.id::text
            and x.action = 'amendment.claim') audits
       from amendment a where a.id = any($1)`,
      [submitted, officerId],
    );
    expect(claimed).toEqual(
      submitted.map(() => ({ assigned_officer_id: officerId, events: 1, audits: 1 })),
    );
  });

  it('mark cards ready only where the fee is paid or nothing is due, and then collected', async () => {
    const unpaid = await ids(
      "status = 'APPROVED' and (fee ->> 'amount')::int > 0 and fee_paid_at is null",
      2,
    );
    const free = await ids(
      "status = 'APPROVED' and items = array['UI_NUMBER_NEW_FORMAT'] and (fee ->> 'amount')::int = 0",
      2,
    );
    const res = await bulk(
      token.chief,
      'markCardsReady',
      [unpaid[0]!, ...free, unpaid[1]!],
      'zh-TW',
    );
    const outcomes = res.body.data!.markCardsReady!;
    expect(outcomes.map((o) => o.code)).toEqual(['FEE_UNPAID', null, null, 'FEE_UNPAID']);
    expect(outcomes[0]!.message).toBe('規費尚未繳納。');
    const statuses = await db.sql<{ id: string; status: string }>(
      'select id, status from amendment where id = any($1) order by id',
      [[...unpaid, ...free]],
    );
    for (const r of statuses)
      expect(r.status).toBe(free.includes(r.id) ? 'CARD_READY' : 'APPROVED');

    const collected = await bulk(token.officer, 'markCardsCollected', free);
    expect(collected.body.data!.markCardsCollected!.map((o) => o.amendment?.status)).toEqual([
      'CARD_COLLECTED',
      'CARD_COLLECTED',
    ]);
  });

  it('take at most 100 cases, and are for staff only', async () => {
    const many = Array.from({ length: 101 }, () => randomUUID());
    const tooMany = await bulk(token.officer, 'claimAmendments', many);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.body.errors?.[0]?.extensions?.fields).toMatchObject([
      { field: 'ids', problem: 'OUT_OF_RANGE', params: { max: 100 } },
    ]);
    const [open] = await ids("status = 'SUBMITTED'", 1);
    for (const name of ['claimAmendments', 'markCardsReady', 'markCardsCollected']) {
      expect(codeOf(await bulk(token.holder, name, [open!]))).toBe('FORBIDDEN');
      expect(codeOf(await bulk(token.agency, name, [open!]))).toBe('FORBIDDEN');
      expect(
        codeOf(
          await as(null, `mutation($ids: [ID!]!) { ${name}(ids: $ids) { id } }`, { ids: [open] }),
        ),
      ).toBe('UNAUTHENTICATED');
    }
    expect(
      (await db.sql<{ status: string }>('select status from amendment where id = $1', [open]))[0]!
        .status,
    ).toBe('SUBMITTED');
  });
});

type Export = {
  exportAmendments: { filename: string; csv: string; rows: number; truncated: boolean };
};
const EXPORT =
  'mutation($f: AmendmentFilter, $s: AmendmentSort) { exportAmendments(filter: $f, sort: $s) { filename csv rows truncated } }';

describe('the CSV export', () => {
  it('gives the filtered list with a BOM, a header in the reader’s language and words, not codes', async () => {
    const res = await as<Export>(token.officer, EXPORT, {
      f: { status: ['SUBMITTED'] },
      s: { field: 'APPLICATION_NUMBER', order: 'ASC' },
    });
    expect(res.body.errors).toBeUndefined();
    const file = res.body.data!.exportAmendments;
    const [first] = await db.sql<{
      application_number: string;
      ui_number: string;
      english_surname: string;
      n: number;
    }>(
      `select a.application_number, h.ui_number, h.english_surname,
         (select count(*)::int from amendment where status = 'SUBMITTED') n
       from amendment a join applicant h on h.id = a.applicant_id
       where a.status = 'SUBMITTED' order by a.application_number limit 1`,
    );
    expect(file).toMatchObject({ rows: first!.n, truncated: false });
    expect(file.filename).toMatch(/^cases-\d{12}\.csv$/);
    expect(
      file.csv.startsWith(
        '\uFEFFApplication number,Status,Items,Holder,UI number,Submitted at (Taipei),Officer,Overdue\r\n',
      ),
    ).toBe(true);
    const lines = file.csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(first!.n + 1);
    const cells = lines[1]!.split(',');
    expect(cells[0]).toBe(first!.application_number);
    expect(lines[1]).toContain('"Submitted, waiting for review"');
    expect(lines[1]).toContain(first!.ui_number);
    expect(lines[1]).toContain(first!.english_surname);
    expect(lines[1]).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2},/);

    const zh = await as<Export>(token.chief, EXPORT, { f: { status: ['SUBMITTED'] } }, 'zh-TW');
    expect(zh.body.data!.exportAmendments.csv).toMatch(
      /^\uFEFF申請案號,狀態,異動項目,持卡人,統一證號,送件時間（臺北）,承辦人,逾期\r\n/,
    );
    expect(zh.body.data!.exportAmendments.csv).toContain('已送出，待審核');
  });

  it('stops at 5,000 rows and says so; every export is in the audit trail with its filter and size', async () => {
    const all = await as<Export>(token.chief, EXPORT, { f: { holder: 'CHEN' } });
    expect(all.body.errors).toBeUndefined();
    const everything = await as<Export>(token.officer, EXPORT);
    expect(everything.body.data!.exportAmendments).toMatchObject({ rows: 5_000, truncated: true });
    const audits = await db.sql<{ actor_role: string; detail: Record<string, unknown> }>(
      "select actor_role, detail from audit_event where action = 'amendment.list.exported' order by at",
    );
    expect(audits).toHaveLength(4);
    expect(audits[0]).toMatchObject({
      actor_role: 'OFFICER',
      detail: { filter: { status: ['SUBMITTED'] }, truncated: false },
    });
    expect(audits[0]!.detail.rows).toBe(audits[1]!.detail.rows);
    expect(audits[0]!.detail.rows).toBeGreaterThan(0);
    // A name typed into the filter is personal data: the trail says only that one was given.
    expect(audits[2]!.detail.filter).toEqual({ holder: '(given)' });
    expect(audits[3]!.detail).toMatchObject({ rows: 5_000, truncated: true });
  });

  it('defuses cells a spreadsheet would run as a formula', async () => {
    const [target] = await db.sql<{ id: string; applicant_id: string }>(
      "select id, applicant_id from amendment where status = 'UNDER_REVIEW' order by application_number limit 1",
    );
    await db.sql(
      `update applicant set english_surname = '=HYPERLINK("http://x")', english_given_name = 'A,B',
         chinese_name = null where id = $1`,
      [target!.applicant_id],
    );
    await db.sql("update account set display_name = '@SUM(1+1)' where id = $1", [officerId]);
    await db.sql('update amendment set assigned_officer_id = $2 where id = $1', [
      target!.id,
      officerId,
    ]);
    const res = await as<Export>(token.officer, EXPORT, {
      f: { status: ['UNDER_REVIEW'], assignment: 'MINE' },
    });
    const csv = res.body.data!.exportAmendments.csv;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"") A,B"`);
    expect(csv).toContain(",'@SUM(1+1),");
    expect(csv).not.toMatch(/,[=+@-]/);
  });

  it('is for officers and supervisors only', async () => {
    expect(codeOf(await as(token.holder, EXPORT))).toBe('FORBIDDEN');
    expect(codeOf(await as(token.agency, EXPORT))).toBe('FORBIDDEN');
    expect(codeOf(await as(null, EXPORT))).toBe('UNAUTHENTICATED');
    const audits = await db.sql(
      "select 1 from audit_event where action = 'amendment.list.exported'",
    );
    expect(audits).toHaveLength(5);
  });
});
