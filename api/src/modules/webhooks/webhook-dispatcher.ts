import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../shared/logger.js';
import { PollingLoop } from '../../shared/polling-loop.js';
import { WebhookDeliveryStatus } from './webhook-event-type.js';
import { openWebhookSecret, WebhookSecretKeyError } from './webhook-secret.js';
import { webhookBackoffMs, type WebhookSettings } from './webhook-settings.js';
import { signWebhook, WEBHOOK_HEADERS } from './webhook-signature.js';
import {
  type LookupAll,
  postWebhook,
  type ResolvedAddress,
  resolveWebhookTarget,
  systemLookup,
  WebhookTargetError,
} from './webhook-target.js';

/**
 * A `fetch`-shaped function (the global `fetch` fits). When given, the dispatcher still checks
 * the target's addresses first, but the connection is then `fetchImpl`'s own: only the built-in
 * transport pins the connection to the checked addresses.
 */
export type WebhookFetch = (
  url: string,
  init: {
    method: 'POST';
    headers: Record<string, string>;
    body: string;
    signal: AbortSignal;
    redirect: 'manual';
  },
) => Promise<{ status: number }>;

export interface WebhookDispatcherOptions {
  orm: MikroORM;
  config: { webhooks: WebhookSettings };
  log: Logger;
  /** Replaces the built-in node:http transport (tests, proxies). */
  fetchImpl?: WebhookFetch;
  /** Host name resolution (dns.lookup with `all` by default). */
  lookup?: LookupAll;
  /** Override `config.webhooks.backoffBaseMs` (tests use 0: retries are due at once). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Deliveries claimed per run. */
  batchSize?: number;
  /** Subscriptions served at once within a run (each one's deliveries go one after another). */
  concurrency?: number;
  /**
   * How long a claimed delivery stays reserved for this dispatcher; if the process dies, another
   * replica takes it over after this. Must exceed the time a batch takes.
   */
  leaseMs?: number;
  /** How soon after `kick()` a run starts. */
  kickDelayMs?: number;
}

/** What one run did: delivered, given up on, to be retried, put back untried. */
export interface WebhookDispatchCounts {
  delivered: number;
  failed: number;
  retried: number;
  deferred: number;
}

interface ClaimedDelivery {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  amendment_id: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret: string;
}

interface Outcome {
  statusCode: number | null;
  error: string | null;
  /** The receiver (not this one delivery) is unusable now: the rest of its batch waits too. */
  receiverDown: boolean;
}

/** A few words on a failure, safe to store and log: no URL, no secret, no receiver body. */
export function describeWebhookError(error: unknown): string {
  if (error instanceof WebhookTargetError) return `target refused: ${error.reason}`;
  if (error instanceof WebhookSecretKeyError) return `cannot sign: ${error.message}`;
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: string;
    code?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timed out';
  const code = e.code ?? e.cause?.code;
  const message = String(e.cause?.message ?? e.message ?? error)
    .replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, '<url>')
    .replace(/\s+/g, ' ')
    .trim();
  const text = code && !message.includes(code) ? `${code}: ${message}` : message;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/**
 * Delivers webhook deliveries. Safe in every API replica at once, like `MailDispatcher`: a run
 * claims due deliveries with `FOR UPDATE SKIP LOCKED` and reserves them (a lease on
 * `next_attempt_at`, the attempt counted) in one statement, POSTs them outside any transaction,
 * then records the outcome only if the reservation is still its own.
 *
 * Order: only the oldest pending delivery of each (subscription, amendment) can be claimed, so a
 * later event of an amendment waits until the earlier one is delivered or FAILED. A receiver may
 * still see an event twice (a crash between its 2xx and the record, or a redelivery): it
 * deduplicates on `Goldcard-Event-Id`.
 */
export class WebhookDispatcher {
  private readonly orm: MikroORM;
  private readonly settings: WebhookSettings;
  private readonly log: Logger;
  private readonly fetchImpl: WebhookFetch | undefined;
  private readonly lookup: LookupAll;
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly leaseMs: number;

  private readonly loop: PollingLoop<WebhookDispatchCounts>;

  constructor(options: WebhookDispatcherOptions) {
    this.orm = options.orm;
    this.settings = options.config.webhooks;
    this.log = options.log.child({ component: 'webhook-dispatcher' });
    this.fetchImpl = options.fetchImpl;
    this.lookup = options.lookup ?? systemLookup;
    this.backoffBaseMs = options.backoffBaseMs ?? this.settings.backoffBaseMs;
    this.backoffMaxMs = options.backoffMaxMs ?? this.settings.backoffMaxMs;
    this.batchSize = options.batchSize ?? 20;
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.leaseMs = options.leaseMs ?? Math.max(5 * 60_000, this.settings.timeoutMs * 40);
    this.loop = new PollingLoop({
      name: 'webhook dispatcher',
      log: this.log,
      pollIntervalMs: this.settings.pollIntervalMs,
      kickDelayMs: options.kickDelayMs ?? 100,
      run: () => this.dispatchBatch(),
      wasFull: (c) => c.delivered + c.failed + c.retried + c.deferred >= this.batchSize,
    });
  }

  /** Polls every poll interval, starting now. */
  start(): void {
    this.loop.start();
  }

  /** Asks for a run soon, e.g. right after a transaction that queued work has committed. */
  kick(): void {
    this.loop.kick();
  }

  /** Stops polling and waits for a run in flight to finish. */
  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** Claims up to one batch of due work and tries each item (after any run in flight). */
  runOnce(): Promise<WebhookDispatchCounts> {
    return this.loop.runOnce();
  }

  private async dispatchBatch(): Promise<WebhookDispatchCounts> {
    const counts: WebhookDispatchCounts = { delivered: 0, failed: 0, retried: 0, deferred: 0 };
    const claimed = await this.claim();
    const bySubscription = new Map<string, ClaimedDelivery[]>();
    for (const delivery of claimed) {
      const list = bySubscription.get(delivery.subscription_id) ?? [];
      list.push(delivery);
      bySubscription.set(delivery.subscription_id, list);
    }
    const groups = [...bySubscription.values()];
    const worker = async () => {
      for (let group = groups.shift(); group; group = groups.shift()) {
        await this.dispatchGroup(group, counts);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, groups.length) }, worker));
    return counts;
  }

  /** One subscription's claimed deliveries (different amendments), one after another. */
  private async dispatchGroup(group: ClaimedDelivery[], counts: WebhookDispatchCounts) {
    for (let i = 0; i < group.length; i++) {
      const delivery = group[i]!;
      const outcome = await this.attempt(delivery);
      if (outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300) {
        await this.markDelivered(delivery, outcome.statusCode);
        counts.delivered++;
        continue;
      }
      const delayMs = await this.recordFailure(delivery, outcome, counts);
      if (outcome.receiverDown && delayMs !== null) {
        // Do not spend the other deliveries' attempts on a receiver that is down.
        const rest = group.slice(i + 1);
        await this.putBack(rest, delayMs);
        counts.deferred += rest.length;
        return;
      }
    }
  }

  private async attempt(delivery: ClaimedDelivery): Promise<Outcome> {
    try {
      const secret = openWebhookSecret(
        delivery.secret,
        delivery.subscription_id,
        this.settings.secretKey,
      );
      const url = new URL(delivery.url);
      // Checked again at every attempt: the name may resolve elsewhere now (DNS rebinding).
      const addresses = await resolveWebhookTarget(url, this.settings, this.lookup);
      const body = JSON.stringify(delivery.payload);
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = {
        'Content-Type': 'application/json',
        'User-Agent': 'goldcard-webhooks/1',
        [WEBHOOK_HEADERS.eventId]: delivery.event_id,
        [WEBHOOK_HEADERS.eventType]: delivery.event_type,
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: signWebhook(secret, timestamp, body),
      };
      const { status } = await this.send(url, headers, body, addresses);
      const ok = status >= 200 && status < 300;
      return {
        statusCode: status,
        error: ok ? null : `HTTP ${status}`,
        receiverDown: status >= 500 || status === 429,
      };
    } catch (error) {
      // Unreachable, refused target or unusable secret: the same for the subscription's others.
      return { statusCode: null, error: describeWebhookError(error), receiverDown: true };
    }
  }

  private send(
    url: URL,
    headers: Record<string, string>,
    body: string,
    addresses: readonly ResolvedAddress[],
  ): Promise<{ status: number }> {
    const timeoutMs = this.settings.timeoutMs;
    if (this.fetchImpl) {
      return this.fetchImpl(url.href, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'manual',
      });
    }
    return postWebhook({ url, headers, body, timeoutMs, addresses });
  }

  /** Schedules a retry (returns its delay) or gives up (returns null). */
  private async recordFailure(
    delivery: ClaimedDelivery,
    outcome: Outcome,
    counts: WebhookDispatchCounts,
  ): Promise<number | null> {
    const context = {
      deliveryId: delivery.id,
      subscriptionId: delivery.subscription_id,
      eventType: delivery.event_type,
      attempts: delivery.attempts,
      statusCode: outcome.statusCode,
      reason: outcome.error,
    };
    if (delivery.attempts >= this.settings.maxAttempts) {
      await this.update(
        delivery,
        `"status" = ?, "last_status_code" = ?, "last_error" = ?, "last_attempt_at" = now()`,
        [WebhookDeliveryStatus.FAILED, outcome.statusCode, outcome.error],
      );
      counts.failed++;
      this.log.error(context, 'webhook could not be delivered; giving up');
      return null;
    }
    const retryInMs = webhookBackoffMs(delivery.attempts, this.backoffBaseMs, this.backoffMaxMs);
    await this.update(
      delivery,
      `"last_status_code" = ?, "last_error" = ?, "last_attempt_at" = now(),
       "next_attempt_at" = now() + ?::double precision * interval '1 millisecond'`,
      [outcome.statusCode, outcome.error, retryInMs],
    );
    counts.retried++;
    this.log.warn({ ...context, retryInMs }, 'webhook delivery failed; will retry');
    return retryInMs;
  }

  private markDelivered(delivery: ClaimedDelivery, statusCode: number): Promise<void> {
    return this.update(
      delivery,
      `"status" = ?, "last_status_code" = ?, "last_error" = null, "last_attempt_at" = now(),
       "delivered_at" = now()`,
      [WebhookDeliveryStatus.DELIVERED, statusCode],
    );
  }

  /**
   * Reserves due deliveries for this dispatcher, counting the attempt, in one statement: only
   * the oldest pending delivery of each (subscription, amendment), only for active subscriptions.
   */
  private async claim(): Promise<ClaimedDelivery[]> {
    const connection = this.orm.em.fork().getConnection();
    return connection.execute<ClaimedDelivery[]>(
      `update "webhook_delivery" as d
          set "attempts" = d."attempts" + 1,
              "next_attempt_at" = now() + ?::double precision * interval '1 millisecond'
         from "webhook_subscription" as s
        where s."id" = d."subscription_id"
          and d."id" in (
            select c."id"
              from "webhook_delivery" as c
              join "webhook_subscription" as cs on cs."id" = c."subscription_id" and cs."active"
             where c."status" = ? and c."next_attempt_at" <= now()
               and not exists (
                 select 1 from "webhook_delivery" as p
                  where p."subscription_id" = c."subscription_id"
                    and p."amendment_id" = c."amendment_id"
                    and p."status" = ?
                    and p."sequence" < c."sequence")
             order by c."next_attempt_at", c."sequence"
             limit ?
             for update of c skip locked)
        returning d."id", d."subscription_id", d."event_id", d."event_type", d."amendment_id",
                  d."payload", d."attempts", s."url", s."secret"`,
      [this.leaseMs, WebhookDeliveryStatus.PENDING, WebhookDeliveryStatus.PENDING, this.batchSize],
      'all',
    );
  }

  /** Records an outcome only while the reservation is still this dispatcher's. */
  private async update(delivery: ClaimedDelivery, set: string, params: unknown[]): Promise<void> {
    const connection = this.orm.em.fork().getConnection();
    const result = await connection.execute<{ affectedRows: number }>(
      `update "webhook_delivery" set ${set} where "id" = ? and "attempts" = ? and "status" = ?`,
      [...params, delivery.id, delivery.attempts, WebhookDeliveryStatus.PENDING],
      'run',
    );
    if (result.affectedRows === 0) {
      this.log.warn(
        { deliveryId: delivery.id, attempts: delivery.attempts },
        'webhook delivery was taken over (or reset) before its outcome was recorded',
      );
    }
  }

  /** Returns claimed deliveries that were not tried, without counting an attempt. */
  private async putBack(deliveries: ClaimedDelivery[], delayMs: number): Promise<void> {
    if (deliveries.length === 0) return;
    const connection = this.orm.em.fork().getConnection();
    await connection.execute(
      `update "webhook_delivery"
          set "attempts" = "attempts" - 1,
              "next_attempt_at" = now() + ?::double precision * interval '1 millisecond'
        where "status" = ?
          and ("id", "attempts") in (${deliveries.map(() => '(?::uuid, ?::int)').join(', ')})`,
      [delayMs, WebhookDeliveryStatus.PENDING, ...deliveries.flatMap((d) => [d.id, d.attempts])],
      'run',
    );
  }
}
