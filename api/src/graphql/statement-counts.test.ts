import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/db.js';
import { seedFixtureHolders } from '../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../test-support/server.js';
import {
  bearer,
  createAccount,
  login,
  loginToken,
  STRONG_PASSWORD,
} from '../test-support/accounts.js';
import { wizard } from '../test-support/wizard.js';
import { graphqlMultipart, samplePdf } from '../test-support/multipart.js';
import { Role } from '../shared/actor.js';

// SQL statements per operation (BEGIN and COMMIT count), pinned so that an N+1 cannot come back
// unnoticed: lists cost the same whatever their length. bench/RESULTS.md has the timings.
let db: TestDatabase;
let server: TestServer;
let officer: string;
let filer: string;

const LIST = `query($status: [AmendmentStatus!], $perPage: Int!) {
  amendments(filter: { status: $status }, perPage: $perPage) {
    total totalExact
    items { id applicationNumber status statusLabel items submittedAt overdue
      assignedOfficer { id displayName } applicant { id uiNumber englishSurname chineseName }
      filedBy { id displayName role organisationName } } } }`;
const CASE_PAGE = `query($id: ID!) { amendment(id: $id) {
  id status statusLabel fee { amount status payable lines { item amount } }
  documents { id type size } checklist { type uploaded } events { type toStatus statusLabel } } }`;

/** Runs `send` and returns the statements it cost. */
async function statementsOf(send: () => Promise<unknown>): Promise<string[]> {
  db.queries.length = 0;
  await send();
  return [...db.queries];
}

type Holder = { ui: string; birth: string; passport: string };

/** A draft ready to submit (another collection place, a document uploaded) for `holder`. */
async function readyDraft(token: string, holder: Holder): Promise<string> {
  const client = wizard(server, token);
  await client.acceptTerms();
  const started = await client.start({
    uiNumber: holder.ui,
    birthDate: holder.birth,
    passportNumber: holder.passport,
    alsoChange: ['COLLECTION_PLACE'],
  });
  expect(started.body.errors).toBeUndefined();
  const { id, requested } = started.body.data!.startAmendment;
  const saved = await client.save(id, {
    collectionPlace: requested.collectionPlaceCode === 'KEE' ? 'TPE' : 'KEE',
  });
  expect(saved.body.errors).toBeUndefined();
  expect((await upload(token, id)).body.errors).toBeUndefined();
  return id;
}

const upload = (token: string, id: string) =>
  graphqlMultipart(`${server.url}/graphql`, {
    query: `mutation($id: ID!, $file: Upload!) {
      uploadAmendmentDocument(amendmentId: $id, type: PROOF_OF_ADDRESS, file: $file) { id } }`,
    variables: { id },
    files: { file: { name: 'lease.pdf', type: 'application/pdf', bytes: samplePdf() } },
    headers: bearer(token),
  });

let holders: Holder[];
let caseId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 130);
  server = await startTestServer(db);
  await createAccount(db, { accountName: 'officer', role: Role.OFFICER, locale: 'en' });
  await createAccount(db, { accountName: 'filer', locale: 'en' });
  officer = await loginToken(server, 'officer');
  filer = await loginToken(server, 'filer');
  holders = await db.sql<Holder>(
    `select ui_number ui, to_char(birth_date, 'YYYY-MM-DD') birth, passport_number passport
     from applicant where not hong_kong_macau_resident order by ui_number`,
  );
  // One case through the API, then copies of it for 110 other holders, so a page of 100 is full.
  caseId = await readyDraft(filer, holders.shift()!);
  expect(
    (await wizard(server, filer).submit(caseId, `seed-${caseId}`)).body.errors,
  ).toBeUndefined();
  const columns = (
    await db.sql<{ name: string }>(
      `select column_name as name from information_schema.columns
       where table_name = 'amendment' and column_name not in ('id', 'application_number', 'applicant_id')`,
    )
  ).map((c) => `"${c.name}"`);
  await db.sql(
    `insert into amendment (id, application_number, applicant_id, ${columns.join(', ')})
     select gen_random_uuid(), 'GC2026-9' || lpad(h.n::text, 6, '0'), h.id, ${columns.map((c) => `a.${c}`).join(', ')}
     from amendment a,
       (select id, row_number() over (order by ui_number) as n from applicant
        where id not in (select applicant_id from amendment) limit 110) h
     where a.id = $1`,
    [caseId],
  );
}, 60_000);
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('SQL statements per request', () => {
  it('the ceiling `{ __typename }` costs none', async () => {
    expect(await statementsOf(() => server.post('{ __typename }'))).toEqual([]);
  });

  it('a case page with fee, documents, checklist and timeline: session and case (2)', async () => {
    let body: unknown;
    const statements = await statementsOf(async () => {
      body = (await server.post(CASE_PAGE, { id: caseId }, bearer(filer))).body;
    });
    expect(body).not.toHaveProperty('errors');
    expect(
      (body as { data: { amendment: { documents: unknown[] } } }).data.amendment.documents,
    ).toHaveLength(1);
    expect(statements).toHaveLength(2);
  });

  it('the officers’ list: session, page, audit (3) whatever the page size', async () => {
    for (const perPage of [10, 50, 100]) {
      let items: unknown[] = [];
      const statements = await statementsOf(async () => {
        const res = await server.post<{ amendments: { items: unknown[] } }>(
          LIST,
          { status: ['SUBMITTED'], perPage },
          bearer(officer),
        );
        items = res.body.data!.amendments.items;
      });
      expect(items).toHaveLength(perPage);
      expect(statements).toHaveLength(3);
      expect(statements[2]).toMatch(/insert into "audit_event"/);
    }
  });

  it('the work queues: session and one statement (2); a search or queue page costs what a page does', async () => {
    let body: unknown;
    const queues = await statementsOf(async () => {
      body = (await server.post('{ caseQueues { queue label count } }', {}, bearer(officer))).body;
    });
    expect(body).not.toHaveProperty('errors');
    expect(queues).toHaveLength(2);
    for (const filter of ['{ queue: TO_CLAIM }', '{ search: "gc2026", queue: OVERDUE }']) {
      const statements = await statementsOf(async () => {
        body = (
          await server.post(
            `{ amendments(perPage: 50, filter: ${filter}) { total items { id applicant { id } } } }`,
            {},
            bearer(officer),
          )
        ).body;
      });
      expect(body).not.toHaveProperty('errors');
      expect(statements).toHaveLength(3);
    }
  });

  it('submit, upload and login cost what they cost today', async () => {
    await createAccount(db, { accountName: 'second', locale: 'en' });
    const second = await loginToken(server, 'second');
    const id = await readyDraft(second, holders.pop()!);
    const uploads = await statementsOf(() => upload(second, id));
    const submit = await statementsOf(() => wizard(server, second).submit(id, `count-${id}`));
    const logins = await statementsOf(() => login(server, 'second', STRONG_PASSWORD));
    expect({
      submit: submit.length,
      upload: uploads.length,
      login: logins.length,
    }).toEqual({ submit: SUBMIT, upload: UPLOAD, login: LOGIN });
  });

  it('the bulletin board: one statement (page and total) for anyone, whatever the page size', async () => {
    await db.sql(
      `insert into announcement (id, title_zh_tw, title_en, body_zh_tw, body_en, issuing_unit_zh_tw,
         issuing_unit_en, important, publish_from, created_by, updated_by, created_at, updated_at)
       select gen_random_uuid(), '公告 ' || n, 'Notice ' || n, '內容', 'Body', '移民署',
         'National Immigration Agency', n % 7 = 0, now() - n * interval '1 hour',
         gen_random_uuid(), gen_random_uuid(), now(), now()
       from generate_series(1, 60) n`,
    );
    const supervisor = (
      await createAccount(db, { accountName: 'lin', role: Role.SUPERVISOR, locale: 'en' })
    ).accountName;
    const lin = await loginToken(server, supervisor);
    for (const perPage of [5, 50]) {
      let page: { total: number; items: unknown[] } | undefined;
      const board = await statementsOf(async () => {
        page = (
          await server.post<{ announcements: { total: number; items: unknown[] } }>(
            'query($n: Int!) { announcements(perPage: $n) { total items { id title body issuingUnit important status } } }',
            { n: perPage },
          )
        ).body.data!.announcements;
      });
      expect(page).toMatchObject({ total: 60 });
      expect(page!.items).toHaveLength(perPage);
      expect(board).toHaveLength(1);
      const managed = await statementsOf(() =>
        server.post(
          'query($n: Int!) { announcementsToManage(perPage: $n) { total items { id titleZhTw status } } }',
          { n: perPage },
          bearer(lin),
        ),
      );
      expect(managed).toHaveLength(2);
    }
  });

  it('the to-do list: session and one statement (2), whatever its length', async () => {
    const sizes: number[] = [];
    const read = async () => {
      const statements = await statementsOf(async () => {
        const res = await server.post<{ todos: unknown[] }>(
          '{ todos { kind title detail amendmentId applicationNumber dueAt link } }',
          {},
          bearer(filer),
        );
        sizes.push(res.body.data!.todos.length);
      });
      return statements.length;
    };
    expect(await read()).toBe(2);
    // The filer's copies become to-dos of every kind that a case can be.
    await db.sql(
      `update amendment set status = (array['APPROVED', 'CARD_READY', 'SUPPLEMENT_REQUESTED']::amendment_status[])[1 + s.n % 3],
         fee = jsonb_set(coalesce(fee, '{}'::jsonb), '{amount}', '500'), fee_paid_at = null
       from (select id, row_number() over (order by id) n from amendment
         where id <> $1 and filed_by_id = (select filed_by_id from amendment where id = $1) limit 90) s
       where amendment.id = s.id`,
      [caseId],
    );
    expect(await read()).toBe(2);
    expect(sizes).toEqual([0, 90]);
  });
});

// Measured; lower them when the work gets cheaper, never raise them without a reason.
// Submit: session; the idempotency key, the documents' types and the filer; the draft with its
// holder; the number; then the case, its event, audit, key and mail in one statement; then the
// answer's timeline and documents. Upload: session, the draft with its document count, then the
// edit mark with the record, its event and its audit event in one statement.
// Login (as the helper does it): a new captcha (3), then captcha, account, one transaction of
// three; its rate limits run on their own pool and are not counted here.
const SUBMIT = 7;
const UPLOAD = 3;
const LOGIN = 10;
