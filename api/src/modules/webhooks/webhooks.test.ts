import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';
import { createLogger } from '../../shared/logger.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { Amendment } from '../amendments/amendment.entity.js';
import { applyTransition } from '../amendments/amendment-transition.js';
import { WebhookDispatcher } from './webhook-dispatcher.js';
import { emitAmendmentWebhooks } from './webhook-emit.js';
import { WebhookEventType } from './webhook-event-type.js';
import { verifyWebhookSignature } from './webhook-signature.js';
import { webhookSettingsOf } from './webhooks.service.js';
import { startReceiver, type TestReceiver } from './webhooks.testing.js';

/*
 * Webhooks end to end over real HTTP: subscriptions through GraphQL, events caused by the
 * officers' decisions (applyTransition), delivered by a dispatcher with the server's settings
 * (runOnce, retries due at once) to a real receiver on 127.0.0.1.
 */

let db: TestDatabase;
let server: TestServer;
let receiver: TestReceiver;
let webhooks: WebhookDispatcher;
let tokens: Record<'agencyA' | 'agencyB' | 'employer' | 'holder' | 'officer', string>;
let agencyAId: string;

const SUBSCRIPTION = 'id url events active createdAt disabledAt';
const DELIVERY =
  'id subscriptionId eventId eventType amendmentId sequence status attempts nextAttemptAt lastAttemptAt lastStatusCode lastError payload createdAt deliveredAt';

const gql = <T = Record<string, unknown>>(
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  target: TestServer = server,
) =>
  target.post<T>(query, variables, {
    ...(token ? bearer(token) : {}),
    'accept-language': 'en',
  });

interface Created {
  createWebhookSubscription: {
    subscription: { id: string; url: string; events: string[] };
    secret: string;
  };
}
const create = (token: string, url: string, events: string[], target: TestServer = server) =>
  gql<Created>(
    token,
    `mutation($input: CreateWebhookSubscriptionInput!) {
       createWebhookSubscription(input: $input) { secret subscription { ${SUBSCRIPTION} } } }`,
    { input: { url, events } },
    target,
  );

interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  payload: string;
  sequence: string;
  amendmentId: string;
}
const listDeliveries = (token: string, args: Record<string, unknown> = {}) =>
  gql<{ webhookDeliveries: { total: number; items: DeliveryView[] } }>(
    token,
    `query($s: ID, $st: WebhookDeliveryStatus) {
       webhookDeliveries(subscriptionId: $s, status: $st, perPage: 100) { total items { ${DELIVERY} } } }`,
    { s: args.subscriptionId ?? null, st: args.status ?? null },
  );

/** Runs the dispatcher (the server's settings, retries due at once) until it has nothing to do. */
async function drain(maxRuns = 30) {
  for (let run = 0; run < maxRuns; run++) {
    const c = await webhooks.runOnce();
    if (c.delivered + c.failed + c.retried + c.deferred === 0) return;
  }
  throw new Error('the dispatcher did not settle');
}

const eventIdOf = (r: { headers: Record<string, unknown> }) =>
  String(r.headers['goldcard-event-id']);

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 5);
  server = await startTestServer(db, { env: { WEBHOOK_MAX_ATTEMPTS: '3' } });
  receiver = await startReceiver();
  webhooks = new WebhookDispatcher({
    orm: db.orm,
    config: { webhooks: webhookSettingsOf(server.config) },
    log: createLogger('silent'),
    backoffBaseMs: 0,
  });
  const agencyA = await createAccount(db, {
    accountName: 'agency-a',
    role: Role.AGENCY,
    locale: 'en',
  });
  agencyAId = agencyA.id;
  await createAccount(db, { accountName: 'agency-b', role: Role.AGENCY });
  await createAccount(db, { accountName: 'employer', role: Role.EMPLOYER });
  await createAccount(db, { accountName: 'holder', locale: 'en' });
  await createAccount(db, { accountName: 'officer', role: Role.OFFICER });
  tokens = {
    agencyA: await loginToken(server, 'agency-a'),
    agencyB: await loginToken(server, 'agency-b'),
    employer: await loginToken(server, 'employer'),
    holder: await loginToken(server, 'holder'),
    officer: await loginToken(server, 'officer'),
  };
});
beforeEach(() => {
  receiver.reset();
});
afterAll(async () => {
  await webhooks.stop();
  await receiver.close();
  await server.close();
  await db.drop();
});

describe('an agency’s case, followed by webhooks', () => {
  it('hears of its case’s submission, the request for documents and the approval: signed, once each, in order', async () => {
    const a = await create(
      tokens.agencyA,
      `${receiver.url}/agency-a`,
      Object.values(WebhookEventType),
    );
    expect(a.body.errors).toBeUndefined();
    const { secret, subscription } = a.body.data!.createWebhookSubscription;
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(subscription).toMatchObject({ url: `${receiver.url}/agency-a`, active: true });
    const b = await create(
      tokens.agencyB,
      `${receiver.url}/agency-b`,
      Object.values(WebhookEventType),
    );
    expect(b.body.errors).toBeUndefined();

    // A draft of the demo holder, filed (for this test) by agency A.
    const holder = wizard(server, tokens.holder);
    await holder.acceptTerms();
    const started = await holder.start({
      uiNumber: DEMO_HOLDER.uiNumber,
      birthDate: DEMO_HOLDER.birthDate,
      passportNumber: DEMO_HOLDER.passport.number,
      alsoChange: ['EMAIL'],
    });
    const id = started.body.data!.startAmendment.id;
    expect((await holder.save(id, { email: 'john.hook@mail.test' })).body.errors).toBeUndefined();
    await db.sql("update amendment set filed_by_id = $1, filed_by_role = 'AGENCY' where id = $2", [
      agencyAId,
      id,
    ]);
    const transition = (action: 'submit' | 'respondToSupplement') =>
      db.orm.em.fork().transactional(async (em) => {
        const amendment = await em.findOneOrFail(Amendment, { id });
        if (action === 'submit') amendment.applicationNumber = 'GC2026-HOOK001';
        applyTransition(em, amendment, action, 'system');
      });
    await transition('submit');

    type Case = { id: string; status: string; version: number };
    const officer = <T>(query: string, variables: Record<string, unknown>) =>
      gql<T>(tokens.officer, query, variables);
    const claim = async () =>
      (
        await officer<{ claimAmendment: Case }>(
          'mutation($id: ID!) { claimAmendment(id: $id) { id status version } }',
          { id },
        )
      ).body.data!.claimAmendment;
    await claim();
    // Released back to the queue: SUBMITTED again, but not submitted again.
    const released = await officer<{ releaseAmendment: Case }>(
      'mutation($id: ID!) { releaseAmendment(id: $id) { id status version } }',
      { id },
    );
    expect(released.body.data!.releaseAmendment.status).toBe('SUBMITTED');
    const claimed = await claim();
    const asked = await officer<{ requestSupplement: Case }>(
      'mutation($id: ID!, $v: Int!) { requestSupplement(id: $id, version: $v, documents: [OTHER], message: "The bill, please") { id status version } }',
      { id, v: claimed.version },
    );
    expect(asked.body.data!.requestSupplement.status).toBe('SUPPLEMENT_REQUESTED');
    await transition('respondToSupplement');
    const current = (
      await db.sql<{ version: number }>('select version from amendment where id = $1', [id])
    )[0]!;
    const approved = await officer<{ approveAmendment: Case }>(
      'mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v, note: "ok") { id status version } }',
      { id, v: current.version },
    );
    expect(approved.body.errors).toBeUndefined();

    // The receiver is down for the first two requests.
    receiver.respond = (_request, index) => (index < 2 ? 503 : 200);
    await drain();

    const accepted = receiver.accepted('/agency-a');
    expect(accepted.map((r) => r.headers['goldcard-event-type'])).toEqual([
      'AMENDMENT_SUBMITTED',
      'DOCUMENTS_REQUESTED',
      'AMENDMENT_APPROVED',
    ]);
    expect(new Set(accepted.map(eventIdOf)).size).toBe(3);
    expect(receiver.received.map(eventIdOf)).toEqual([
      eventIdOf(accepted[0]!),
      eventIdOf(accepted[0]!),
      ...accepted.map(eventIdOf),
    ]);
    for (const request of receiver.received) {
      expect(verifyWebhookSignature(secret, request.headers, request.body)).toBe(true);
      const timestamp = String(request.headers['goldcard-timestamp']);
      const hmac = createHmac('sha256', secret)
        .update(`${timestamp}.${request.body}`)
        .digest('hex');
      expect(request.headers['goldcard-signature']).toBe(`v1=${hmac}`);
    }
    const bodies = accepted.map((r) => JSON.parse(r.body) as Record<string, unknown>);
    expect(bodies.map((body) => body.amendment)).toEqual([
      { id, applicationNumber: 'GC2026-HOOK001', status: 'SUBMITTED' },
      { id, applicationNumber: 'GC2026-HOOK001', status: 'SUPPLEMENT_REQUESTED' },
      { id, applicationNumber: 'GC2026-HOOK001', status: 'APPROVED' },
    ]);
    for (const [i, body] of bodies.entries()) {
      expect(Object.keys(body).sort()).toEqual(['amendment', 'id', 'occurredAt', 'type']);
      expect(body.id).toBe(eventIdOf(accepted[i]!));
    }
    // Agency B's software hears nothing of agency A's case.
    expect(receiver.received.filter((r) => r.path === '/agency-b')).toEqual([]);

    const mine = await listDeliveries(tokens.agencyA, { subscriptionId: subscription.id });
    expect(mine.body.data!.webhookDeliveries.total).toBe(3);
    expect(
      mine.body.data!.webhookDeliveries.items.map((d) => [
        d.eventType,
        d.status,
        d.attempts,
        d.lastStatusCode,
      ]),
    ).toEqual([
      ['AMENDMENT_APPROVED', 'DELIVERED', 1, 200],
      ['DOCUMENTS_REQUESTED', 'DELIVERED', 1, 200],
      ['AMENDMENT_SUBMITTED', 'DELIVERED', 3, 200],
    ]);
    expect((await listDeliveries(tokens.agencyB)).body.data!.webhookDeliveries.total).toBe(0);
  });

  it('FAILED after the last attempt; redeliverWebhook sends the same event again', async () => {
    const created = await create(tokens.agencyA, `${receiver.url}/fees`, ['FEE_PAID']);
    const subscriptionId = created.body.data!.createWebhookSubscription.subscription.id;
    const amendmentId = randomUUID();
    const eventId = await db.orm.em.fork().transactional(
      (em) =>
        emitAmendmentWebhooks(
          em,
          {
            id: amendmentId,
            applicationNumber: 'GC2026-HOOK002',
            status: 'APPROVED',
            filedBy: { id: agencyAId },
            applicant: { id: DEMO_HOLDER.id },
          },
          WebhookEventType.FEE_PAID,
          { amount: 500, currency: 'TWD' },
        )!.id,
    );
    receiver.respond = (request) => (request.path === '/fees' ? 500 : 200);
    await drain();
    const fees = () => receiver.received.filter((r) => r.path === '/fees');
    expect(fees().map(eventIdOf)).toEqual([eventId, eventId, eventId]);
    // The first subscription (all events) had it at once: one event, one id, for both.
    expect(receiver.accepted('/agency-a').map(eventIdOf)).toEqual([eventId]);
    const failed = await listDeliveries(tokens.agencyA, { subscriptionId, status: 'FAILED' });
    const [delivery] = failed.body.data!.webhookDeliveries.items;
    expect(delivery).toMatchObject({
      eventId,
      status: 'FAILED',
      attempts: 3,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
    });
    expect(JSON.parse(delivery!.payload)).toMatchObject({
      id: eventId,
      type: 'FEE_PAID',
      data: { amount: 500, currency: 'TWD' },
    });

    receiver.reset();
    const again = await gql<{ redeliverWebhook: DeliveryView }>(
      tokens.agencyA,
      `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { ${DELIVERY} } }`,
      { id: delivery!.id },
    );
    expect(again.body.data!.redeliverWebhook).toMatchObject({
      id: delivery!.id,
      eventId,
      status: 'PENDING',
      attempts: 0,
    });
    await drain();
    expect(receiver.accepted('/fees').map(eventIdOf)).toEqual([eventId]);
    const delivered = await listDeliveries(tokens.agencyA, { subscriptionId, status: 'DELIVERED' });
    expect(delivered.body.data!.webhookDeliveries.items).toMatchObject([
      { id: delivery!.id, eventId, attempts: 1 },
    ]);
    const audits = await db.sql<{ action: string; actor_account_id: string }>(
      'select action, actor_account_id from audit_event where entity_id in ($1, $2) order by at',
      [subscriptionId, delivery!.id],
    );
    expect(audits).toEqual([
      { action: 'webhook.subscription.created', actor_account_id: agencyAId },
      { action: 'webhook.delivery.redelivered', actor_account_id: agencyAId },
    ]);
  });

  it('deleteWebhookSubscription stops the deliveries and hides it; the secret is never shown again', async () => {
    const created = await create(tokens.agencyA, `${receiver.url}/short-lived`, ['CARD_READY']);
    const { id } = created.body.data!.createWebhookSubscription.subscription;
    const listed = await gql<{ webhookSubscriptions: { id: string }[] }>(
      tokens.agencyA,
      `{ webhookSubscriptions { ${SUBSCRIPTION} } }`,
    );
    expect(listed.body.data!.webhookSubscriptions.map((s) => s.id)).toContain(id);
    const secretAsked = await gql(tokens.agencyA, '{ webhookSubscriptions { id secret } }');
    expect(secretAsked.status).toBe(400);
    expect(codeOf(secretAsked)).toBe('GRAPHQL_VALIDATION_FAILED');

    const del = (token: string) =>
      gql<{ deleteWebhookSubscription: boolean }>(
        token,
        'mutation($id: ID!) { deleteWebhookSubscription(id: $id) }',
        { id },
      );
    expect((await del(tokens.agencyA)).body.data!.deleteWebhookSubscription).toBe(true);
    expect((await del(tokens.agencyA)).body.data!.deleteWebhookSubscription).toBe(false);
    const after = await gql<{ webhookSubscriptions: { id: string }[] }>(
      tokens.agencyA,
      '{ webhookSubscriptions { id } }',
    );
    expect(after.body.data!.webhookSubscriptions.map((s) => s.id)).not.toContain(id);
    const [row] = await db.sql<{ active: boolean; disabled_at: Date | null }>(
      'select active, disabled_at from webhook_subscription where id = $1',
      [id],
    );
    expect(row).toMatchObject({ active: false, disabled_at: expect.any(Date) as unknown });
    expect(
      await db.sql(
        "select 1 from audit_event where action = 'webhook.subscription.deleted' and entity_id = $1",
        [id],
      ),
    ).toHaveLength(1);
  });

  it('allows at most 10 active subscriptions per account', async () => {
    await createAccount(db, { accountName: 'busy-agency', role: Role.AGENCY });
    const token = await loginToken(server, 'busy-agency');
    for (let i = 0; i < 10; i++) {
      expect(
        (await create(token, `${receiver.url}/busy/${i}`, ['CARD_READY'])).body.errors,
      ).toBeUndefined();
    }
    const refused = await create(token, `${receiver.url}/busy/10`, ['CARD_READY']);
    expect(codeOf(refused)).toBe('WEBHOOK_SUBSCRIPTION_LIMIT');
    expect(refused.body.errors![0]!.message).toMatch(/already has 10 webhook subscriptions/);
  });
});

describe('target URLs, with private targets not allowed (as in production)', () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startTestServer(db, { env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' } });
  });
  afterAll(async () => {
    await strict.close();
  });

  it('refuses loopback, private, link-local, names resolving inside, other schemes and credentials', async () => {
    const before = await db.sql('select id from webhook_subscription');
    for (const [url, problem] of [
      [`${receiver.url}/hook`, 'WEBHOOK_URL_NOT_ALLOWED'],
      [`http://localhost:${receiver.port}/hook`, 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://[::1]/hook', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://[::ffff:127.0.0.1]/hook', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://10.0.0.8/hook', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://172.20.1.1/hook', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://192.168.1.20/hook', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://169.254.169.254/latest/meta-data/', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://0.0.0.0:4000/', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['ftp://93.184.215.14/hook', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['https://user:password@93.184.215.14/hook', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://no-such-host.invalid/hook', 'WEBHOOK_URL_UNRESOLVABLE'],
      ['hook', 'INVALID_FORMAT'],
    ] as const) {
      const res = await create(tokens.employer, url, ['AMENDMENT_APPROVED'], strict);
      expect(codeOf(res), url).toBe('BAD_USER_INPUT');
      expect(res.body.errors![0]!.extensions!.fields, url).toMatchObject([
        { field: 'input.url', problem, message: expect.any(String) as unknown },
      ]);
    }
    expect(await db.sql('select id from webhook_subscription')).toEqual(before);
    // A public address needs no DNS and is accepted (nothing is sent to it: the employer files nothing).
    const ok = await create(
      tokens.employer,
      'https://93.184.215.14/goldcard',
      ['AMENDMENT_APPROVED'],
      strict,
    );
    expect(ok.body.errors).toBeUndefined();
    const zh = await strict.post(
      'mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }',
      { input: { url: 'http://127.0.0.1/x', events: ['CARD_READY'] } },
      { ...bearer(tokens.employer), 'accept-language': 'zh-TW' },
    );
    expect(zh.body.errors![0]!.extensions!.fields![0]!.message).toMatch(/Webhook/);
  });
});

describe('configuration', () => {
  it('allows private targets only outside production by default; https in production', () => {
    expect(webhookSettingsOf(loadConfig({}))).toMatchObject({
      allowPrivateTargets: true,
      requireHttps: false,
      secretKey: null,
      maxAttempts: 30,
      backoffBaseMs: 30_000,
      timeoutMs: 10_000,
    });
    const production = loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.internal:25' });
    expect(webhookSettingsOf(production)).toMatchObject({
      allowPrivateTargets: false,
      requireHttps: true,
    });
    const key = randomBytes(32).toString('base64');
    expect(
      webhookSettingsOf(
        loadConfig({
          NODE_ENV: 'production',
          SMTP_URL: 'smtp://mail.internal:25',
          WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
          WEBHOOK_SECRET_KEY: key,
        }),
      ),
    ).toMatchObject({ allowPrivateTargets: true, secretKey: key });
  });

  it('never echoes a malformed secret key', () => {
    try {
      loadConfig({ WEBHOOK_SECRET_KEY: 'hunter2-not-a-key' });
      throw new Error('expected a configuration error');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const [problem] = (error as ConfigError).problems;
      expect(problem).toMatch(/^WEBHOOK_SECRET_KEY:/);
      expect(problem).not.toContain('hunter2');
    }
  });
});
