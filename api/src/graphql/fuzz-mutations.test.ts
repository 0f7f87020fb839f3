import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/db.js';
import { seedFixtureHolders } from '../test-support/fixtures.js';
import { startTestServer, TEST_CAPTCHA_ANSWER, type TestServer } from '../test-support/server.js';
import { bearer, createAccount, loginToken } from '../test-support/accounts.js';
import { wizard } from '../test-support/wizard.js';
import { graphqlMultipart, samplePdf } from '../test-support/multipart.js';
import {
  changedParts,
  databaseDigest,
  encodeJson,
  fileParts,
  judge,
  multipartForm,
  preview,
  serverErrors,
  storeDigest,
} from '../test-support/fuzz-checks.js';
import { FUZZ_SEED, fuzzStats, seedFor } from '../test-support/fuzz-values.js';
import {
  authorizedRoles,
  requestArbitrary,
  UnsupportedInputError,
  type FuzzRequest,
  type Hints,
} from '../test-support/fuzz.js';
import { Account } from '../modules/accounts/account.entity.js';
import { CaptchaService } from '../modules/accounts/captcha.service.js';
import { SessionService } from '../modules/accounts/session.service.js';
import { DEMO_HOLDER } from '../db/seeders/demo.js';
import { Role } from '../shared/actor.js';

/*
 * Every mutation of the public contract (schema.graphql), fuzzed over real HTTP with arguments
 * generated from its input types, as the callers that get past the role check. For every answer:
 * no 5xx, no INTERNAL_SERVER_ERROR, a stable code on every error; for every refusal, nothing
 * changed (database digest less the documented exclusions, document store files and hashes).
 * The server must still answer /healthz after each mutation's batch.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SCHEMA = buildSchema(
  readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'),
);
const MUTATIONS = Object.values(SCHEMA.getMutationType()!.getFields());

const CALLERS = ['anonymous', 'applicant', 'agency', 'officer', 'supervisor'] as const;
type Caller = (typeof CALLERS)[number];
const ROLES: Record<Exclude<Caller, 'anonymous'>, Role> = {
  applicant: Role.APPLICANT,
  agency: Role.AGENCY,
  officer: Role.OFFICER,
  supervisor: Role.SUPERVISOR,
};
const accountOf = (caller: Caller) => `fz-${caller}`;

let db: TestDatabase;
let server: TestServer;
const tokens = new Map<Caller, string>();
/** Ids that exist (cases, documents, mandates, notices, accounts…), refreshed after successes. */
let knownIds: string[] = [];
const idsOf = new Map<string, string[]>();
let versions: number[] = [1];
let termsVersion = '1';
let draftId = '';
let caseId = '';
const staff = (caller: string) => caller === 'officer' || caller === 'supervisor';
const captchas: string[] = [];
let baseline: Record<string, string> = {};
const tally = new Map<string, Record<string, number>>();

/** Who passes the role check of a mutation (its `@Authorized` roles; anonymous when public). */
function allowedCallers(mutation: string): Caller[] {
  const roles = authorizedRoles(mutation);
  if (roles === null) return [...CALLERS];
  return CALLERS.filter((c) => c !== 'anonymous' && (!roles.length || roles.includes(ROLES[c])));
}

const pick = <T>(pool: () => T[], fallback: T) =>
  fc.nat().map((i) => {
    const list = pool();
    return list.length ? list[i % list.length]! : fallback;
  });

/** Plausible values; ids from those the caller has to do with (its draft, its case…), or any. */
const hintsFor = (caller: string): Hints => ({
  'ID:*': fc.oneof(
    // The record the caller works on: the applicant's draft, the officers' case.
    {
      weight: 2,
      arbitrary: pick(
        () => (caller === 'applicant' ? [draftId] : staff(caller) ? [caseId] : []),
        draftId,
      ),
    },
    { weight: 2, arbitrary: pick(() => idsOf.get(caller) ?? [], draftId) },
    { weight: 1, arbitrary: pick(() => knownIds, '00000000-0000-4000-8000-000000000000') },
  ),
  'Int:version': pick(() => versions, 1),
  'String:version': pick(() => [termsVersion], '1'),
  'String:uiNumber': fc.constantFrom(DEMO_HOLDER.uiNumber, 'A800000014'),
  'Date:birthDate': fc.constant(DEMO_HOLDER.birthDate),
  'String:passportNumber': fc.constant(DEMO_HOLDER.passport.number),
  'String:grantee': fc.constantFrom('fz-agency', 'fz-officer'),
  'String:captchaAnswer': fc.constant(TEST_CAPTCHA_ANSWER),
  // Each captcha is spent by its first try: hand out fresh ones while they last.
  'String:captchaId': fc.nat().map(() => captchas.pop() ?? 'spent'),
  'String:email': fc.constantFrom('fz-applicant@test.example', 'nobody@mail.test'),
  'String:url': fc.constantFrom('https://93.184.216.34/hooks', 'http://127.0.0.1/hooks'),
  'String:newPassword': fc.constant('Another strong passphrase 2026!'),
});

async function snapshot(): Promise<Record<string, string>> {
  const [tables, files] = await Promise.all([databaseDigest(db), storeDigest(server.documentDir)]);
  return { ...tables, 'document store': files.join('\n') };
}

/** Ids that exist, and those each caller has to do with (staff: every case and mandate). */
async function refreshKnown() {
  const rows = await db.sql<{ id: string; owner: string | null; kind: string }>(
    `select o.id::text, a.account_name owner, o.kind from (
       select id, filed_by_id owner, 'case' kind, created_at at from amendment
       union all select d.id, m.filed_by_id, 'case', d.uploaded_at from amendment_document d
         join amendment m on m.id = d.amendment_id
       union all select id, account_id, 'own', created_at from notification
       union all select id, grantee_id, 'mandate', created_at from mandate
       union all select m.id, h.id, 'mandate', m.created_at from mandate m
         join account h on h.applicant_id = m.applicant_id
       union all select id, account_id, 'own', created_at from api_key
       union all select id, account_id, 'own', created_at from webhook_subscription
       union all select w.id, s.account_id, 'own', w.created_at from webhook_delivery w
         join webhook_subscription s on s.id = w.subscription_id
       union all select id, id, case when role in ('OFFICER', 'SUPERVISOR') then 'staff' else 'own' end,
         created_at from account
       union all select id, null, 'staff', created_at from announcement
     ) o left join account a on a.id = o.owner
     order by o.kind, o.at, o.id`, // creation order: the same pools from one run to the next
  );
  knownIds = [...new Set(rows.map((r) => r.id))];
  for (const caller of CALLERS) {
    const mine = rows.filter(
      (r) =>
        r.owner === accountOf(caller) ||
        (staff(caller) && ['case', 'mandate', 'staff'].includes(r.kind)),
    );
    idsOf.set(caller, [...new Set(mine.map((r) => r.id))]);
  }
  versions = [
    ...new Set(
      (
        await db.sql<{ v: number }>(
          'select version v from amendment union select version from announcement',
        )
      ).map((r) => r.v),
    ),
  ];
}

/** The applicant's open draft (for the demo holder, with a document), made anew when needed. */
async function ensureDraft() {
  const [row] = await db.sql<{ status: string }>('select status from amendment where id = $1', [
    draftId || '00000000-0000-4000-8000-000000000000',
  ]);
  if (row?.status === 'DRAFT') return;
  const token = tokens.get('applicant')!;
  const client = wizard(server, token);
  const started = await client.start({
    uiNumber: DEMO_HOLDER.uiNumber,
    birthDate: DEMO_HOLDER.birthDate,
    passportNumber: DEMO_HOLDER.passport.number,
    alsoChange: ['RESIDENCE_ADDRESS'],
  });
  if (!started.body.data) throw new Error(`no draft: ${JSON.stringify(started.body.errors)}`);
  draftId = started.body.data.startAmendment.id;
  await upload(token, draftId);
}

const upload = async (token: string, id: string) => {
  const res = await graphqlMultipart(`${server.url}/graphql`, {
    query: `mutation($id: ID!, $file: Upload!) {
      uploadAmendmentDocument(amendmentId: $id, type: PROOF_OF_ADDRESS, file: $file) { id } }`,
    variables: { id },
    files: { file: { name: 'lease.pdf', type: 'application/pdf', bytes: samplePdf() } },
    headers: bearer(token),
  });
  expect(res.body.errors).toBeUndefined();
  return (res.body.data as { uploadAmendmentDocument: { id: string } }).uploadAmendmentDocument.id;
};

/** A new session for a caller whose session a successful `logout` ended (no password hashing). */
async function openSession(caller: Caller): Promise<string> {
  const em = db.orm.em.fork();
  const account = await em.findOneOrFail(Account, { accountName: accountOf(caller) });
  const { token } = new SessionService(em, server.config.auth).open(account, {});
  await em.flush();
  return token;
}

/** A successful request may have logged its caller out or moved the draft on: repair, re-read. */
async function afterSuccess(caller: Caller) {
  const token = tokens.get(caller);
  if (token) {
    const res = await server.post<{ session: unknown }>(
      '{ session { expiresAt } }',
      {},
      bearer(token),
    );
    if (!res.body.data?.session) tokens.set(caller, await openSession(caller));
  }
  await ensureDraft();
  await refreshKnown();
  baseline = await snapshot();
}

/** Over real HTTP: JSON, or a GraphQL multipart request when the variables hold files. */
async function send(req: FuzzRequest): Promise<{ status: number; text: string }> {
  const token = tokens.get(req.caller as Caller);
  const headers = { 'accept-language': req.locale, ...(token ? bearer(token) : {}) };
  const multipart = fileParts(req.variables).length > 0;
  fuzzStats.requests++;
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: multipart
      ? { ...headers, 'apollo-require-preflight': 'true' }
      : { ...headers, 'content-type': 'application/json' },
    body: multipart
      ? multipartForm(req.document, req.variables)
      : encodeJson({ query: req.document, variables: req.variables }),
  });
  return { status: res.status, text: await res.text() };
}

async function fuzzMutation(field: GraphQLField<unknown, unknown>) {
  const allowed = allowedCallers(field.name);
  const callers = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<string>(...allowed) },
    { weight: 1, arbitrary: fc.constantFrom<string>(...CALLERS) },
  );
  const counts: Record<string, number> = {};
  tally.set(field.name, counts);
  await ensureDraft();
  baseline = await snapshot();
  const property = fc.asyncProperty(requestArbitrary(field, hintsFor, callers), async (req) => {
    const { status, text } = await send(req);
    const outcome = judge(status, text);
    const key = `${outcome.refused ? outcome.codes[0]! : 'OK'}${status === 200 ? '' : `@${status}`}`;
    counts[key] = (counts[key] ?? 0) + 1;
    if (!outcome.refused) return afterSuccess(req.caller as Caller);
    const changed = changedParts(baseline, await snapshot());
    if (changed.length) {
      throw new Error(`refused (${outcome.codes.join(', ')}) yet changed: ${changed.join(', ')}`);
    }
  });
  const seed = seedFor(field.name);
  const result = await fc.check(property, { numRuns: RUNS, seed, endOnFailure: true });
  if (result.failed) {
    const error = result.errorInstance as Error | undefined;
    throw new Error(
      `${field.name} failed (seed ${seed}, FUZZ_SEED=${FUZZ_SEED}, run ${result.numRuns}): ` +
        `${error?.message ?? String(result.errorInstance)}\n` +
        `request: ${preview(result.counterexample?.[0])}\nserver: ${serverErrors(server)}`,
    );
  }
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 5);
  server = await startTestServer(db, {
    env: { LOGIN_LOCKOUT_THRESHOLD: '100', HOLDER_LOOKUP_FAILURES_PER_HOUR: '1000' },
  });
  for (const caller of CALLERS) {
    if (caller === 'anonymous') continue;
    await createAccount(db, { accountName: accountOf(caller), role: ROLES[caller], locale: 'en' });
    tokens.set(caller, await loginToken(server, accountOf(caller)));
  }
  // The applicant: terms accepted, a draft with a document, a mandate for the agency.
  const applicant = wizard(server, tokens.get('applicant')!);
  await applicant.acceptTerms();
  termsVersion = (await applicant.terms()).body.data!.amendmentTerms.version;
  await ensureDraft();
  const until = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
  const mandate = await applicant.call(
    `mutation($u: Date!) { createMandate(input: { grantee: "fz-agency", validUntil: $u }) { id } }`,
    { u: until },
  );
  expect(mandate.body.errors).toBeUndefined();
  // Another filer's case, submitted and claimed by the officer.
  await createAccount(db, { accountName: 'fz-filer', locale: 'en' });
  const filerToken = await loginToken(server, 'fz-filer');
  const filer = wizard(server, filerToken);
  await filer.acceptTerms();
  const [holder] = await db.sql<{ ui: string; birth: string; passport: string }>(
    `select ui_number ui, to_char(birth_date, 'YYYY-MM-DD') birth, passport_number passport
     from applicant where id <> $1 and not hong_kong_macau_resident order by ui_number limit 1`,
    [DEMO_HOLDER.id],
  );
  const started = await filer.start({
    uiNumber: holder!.ui,
    birthDate: holder!.birth,
    passportNumber: holder!.passport,
    alsoChange: ['COLLECTION_PLACE'],
  });
  caseId = started.body.data!.startAmendment.id;
  const place = started.body.data!.startAmendment.requested.collectionPlaceCode;
  expect(
    (await filer.save(caseId, { collectionPlace: place === 'KEE' ? 'TPE' : 'KEE' })).body.errors,
  ).toBeUndefined();
  await upload(filerToken, caseId);
  expect((await filer.submit(caseId, `fz-${caseId}`)).body.errors).toBeUndefined();
  const claimed = await server.post(
    'mutation($id: ID!) { claimAmendment(id: $id) { id } }',
    { id: caseId },
    bearer(tokens.get('officer')!),
  );
  expect(claimed.body.errors).toBeUndefined();
  // Fresh captchas for login and registration attempts to spend.
  const service = new CaptchaService(db.orm.em.fork(), server.config.auth);
  for (let i = 0; i < 2 * RUNS; i++) captchas.push((await service.create()).id);
  await refreshKnown();
}, 120_000);

afterAll(async () => {
  console.log(
    `fuzz-mutations: ${fuzzStats.requests} requests over ${MUTATIONS.length} mutations ` +
      `(${RUNS} runs each, FUZZ_SEED=${FUZZ_SEED})\n` +
      [...tally].map(([m, c]) => `  ${m}: ${JSON.stringify(c)}`).join('\n'),
  );
  await server?.close();
  await db?.drop();
});

describe('the generator', () => {
  it('produces arguments for every mutation in the contract', () => {
    expect(MUTATIONS.length).toBeGreaterThan(30);
    for (const field of MUTATIONS) {
      const sample = fc.sample(requestArbitrary(field, hintsFor, fc.constant('anonymous')), {
        numRuns: 3,
        seed: FUZZ_SEED,
      });
      expect(sample, field.name).toHaveLength(3);
    }
  });

  it('refuses, rather than skips, an input type it has no generator for', () => {
    const schema = buildSchema(
      'scalar JSON\ntype Query { a: Int }\ntype Mutation { put(value: JSON!): Int }',
    );
    const field = schema.getMutationType()!.getFields().put!;
    expect(() => requestArbitrary(field, {}, fc.constant('anonymous'))).toThrow(
      UnsupportedInputError,
    );
  });
});

describe('the checks', () => {
  it('reject 5xx answers, internal errors and errors without a stable code', () => {
    const internal = '{"errors":[{"message":"x","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}';
    expect(() => judge(500, '{"error":{"code":"BAD_REQUEST"}}')).toThrow(/5xx/);
    expect(() => judge(200, internal)).toThrow(/INTERNAL_SERVER_ERROR/);
    expect(() => judge(200, '{"errors":[{"message":"x"}]}')).toThrow(/stable code/);
    expect(() => judge(400, 'Bad Request')).toThrow(/not JSON/);
    expect(judge(400, '{"error":{"code":"PAYLOAD_TOO_LARGE","message":"x"}}').refused).toBe(true);
    expect(judge(200, '{"data":{"logout":true}}')).toMatchObject({ refused: false, codes: [] });
  });

  it('see a changed row, a changed stored file, but not the documented exclusions', async () => {
    const before = await snapshot();
    await db.sql("update session set last_seen_at = now() + interval '1 minute'");
    await db.sql('update account set failed_login_count = failed_login_count + 1');
    await db.sql('update rate_limit set points = points + 1');
    expect(changedParts(before, await snapshot())).toEqual([]);
    await db.sql("update amendment set last_edited_at = last_edited_at + interval '1 second'");
    await writeFile(path.join(server.documentDir, 'stray'), 'x');
    expect(changedParts(before, await snapshot())).toEqual(['amendment', 'document store']);
    await db.sql("update amendment set last_edited_at = last_edited_at - interval '1 second'");
    await rm(path.join(server.documentDir, 'stray'));
    expect(changedParts(before, await snapshot())).toEqual([]);
  });
});

// Found by this fuzzer: a NUL or an unpaired surrogate passed validation and reached the
// database (a withdrawal note into the audit event's json), which refused it: an
// INTERNAL_SERVER_ERROR. parseInput now refuses such strings as INVALID_FORMAT everywhere.
describe('strings the database cannot store', () => {
  it('are refused as BAD_USER_INPUT and change nothing', async () => {
    const before = await snapshot();
    for (const note of ['a\u0000b', 'x\ud83d', '\udc00y']) {
      const res = await wizard(server, tokens.get('applicant')!).call(
        'mutation($id: ID!, $note: String) { withdrawAmendment(id: $id, note: $note) { id } }',
        { id: draftId, note },
      );
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'note', problem: 'INVALID_FORMAT' }],
      });
    }
    expect(changedParts(before, await snapshot())).toEqual([]);
  });
});

describe('every mutation under hostile arguments', () => {
  for (const field of MUTATIONS) {
    it(`${field.name}: never a 5xx or an internal error; a refusal changes nothing`, async () => {
      await fuzzMutation(field);
    }, 120_000);
  }
});
