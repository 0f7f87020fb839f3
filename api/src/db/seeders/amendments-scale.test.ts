import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { actors, seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer } from '../../test-support/server.js';
import { AmendmentItem, requiredDocuments } from '../../modules/amendments/amendment-items.js';
import { AmendmentStatus, OPEN_STATUSES } from '../../modules/amendments/amendment-status.js';
import { seedAmendments } from './amendments-scale.js';

const HOLDERS = 200; // plus the demo holder
const CASES = 2_000;
const OPEN = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

let db: TestDatabase;
let client: pg.Client;
let firstRun: Awaited<ReturnType<typeof seedAmendments>>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, HOLDERS);
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  firstRun = await seedAmendments(client, { amendments: CASES, seed: 3, batchSize: 700 });
});
afterAll(async () => {
  await client.end();
  await db.drop();
});

describe('seeding amendments at scale', () => {
  it('adds the cases once: a rerun adds nothing', async () => {
    expect(firstRun.created).toBe(CASES);
    expect(firstRun.skipped).toBe(0);
    expect(firstRun.events).toBeGreaterThan(CASES * 3);
    expect(await seedAmendments(client, { amendments: CASES, seed: 3 })).toEqual({
      created: 0,
      skipped: CASES,
      events: 0,
    });
    const [row] = await db.sql<{ cases: number; created: number }>(
      `select (select count(*)::int from amendment) cases,
              (select count(*)::int from amendment_event where type = 'CREATED') created`,
    );
    expect(row).toEqual({ cases: CASES, created: CASES });
  });

  it('keeps at most one open case per holder, and most cases closed', async () => {
    const twice = await db.sql(
      `select applicant_id from amendment where status in (${OPEN})
       group by applicant_id having count(*) > 1`,
    );
    expect(twice).toEqual([]);
    const counts = Object.fromEntries(
      (
        await db.sql<{ status: string; n: number }>(
          'select status, count(*)::int n from amendment group by status',
        )
      ).map((r) => [r.status, r.n]),
    );
    for (const status of Object.keys(counts)) {
      expect(Object.values(AmendmentStatus)).toContain(status);
    }
    const open = OPEN_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThanOrEqual(HOLDERS + 1);
    expect(open / CASES).toBeLessThan(0.1);
    for (const status of [
      'SUBMITTED',
      'UNDER_REVIEW',
      'APPROVED',
      'REJECTED',
      'WITHDRAWN',
      'CARD_COLLECTED',
    ]) {
      expect(counts[status], status).toBeGreaterThan(0);
    }
    expect(counts.CARD_COLLECTED! + counts.APPROVED!).toBeGreaterThan(CASES / 2);
  });

  it('gives every filed case the documents its items need (records), drafts none', async () => {
    const rows = await db.sql<{ items: AmendmentItem[]; types: string[]; filed: boolean }>(
      `select a.items, a.submitted_at is not null filed,
         coalesce(array_agg(d.type order by d.type) filter (where d.id is not null), '{}') types
       from amendment a left join amendment_document d on d.amendment_id = a.id
       group by a.id`,
    );
    const wrong = rows.filter(
      (r) =>
        JSON.stringify(r.types) !==
        JSON.stringify(r.filed ? [...requiredDocuments(r.items)].sort() : []),
    );
    expect(wrong).toEqual([]);
    expect(rows.some((r) => r.types.length > 1)).toBe(true);
  });

  it('spreads submissions over about three years, with consistent timelines and no stale drafts', async () => {
    const [span] = await db.sql<{ days: number; future: number; stale: number; bad: number }>(
      `select extract(day from max(submitted_at) - min(submitted_at))::int days,
         count(*) filter (where greatest(created_at, updated_at, last_edited_at,
           coalesce(submitted_at, created_at), coalesce(decided_at, created_at)) > now())::int future,
         count(*) filter (where status = 'DRAFT' and last_edited_at < now() - interval '30 days')::int stale,
         count(*) filter (where created_at > coalesce(submitted_at, last_edited_at)
           or submitted_at > coalesce(decided_at, submitted_at)
           or coalesce(decided_at, submitted_at, last_edited_at) > updated_at
           or (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED')) <> (decided_at is null)
           or (submitted_at is null) <> (application_number is null)
           or (submitted_at is null) <> (fee is null)
           or (submitted_at is null and status not in ('DRAFT', 'WITHDRAWN'))
           or (status = 'DRAFT' and submitted_at is not null)
           or (assigned_officer_id is null and status in ('UNDER_REVIEW', 'SUPPLEMENT_REQUESTED',
                'REJECTED', 'CARD_READY', 'CARD_COLLECTED'))
           or (assigned_officer_id is not null and status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN'))
           or (status = 'SUPPLEMENT_REQUESTED') <> (requested_documents is not null)
         )::int bad
       from amendment`,
    );
    expect(span!.days).toBeGreaterThan(900);
    expect(span).toMatchObject({ future: 0, stale: 0, bad: 0 });
    // The last event of each case leads to its status; officers decide with officer accounts.
    const [events] = await db.sql<{ mismatched: number; not_officer: number }>(
      `select count(*) filter (where last.to_status <> a.status)::int mismatched,
         (select count(*)::int from amendment x join account o on o.id = x.assigned_officer_id
          where o.role <> 'OFFICER') not_officer
       from amendment a cross join lateral (select to_status from amendment_event e
         where e.amendment_id = a.id order by e.at desc, e.id limit 1) last`,
    );
    expect(events).toEqual({ mismatched: 0, not_officer: 0 });
  });

  it('numbers submitted cases uniquely, as the app does (GC<year of submission>-<7 digits>)', async () => {
    const [numbers] = await db.sql<{ total: number; distinct: number; malformed: number }>(
      `select count(application_number)::int total, count(distinct application_number)::int distinct,
         count(*) filter (where application_number !~ ('^GC' ||
           to_char(submitted_at at time zone 'Asia/Taipei', 'YYYY') || '-[0-9]{7}$'))::int malformed
       from amendment where submitted_at is not null`,
    );
    expect(numbers!.total).toBeGreaterThan(CASES * 0.9);
    expect(numbers).toMatchObject({ distinct: numbers!.total, malformed: 0 });
    const [seq] = await db.sql<{ last_value: string }>(
      'select last_value from amendment_number_seq',
    );
    expect(Number(seq!.last_value)).toBe(numbers!.total);
  });

  it('fills the JSON columns the app reads from the holder', async () => {
    const rows = await db.sql<{
      items: AmendmentItem[];
      current: Record<string, unknown>;
      requested: Record<string, unknown>;
      context: Record<string, unknown>;
      fee: { amount: number; lines: { item: string }[]; scheduleVersion: number } | null;
      english_surname: string;
      ui_number: string;
      hong_kong_macau_resident: boolean;
      email: string;
    }>(
      `select a.items, a.current, a.requested, a.context, a.fee, h.english_surname, h.ui_number,
         h.hong_kong_macau_resident, h.email
       from amendment a join applicant h on h.id = a.applicant_id`,
    );
    const keys = [
      'englishSurname',
      'englishGivenName',
      'chineseName',
      'sex',
      'passport',
      'residence',
      'collectionPlaceCode',
      'email',
      'mobile',
    ];
    for (const r of rows) {
      expect(Object.keys(r.current).sort()).toEqual([...keys].sort());
      expect(Object.keys(r.requested).sort()).toEqual([...keys].sort());
      expect(r.current.englishSurname).toBe(r.english_surname);
      expect(r.current.email).toBe(r.email);
      expect(r.context).toMatchObject({
        uiNumber: r.ui_number,
        hongKongMacauResident: r.hong_kong_macau_resident,
      });
      expect(r.context.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const item of r.items) expect(Object.values(AmendmentItem)).toContain(item);
      if (r.items.includes(AmendmentItem.EMAIL)) expect(r.requested.email).not.toBe(r.email);
      if (
        r.items.includes(AmendmentItem.RESIDENCE_ADDRESS) ||
        r.items.includes(AmendmentItem.PASSPORT)
      ) {
        expect(r.requested).not.toEqual(r.current);
      }
      if (r.fee) {
        expect(r.fee.scheduleVersion).toBe(1);
        expect(r.fee.lines.map((l) => l.item)).toEqual(
          Object.values(AmendmentItem).filter((i) => r.items.includes(i)),
        );
        if (r.items.includes(AmendmentItem.NAME)) {
          expect(r.fee.amount).toBe(r.hong_kong_macau_resident ? 2600 : 500);
        }
      }
    }
  });

  it('is read by the officers’ list and case view in GraphQL', async () => {
    const server = await startTestServer(db);
    try {
      const list = await server.execAs<{
        amendments: {
          total: number;
          items: {
            id: string;
            applicationNumber: string;
            status: string;
            current: { englishSurname: string };
            fee: { amount: number };
          }[];
        };
      }>(
        actors.officer,
        `{ amendments(perPage: 5) { total items { id applicationNumber status current { englishSurname } fee { amount } } } }`,
      );
      expect(list.errors).toBeUndefined();
      const [visible] = await db.sql<{ n: number }>(
        "select count(*)::int n from amendment where status <> 'DRAFT'",
      );
      expect(list.data!.amendments.total).toBe(visible!.n);
      expect(list.data!.amendments.items).toHaveLength(5);
      for (const item of list.data!.amendments.items) {
        expect(item.applicationNumber).toMatch(/^GC\d{4}-\d{7}$/);
        expect(item.current.englishSurname).toMatch(/^[A-Z]/);
        expect(typeof item.fee.amount).toBe('number');
      }
      const [decided] = await db.sql<{ id: string }>(
        `select id from amendment where status = 'CARD_COLLECTED' and 'NAME' = any(items) limit 1`,
      );
      const one = await server.execAs<{
        amendment: { changes: { field: string }[]; events: { toStatus: string }[] };
      }>(
        actors.officer,
        `query($id: ID!) { amendment(id: $id) {
           applicationNumber status applicant { uiNumber } filedBy { role displayName }
           assignedOfficer { displayName } overdue
           requested { englishSurname passport { number issueDate } residence { city line } collectionPlace { code } }
           changes { field before after }
           fee { amount status lines { item amount rule } }
           events { type fromStatus toStatus actorRole }
         } }`,
        { id: decided!.id },
      );
      expect(one.errors).toBeUndefined();
      expect(one.data!.amendment.changes.map((c) => c.field)).toContain('englishSurname');
      expect(one.data!.amendment.events.map((e) => e.toStatus)).toEqual([
        'DRAFT',
        'SUBMITTED',
        'UNDER_REVIEW',
        'APPROVED',
        'CARD_READY',
        'CARD_COLLECTED',
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('determinism', () => {
  const NOW = new Date('2026-06-01T02:00:00Z');
  const snapshot = async (other: TestDatabase) =>
    other.sql(
      `select id, applicant_id, items, current, requested, context, created_at, submitted_at, status
       from amendment order by id`,
    );

  it('gives the same cases whether made at once or grown in steps', async () => {
    const [once, steps] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      const results: number[] = [];
      for (const [target, plan] of [
        [once, [500]],
        [steps, [200, 500]],
      ] as const) {
        await seedFixtureHolders(target.url, HOLDERS);
        const c = new pg.Client({ connectionString: target.url });
        await c.connect();
        try {
          for (const amendments of plan) {
            results.push((await seedAmendments(c, { amendments, seed: 5, now: NOW })).created);
          }
        } finally {
          await c.end();
        }
      }
      expect(results).toEqual([500, 200, 300]);
      const [a, b] = await Promise.all([snapshot(once), snapshot(steps)]);
      const strip = (rows: Record<string, unknown>[]) => rows.map(({ status: _s, ...r }) => r);
      expect(strip(b)).toEqual(strip(a));
      // Statuses differ only where two open cases of one holder were resolved in another order.
      const differing = a.filter((r, i) => r.status !== b[i]!.status).length;
      expect(differing).toBeLessThan(10);
    } finally {
      await Promise.all([once.drop(), steps.drop()]);
    }
  });
});
