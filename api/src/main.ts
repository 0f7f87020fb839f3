import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createApp } from './app.js';
import { createHttpServer } from './http/server-timeouts.js';
import { openDatabase, type OpenDatabase } from './db/bootstrap.js';
import { DEMO_ACCOUNTS, DEMO_HOLDER, seedDemoData } from './db/seeders/demo.js';
import { createLogger, type Logger } from './shared/logger.js';
import { MailDispatcher } from './modules/notifications/mail-dispatcher.js';
import { scheduleDraftPurge } from './modules/amendments/draft-purge.js';
import { WebhookDispatcher } from './modules/webhooks/webhook-dispatcher.js';
import { OrphanSweeper } from './modules/documents/orphan-sweeper.js';
import { listenMetrics, metricsListenerApp } from './modules/metrics/metrics.routes.js';
import type { Server } from 'node:http';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) console.error(`goldcard: configuration: ${problem}`);
      process.exit(2);
    }
    throw error;
  }
}

function printBanner(config: Config, db: OpenDatabase, log: Logger) {
  const base = config.publicUrl.replace(/\/$/, '');
  log.info(
    {
      portal: `${base}/`,
      graphql: `${base}/graphql`,
      admin: `${base}/admin/`,
      embeddedDatabase: db.embedded,
    },
    'goldcard is ready',
  );
  if (config.nodeEnv !== 'development') return;
  const lines = [
    '',
    `  Applicant portal ${base}/`,
    `  GraphQL          ${base}/graphql`,
    `  Officer console  ${base}/admin/`,
    `  Health           ${base}/healthz  ${base}/readyz`,
    ...(config.smtpUrl
      ? []
      : [`  Mailbox          ${base}/dev/mailbox (mails are not sent without SMTP_URL)`]),
    `  Database         ${db.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}`,
  ];
  if (config.demoData) {
    lines.push('', '  Demo accounts (development only):');
    for (const a of DEMO_ACCOUNTS)
      lines.push(`    ${a.role.padEnd(10)} ${a.accountName.padEnd(11)} ${a.password}`);
    lines.push(
      `  Demo holder: UI number ${DEMO_HOLDER.uiNumber} (earlier AC01234567), born ${DEMO_HOLDER.birthDate}`,
    );
  }
  console.log(`${lines.join('\n')}\n`);
}

async function main() {
  const config = readConfig();
  const log = createLogger(config.logLevel);
  const db = await openDatabase(config, log);
  if (db.applied.length) log.info({ migrations: db.applied }, 'applied migrations');
  if (config.demoData) {
    const seeded = await seedDemoData(db.url);
    log.info(seeded, 'demo data present');
  }

  const mailer = MailDispatcher.isConfigured(config)
    ? new MailDispatcher({ orm: db.orm, config, log })
    : undefined;
  const webhooks = new WebhookDispatcher({ orm: db.orm, config, log });
  const httpServer = createHttpServer(config.http);
  const { app, apollo, services, metrics } = await createApp({
    config,
    orm: db.orm,
    log,
    httpServer,
    kickMail: () => mailer?.kick(),
  });
  const sweeper = new OrphanSweeper({ orm: db.orm, store: services.documents, config, log });
  httpServer.on('request', app);

  const stopTimers: (() => void)[] = [];
  let metricsServer: Server | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing open requests');
    const force = setTimeout(() => {
      log.error('shutdown took longer than 20 s; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    try {
      for (const stop of stopTimers) stop();
      await apollo.stop(); // drains the HTTP server first (drain plugin)
      if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
      metricsServer?.closeAllConnections();
      if (metricsServer?.listening) await new Promise((resolve) => metricsServer!.close(resolve));
      await mailer?.stop();
      await webhooks.stop();
      await sweeper.stop();
      await db.close();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  }).catch(async (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EADDRINUSE'
        ? `port ${config.port} is already in use (set PORT)`
        : error.message;
    log.fatal({ err: error }, `cannot listen: ${reason}`);
    await apollo.stop().catch(() => undefined);
    await mailer?.stop();
    await webhooks.stop();
    await db.close();
    process.exit(1);
  });
  const { port: metricsPort, host: metricsHost } = config.metrics;
  if (metricsPort !== undefined) {
    try {
      metricsServer = await listenMetrics(
        metricsListenerApp(metrics, config.metrics),
        metricsHost,
        metricsPort,
      );
      log.info({ metrics: `http://${metricsHost}:${metricsPort}/metrics` }, 'metrics listener up');
    } catch (error) {
      log.fatal({ err: error }, `cannot listen for metrics on ${metricsHost}:${metricsPort}`);
      await apollo.stop().catch(() => undefined);
      await mailer?.stop();
      await webhooks.stop();
      await db.close();
      process.exit(1);
    }
  }
  const stopPurge = scheduleDraftPurge(db.orm, services.documents, config.draftRetentionDays, log);
  stopTimers.push(stopPurge);
  if (mailer) mailer.start();
  else
    log.warn('SMTP_URL is not set: mails stay in the outbox (see /dev/mailbox outside production)');
  webhooks.start();
  sweeper.start();
  if (config.nodeEnv === 'production' && !config.webhooks.secretKey)
    log.warn('WEBHOOK_SECRET_KEY is not set: webhook signing secrets are stored unencrypted');
  printBanner(config, db, log);
}

main().catch((error: unknown) => {
  console.error(
    `goldcard: could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
