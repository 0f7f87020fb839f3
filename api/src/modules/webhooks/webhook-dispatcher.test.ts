import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import { Role, type Actor } from '../../shared/actor.js';
import { createLogger } from '../../shared/logger.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { createAccount } from '../../test-support/accounts.js';
import type { Account } from '../accounts/account.entity.js';
import { WebhookDispatcher, type WebhookDispatcherOptions } from './webhook-dispatcher.js';
import { emitAmendmentWebhooks } from './webhook-emit.js';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook-event-type.js';
import { defaultWebhookSettings, type WebhookSettings } from './webhook-settings.js';
import { verifyWebhookSignature } from './webhook-signature.js';
import type { LookupAll } from './webhook-target.js';
import { WebhookSubscription } from './webhook.entity.js';
import { WebhookService } from './webhooks.service.js';
import { openWebhookOrm, startReceiver, type TestReceiver } from './webhooks.testing.js';

/*
 * The outbox and the dispatcher against real PostgreSQL and a real HTTP receiver, driven with
 * runOnce() and a backoff base of 0 (a retry is due at once): no timing assumptions.
 */

let db: TestDatabase;
let orm: MikroORM;
let receiver: TestReceiver;
let agencyA: Account;
let agencyB: Account;
let employer: Account;
let holder: Account;
let officer: Account;
const dispatchers: WebhookDispatcher[] = [];
const logLines: string[] = [];
const log = createLogger(
  'info',
  new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  }),
);

const ALL_EVENTS = Object.values(WebhookEventType);

function settings(overrides: Partial<WebhookSettings> = {}): WebhookSettings {
  return {
    ...defaultWebhookSettings('test'),
    backoffBaseMs: 0,
    maxAttempts: 3,
    timeoutMs: 5_000,
    ...overrides,
  };
}

function dispatcher(
  overrides: Partial<WebhookSettings> = {},
  options: Partial<Omit<WebhookDispatcherOptions, 'config'>> = {},
): WebhookDispatcher {
  const d = new WebhookDispatcher({
    orm,
    log,
    config: { webhooks: settings(overrides) },
    ...options,
  });
  dispatchers.push(d);
  return d;
}

const actorOf = (account: Account): Actor => ({
  kind: 'account',
  accountId: account.id,
  role: account.role,
  applicantId: null,
});

const service = (
  account: Account | Actor,
  overrides: Partial<WebhookSettings> = {},
  lookup?: LookupAll,
) =>
  new WebhookService(
    orm.em.fork(),
    'kind' in account ? account : actorOf(account),
    settings(overrides),
    lookup,
  );

async function subscribe(
  account: Account,
  path: string,
  events: WebhookEventType[] = ALL_EVENTS,
  overrides: Partial<WebhookSettings> = {},
): Promise<{ id: string; secret: string }> {
  const created = await service(account, overrides).create({
    url: `${receiver.url}${path}`,
    events,
  });
  return { id: created.subscription.id, secret: created.secret };
}

function amendmentOf(filer: Account, id: string = randomUUID()) {
  return {
    id,
    applicationNumber: 'GC2026-0000042',
    status: 'SUBMITTED',
    filedBy: { id: filer.id },
    applicant: { id: randomUUID() },
  };
}

/** Emits the way applyTransition does: inside a transaction that then commits. */
async function emit(
  filer: Account,
  type: WebhookEventType,
  amendmentId: string = randomUUID(),
  extra?: Record<string, unknown>,
): Promise<string> {
  return orm.em
    .fork()
    .transactional(
      (em) => emitAmendmentWebhooks(em, amendmentOf(filer, amendmentId), type, extra)!.id,
    );
}

/** Runs the dispatcher until a run finds nothing to do. */
async function drain(d: WebhookDispatcher, maxRuns = 30): Promise<void> {
  for (let run = 0; run < maxRuns; run++) {
    const c = await d.runOnce();
    if (c.delivered + c.failed + c.retried + c.deferred === 0) return;
  }
  throw new Error('the dispatcher did not settle');
}

interface DeliveryRow {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  amendment_id: string;
  payload: Record<string, unknown>;
  sequence: string;
  status: string;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
}

const deliveries = (where = 'true', params: unknown[] = []) =>
  db.sql<DeliveryRow & Record<string, unknown>>(
    `select * from webhook_delivery where ${where} order by sequence, subscription_id`,
    params,
  );

const eventIdOf = (r: { headers: Record<string, unknown> }) =>
  String(r.headers['goldcard-event-id']);

function codeOf(error: unknown): string | undefined {
  return (error as GraphQLError).extensions?.code as string | undefined;
}

async function failure(promise: Promise<unknown>): Promise<GraphQLError> {
  try {
    await promise;
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected a failure');
}

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openWebhookOrm(db);
  receiver = await startReceiver();
  agencyA = await createAccount(db, { accountName: 'agency-a', role: Role.AGENCY });
  agencyB = await createAccount(db, { accountName: 'agency-b', role: Role.AGENCY });
  employer = await createAccount(db, { accountName: 'employer', role: Role.EMPLOYER });
  holder = await createAccount(db, { accountName: 'holder' });
  officer = await createAccount(db, { accountName: 'officer', role: Role.OFFICER });
});
beforeEach(async () => {
  await db.sql('delete from webhook_delivery');
  await db.sql('delete from webhook_event');
  await db.sql('delete from webhook_subscription');
  receiver.reset();
});
afterEach(async () => {
  await Promise.all(dispatchers.splice(0).map((d) => d.stop()));
});
afterAll(async () => {
  await receiver.close();
  await orm.close(true);
  await db.drop();
});

describe('emitting events (the transactional outbox)', () => {
  it('writes nothing until the caller flushes, and nothing at all when it rolls back', async () => {
    await subscribe(agencyA, '/a');
    const em = orm.em.fork();
    emitAmendmentWebhooks(em, amendmentOf(agencyA), WebhookEventType.AMENDMENT_SUBMITTED);
    expect(await db.sql('select 1 from webhook_event')).toHaveLength(0);
    await em.flush();
    expect(await deliveries()).toHaveLength(1);

    await expect(
      orm.em.fork().transactional(async (tx) => {
        emitAmendmentWebhooks(tx, amendmentOf(agencyA), WebhookEventType.AMENDMENT_APPROVED);
        await tx.flush();
        expect(
          await tx
            .getConnection()
            .execute('select 1 from webhook_delivery', [], 'all', tx.getTransactionContext()),
        ).toHaveLength(2);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await deliveries()).toHaveLength(1);
  });

  it('keeps no event nobody subscribed to, and adds none for holders’ own filings', async () => {
    await emit(agencyB, WebhookEventType.AMENDMENT_SUBMITTED);
    expect(await db.sql('select 1 from webhook_event')).toHaveLength(0);
    const em = orm.em.fork();
    const byHolder = { ...amendmentOf(holder), filedByRole: Role.APPLICANT };
    expect(emitAmendmentWebhooks(em, byHolder, WebhookEventType.AMENDMENT_APPROVED)).toBeNull();
    expect(em.getUnitOfWork().getPersistStack().size).toBe(0);
    const byAgency = { ...amendmentOf(agencyA), filedByRole: Role.AGENCY };
    expect(emitAmendmentWebhooks(em, byAgency, WebhookEventType.AMENDMENT_APPROVED)).not.toBeNull();
  });

  it('reaches only the filer’s active subscriptions that asked for the event', async () => {
    const all = await subscribe(agencyA, '/a-all');
    const approvals = await subscribe(agencyA, '/a-approved', [
      WebhookEventType.AMENDMENT_APPROVED,
    ]);
    const deleted = await subscribe(agencyA, '/a-deleted');
    await service(agencyA).delete({ id: deleted.id });
    await subscribe(agencyB, '/b-all');
    await subscribe(employer, '/employer-all');

    const amendmentId = randomUUID();
    const submitted = await emit(agencyA, WebhookEventType.AMENDMENT_SUBMITTED, amendmentId);
    const approved = await emit(agencyA, WebhookEventType.AMENDMENT_APPROVED, amendmentId);
    const rows = await deliveries();
    expect(rows.map((r) => `${r.event_id} ${r.subscription_id}`).sort()).toEqual(
      [`${submitted} ${all.id}`, `${approved} ${all.id}`, `${approved} ${approvals.id}`].sort(),
    );
    // One event: one sequence number for every subscription; a later event, a larger one.
    const sequenceOf = (eventId: string) => [
      ...new Set(rows.filter((r) => r.event_id === eventId).map((r) => BigInt(r.sequence))),
    ];
    expect(sequenceOf(approved)).toHaveLength(1);
    expect(sequenceOf(approved)[0]).toBeGreaterThan(sequenceOf(submitted)[0]!);
    // Other accounts' subscriptions hear nothing of agency A's filings.
    expect(
      await deliveries('subscription_id not in ($1, $2)', [all.id, approvals.id]),
    ).toHaveLength(0);
  });

  it('carries ids, the application number and the status: nothing personal', async () => {
    await subscribe(agencyA, '/a');
    const amendmentId = randomUUID();
    const eventId = await emit(agencyA, WebhookEventType.FEE_PAID, amendmentId, {
      amount: 500,
      currency: 'TWD',
    });
    const [row] = await deliveries();
    expect(row!.payload).toEqual({
      id: eventId,
      type: 'FEE_PAID',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as unknown,
      amendment: { id: amendmentId, applicationNumber: 'GC2026-0000042', status: 'SUBMITTED' },
      data: { amount: 500, currency: 'TWD' },
    });
    expect(row).toMatchObject({
      event_type: 'FEE_PAID',
      amendment_id: amendmentId,
      status: 'PENDING',
      attempts: 0,
    });
  });
});

describe('delivering', () => {
  it('signs every request: verifiable with verifyWebhookSignature and with plain crypto', async () => {
    const { secret } = await subscribe(agencyA, '/signed');
    const eventId = await emit(agencyA, WebhookEventType.AMENDMENT_APPROVED);
    expect(await dispatcher().runOnce()).toEqual({
      delivered: 1,
      failed: 0,
      retried: 0,
      deferred: 0,
    });

    const [request] = receiver.received;
    expect(request!.path).toBe('/signed');
    expect(request!.headers).toMatchObject({
      'content-type': 'application/json',
      'goldcard-event-id': eventId,
      'goldcard-event-type': 'AMENDMENT_APPROVED',
    });
    const timestamp = String(request!.headers['goldcard-timestamp']);
    expect(timestamp).toMatch(/^\d{10}$/);
    expect(verifyWebhookSignature(secret, request!.headers, request!.body)).toBe(true);
    const independent = createHmac('sha256', secret)
      .update(`${timestamp}.${request!.body}`)
      .digest('hex');
    expect(request!.headers['goldcard-signature']).toBe(`v1=${independent}`);
    expect(
      verifyWebhookSignature(
        randomBytes(32).toString('base64url'),
        request!.headers,
        request!.body,
      ),
    ).toBe(false);
    expect(JSON.parse(request!.body)).toMatchObject({ id: eventId, type: 'AMENDMENT_APPROVED' });

    const [row] = await deliveries();
    expect(row).toMatchObject({
      status: 'DELIVERED',
      attempts: 1,
      last_status_code: 200,
      last_error: null,
    });
    expect(row!.delivered_at).toBeInstanceOf(Date);
  });

  it('a receiver failing for a while still gets every event once (by event id), in order per amendment', async () => {
    await subscribe(agencyA, '/flaky');
    const x = randomUUID();
    const y = randomUUID();
    const emitted = {
      [x]: [] as string[],
      [y]: [] as string[],
    };
    for (const [amendment, type] of [
      [x, WebhookEventType.AMENDMENT_SUBMITTED],
      [y, WebhookEventType.AMENDMENT_SUBMITTED],
      [x, WebhookEventType.DOCUMENTS_REQUESTED],
      [x, WebhookEventType.AMENDMENT_APPROVED],
      [y, WebhookEventType.AMENDMENT_REJECTED],
    ] as const) {
      emitted[amendment]!.push(await emit(agencyA, type, amendment));
    }
    // 500 for the first three requests, whatever they are; then 200.
    receiver.respond = (_request, index) => (index < 3 ? 500 : 200);
    await drain(dispatcher({ maxAttempts: 5 }));

    const accepted = receiver.accepted().map(eventIdOf);
    expect(accepted).toHaveLength(5);
    expect(new Set(accepted).size).toBe(5);
    expect(receiver.received.length).toBe(8);
    for (const amendment of [x, y]) {
      const mine = emitted[amendment]!;
      // Every request (retries included) of this amendment, in the order the receiver saw them:
      // never a later event before an earlier one was accepted.
      const seen = receiver.received.map(eventIdOf).filter((id) => mine.includes(id));
      expect(seen.map((id) => mine.indexOf(id))).toEqual(
        [...seen.map((id) => mine.indexOf(id))].sort(),
      );
      expect(accepted.filter((id) => mine.includes(id))).toEqual(mine);
    }
    // A retry is the same event: same id, same body.
    for (const id of accepted) {
      const bodies = new Set(
        receiver.received.filter((r) => eventIdOf(r) === id).map((r) => r.body),
      );
      expect(bodies.size).toBe(1);
    }
    const rows = await deliveries();
    expect(rows.every((r) => r.status === 'DELIVERED')).toBe(true);
    expect(rows.reduce((n, r) => n + r.attempts, 0)).toBe(8);
  });

  it('gives up after the last attempt (FAILED); then the amendment’s next event goes out', async () => {
    await subscribe(agencyA, '/down');
    const amendment = randomUUID();
    const first = await emit(agencyA, WebhookEventType.DOCUMENTS_REQUESTED, amendment);
    const second = await emit(agencyA, WebhookEventType.AMENDMENT_APPROVED, amendment);
    receiver.respond = () => 503;
    const d = dispatcher({ maxAttempts: 3 });
    for (let i = 0; i < 3; i++) await d.runOnce();
    const [failed, waiting] = await deliveries();
    expect(failed).toMatchObject({
      event_id: first,
      status: 'FAILED',
      attempts: 3,
      last_status_code: 503,
      last_error: 'HTTP 503',
    });
    expect(waiting).toMatchObject({ event_id: second, status: 'PENDING', attempts: 0 });
    expect(receiver.received.map(eventIdOf)).toEqual([first, first, first]);

    receiver.respond = () => 204;
    await drain(d);
    expect(receiver.accepted().map(eventIdOf)).toEqual([second]);
  });

  it('redelivers a failed or delivered delivery with the same event id', async () => {
    const { secret } = await subscribe(agencyA, '/again');
    const eventId = await emit(agencyA, WebhookEventType.CARD_READY);
    receiver.respond = () => 500;
    const d = dispatcher({ maxAttempts: 1 });
    await d.runOnce();
    const [failed] = await deliveries();
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });

    receiver.respond = () => 200;
    const reset = await service(agencyA).redeliver({ id: failed!.id });
    expect(reset).toMatchObject({ status: WebhookDeliveryStatus.PENDING, attempts: 0 });
    await drain(d);
    expect(await deliveries()).toMatchObject([
      { status: 'DELIVERED', event_id: eventId, attempts: 1 },
    ]);
    // And a delivered one can be sent again too.
    await service(agencyA).redeliver({ id: failed!.id });
    await drain(d);
    const accepted = receiver.accepted();
    expect(accepted.map(eventIdOf)).toEqual([eventId, eventId]);
    expect(accepted.every((r) => verifyWebhookSignature(secret, r.headers, r.body))).toBe(true);
    const audits = await db.sql(
      "select 1 from audit_event where action = 'webhook.delivery.redelivered' and entity_id = $1",
      [failed!.id],
    );
    expect(audits).toHaveLength(2);
  });

  it('deleting a subscription fails its pending deliveries: nothing more is sent', async () => {
    const { id } = await subscribe(agencyA, '/gone');
    await emit(agencyA, WebhookEventType.AMENDMENT_SUBMITTED);
    expect(await service(agencyA).delete({ id })).toBe(true);
    expect(await service(agencyA).delete({ id })).toBe(false);
    await drain(dispatcher());
    expect(receiver.received).toHaveLength(0);
    expect(await deliveries()).toMatchObject([
      { status: 'FAILED', last_error: 'subscription deleted' },
    ]);
    await emit(agencyA, WebhookEventType.AMENDMENT_APPROVED);
    expect(await deliveries()).toHaveLength(1);
    expect(
      await failure(service(agencyA).redeliver({ id: (await deliveries())[0]!.id })),
    ).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('refuses at delivery time a name that now resolves to a private address (DNS rebinding)', async () => {
    // Accepted when it pointed outside; the name has since been moved to 127.0.0.1.
    const em = orm.em.fork();
    const subscription = Object.assign(new WebhookSubscription(), {
      account: em.getReference('Account', agencyA.id) as Account,
      url: `http://rebind.example:${receiver.port}/rebind`,
      secret: randomBytes(32).toString('base64url'),
      events: ALL_EVENTS,
    });
    await em.persistAndFlush(subscription);
    await emit(agencyA, WebhookEventType.AMENDMENT_APPROVED);
    const lookup: LookupAll = () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    const counts = await dispatcher({ allowPrivateTargets: false }, { lookup }).runOnce();
    expect(counts.retried).toBe(1);
    expect(receiver.received).toHaveLength(0);
    expect(await deliveries()).toMatchObject([
      { status: 'PENDING', last_status_code: null, last_error: 'target refused: PRIVATE_ADDRESS' },
    ]);
  });

  it('connects only to the addresses it checked, whatever a second DNS answer would say', async () => {
    const em = orm.em.fork();
    const secret = randomBytes(32).toString('base64url');
    await em.persistAndFlush(
      Object.assign(new WebhookSubscription(), {
        account: em.getReference('Account', agencyA.id) as Account,
        url: `http://hooks.goldcard-receiver.invalid:${receiver.port}/pinned`,
        secret,
        events: ALL_EVENTS,
      }),
    );
    await emit(agencyA, WebhookEventType.AMENDMENT_SUBMITTED);
    // `.invalid` never resolves in the system DNS: the request can only go where lookup said.
    const lookup: LookupAll = () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    expect((await dispatcher({}, { lookup }).runOnce()).delivered).toBe(1);
    expect(receiver.received[0]).toMatchObject({
      path: '/pinned',
      headers: { host: `hooks.goldcard-receiver.invalid:${receiver.port}` },
    });
    expect(
      verifyWebhookSignature(secret, receiver.received[0]!.headers, receiver.received[0]!.body),
    ).toBe(true);
  });

  it('gives a receiver that never answers up to the timeout, then retries', async () => {
    await subscribe(agencyA, '/hang');
    await emit(agencyA, WebhookEventType.AMENDMENT_SUBMITTED);
    receiver.respond = () => null;
    expect((await dispatcher({ timeoutMs: 300 }).runOnce()).retried).toBe(1);
    expect(await deliveries()).toMatchObject([
      { status: 'PENDING', attempts: 1, last_error: 'timed out' },
    ]);
  });

  it('with replicas at once, sends each delivery once and keeps each amendment’s order', async () => {
    await subscribe(agencyA, '/replicas');
    const order = new Map<string, string[]>();
    for (let i = 0; i < 6; i++) {
      const amendment = randomUUID();
      order.set(amendment, [
        await emit(agencyA, WebhookEventType.AMENDMENT_SUBMITTED, amendment),
        await emit(agencyA, WebhookEventType.AMENDMENT_APPROVED, amendment),
        await emit(agencyA, WebhookEventType.CARD_READY, amendment),
      ]);
    }
    const one = dispatcher({}, { batchSize: 4 });
    const two = dispatcher({}, { batchSize: 4 });
    for (let round = 0; round < 20; round++) {
      const [a, b] = await Promise.all([one.runOnce(), two.runOnce()]);
      if (a.delivered + b.delivered === 0) break;
    }
    const seen = receiver.received.map(eventIdOf);
    expect(seen).toHaveLength(18);
    expect(new Set(seen).size).toBe(18);
    for (const events of order.values()) {
      expect(seen.filter((id) => events.includes(id))).toEqual(events);
    }
  });

  it('signs with the secret shown even when it is stored encrypted', async () => {
    const secretKey = randomBytes(32).toString('base64url');
    const { id, secret } = await subscribe(agencyA, '/sealed', ALL_EVENTS, { secretKey });
    const [stored] = await db.sql<{ secret: string }>(
      'select secret from webhook_subscription where id = $1',
      [id],
    );
    expect(stored!.secret).toMatch(/^enc1\./);
    expect(stored!.secret).not.toContain(secret);
    await emit(agencyA, WebhookEventType.AMENDMENT_SUBMITTED);

    // A replica without the key cannot sign: it retries rather than send unsigned.
    expect((await dispatcher().runOnce()).retried).toBe(1);
    expect(receiver.received).toHaveLength(0);
    expect((await deliveries())[0]!.last_error).toMatch(/^cannot sign/);

    await drain(dispatcher({ secretKey }));
    const [request] = receiver.accepted();
    expect(verifyWebhookSignature(secret, request!.headers, request!.body)).toBe(true);
  });

  it('logs neither secrets nor target URLs', async () => {
    const { secret } = await subscribe(
      agencyA,
      '/private-token-in-path?token=s3cret-receiver-token',
    );
    await emit(agencyA, WebhookEventType.AMENDMENT_SUBMITTED);
    receiver.respond = () => 500;
    await dispatcher({ maxAttempts: 2 }).runOnce();
    await dispatcher({ maxAttempts: 2 }).runOnce();
    const logs = logLines.join('\n');
    expect(logs).toContain('webhook could not be delivered');
    expect(logs).not.toContain(secret);
    expect(logs).not.toContain('s3cret-receiver-token');
    expect(logs).not.toContain('private-token-in-path');
  });
});

describe('subscriptions', () => {
  it('refuses private, loopback and non-http(s) targets when private targets are not allowed', async () => {
    const dns: LookupAll = (host) =>
      host === 'intranet.example'
        ? Promise.resolve([{ address: '10.20.30.40', family: 4 }])
        : Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));
    const strict = (url: string) =>
      failure(
        service(agencyA, { allowPrivateTargets: false }, dns).create({ url, events: ALL_EVENTS }),
      );
    for (const [url, problem] of [
      [`${receiver.url}/loopback`, 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://[::1]:8080/', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://192.168.0.10/', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://169.254.169.254/latest/meta-data/', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://intranet.example/hook', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['ftp://93.184.215.14/hook', 'WEBHOOK_URL_NOT_ALLOWED'],
      ['http://nowhere.example/hook', 'WEBHOOK_URL_UNRESOLVABLE'],
      ['hooks', 'INVALID_FORMAT'],
    ] as const) {
      const error = await strict(url);
      expect(codeOf(error), url).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields, url).toMatchObject([{ field: 'input.url', problem }]);
    }
    const production = await failure(
      service(agencyA, { allowPrivateTargets: false, requireHttps: true }).create({
        url: 'http://93.184.215.14/hook',
        events: ALL_EVENTS,
      }),
    );
    expect(production.extensions.fields).toMatchObject([
      {
        field: 'input.url',
        problem: 'WEBHOOK_URL_NOT_ALLOWED',
        params: { reason: 'HTTPS_REQUIRED' },
      },
    ]);
    expect(await db.sql('select 1 from webhook_subscription')).toHaveLength(0);
    const ok = await service(agencyA, { allowPrivateTargets: false, requireHttps: true }).create({
      url: 'https://93.184.215.14/hook',
      events: [WebhookEventType.CARD_READY, WebhookEventType.CARD_READY],
    });
    expect(ok.subscription.events).toEqual([WebhookEventType.CARD_READY]);
  });

  it('belong to one employer or agency: nobody else sees or changes them', async () => {
    const mine = await subscribe(agencyA, '/mine');
    await emit(agencyA, WebhookEventType.AMENDMENT_SUBMITTED);
    const [delivery] = await deliveries();
    const before = await db.sql('select * from webhook_subscription order by id');
    const deliveriesBefore = await deliveries();

    for (const account of [holder, officer]) {
      for (const call of [
        service(account).create({ url: `${receiver.url}/x`, events: ALL_EVENTS }),
        service(account).list(),
        service(account).delete({ id: mine.id }),
        service(account).deliveries({ page: 1, perPage: 10 }),
        service(account).redeliver({ id: delivery!.id }),
      ]) {
        expect(codeOf(await failure(call))).toBe('FORBIDDEN');
      }
    }
    const anonymous: Actor = { kind: 'anonymous' };
    expect(codeOf(await failure(service(anonymous).list()))).toBe('UNAUTHENTICATED');
    for (const other of [agencyB, employer]) {
      expect(codeOf(await failure(service(other).delete({ id: mine.id })))).toBe('FORBIDDEN');
      expect(codeOf(await failure(service(other).redeliver({ id: delivery!.id })))).toBe(
        'FORBIDDEN',
      );
      expect(
        codeOf(
          await failure(
            service(other).deliveries({ subscriptionId: mine.id, page: 1, perPage: 10 }),
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(await service(other).list()).toEqual([]);
      expect((await service(other).deliveries({ page: 1, perPage: 10 })).total).toBe(0);
    }
    expect(codeOf(await failure(service(agencyA).delete({ id: randomUUID() })))).toBe('NOT_FOUND');
    expect(await db.sql('select * from webhook_subscription order by id')).toEqual(before);
    expect(await deliveries()).toEqual(deliveriesBefore);
    expect((await service(agencyA).deliveries({ page: 1, perPage: 10 })).total).toBe(1);
    expect(await db.sql('select action from audit_event where entity_id = $1', [mine.id])).toEqual([
      { action: 'webhook.subscription.created' },
    ]);
  });
});
