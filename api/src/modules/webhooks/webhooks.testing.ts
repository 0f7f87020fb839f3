/*
 * Test helpers for the webhook tests: a real HTTP receiver and, until the module is registered
 * in db/entities.ts and db/migrations/index.ts, an ORM and tables that know it. Not used by the
 * application (kept free of vitest so it compiles with the rest).
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import { ENTITIES } from '../../db/entities.js';
import { Migration20261128000700Webhooks } from '../../db/migrations/Migration20261128000700Webhooks.js';
import { ormConfig } from '../../db/orm.js';
import { WEBHOOK_ENTITIES } from './webhook.entity.js';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as received. */
  body: string;
  /** The status the receiver answered. */
  status: number;
}

export interface TestReceiver {
  /** Base URL, e.g. http://127.0.0.1:43123 */
  url: string;
  port: number;
  received: ReceivedWebhook[];
  /**
   * Decides the answer to each request (default: 200). `null` never answers (the connection
   * stays open until the client gives up).
   */
  respond: (request: Omit<ReceivedWebhook, 'status'>, index: number) => number | null;
  /** Requests answered with 2xx, per path. */
  accepted(path?: string): ReceivedWebhook[];
  /** Forgets what was received, restarts the request count and answers 200 again. */
  reset(): void;
  close(): Promise<void>;
}

/** A webhook receiver on 127.0.0.1 that records every request with its raw body. */
export async function startReceiver(): Promise<TestReceiver> {
  const received: ReceivedWebhook[] = [];
  const hanging = new Set<ServerResponse>();
  let index = 0;
  const receiver: TestReceiver = {
    url: '',
    port: 0,
    received,
    respond: () => 200,
    accepted: (path) =>
      received.filter((r) => r.status >= 200 && r.status < 300 && (!path || r.path === path)),
    reset: () => {
      received.length = 0;
      index = 0;
      receiver.respond = () => 200;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const status = receiver.respond(request, index++);
      if (status === null) {
        hanging.add(res);
        return;
      }
      received.push({ ...request, status });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = `http://127.0.0.1:${receiver.port}`;
  return receiver;
}

/** What the helpers need of a test database (test-support/db.ts's TestDatabase fits). */
export interface WebhookTestDatabase {
  url: string;
  orm: MikroORM;
  sql<T extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    params?: unknown[],
  ): Promise<T[]>;
}

/**
 * An ORM that knows the webhook entities, over a database that has their tables: the migration
 * is applied here when the template database does not have it yet (before it is registered).
 */
export async function openWebhookOrm(db: WebhookTestDatabase): Promise<MikroORM> {
  const [row] = await db.sql<{ present: boolean }>(
    "select to_regclass('webhook_subscription') is not null as present",
  );
  if (!row?.present) {
    const migration = new Migration20261128000700Webhooks(db.orm.em.getDriver(), db.orm.config);
    migration.up();
    for (const query of migration.getQueries()) {
      if (typeof query !== 'string') throw new Error('the migration is expected to be plain SQL');
      await db.sql(query);
    }
  }
  const known = new Set<unknown>(ENTITIES);
  const entities = [...ENTITIES, ...WEBHOOK_ENTITIES.filter((e) => !known.has(e))];
  return MikroORM.init({ ...ormConfig(db.url, { poolMax: 5 }), entities });
}
