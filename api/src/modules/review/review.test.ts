import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { checkUiNumber } from '../cardholders/ui-number.js';
import { Role } from '../../shared/actor.js';
import { graphqlMultipart, samplePdf } from '../../test-support/multipart.js';

let db: TestDatabase;
let server: TestServer;
let officerA: string;
let officerB: string;
let supervisor: string;
let holder: ReturnType<typeof wizard>;
let holderToken: string;

const CASE =
  'id status version assignedOfficer { displayName } overdue applicant { uiNumber email }';
const gql = <T = Record<string, unknown>>(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) => server.post<T>(query, variables, { ...bearer(token), 'accept-language': 'en' });
const claim = (token: string, id: string) =>
  gql<{ claimAmendment: { version: number } }>(
    token,
    `mutation($id: ID!) { claimAmendment(id: $id) { ${CASE} } }`,
    { id },
  );
const approve = (token: string, id: string, version: number) =>
  gql<{ approveAmendment: { status: string } }>(
    token,
    `mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v, note: "ok") { ${CASE} } }`,
    { id, v: version },
  );

/** A submitted case for the demo holder that needs no documents. */
async function submittedCase(input: Record<string, unknown>, items: string[]): Promise<string> {
  const started = await holder.start({
    uiNumber: DEMO_HOLDER.uiNumber,
    birthDate: DEMO_HOLDER.birthDate,
    passportNumber: DEMO_HOLDER.passport.number,
    alsoChange: items,
  });
  const id = started.body.data!.startAmendment.id;
  if (Object.keys(input).length) expect((await holder.save(id, input)).body.errors).toBeUndefined();
  const submitted = await holder.submit(id, `key-${id}`);
  expect(submitted.body.errors).toBeUndefined();
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

describe('deciding a case', () => {
  let id: string;
  it('goes claim → approve, and only the assigned officer with the current version may decide', async () => {
    id = await submittedCase({ email: 'john.new@mail.test' }, ['EMAIL']);
    const claimed = await claim(officerA, id);
    expect(claimed.body.data!.claimAmendment).toMatchObject({
      status: 'UNDER_REVIEW',
      assignedOfficer: { displayName: 'Test officer-a' },
    });
    const version = claimed.body.data!.claimAmendment.version;
    const taken = await claim(officerB, id);
    expect(codeOf(taken)).toBe('INVALID_TRANSITION');
    expect(taken.body.errors![0]!.message).toBe(
      'This cannot be done while the application is "Under review".',
    );
    // A zh-TW reader reads the status in Chinese; params stay the same for software.
    const takenZh = await server.post(
      `mutation($id: ID!) { claimAmendment(id: $id) { id } }`,
      { id },
      { ...bearer(officerB), 'accept-language': 'zh-TW' },
    );
    expect(takenZh.body.errors![0]!.message).toBe('申請案目前狀態為「審核中」，無法執行此操作。');
    expect(takenZh.body.errors![0]!.extensions).toMatchObject({
      params: { status: 'Under review', statusCode: 'UNDER_REVIEW' },
    });
    expect(codeOf(await approve(officerB, id, version))).toBe('FORBIDDEN');
    expect(codeOf(await approve(officerA, id, version - 1))).toBe('CONFLICT');
    const approved = await approve(officerA, id, version);
    expect(approved.body.data!.approveAmendment).toMatchObject({
      status: 'APPROVED',
      applicant: { email: 'john.new@mail.test' },
    });
    const [revision] = await db.sql<{
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }>('select before, after from applicant_revision where amendment_id = $1', [id]);
    expect(revision).toEqual({
      before: { email: 'john.smith@demo.example' },
      after: { email: 'john.new@mail.test' },
    });
    const mails = await db.sql<{ template: string; subject: string }>(
      "select template, subject from outbox_mail where to_address = 'holder@test.example' order by created_at",
    );
    expect(mails.map((m) => m.template)).toEqual([
      'AMENDMENT_RECEIVED',
      'AMENDMENT_STATUS_CHANGED',
    ]);
    expect(mails[1]!.subject).toMatch(/Approved/);
  });

  it('counts exactly one winner when the same decision is sent twice at once', async () => {
    const raced = await submittedCase({ email: 'raced@mail.test' }, ['EMAIL']);
    const version = (await claim(officerA, raced)).body.data!.claimAmendment.version;
    const second = await loginToken(server, 'officer-a');
    const results = await Promise.all([
      approve(officerA, raced, version),
      approve(second, raced, version),
    ]);
    const codes = results.map((r) => codeOf(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const audits = await db.sql(
      "select 1 from audit_event where action = 'amendment.approve' and entity_id = $1",
      [raced],
    );
    expect(audits).toHaveLength(1);
    const mails = await db.sql(
      "select 1 from outbox_mail where template = 'AMENDMENT_STATUS_CHANGED' and subject like '%Approved%' and text_body like $1",
      [
        `%${(await db.sql<{ n: string }>('select application_number n from amendment where id = $1', [raced]))[0]!.n}%`,
      ],
    );
    expect(mails).toHaveLength(1);
  });

  it('switches to a new-format UI number: the old one stays findable and a new card supersedes the old', async () => {
    const caseId = await submittedCase({}, ['UI_NUMBER_NEW_FORMAT']);
    const version = (await claim(officerA, caseId)).body.data!.claimAmendment.version;
    expect((await approve(officerA, caseId, version)).body.errors).toBeUndefined();
    const [row] = await db.sql<{ ui_number: string }>(
      'select ui_number from applicant where id = $1',
      [DEMO_HOLDER.id],
    );
    expect(row!.ui_number).not.toBe('A800000014');
    expect(checkUiNumber(row!.ui_number)).toMatchObject({
      valid: true,
      format: 'NEW',
      sex: 'MALE',
    });
    const found = await gql<{ applicants: { items: { id: string }[] } }>(
      officerA,
      '{ applicants(filter: { uiNumber: "A800000014" }) { items { id } } }',
    );
    expect(found.body.data!.applicants.items).toEqual([{ id: DEMO_HOLDER.id }]);
    const cards = await db.sql<{ status: string; ui_number: string }>(
      'select status, ui_number from card where applicant_id = $1 order by issued_at',
      [DEMO_HOLDER.id],
    );
    expect(cards.map((c) => c.status)).toEqual(['SUPERSEDED', 'ACTIVE']);
    expect(cards[1]!.ui_number).toBe(row!.ui_number);
    // No fee for the new format: the card can be handed over.
    const ready = await gql<{ markCardReady: { status: string } }>(
      officerA,
      `mutation($id: ID!) { markCardReady(id: $id) { ${CASE} } }`,
      { id: caseId },
    );
    expect(ready.body.data!.markCardReady.status).toBe('CARD_READY');
    const collected = await gql<{ markCardCollected: { status: string } }>(
      officerA,
      `mutation($id: ID!) { markCardCollected(id: $id) { ${CASE} } }`,
      { id: caseId },
    );
    expect(collected.body.data!.markCardCollected.status).toBe('CARD_COLLECTED');
  });

  it('rejects with a reason, and asks for documents that the filer then answers', async () => {
    const rejected = await submittedCase({ email: 'again@mail.test' }, ['EMAIL']);
    const v1 = (await claim(officerB, rejected)).body.data!.claimAmendment.version;
    const noReason = await gql(
      officerB,
      'mutation($id: ID!, $v: Int!) { rejectAmendment(id: $id, version: $v, reason: " ") { id } }',
      { id: rejected, v: v1 },
    );
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const done = await gql<{ rejectAmendment: { status: string } }>(
      officerB,
      'mutation($id: ID!, $v: Int!) { rejectAmendment(id: $id, version: $v, reason: "Address not verifiable") { status } }',
      { id: rejected, v: v1 },
    );
    expect(done.body.data!.rejectAmendment.status).toBe('REJECTED');

    const asked = await submittedCase({ email: 'third@mail.test' }, ['EMAIL']);
    const v2 = (await claim(officerB, asked)).body.data!.claimAmendment.version;
    const supplement = await gql<{ requestSupplement: { status: string } }>(
      officerB,
      'mutation($id: ID!, $v: Int!) { requestSupplement(id: $id, version: $v, documents: [OTHER], message: "Please send the bill") { status } }',
      { id: asked, v: v2 },
    );
    expect(supplement.body.data!.requestSupplement.status).toBe('SUPPLEMENT_REQUESTED');
    const respond = () =>
      holder.call<{ respondToSupplementRequest: { status: string } }>(
        'mutation($id: ID!) { respondToSupplementRequest(amendmentId: $id, note: "sent") { status } }',
        { id: asked },
      );
    const early = await respond();
    expect(codeOf(early)).toBe('DOCUMENTS_MISSING');
    expect(early.body.errors?.[0]?.extensions?.fields).toMatchObject([
      { field: 'documents.OTHER', problem: 'REQUIRED' },
    ]);
    const uploaded = await graphqlMultipart(`${server.url}/graphql`, {
      query:
        'mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: OTHER, file: $file) { id } }',
      variables: { id: asked },
      files: { file: { name: 'bill.pdf', type: 'application/pdf', bytes: samplePdf() } },
      headers: bearer(holderToken),
    });
    expect(uploaded.body.errors).toBeUndefined();
    const answered = await respond();
    expect(answered.body.errors).toBeUndefined();
    expect(answered.body.data!.respondToSupplementRequest.status).toBe('UNDER_REVIEW');
    const events = (await holder.get(asked)).body.data!.amendment.events;
    expect(events.filter((e) => e.type === 'DOCUMENT_ADDED')).toHaveLength(1);
    const timeline = events.filter((e) => e.toStatus).map((e) => e.toStatus);
    expect(timeline).toEqual([
      'DRAFT',
      'SUBMITTED',
      'UNDER_REVIEW',
      'SUPPLEMENT_REQUESTED',
      'UNDER_REVIEW',
    ]);
    const released = await gql<{ releaseAmendment: { status: string; version: number } }>(
      officerB,
      `mutation($id: ID!) { releaseAmendment(id: $id) { ${CASE} } }`,
      { id: asked },
    );
    expect(released.body.data!.releaseAmendment.status).toBe('SUBMITTED');
    const reclaimed = (await claim(officerB, asked)).body.data!.claimAmendment.version;
    expect((await approve(officerB, asked, reclaimed)).body.errors).toBeUndefined();
  });
});

describe('the queue', () => {
  it('filters by status, assignment and holder (earlier UI numbers too), and never shows drafts', async () => {
    const draft = await holder.start({
      uiNumber: DEMO_HOLDER.uiNumber,
      birthDate: DEMO_HOLDER.birthDate,
      alsoChange: ['EMAIL'],
    });
    const draftId = draft.body.data!.startAmendment.id;
    await holder.save(draftId, { email: 'queue@mail.test' });
    type Page = { amendments: { total: number; items: { id: string; status: string }[] } };
    const list = (filter: Record<string, unknown>) =>
      gql<Page>(
        officerA,
        'query($f: AmendmentFilter) { amendments(filter: $f, perPage: 100) { total items { id status } } }',
        { f: filter },
      );
    expect((await list({})).body.data!.amendments.items.map((i) => i.id)).not.toContain(draftId);
    expect((await holder.submit(draftId, 'queue-submit-0001')).body.errors).toBeUndefined();
    const all = await list({});
    expect(all.body.data!.amendments.items.map((i) => i.id)).toContain(draftId);
    const byOldNumber = await list({ holder: 'AC01234567' });
    expect(byOldNumber.body.data!.amendments.total).toBe(all.body.data!.amendments.total);
    const byName = await list({ holder: 'smi' });
    expect(byName.body.data!.amendments.total).toBe(all.body.data!.amendments.total);
    expect((await list({ holder: 'nobody' })).body.data!.amendments.total).toBe(0);
    const unassigned = await list({ assignment: 'UNASSIGNED', status: ['SUBMITTED'] });
    expect(unassigned.body.data!.amendments.items.every((i) => i.status === 'SUBMITTED')).toBe(
      true,
    );
    expect(unassigned.body.data!.amendments.total).toBe(1);
    const mine = await list({ assignment: 'MINE' });
    expect(mine.body.data!.amendments.items.map((i) => i.status).sort()).toEqual([
      'APPROVED',
      'APPROVED',
      'CARD_COLLECTED',
    ]);
    const sorted = await gql<Page>(
      officerA,
      '{ amendments(sort: { field: APPLICATION_NUMBER, order: ASC }, perPage: 2) { total items { id status } } }',
    );
    expect(sorted.body.data!.amendments.items).toHaveLength(2);
    const byItem = await list({ item: 'UI_NUMBER_NEW_FORMAT' });
    expect(byItem.body.data!.amendments.total).toBe(1);
    const stats = await gql<{
      amendmentStats: { unassigned: number; byStatus: { status: string; count: number }[] };
    }>(officerA, '{ amendmentStats { unassigned myQueue overdue byStatus { status count } } }');
    expect(stats.body.data!.amendmentStats.unassigned).toBe(1);
    expect(
      stats.body.data!.amendmentStats.byStatus.find((s) => s.status === 'REJECTED')?.count,
    ).toBe(1);
  });

  it('is for officers only; supervisors alone read the audit trail', async () => {
    await createAccount(db, { accountName: 'emp', role: Role.EMPLOYER });
    await createAccount(db, { accountName: 'agc', role: Role.AGENCY });
    const outsiders = [
      await loginToken(server, 'holder'),
      await loginToken(server, 'emp'),
      await loginToken(server, 'agc'),
    ];
    const [anyCase] = await db.sql<{ id: string; version: number }>(
      "select id, version from amendment where status = 'SUBMITTED' limit 1",
    );
    for (const token of outsiders) {
      expect(codeOf(await gql(token, '{ amendments { total } }'))).toBe('FORBIDDEN');
      expect(codeOf(await gql(token, '{ amendmentStats { unassigned } }'))).toBe('FORBIDDEN');
      expect(codeOf(await claim(token, anyCase!.id))).toBe('FORBIDDEN');
      expect(codeOf(await approve(token, anyCase!.id, anyCase!.version))).toBe('FORBIDDEN');
      expect(codeOf(await gql(token, '{ auditEvents { total } }'))).toBe('FORBIDDEN');
    }
    expect(codeOf(await server.post('{ amendments { total } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(officerA, '{ auditEvents { total } }'))).toBe('FORBIDDEN');
    const [after] = await db.sql<{ status: string }>('select status from amendment where id = $1', [
      anyCase!.id,
    ]);
    expect(after!.status).toBe('SUBMITTED');
  });

  it('records who looked at which case and holder', async () => {
    const [anyCase] = await db.sql<{ id: string }>(
      "select id from amendment where status = 'SUBMITTED' limit 1",
    );
    await gql(officerB, 'query($id: ID!) { amendment(id: $id) { id } }', { id: anyCase!.id });
    await gql(officerB, 'query($id: ID!) { applicant(id: $id) { id } }', { id: DEMO_HOLDER.id });
    const audit = await gql<{
      auditEvents: { items: { action: string; entityId: string; actorRole: string }[] };
    }>(
      supervisor,
      '{ auditEvents(filter: { action: "applicant." }) { items { action entityId actorRole } } }',
    );
    expect(audit.body.data!.auditEvents.items).toContainEqual({
      action: 'applicant.viewed',
      entityId: DEMO_HOLDER.id,
      actorRole: 'OFFICER',
    });
    const viewed = await db.sql(
      "select 1 from audit_event where action = 'amendment.viewed' and entity_id = $1",
      [anyCase!.id],
    );
    expect(viewed.length).toBeGreaterThan(0);
  });

  it('never lets an officer decide a case they filed', async () => {
    const [open] = await db.sql<{ id: string }>(
      "select id from amendment where status = 'SUBMITTED'",
    );
    const openVersion = (await claim(officerA, open!.id)).body.data!.claimAmendment.version;
    await gql(
      officerA,
      'mutation($id: ID!, $v: Int!) { rejectAmendment(id: $id, version: $v, reason: "test") { id } }',
      { id: open!.id, v: openVersion },
    );
    const own = await submittedCase({ email: 'own@mail.test' }, ['EMAIL']);
    await db.sql("update account set role = 'OFFICER' where account_name = 'holder'");
    try {
      const turned = await loginToken(server, 'holder');
      expect(codeOf(await claim(turned, own))).toBe('FORBIDDEN');
      const version = (await claim(officerA, own)).body.data!.claimAmendment.version;
      const reassign = await gql(
        supervisor,
        'mutation($id: ID!, $o: ID!) { reassignAmendment(id: $id, officerId: $o) { id } }',
        {
          id: own,
          o: (
            await db.sql<{ id: string }>("select id from account where account_name = 'holder'")
          )[0]!.id,
        },
      );
      expect(codeOf(reassign)).toBe('FORBIDDEN');
      expect(codeOf(await approve(turned, own, version))).toBe('FORBIDDEN');
    } finally {
      await db.sql("update account set role = 'APPLICANT' where account_name = 'holder'");
    }
  });
});
