import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Server } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.js';
import { stringifySetCookie } from 'cookie';
import { createContext, type AppServices, type GraphQLContext } from './graphql/context.js';
import { sessionActivityPlugin } from './graphql/session-plugin.js';
import { idempotencyPlugin } from './modules/idempotency/idempotency.plugin.js';
import { createRateLimits } from './modules/accounts/rate-limits.js';
import { SESSION_COOKIE } from './modules/accounts/session.service.js';
import { callerOf } from './http/caller.js';
import { createFormatError } from './graphql/format-error.js';
import { databaseUnavailableHandler, databaseUnavailablePlugin } from './db/unavailable.js';
import { graphqlLimitOptions, withQueryLimitErrors } from './graphql/limits.js';
import { portalCsp, securityHeaders } from './http/security-headers.js';
import { mountConsole, mountPortal } from './http/static-apps.js';
import { corsAllowList } from './http/cors.js';
import { responseCompression } from './http/compression.js';
import { getSchema } from './graphql/schema.js';
import { healthRoutes } from './modules/health/health.routes.js';
import type { DocumentStore } from './modules/documents/document-store.js';
import { createDocumentStore } from './modules/documents/document-store-settings.js';
import { uploadMiddleware } from './modules/documents/upload-middleware.js';
import { largestMaxBytes, parseUploadPolicyOverrides } from './modules/documents/upload-policy.js';
import { documentRoutes } from './modules/amendments/document-download.routes.js';
import { documentUploadRoutes } from './modules/amendments/document-upload.routes.js';
import { paymentRoutes } from './modules/payments/payments.routes.js';
import { sandboxGatewayRoutes } from './modules/payments/sandbox-gateway.routes.js';
import { checkoutUrlOf } from './modules/payments/payment-provider.js';
import { paymentSettingsOf } from './modules/payments/payment-settings.js';
import { receiptRoutes } from './modules/receipts/receipts.routes.js';
import {
  devMailboxRoutes,
  shouldServeDevMailbox,
} from './modules/notifications/dev-mailbox.routes.js';
import { AppMetrics } from './modules/metrics/metrics.js';
import { publicMetricsRoutes } from './modules/metrics/metrics.routes.js';
import { localize } from './shared/errors.js';
import { configurePasswordPool } from './shared/password-pool.js';
import type { Logger } from './shared/logger.js';
import { currentScope, pickLocale, requestScope } from './shared/request-context.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface AppParts {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
  services: AppServices;
  /** The counters and gauges `/metrics` answers (main.ts serves them on METRICS_PORT). */
  metrics: AppMetrics;
}

/** Builds the whole HTTP surface without listening, so tests can mount it on any port. */
export async function createApp(deps: {
  config: Config;
  orm: MikroORM;
  log: Logger;
  httpServer?: Server;
  kickMail?: () => void;
  documents?: DocumentStore;
}): Promise<AppParts> {
  const { config, orm, log, httpServer } = deps;
  const uploadLimits = parseUploadPolicyOverrides(config.uploadLimits);
  configurePasswordPool({
    workers: config.auth.passwordHashWorkers,
    queueLimit: config.auth.passwordHashQueueLimit,
  });
  const metrics = new AppMetrics(orm, log);
  const services: AppServices = {
    config,
    limits: createRateLimits(orm, config.auth),
    kickMail: deps.kickMail ?? (() => undefined),
    documents: deps.documents ?? createDocumentStore(config.documentStore),
    uploadLimits,
    metrics,
  };
  const app = express();
  app.disable('x-powered-by');
  // Responses are personal and never revalidated; hashing every body for an ETag is waste.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);

  // A request id (the caller's, when well-formed) and the caller's language for every request.
  app.use((req, res, next) => {
    const given = req.get('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const scope = { requestId, locale: pickLocale(req.get('accept-language')), ip: req.ip };
    requestScope.run(scope, next);
  });
  app.use(metrics.httpMiddleware());
  app.use(
    pinoHttp({
      logger: log,
      genReqId: () => currentScope()?.requestId ?? randomUUID(),
      // Probes and scrapes come every few seconds: a log line each would bury the rest.
      autoLogging: {
        ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics',
      },
      serializers: {
        // The path only: query strings may carry addresses or tokens.
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          url: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  const upgradeInsecureRequests = config.publicUrl.startsWith('https:');
  app.use(
    securityHeaders({
      hsts: config.auth.cookieSecure,
      upgradeInsecureRequests,
      explorerWithoutCsp: config.nodeEnv !== 'production',
    }),
  );
  app.use(corsAllowList(config.http.corsOrigins));
  // Before every route: it wraps the response, then decides per response (`http/compression.ts`).
  app.use(responseCompression());

  app.use(healthRoutes(orm));
  app.use(publicMetricsRoutes(metrics, config.metrics));
  if (shouldServeDevMailbox(config)) app.use(devMailboxRoutes(orm));

  const apollo = new ApolloServer<GraphQLContext>({
    schema: await getSchema(),
    formatError: withQueryLimitErrors(createFormatError(log)),
    ...graphqlLimitOptions(config.graphqlLimits),
    introspection: config.nodeEnv !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    stopOnTerminationSignals: false, // main.ts owns shutdown order
    plugins: [
      metrics.apolloPlugin<GraphQLContext>(),
      databaseUnavailablePlugin(),
      sessionActivityPlugin(),
      idempotencyPlugin(),
      // Nothing here is cacheable by HTTP caches (personal data); the plugin would otherwise
      // wrap every field resolver to compute cache hints (bench/README.md, B2 profile).
      ApolloServerPluginCacheControlDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      ...(config.nodeEnv === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(documentRoutes(orm, services));
  app.use(documentUploadRoutes(orm, services));
  app.use(paymentRoutes(orm, services));
  if (config.payments.provider === 'sandbox') app.use(sandboxGatewayRoutes(services));
  app.use(receiptRoutes(orm, services));
  app.use(
    '/graphql',
    // Multipart requests (uploads) first; the one file per request is at most the largest limit.
    uploadMiddleware({ maxFileSize: largestMaxBytes(uploadLimits), maxFiles: 1 }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const scope = currentScope();
        const em = orm.em.fork();
        const { actor, session } = await callerOf(em, req, config.auth);
        const cookieBase = {
          httpOnly: true,
          sameSite: 'strict' as const,
          secure: config.auth.cookieSecure,
          path: '/',
        };
        return createContext({
          em,
          actor,
          session,
          locale: scope?.locale ?? pickLocale(req.get('accept-language')),
          requestId: scope?.requestId ?? randomUUID(),
          ip: req.ip,
          userAgent: req.get('user-agent'),
          services,
          http: {
            setSessionCookie: (token, expires) =>
              res.append(
                'Set-Cookie',
                stringifySetCookie({ name: SESSION_COOKIE, value: token, ...cookieBase, expires }),
              ),
            clearSessionCookie: () =>
              res.append(
                'Set-Cookie',
                stringifySetCookie({ name: SESSION_COOKIE, value: '', ...cookieBase, maxAge: 0 }),
              ),
          },
        });
      },
    }),
  );

  mountConsole(app, config.adminDistDir, log);
  // Last before the 404: only what no API route answered may be one of the portal's pages.
  mountPortal(
    app,
    config.portalDistDir,
    portalCsp(upgradeInsecureRequests, checkoutUrlOf(paymentSettingsOf(config), config.publicUrl)),
    log,
  );

  app.use((_req, res) => {
    res.status(404).json({
      error: {
        code: 'NOT_FOUND',
        message: localize('NOT_FOUND', currentScope()?.locale ?? 'zh-TW'),
      },
    });
  });
  const onError: ErrorRequestHandler = (
    error: { status?: number; type?: string },
    _req,
    res,
    _next,
  ) => {
    const scope = currentScope();
    const status = typeof error.status === 'number' && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ err: error }, 'unhandled error in an HTTP handler');
    const code =
      status === 413
        ? 'PAYLOAD_TOO_LARGE'
        : status === 500
          ? 'INTERNAL_SERVER_ERROR'
          : 'BAD_REQUEST';
    const requestId = scope?.requestId ?? '';
    res.status(status).json({
      error: { code, message: localize(code, scope?.locale ?? 'zh-TW', { requestId }), requestId },
    });
  };
  app.use(databaseUnavailableHandler(log));
  app.use(onError);
  return { app, apollo, services, metrics };
}
