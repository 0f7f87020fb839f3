import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { graphqlMultipart, type MultipartFile } from '../../test-support/multipart.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { type Answer, type Caller, inDays } from './matrix.js';
import { buildCases, type Cases } from './world-cases.js';
import { NOTICE_INPUT } from './entries-notices.js';

/**
 * The fixtures every matrix entry calls against, built once over the real API: accounts and their
 * sessions, the holder's mandates, the agency's API keys and webhooks, and cases in every state.
 */

export interface Holder {
  id: string;
  uiNumber: string;
  birthDate: string;
}

/** Accounts behind the callers, plus the ones that only arrange things. */
export const ACCOUNTS = {
  holder: { name: 'mx-holder', role: Role.APPLICANT },
  otherHolder: { name: 'mx-other-holder', role: Role.APPLICANT },
  employer: { name: 'mx-employer', role: Role.EMPLOYER },
  agency: { name: 'mx-agency', role: Role.AGENCY },
  revokedAgency: { name: 'mx-revoked-agency', role: Role.AGENCY },
  officer: { name: 'mx-officer', role: Role.OFFICER },
  supervisor: { name: 'mx-supervisor', role: Role.SUPERVISOR },
  /** An agency that files the cases officers act on (for other holders). */
  clerks: { name: 'mx-clerks', role: Role.AGENCY },
  /** Where `login` logs in. */
  spare: { name: 'mx-spare', role: Role.APPLICANT },
} as const;
export type AccountKey = keyof typeof ACCOUNTS;

export interface World extends Cases {
  db: TestDatabase;
  server: TestServer;
  /** Bearer credential of each caller: a session token, an API key, or none. */
  credential: Record<Caller, string | null>;
  /** Session tokens of the arranging accounts. */
  token: Record<AccountKey, string>;
  accountId: Record<AccountKey, string>;
  /** The holder the cases are about (the demo holder) and the other applicant's holder. */
  holder: Holder;
  otherHolder: Holder;
  termsVersion: string;
  mandates: { agency: string; revoked: string; toRevoke: string; pending: string };
  apiKeys: { read: string; file: string; spare: string };
  webhooks: { main: string; toDelete: string; delivery: string };
  /** A notice in the holder's bell. */
  notification: string;
  /** Bulletin-board notices: one published now, one scheduled, one for `retireAnnouncement`. */
  announcements: { published: string; scheduled: string; toRetire: string };
  gql(token: string | null, query: string, variables?: Record<string, unknown>): Promise<Answer>;
  upload(
    token: string | null,
    query: string,
    variables: Record<string, unknown>,
    file: MultipartFile,
  ): Promise<Answer>;
  /** Like `gql`, failing on any error; answers the data. */
  must<T = Record<string, unknown>>(
    token: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  /** A new session for the caller (for `logout`, which ends the one it is sent with). */
  freshCredential(caller: Caller): Promise<string | null>;
  /** A digest per business table (not the audit trail, sessions, rate limits or captchas). */
  fingerprint(): Promise<Record<string, string>>;
  caseRow(id: string): Promise<{ status: string; version: number }>;
  close(): Promise<void>;
}

/** Tables whose rows a refused call must leave exactly as they were. */
const FINGERPRINTED = [
  'account',
  'announcement',
  'account_token',
  'amendment',
  'amendment_document',
  'amendment_event',
  'applicant',
  'applicant_revision',
  'applicant_ui_number',
  'card',
  'idempotency_key',
  'idempotent_response',
  'mandate',
  'notification',
  'outbox_mail',
  'payment',
  'payment_callback',
  'terms_acceptance',
  'webhook_delivery',
  'webhook_event',
  'webhook_subscription',
];
const digest = (rows: string) => `md5(coalesce(string_agg(${rows}, '|' order by ${rows}), ''))`;
const FINGERPRINT_SQL = [
  ...FINGERPRINTED.map((t) => `select '${t}' as name, ${digest('r::text')} as digest from ${t} r`),
  // A key's lastUsedAt moves whenever it is used, refused or not.
  `select 'api_key', ${digest('(r.id, r.account_id, r.scopes, r.expires_at, r.revoked_at)::text')} from api_key r`,
].join(' union all ');

export async function buildWorld(): Promise<World> {
  const db = await createTestDatabase();
  await seedFixtureHolders(db.url, 12);
  // Each key makes about 70 calls in seconds, under the default limit: kept out of the way
  // all the same, since the matrix is about authorization, not rate limits.
  const server = await startTestServer(db, { env: { API_KEY_REQUESTS_PER_MINUTE: '100000' } });

  const gql = async (token: string | null, query: string, variables = {}): Promise<Answer> =>
    server.post(query, variables, { 'accept-language': 'en', ...(token ? bearer(token) : {}) });
  const upload = (
    token: string | null,
    query: string,
    variables: Record<string, unknown>,
    file: MultipartFile,
  ): Promise<Answer> =>
    graphqlMultipart(`${server.url}/graphql`, {
      query,
      variables,
      files: { file },
      headers: { 'accept-language': 'en', ...(token ? bearer(token) : {}) },
    });
  async function must<T>(token: string | null, query: string, variables = {}): Promise<T> {
    const answer = await gql(token, query, variables);
    if (answer.body.errors?.length || !answer.body.data)
      throw new Error(`set-up call failed: ${query}\n${JSON.stringify(answer.body.errors)}`);
    return answer.body.data as T;
  }

  // Holders: the demo holder, the other applicant's, and some for the officers' cases.
  const holders = await db.sql<Holder>(
    `select id, ui_number as "uiNumber", to_char(birth_date, 'YYYY-MM-DD') as "birthDate"
       from applicant where id <> $1 order by id limit 11`,
    [DEMO_HOLDER.id],
  );
  const holder: Holder = {
    id: DEMO_HOLDER.id,
    uiNumber: DEMO_HOLDER.uiNumber,
    birthDate: DEMO_HOLDER.birthDate,
  };
  const otherHolder = holders[0]!;

  // Accounts and their sessions (one after another: password hashing has a bounded queue).
  const accountId = {} as Record<AccountKey, string>;
  const token = {} as Record<AccountKey, string>;
  for (const [key, { name, role }] of Object.entries(ACCOUNTS) as [
    AccountKey,
    (typeof ACCOUNTS)[AccountKey],
  ][]) {
    const applicantId =
      key === 'holder' ? holder.id : key === 'otherHolder' ? otherHolder.id : undefined;
    accountId[key] = (await createAccount(db, { accountName: name, role, applicantId })).id;
    if (key !== 'spare') token[key] = await loginToken(server, name);
  }
  const { amendmentTerms } = await must<{ amendmentTerms: { version: string } }>(
    null,
    '{ amendmentTerms { version } }',
  );
  for (const key of ['holder', 'otherHolder', 'employer', 'agency', 'revokedAgency', 'clerks'])
    await must(
      token[key as AccountKey],
      'mutation($v: String!) { acceptAmendmentTerms(version: $v) { version } }',
      { v: amendmentTerms.version },
    );

  // The holder's mandates: to the agency and the employer (all items), to the agency that will
  // lose it, and one more to the agency for `revokeMandate` to end.
  const grant = async (grantee: string, items: string[] = []) =>
    (
      await must<{ createMandate: { id: string } }>(
        token.holder,
        'mutation($i: GrantMandateInput!) { createMandate(input: $i) { id } }',
        { i: { grantee, items, validUntil: inDays(300) } },
      )
    ).createMandate.id;
  const mandates = {
    agency: await grant(ACCOUNTS.agency.name),
    employer: await grant(ACCOUNTS.employer.name),
    revoked: await grant(ACCOUNTS.revokedAgency.name),
    toRevoke: await grant(ACCOUNTS.agency.name, ['EMAIL']),
  };

  // The agency's software: a READ key, a FILE key, and one for `revokeApiKey` to revoke.
  const newKey = async (name: string, scopes: string[]) =>
    (
      await must<{ createApiKey: { token: string; apiKey: { id: string } } }>(
        token.agency,
        'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token apiKey { id } } }',
        { i: { name, scopes, expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
      )
    ).createApiKey;
  const readKey = await newKey('matrix read', ['READ']);
  const fileKey = await newKey('matrix file', ['READ', 'FILE']);
  const spareKey = await newKey('matrix spare', ['READ']);

  // The agency's webhooks (before it files, so that its cases make deliveries).
  const subscribe = async (events: string[]) =>
    (
      await must<{ createWebhookSubscription: { subscription: { id: string } } }>(
        token.agency,
        'mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { subscription { id } } }',
        { i: { url: 'http://127.0.0.1:9/matrix', events } },
      )
    ).createWebhookSubscription.subscription.id;
  const mainSubscription = await subscribe([
    'AMENDMENT_SUBMITTED',
    'AMENDMENT_APPROVED',
    'AMENDMENT_REJECTED',
    'DOCUMENTS_REQUESTED',
    'CARD_READY',
    'FEE_PAID',
  ]);
  const toDelete = await subscribe(['CARD_READY']);

  const partial = {
    db,
    server,
    token,
    accountId,
    holder,
    otherHolder,
    gql,
    upload,
    must,
    mandates: { ...mandates, pending: '' },
    caseRow: async (id: string) =>
      (
        await db.sql<{ status: string; version: number }>(
          'select status, version from amendment where id = $1',
          [id],
        )
      )[0]!,
  };
  const cases = await buildCases(partial, holders.slice(1));

  const [bellNotice] = await db.sql<{ id: string }>(
    'select id from notification where account_id = $1 order by created_at limit 1',
    [accountId.holder],
  );
  const [delivery] = await db.sql<{ id: string }>(
    'select id from webhook_delivery where subscription_id = $1 order by created_at limit 1',
    [mainSubscription],
  );
  if (!bellNotice || !delivery)
    throw new Error('set-up made no notice for the holder or no delivery');

  // The bulletin board: written by the supervisor, as the console does.
  const notice = async (input: Record<string, unknown>) =>
    (
      await must<{ createAnnouncement: { id: string } }>(
        token.supervisor,
        'mutation($i: AnnouncementInput!) { createAnnouncement(input: $i) { id } }',
        { i: { ...NOTICE_INPUT, ...input } },
      )
    ).createAnnouncement.id;
  const announcements = {
    published: await notice({ important: true }),
    scheduled: await notice({ publishFrom: new Date(Date.now() + 86_400_000).toISOString() }),
    toRetire: await notice({}),
  };

  const credential: Record<Caller, string | null> = {
    anonymous: null,
    holder: token.holder,
    otherHolder: token.otherHolder,
    employer: token.employer,
    agency: token.agency,
    revokedAgency: token.revokedAgency,
    officer: token.officer,
    supervisor: token.supervisor,
    readKey: readKey.token,
    fileKey: fileKey.token,
  };
  return {
    ...partial,
    ...cases,
    mandates: { ...mandates, pending: cases.pendingMandate },
    credential,
    termsVersion: amendmentTerms.version,
    apiKeys: { read: readKey.apiKey.id, file: fileKey.apiKey.id, spare: spareKey.apiKey.id },
    webhooks: { main: mainSubscription, toDelete, delivery: delivery.id },
    notification: bellNotice.id,
    announcements,
    freshCredential: async (caller) =>
      caller === 'anonymous' || caller === 'readKey' || caller === 'fileKey'
        ? credential[caller]
        : loginToken(server, ACCOUNTS[caller].name),
    fingerprint: async () =>
      Object.fromEntries(
        (await db.sql<{ name: string; digest: string }>(FINGERPRINT_SQL)).map((r) => [
          r.name,
          r.digest,
        ]),
      ),
    close: async () => {
      await server.close();
      await db.drop();
    },
  };
}
