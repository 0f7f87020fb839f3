import type { RequestHandler, Request } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { PROTOCOL_CODES } from '../../graphql/format-error.js';
import { isErrorCode } from '../../shared/errors.js';
import { passwordPoolLoad } from '../../shared/password-pool.js';
import type { Logger } from '../../shared/logger.js';
import { OutboxStatus } from '../notifications/outbox-mail.entity.js';
import { WebhookDeliveryStatus } from '../webhooks/webhook-event-type.js';

/**
 * The service's numbers in the Prometheus text format (docs/operations.md, "Metrics").
 *
 * On the request path everything is in memory (a few map updates per request, no SQL). What
 * needs the database (outbox depths and ages) or another component (pool, hashing queue) is read
 * when Prometheus scrapes, at most once per scrape. Every label has a bounded set of values, so
 * no caller can make the series grow without end.
 */

/** Distinct GraphQL operation names counted one by one; later new names count as `other`. */
export const MAX_OPERATION_NAMES = 200;

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** The few parts of a tarn pool (knex's) read here. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}

interface QueueRow {
  mail_pending: number;
  mail_age: number;
  webhook_pending: number;
  webhook_age: number;
}

/** The Express route pattern that answered (`/documents/:id/file`), never the raw URL. */
function routeOf(req: Request): string {
  const path: unknown = (req.route as { path?: unknown } | undefined)?.path;
  const route =
    typeof path === 'string' ? `${req.baseUrl}${path}` : req.baseUrl ? req.baseUrl : 'other';
  return route.length > 100 ? 'other' : route;
}

export class AppMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  private readonly httpDuration: Histogram<'method' | 'route'>;
  private readonly graphqlOperations: Counter<'operation' | 'type'>;
  private readonly graphqlDuration: Histogram<'operation'>;
  private readonly graphqlErrors: Counter<'code'>;
  private readonly uploadBytes: Counter<'document_type'>;
  private readonly queueGauges: Record<keyof QueueRow, Gauge>;

  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.httpRequests = new Counter({
      name: 'goldcard_http_requests_total',
      help: 'HTTP requests answered, by method, Express route pattern and status code.',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'goldcard_http_request_duration_seconds',
      help: 'Time from receiving a request to the end of its response, by method and route.',
      labelNames: ['method', 'route'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.graphqlOperations = new Counter({
      name: 'goldcard_graphql_operations_total',
      help: `GraphQL requests by operation name (anonymous; invalid: not parsed or validated; other: beyond ${MAX_OPERATION_NAMES} names).`,
      labelNames: ['operation', 'type'],
      registers,
    });
    this.graphqlDuration = new Histogram({
      name: 'goldcard_graphql_operation_duration_seconds',
      help: 'Time to answer a GraphQL request, by operation name.',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.graphqlErrors = new Counter({
      name: 'goldcard_graphql_errors_total',
      help: 'Errors in GraphQL responses, by extensions.code.',
      labelNames: ['code'],
      registers,
    });
    this.uploadBytes = new Counter({
      name: 'goldcard_upload_bytes_total',
      help: 'Bytes of uploaded documents stored and recorded, by document type.',
      labelNames: ['document_type'],
      registers,
    });
    const pool = () => this.pool();
    const gauge = (name: string, help: string, read?: () => number) =>
      new Gauge({
        name,
        help,
        registers,
        ...(read
          ? {
              collect(this: Gauge) {
                this.set(read());
              },
            }
          : {}),
      });
    gauge(
      'goldcard_db_pool_connections_in_use',
      'Database connections lent to work now.',
      () => pool()?.numUsed() ?? 0,
    );
    gauge(
      'goldcard_db_pool_waiting',
      'Requests waiting for a database connection.',
      () => pool()?.numPendingAcquires() ?? 0,
    );
    gauge('goldcard_db_pool_size', 'Database connections open or being opened.', () => {
      const p = pool();
      return p ? p.numUsed() + p.numFree() + p.numPendingCreates() : 0;
    });
    gauge('goldcard_db_pool_max', 'Most database connections the pool opens (DB_POOL_MAX).', () =>
      Number(pool()?.max ?? 0),
    );
    gauge(
      'goldcard_password_hash_queue_length',
      'Password hashings waiting for a worker thread (refused beyond PASSWORD_HASH_QUEUE_LIMIT).',
      () => passwordPoolLoad().queued,
    );
    gauge(
      'goldcard_password_hash_workers_busy',
      'Worker threads hashing a password now.',
      () => passwordPoolLoad().busy,
    );
    this.queueGauges = {
      mail_pending: gauge(
        'goldcard_mail_outbox_pending',
        'Mails waiting to be sent (status PENDING).',
      ),
      mail_age: gauge(
        'goldcard_mail_outbox_oldest_pending_age_seconds',
        'Age of the oldest mail waiting to be sent; 0 when none waits.',
      ),
      webhook_pending: gauge(
        'goldcard_webhook_outbox_pending',
        'Webhook deliveries waiting to be delivered (status PENDING).',
      ),
      webhook_age: gauge(
        'goldcard_webhook_outbox_oldest_pending_age_seconds',
        'Age of the oldest webhook delivery waiting; 0 when none waits.',
      ),
    };
  }

  /** knex's connection pool (tarn), when knex has made one. */
  private pool(): TarnPool | undefined {
    const knex = this.orm.em.getConnection().getKnex() as unknown as {
      client?: { pool?: TarnPool };
    };
    return knex.client?.pool;
  }

  /** The outboxes, one statement per scrape; each count reads only PENDING rows by index. */
  private async readQueues(): Promise<void> {
    try {
      const row = await this.orm.em
        .fork()
        .getConnection()
        .execute<QueueRow>(
          `select m.n as mail_pending, m.age as mail_age, w.n as webhook_pending, w.age as webhook_age
             from (select count(*)::int as n,
                          coalesce(extract(epoch from now() - min("created_at")), 0)::float8 as age
                     from "outbox_mail" where "status" = ?) as m,
                  (select count(*)::int as n,
                          coalesce(extract(epoch from now() - min("created_at")), 0)::float8 as age
                     from "webhook_delivery" where "status" = ?) as w`,
          [OutboxStatus.PENDING, WebhookDeliveryStatus.PENDING],
          'get',
        );
      for (const [key, gauge] of Object.entries(this.queueGauges))
        gauge.set(Number(row[key as keyof QueueRow]));
    } catch (error) {
      // Unknown is not zero: an alert on the age must not clear itself during an outage.
      for (const gauge of Object.values(this.queueGauges)) gauge.set(Number.NaN);
      this.log.warn({ err: error }, 'metrics: could not read the outboxes');
    }
  }

  /** The whole exposition, outboxes read now. */
  async render(): Promise<string> {
    await this.readQueues();
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** A document's bytes, once its record is written. */
  recordUpload(documentType: string, bytes: number): void {
    const type = /^[A-Z][A-Z0-9_]{0,39}$/.test(documentType) ? documentType : 'OTHER';
    this.uploadBytes.inc({ document_type: type }, bytes);
  }

  /** The label of an operation name: GraphQL-shaped, and one of the first few hundred seen. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!GRAPHQL_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** Counts every request and its time once the response is over (finished or cut off). */
  httpMiddleware(): RequestHandler {
    return (req, res, next) => {
      const start = process.hrtime.bigint();
      res.once('close', () => {
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        const method = METHODS.has(req.method) ? req.method : 'OTHER';
        const route = routeOf(req);
        this.httpRequests.inc({ method, route, status: String(res.statusCode) });
        this.httpDuration.observe({ method, route }, seconds);
      });
      next();
    };
  }

  /** Counts GraphQL requests by operation, their time, and the codes of the errors answered. */
  apolloPlugin<C extends object>(): ApolloServerPlugin<C> {
    return {
      requestDidStart: () => {
        const start = process.hrtime.bigint();
        let operation = 'invalid';
        let type = 'unknown';
        return Promise.resolve({
          didResolveOperation: (ctx) => {
            operation = this.operationLabel(ctx.operationName);
            type = ctx.operation?.operation ?? 'unknown';
            return Promise.resolve();
          },
          willSendResponse: (ctx) => {
            const seconds = Number(process.hrtime.bigint() - start) / 1e9;
            this.graphqlOperations.inc({ operation, type });
            this.graphqlDuration.observe({ operation }, seconds);
            const body = ctx.response.body;
            const errors =
              body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
            for (const error of errors ?? []) {
              const code = error.extensions?.code;
              const known =
                typeof code === 'string' && (isErrorCode(code) || PROTOCOL_CODES.has(code));
              this.graphqlErrors.inc({ code: known ? code : 'OTHER' });
            }
            return Promise.resolve();
          },
        });
      },
    };
  }
}
