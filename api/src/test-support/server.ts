import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { ApolloServer } from '@apollo/server';
import { createApp } from '../app.js';
import { MailDispatcher } from '../modules/notifications/mail-dispatcher.js';
import { loadConfig, type Config } from '../config.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import type { Actor } from '../shared/actor.js';
import { createLogger } from '../shared/logger.js';
import { requestScope, type Locale } from '../shared/request-context.js';
import type { TestDatabase } from './db.js';
import { WebhookDispatcher } from '../modules/webhooks/webhook-dispatcher.js';
import { listenMetrics, metricsListenerApp } from '../modules/metrics/metrics.routes.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: {
      message: string;
      path?: string[];
      extensions?: {
        code?: string;
        fields?: { field: string; problem: string; message: string }[];
      } & Record<string, unknown>;
    }[];
  };
  headers: Headers;
}

export interface TestServer {
  url: string;
  apollo: ApolloServer<GraphQLContext>;
  config: Config;
  /** The folder holding this server's uploaded documents. */
  documentDir: string;
  /** The webhook dispatcher, not polling: tests call `runOnce()` (retries are due at once). */
  webhooks: WebhookDispatcher;
  /** With `config.metrics.port` set (0: any free port): the metrics listener's base URL. */
  metricsUrl: string | undefined;
  /** Every JSON log line written while the server ran. */
  logLines: Record<string, unknown>[];
  /** A GraphQL request over real HTTP. */
  post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Runs an operation as a given actor (before sessions exist, and for authorization matrices). */
  execAs<T = Record<string, unknown>>(
    actor: Actor,
    query: string,
    variables?: Record<string, unknown>,
    locale?: Locale,
  ): Promise<GraphQLResponse<T>['body']>;
  close(): Promise<void>;
}

export const TEST_CAPTCHA_ANSWER = 'GC2026';

/**
 * The real app on a real port, over a test database. `env` goes through the real configuration
 * parser (so settings are validated as in production); `config` entries then override directly.
 */
export async function startTestServer(
  db: TestDatabase,
  overrides: Partial<Config> & { env?: Record<string, string> } = {},
): Promise<TestServer> {
  const { env = {}, ...direct } = overrides;
  // Every test server keeps its uploads in a folder of its own.
  const documentDir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-documents-'));
  const config: Config = {
    ...loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      CAPTCHA_FIXED_ANSWER: TEST_CAPTCHA_ANSWER,
      DOCUMENT_STORE_DIR: documentDir,
      LOGIN_RATE_LIMIT_PER_IP: '10000',
      LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000',
      RECOVERY_RATE_LIMIT_PER_IP: '10000',
      RECOVERY_RATE_LIMIT_PER_EMAIL: '1000',
      ...env,
    }),
    ...direct,
  };
  const logLines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) logLines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  // `env: { LOG_LEVEL: 'trace' }` captures everything the server would log at that level.
  const log = createLogger(config.logLevel, sink);
  const httpServer = createServer();
  const webhooks = new WebhookDispatcher({ orm: db.orm, config, log, backoffBaseMs: 0 });
  // With an SMTP_URL the server delivers mail as in production (real dispatcher, real SMTP).
  const mailer = MailDispatcher.isConfigured(config)
    ? new MailDispatcher({ orm: db.orm, config, log, backoffBaseMs: 0, kickDelayMs: 0 })
    : undefined;
  const { app, apollo, services, metrics } = await createApp({
    config,
    orm: db.orm,
    log,
    httpServer,
    kickMail: () => mailer?.kick(),
  });
  mailer?.start();
  httpServer.on('request', app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const metricsServer =
    config.metrics.port === undefined
      ? undefined
      : await listenMetrics(
          metricsListenerApp(metrics, config.metrics),
          config.metrics.host,
          config.metrics.port,
        );
  const metricsUrl = metricsServer
    ? `http://${config.metrics.host}:${(metricsServer.address() as AddressInfo).port}`
    : undefined;

  return {
    url,
    apollo,
    config,
    metricsUrl,
    documentDir: config.documentStoreDir,
    logLines,
    webhooks,
    async post<T>(
      query: string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: res.status,
        body: (await res.json()) as GraphQLResponse<T>['body'],
        headers: res.headers,
      };
    },
    async execAs<T>(
      actor: Actor,
      query: string,
      variables?: Record<string, unknown>,
      locale: Locale = 'en',
    ) {
      const requestId = `test-${Math.random().toString(36).slice(2)}`;
      return requestScope.run({ requestId, locale, ip: '127.0.0.1' }, async () => {
        const response = await apollo.executeOperation(
          { query, variables },
          {
            contextValue: createContext({
              em: db.orm.em.fork(),
              actor,
              session: null,
              locale,
              requestId,
              ip: '127.0.0.1',
              userAgent: 'test',
              services,
              http: undefined,
            }),
          },
        );
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        return response.body.singleResult as GraphQLResponse<T>['body'];
      });
    },
    async close() {
      await mailer?.stop();
      await webhooks.stop();
      await apollo.stop();
      await rm(documentDir, { recursive: true, force: true });
      if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
      metricsServer?.closeAllConnections();
      if (metricsServer) await new Promise((resolve) => metricsServer.close(resolve));
    },
  };
}
