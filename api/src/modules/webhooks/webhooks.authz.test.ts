import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../shared/actor.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { codeOf } from '../../test-support/wizard.js';
import { emitAmendmentWebhooks } from './webhook-emit.js';
import { WebhookEventType } from './webhook-event-type.js';

/*
 * Who may do what with webhook subscriptions, over real HTTP: only employers and agencies, each
 * with its own; every refused call leaves the owner's subscriptions and deliveries as they were.
 */

let db: TestDatabase;
let server: TestServer;
let owner: string;
let ownerSubscription: string;
let ownerDelivery: string;
const tokens: Record<string, string | null> = { anonymous: null };

const gql = (token: string | null, query: string, variables: Record<string, unknown> = {}) =>
  server.post(query, variables, { ...(token ? bearer(token) : {}), 'accept-language': 'en' });

type Operation = 'create' | 'list' | 'deliveries' | 'delete' | 'redeliver';
const OPERATIONS: Record<Operation, (token: string | null) => ReturnType<typeof gql>> = {
  create: (token) =>
    gql(
      token,
      'mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } } }',
      { input: { url: 'http://127.0.0.1:9/other', events: ['CARD_READY'] } },
    ),
  list: (token) => gql(token, '{ webhookSubscriptions { id url } }'),
  deliveries: (token) =>
    gql(token, 'query($s: ID) { webhookDeliveries(subscriptionId: $s) { total items { id } } }', {
      s: ownerSubscription,
    }),
  delete: (token) =>
    gql(token, 'mutation($id: ID!) { deleteWebhookSubscription(id: $id) }', {
      id: ownerSubscription,
    }),
  redeliver: (token) =>
    gql(token, 'mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }', {
      id: ownerDelivery,
    }),
};

/** The owner's rows, to prove a refused call changed nothing. */
const ownerState = async () => ({
  subscriptions: await db.sql(
    'select * from webhook_subscription where account_id = $1 order by id',
    [owner],
  ),
  deliveries: await db.sql(
    'select d.* from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id where s.account_id = $1 order by d.id',
    [owner],
  ),
});

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
  const accounts: [string, Role][] = [
    ['owner-agency', Role.AGENCY],
    ['rival-agency', Role.AGENCY],
    ['an-employer', Role.EMPLOYER],
    ['applicant', Role.APPLICANT],
    ['officer', Role.OFFICER],
    ['supervisor', Role.SUPERVISOR],
  ];
  for (const [name, role] of accounts) {
    const account = await createAccount(db, { accountName: name, role });
    if (name === 'owner-agency') owner = account.id;
    tokens[name] = await loginToken(server, name);
  }
  const created = await gql(
    tokens['owner-agency']!,
    'mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } } }',
    { input: { url: 'http://127.0.0.1:9/owner', events: Object.values(WebhookEventType) } },
  );
  ownerSubscription = (
    created.body.data as { createWebhookSubscription: { subscription: { id: string } } }
  ).createWebhookSubscription.subscription.id;
  await db.orm.em.fork().transactional((em) => {
    emitAmendmentWebhooks(
      em,
      {
        id: randomUUID(),
        applicationNumber: 'GC2026-AUTHZ01',
        status: 'APPROVED',
        filedBy: { id: owner },
        applicant: { id: randomUUID() },
      },
      WebhookEventType.AMENDMENT_APPROVED,
    );
  });
  ownerDelivery = (await db.sql<{ id: string }>('select id from webhook_delivery'))[0]!.id;

  // The owner's software, with a read-only API key and with a filing key.
  for (const [name, scopes] of [
    ['owner-read-key', ['READ']],
    ['rival-file-key', ['READ', 'FILE']],
  ] as const) {
    const key = await gql(
      tokens[name.startsWith('owner') ? 'owner-agency' : 'rival-agency']!,
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
      { input: { name, scopes, expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
    );
    expect(key.body.errors).toBeUndefined();
    tokens[name] = (key.body.data as { createApiKey: { token: string } }).createApiKey.token;
  }
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('webhook authorization', () => {
  const refusedEverything: [string, string][] = [
    ['anonymous', 'UNAUTHENTICATED'],
    ['applicant', 'FORBIDDEN'],
    ['officer', 'FORBIDDEN'],
    ['supervisor', 'FORBIDDEN'],
  ];
  it.each(refusedEverything)(
    '%s may do nothing with webhooks (%s), and nothing changes',
    async (who, code) => {
      const before = await ownerState();
      for (const operation of Object.keys(OPERATIONS) as Operation[]) {
        const res = await OPERATIONS[operation](tokens[who]!);
        expect(codeOf(res), `${who} ${operation}`).toBe(code);
      }
      expect(await ownerState()).toEqual(before);
    },
  );

  it.each(['rival-agency', 'an-employer', 'rival-file-key'])(
    '%s neither sees nor changes another account’s subscriptions and deliveries',
    async (who) => {
      const before = await ownerState();
      for (const operation of ['deliveries', 'delete', 'redeliver'] as const) {
        const res = await OPERATIONS[operation](tokens[who]!);
        expect(codeOf(res), `${who} ${operation}`).toBe('FORBIDDEN');
      }
      const list = await OPERATIONS.list(tokens[who]!);
      expect(JSON.stringify(list.body.data)).not.toContain(ownerSubscription);
      const all = await gql(tokens[who]!, '{ webhookDeliveries { total } }');
      expect(all.body.data).toEqual({ webhookDeliveries: { total: 0 } });
      expect(await ownerState()).toEqual(before);
    },
  );

  it('the owner’s software with a read-only key may look but not change', async () => {
    const before = await ownerState();
    const list = await OPERATIONS.list(tokens['owner-read-key']!);
    expect(JSON.stringify(list.body.data)).toContain(ownerSubscription);
    expect((await OPERATIONS.deliveries(tokens['owner-read-key']!)).body.data).toMatchObject({
      webhookDeliveries: { total: 1, items: [{ id: ownerDelivery }] },
    });
    for (const operation of ['create', 'delete', 'redeliver'] as const) {
      expect(codeOf(await OPERATIONS[operation](tokens['owner-read-key']!)), operation).toBe(
        'FORBIDDEN',
      );
    }
    expect(await ownerState()).toEqual(before);
  });

  it('the owner may, and unknown ids are NOT_FOUND', async () => {
    const token = tokens['owner-agency']!;
    expect((await OPERATIONS.redeliver(token)).body.errors).toBeUndefined();
    expect(
      codeOf(
        await gql(token, 'mutation($id: ID!) { deleteWebhookSubscription(id: $id) }', {
          id: randomUUID(),
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await gql(token, 'mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }', {
          id: randomUUID(),
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(await gql(token, 'mutation { deleteWebhookSubscription(id: "nope") }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await OPERATIONS.delete(token)).body.data).toEqual({ deleteWebhookSubscription: true });
  });
});
