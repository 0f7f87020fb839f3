import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { graphqlMultipart, samplePdf } from '../../test-support/multipart.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';

let db: TestDatabase;
let server: TestServer;
const token: Record<string, string> = {};
const id: Record<string, string> = {};
let caseId: string;
let documentId: string;
const otherCase = randomUUID();

type Event = {
  action: string;
  actorKind: string;
  actorAccountId: string | null;
  actorName: string | null;
  entityType: string | null;
  entityId: string | null;
};
const EVENTS = `query($f: AuditEventFilter, $n: Int!) {
  auditEvents(filter: $f, perPage: $n) { total items { action actorKind actorAccountId actorName entityType entityId } } }`;

async function events(filter: Record<string, unknown>, perPage = 200) {
  const res = await server.post<{ auditEvents: { total: number; items: Event[] } }>(
    EVENTS,
    { f: filter, n: perPage },
    bearer(token.chief!),
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.auditEvents;
}

/** Runs `send` and returns the SQL statements it cost. */
async function statementsOf(send: () => Promise<unknown>): Promise<string[]> {
  db.queries.length = 0;
  await send();
  return [...db.queries];
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 3);
  server = await startTestServer(db);
  for (const [name, role] of [
    ['chief', Role.SUPERVISOR],
    ['wang', Role.OFFICER],
    ['holder', Role.APPLICANT],
  ] as const) {
    id[name] = (await createAccount(db, { accountName: name, role, locale: 'en' })).id;
    token[name] = await loginToken(server, name);
  }
  // A case with a document, filed by the holder, claimed by an officer who opens the document.
  const holder = wizard(server, token.holder!);
  await holder.acceptTerms();
  const started = await holder.start({
    uiNumber: DEMO_HOLDER.uiNumber,
    birthDate: DEMO_HOLDER.birthDate,
    passportNumber: DEMO_HOLDER.passport.number,
    alsoChange: ['COLLECTION_PLACE'],
  });
  const { id: newId, requested } = started.body.data!.startAmendment;
  caseId = newId;
  await holder.save(caseId, {
    collectionPlace: requested.collectionPlaceCode === 'KEE' ? 'TPE' : 'KEE',
  });
  const uploaded = await graphqlMultipart<{ uploadAmendmentDocument: { id: string } }>(
    `${server.url}/graphql`,
    {
      query: `mutation($id: ID!, $file: Upload!) {
        uploadAmendmentDocument(amendmentId: $id, type: PROOF_OF_ADDRESS, file: $file) { id } }`,
      variables: { id: caseId },
      files: { file: { name: 'lease.pdf', type: 'application/pdf', bytes: samplePdf() } },
      headers: bearer(token.holder!),
    },
  );
  documentId = uploaded.body.data!.uploadAmendmentDocument.id;
  expect((await holder.submit(caseId, `k-${caseId}`)).body.errors).toBeUndefined();
  const claimed = await server.post(
    'mutation($id: ID!) { claimAmendment(id: $id) { id } }',
    { id: caseId },
    bearer(token.wang!),
  );
  expect(claimed.body.errors).toBeUndefined();
  const viewed = await fetch(`${server.url}/documents/${documentId}`, {
    headers: bearer(token.wang!),
  });
  expect(viewed.status).toBe(200);
  // An automatic step on the case, and an event about another case.
  await db.sql(
    `insert into audit_event (id, at, actor_kind, action, entity_type, entity_id, success)
     values (gen_random_uuid(), now(), 'SYSTEM', 'amendment.reminder.sent', 'Amendment', $1, true),
            (gen_random_uuid(), now(), 'PERSON', 'amendment.viewed', 'Amendment', $2, true)`,
    [caseId, otherCase],
  );
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('the audit log', () => {
  it('names the person who acted, and nobody for the system', async () => {
    const { items } = await events({ amendmentId: caseId });
    const byHolder = items.filter((e) => e.actorAccountId === id.holder);
    const byOfficer = items.filter((e) => e.actorAccountId === id.wang);
    expect(byHolder.length).toBeGreaterThan(0);
    expect(byOfficer.length).toBeGreaterThan(0);
    expect(new Set(byHolder.map((e) => e.actorName))).toEqual(new Set(['Test holder']));
    expect(new Set(byOfficer.map((e) => e.actorName))).toEqual(new Set(['Test wang']));
    expect(items.find((e) => e.actorKind === 'SYSTEM')).toMatchObject({ actorName: null });
  });

  it('filters by case: the case’s own events and its documents’, no other case’s', async () => {
    const { items, total } = await events({ amendmentId: caseId });
    expect(total).toBe(items.length);
    const actions = items.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'amendment.started',
        'amendment.document.added',
        'amendment.claim',
        'amendment.reminder.sent',
        'document.viewed',
      ]),
    );
    expect(items.find((e) => e.action === 'document.viewed')).toMatchObject({
      entityType: 'AmendmentDocument',
      entityId: documentId,
    });
    expect(items.every((e) => e.entityId === caseId || e.entityId === documentId)).toBe(true);
    expect((await events({ amendmentId: otherCase })).items).toHaveLength(1);
    // With the other filters: all must match.
    expect(
      (await events({ amendmentId: caseId, action: 'document.' })).items.map((e) => e.action),
    ).toEqual(['document.viewed']);
  });

  it('filters by a person’s display name or account name, in any case, wildcards taken literally', async () => {
    for (const text of ['wang', 'WAN', 'test W', ' Test wang ']) {
      const { items } = await events({ actor: text });
      expect(items.length, text).toBeGreaterThan(0);
      expect(new Set(items.map((e) => e.actorAccountId)), text).toEqual(new Set([id.wang]));
    }
    expect((await events({ actor: 'Test' })).items.map((e) => e.actorAccountId)).toEqual(
      expect.arrayContaining([id.wang, id.holder, id.chief]),
    );
    expect((await events({ actor: '%' })).total).toBe(0);
    expect((await events({ actor: 'w_ng' })).total).toBe(0);
    expect((await events({ actor: 'nobody-by-this-name' })).total).toBe(0);
  });

  it('keeps its other filters', async () => {
    const byId = await events({ actorAccountId: id.wang });
    expect(byId.total).toBe((await events({ actor: 'wang' })).total);
    const logins = await events({ action: 'auth.login.success', actor: 'holder' });
    expect(logins.items.map((e) => [e.action, e.actorAccountId])).toEqual([
      ['auth.login.success', id.holder],
    ]);
    const documents = await events({ entityType: 'AmendmentDocument', entityId: documentId });
    expect(documents.items.map((e) => e.action)).toEqual(['document.viewed']);
  });

  it('refuses a malformed case id with a coded error', async () => {
    const res = await server.post(
      EVENTS,
      { f: { amendmentId: 'GC2026-0000001' }, n: 5 },
      bearer(token.chief!),
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('costs the same statements whatever the page size and number of people (no N+1)', async () => {
    const counts: number[] = [];
    for (const perPage of [10, 200]) {
      let people = 0;
      const statements = await statementsOf(async () => {
        const res = await server.post<{ auditEvents: { items: Event[] } }>(
          EVENTS,
          { f: {}, n: perPage },
          bearer(token.chief!),
        );
        people = new Set(res.body.data!.auditEvents.items.map((e) => e.actorName)).size;
      });
      expect(people).toBeGreaterThan(1);
      counts.push(statements.length);
    }
    // Session, page, count, the people's names.
    expect(counts).toEqual([4, 4]);
  });
});

describe('the case timeline', () => {
  it('names who did each step, with one statement for all the names', async () => {
    const TIMELINE = `query($id: ID!) { amendment(id: $id) { events { type toStatus actorRole actorName } } }`;
    let events: { type: string; toStatus: string | null; actorRole: string; actorName: string }[] =
      [];
    const statements = await statementsOf(async () => {
      const res = await server.post<{ amendment: { events: typeof events } }>(
        TIMELINE,
        { id: caseId },
        bearer(token.wang!),
      );
      expect(res.body.errors).toBeUndefined();
      events = res.body.data!.amendment.events;
    });
    expect(events.find((e) => e.type === 'CREATED')).toMatchObject({
      actorRole: 'APPLICANT',
      actorName: 'Test holder',
    });
    expect(events.find((e) => e.toStatus === 'UNDER_REVIEW')).toMatchObject({
      actorRole: 'OFFICER',
      actorName: 'Test wang',
    });
    // Session, the case with its timeline, the names, and the officer's view in the audit trail.
    expect(statements.filter((s) => !/audit_event/.test(s))).toHaveLength(3);
  });
});
