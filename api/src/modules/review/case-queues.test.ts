import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { graphqlMultipart, samplePdf } from '../../test-support/multipart.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';
import { CaseQueue } from './case-queues.js';

// The work queues as a case goes through its statuses, their counts against the list, who may
// read them; and the search box's rules on small data (list-at-scale.test.ts has the plans).
let db: TestDatabase;
let server: TestServer;
let officerA: string;
let officerB: string;
let supervisor: string;
let holderToken: string;
let holder: ReturnType<typeof wizard>;

const QUEUES = Object.values(CaseQueue);
const gql = <T = Record<string, unknown>>(
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  language = 'en',
) =>
  server.post<T>(query, variables, {
    ...(token ? bearer(token) : {}),
    'accept-language': language,
  });

interface QueueCount {
  queue: CaseQueue;
  label: string;
  count: number;
  countExact: boolean;
}
const countsOf = async (token: string, language = 'en') => {
  const res = await gql<{ caseQueues: QueueCount[] }>(
    token,
    '{ caseQueues { queue label count countExact } }',
    {},
    language,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.caseQueues;
};

/** The queues whose list shows case `id` to `token`; each count checked against its list. */
async function queuesOf(token: string, id: string): Promise<CaseQueue[]> {
  const counts = await countsOf(token);
  const found: CaseQueue[] = [];
  for (const queue of QUEUES) {
    const res = await gql<{ amendments: { total: number; items: { id: string }[] } }>(
      token,
      `{ amendments(perPage: 100, filter: { queue: ${queue} }) { total items { id } } }`,
    );
    const { total, items } = res.body.data!.amendments;
    expect(counts.find((c) => c.queue === queue)!.count).toBe(total);
    if (items.some((item) => item.id === id)) found.push(queue);
  }
  return found;
}

const decide = async (token: string, id: string, mutation: string, args = '') => {
  const [{ version }] = (await db.sql<{ version: number }>(
    'select version from amendment where id = $1',
    [id],
  )) as [{ version: number }];
  const res = await gql<Record<string, { status: string }>>(
    token,
    `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, version: $v${args}) { status } }`,
    { id, v: version },
  );
  expect(res.body.errors).toBeUndefined();
};
const act = async (token: string, id: string, mutation: string) => {
  const res = await gql(token, `mutation($id: ID!) { ${mutation}(id: $id) { status } }`, { id });
  expect(res.body.errors).toBeUndefined();
};

async function submitted(items: string[], input: Record<string, unknown> = {}) {
  const started = await holder.start({
    uiNumber: 'AC01234567', // an earlier number: it stays valid after a new one is issued
    birthDate: DEMO_HOLDER.birthDate,
    passportNumber: DEMO_HOLDER.passport.number,
    alsoChange: items,
  });
  expect(started.body.errors).toBeUndefined();
  const id = started.body.data!.startAmendment.id;
  if (Object.keys(input).length) expect((await holder.save(id, input)).body.errors).toBeUndefined();
  expect((await holder.submit(id, `key-${id}`)).body.errors).toBeUndefined();
  return id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 10);
  server = await startTestServer(db);
  await createAccount(db, { accountName: 'holder', locale: 'en' });
  holderToken = await loginToken(server, 'holder');
  holder = wizard(server, holderToken);
  await holder.acceptTerms();
  await createAccount(db, { accountName: 'officer-a', role: Role.OFFICER });
  await createAccount(db, { accountName: 'officer-b', role: Role.OFFICER });
  await createAccount(db, { accountName: 'chief', role: Role.SUPERVISOR });
  officerA = await loginToken(server, 'officer-a');
  officerB = await loginToken(server, 'officer-b');
  supervisor = await loginToken(server, 'chief');
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('the work queues', () => {
  it('a contact-only approval is finished: it leaves every queue', async () => {
    const id = await submitted(['EMAIL'], { email: 'queues@mail.test' });
    expect(await queuesOf(officerA, id)).toEqual(['TO_CLAIM']);
    await act(officerA, id, 'claimAmendment');
    await decide(officerA, id, 'approveAmendment');
    expect(await queuesOf(officerA, id)).toEqual([]);
  });

  it('a case that prints a card moves from queue to queue through its statuses', async () => {
    const id = await submitted(['UI_NUMBER_NEW_FORMAT']);
    expect(await queuesOf(officerA, id)).toEqual(['TO_CLAIM']);
    // Waiting past the service level.
    await db.sql(`update amendment set submitted_at = now() - interval '40 days' where id = $1`, [
      id,
    ]);
    expect(await queuesOf(officerA, id)).toEqual(['TO_CLAIM', 'OVERDUE']);

    await act(officerA, id, 'claimAmendment');
    expect(await queuesOf(officerA, id)).toEqual(['MINE', 'OVERDUE']);
    expect(await queuesOf(officerB, id)).toEqual(['OVERDUE']);

    await decide(officerA, id, 'requestSupplement', ', documents: [OTHER], message: "The bill"');
    expect(await queuesOf(officerA, id)).toEqual(['MINE', 'WAITING_FOR_APPLICANT']);

    const uploaded = await graphqlMultipart(`${server.url}/graphql`, {
      query:
        'mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: OTHER, file: $file) { id } }',
      variables: { id },
      files: { file: { name: 'bill.pdf', type: 'application/pdf', bytes: samplePdf() } },
      headers: bearer(holderToken),
    });
    expect(uploaded.body.errors).toBeUndefined();
    const answered = await holder.call(
      'mutation($id: ID!) { respondToSupplementRequest(amendmentId: $id) { status } }',
      { id },
    );
    expect(answered.body.errors).toBeUndefined();
    expect(await queuesOf(officerA, id)).toEqual(['MINE', 'SUPPLEMENT_ANSWERED', 'OVERDUE']);
    expect(await queuesOf(officerB, id)).toEqual(['SUPPLEMENT_ANSWERED', 'OVERDUE']);

    await decide(officerA, id, 'approveAmendment');
    expect(await queuesOf(officerA, id)).toEqual(['CARDS_TO_PRODUCE']);
    // With a fee, the card is made once it is paid.
    await db.sql(
      `update amendment set fee = jsonb_set(fee, '{amount}', '1000'), fee_paid_at = null where id = $1`,
      [id],
    );
    expect(await queuesOf(officerA, id)).toEqual([]);
    await db.sql('update amendment set fee_paid_at = now() where id = $1', [id]);
    expect(await queuesOf(officerA, id)).toEqual(['CARDS_TO_PRODUCE']);

    await act(officerB, id, 'markCardReady');
    expect(await queuesOf(officerB, id)).toEqual(['CARDS_TO_HAND_OVER']);
    await act(officerB, id, 'markCardCollected');
    expect(await queuesOf(officerB, id)).toEqual([]);
  });

  it('are labelled in the reader’s language, for officers and supervisors only', async () => {
    const zh = await countsOf(supervisor, 'zh-TW');
    expect(zh.map((q) => q.queue)).toEqual(QUEUES);
    expect(zh.find((q) => q.queue === CaseQueue.CARDS_TO_PRODUCE)!.label).toBe('待製卡');
    const en = await countsOf(officerA);
    expect(en.find((q) => q.queue === CaseQueue.CARDS_TO_PRODUCE)!.label).toBe('Cards to produce');
    expect(en.every((q) => q.countExact)).toBe(true);

    const query = '{ caseQueues { queue count } }';
    expect(codeOf(await gql(holderToken, query))).toBe('FORBIDDEN');
    expect(codeOf(await gql(null, query))).toBe('UNAUTHENTICATED');
    const filtered = await gql(holderToken, '{ amendments(filter: { queue: MINE }) { total } }');
    expect(codeOf(filtered)).toBe('FORBIDDEN');
  });
});

describe('the search box', () => {
  const totalOf = async (search: string) => {
    const res = await gql<{
      amendments: { total: number; items: { applicant: { id: string } }[] };
    }>(
      officerA,
      'query($s: String!) { amendments(filter: { search: $s }) { total items { applicant { id } } } }',
      { s: search },
    );
    return res;
  };

  it('finds the demo holder’s cases by every kind of term', async () => {
    const [{ number, n }] = (await db.sql<{ number: string; n: number }>(
      `select max(application_number) as number, count(*)::int as n from amendment
       where applicant_id = $1 and status <> 'DRAFT'`,
      [DEMO_HOLDER.id],
    )) as [{ number: string; n: number }];
    expect(n).toBeGreaterThan(0);
    const terms = [
      'ac01234567', // earlier UI number
      ' 561234567 ', // passport
      'john smith',
      'Smith John',
      'SMITH, JOHN',
      'smi',
      '密斯',
      '史',
    ];
    for (const term of terms) {
      const res = await totalOf(term);
      expect(res.body.errors, term).toBeUndefined();
      const ids = new Set(res.body.data!.amendments.items.map((i) => i.applicant.id));
      expect(ids.has(DEMO_HOLDER.id), term).toBe(true);
      expect(res.body.data!.amendments.total, term).toBeGreaterThanOrEqual(n);
    }
    const byNumber = await totalOf(number.slice(-4));
    expect(byNumber.body.data!.amendments.total).toBeGreaterThanOrEqual(1);
    expect((await totalOf(number.toLowerCase())).body.data!.amendments.total).toBe(1);
  });

  it('reads a 1–2 letter name as a whole word, and wildcards as text', async () => {
    await db.sql(`update applicant set english_surname = 'LI' where id = $1`, [DEMO_HOLDER.id]);
    try {
      const li = await totalOf('li');
      const ids = new Set(li.body.data!.amendments.items.map((i) => i.applicant.id));
      expect(ids).toEqual(new Set([DEMO_HOLDER.id]));
      expect((await totalOf('JOHN LI')).body.data!.amendments.total).toBeGreaterThan(0);
    } finally {
      await db.sql(`update applicant set english_surname = 'SMITH' where id = $1`, [
        DEMO_HOLDER.id,
      ]);
    }
    for (const wild of ['%%%', '___', 'zz\\']) {
      expect((await totalOf(wild)).body.data!.amendments.total, wild).toBe(0);
    }
  });

  it('refuses an empty or overlong term, and keeps the deprecated `holder` working', async () => {
    for (const s of ['  ', 'x'.repeat(81)]) expect(codeOf(await totalOf(s))).toBe('BAD_USER_INPUT');
    const old = await gql<{ amendments: { total: number } }>(
      officerA,
      '{ amendments(filter: { holder: "AC01234567" }) { total } }',
    );
    expect(old.body.data!.amendments.total).toBeGreaterThan(0);
  });
});
