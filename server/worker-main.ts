import { recordInboundEvent } from '../core/chat/index.ts';
import type { DiagnosisDeps } from '../core/sessions/index.ts';
import { createLogger } from '../core/shared/logger.ts';
import { chatInboxProcess, startInboxRecovery } from '../jobs/definitions/chat-inbox.ts';
import { psaOutboxDeliver } from '../jobs/definitions/psa-outbox.ts';
import { type JobQueue, startJobQueue } from '../jobs/queue.ts';
import { JOB_DEFINITIONS } from '../jobs/registry.ts';
import { stripeFromEnv, trialReminderSender } from './billing.ts';
import { openMigratedDatabase } from './database.ts';
import { createDiagnosisDeps, createKnowledgeReranker, createPsaDeps } from './diagnosis.ts';
import { ConfigError, loadDotEnvFile, loadEnv } from './env.ts';
import { escalationReminderSender } from './escalation-reminders.ts';
import { createMailer } from './http/mailer.ts';
import { createMetrics, startMetricsServer } from './metrics.ts';
import { resolveAppKeys } from './secrets.ts';
import { slackFromEnv, slackInboxHandler } from './slack.ts';
import { teamsFromEnv, teamsInboxHandler } from './teams.ts';
import { startTracing, stopTracing, traceDiagnosis } from './telemetry.ts';

/**
 * `npm run worker`: only the job worker, for scaling jobs apart from HTTP. Against a server, run as
 * many as you like: each works every job, chat events included (it answers Slack with the same
 * adapter code the server uses; the server stored and acked the event). On embedded PGlite the
 * database belongs to one process, so use `npm start` (which runs the worker in-process) instead.
 */
async function main() {
  loadDotEnvFile();
  const env = loadEnv();
  const logger = createLogger({ level: env.LOG_LEVEL, name: 'resolutionflow-worker' });
  if (!env.DATABASE_URL) {
    logger.warn(
      'DATABASE_URL is not set: this worker owns the embedded database; do not run `npm start` beside it',
    );
  }
  const { keys } = resolveAppKeys(env);
  const database = await openMigratedDatabase(env);
  const metrics = createMetrics(database, logger.child({ component: 'metrics' }));
  let queue: JobQueue | undefined;
  const tracing = await startTracing(env, logger.child({ component: 'telemetry' }), 'worker');
  const untraced = createDiagnosisDeps(env, logger, keys, createKnowledgeReranker(env, logger));
  const base = tracing ? traceDiagnosis(untraced) : untraced;
  const diagnosis: DiagnosisDeps = {
    ...base,
    engine: metrics.instrumentEngine(base.engine),
    onTicketWritesQueued: (accountId, sessionId) => {
      queue
        ?.enqueue(psaOutboxDeliver, { accountId, sessionId }, { singletonKey: sessionId })
        .catch((error: unknown) => logger.warn({ err: error, sessionId }, 'could not start PSA delivery'));
    },
  };
  const slack = slackFromEnv(env, {
    database,
    keys,
    diagnosis,
    logger,
    // Never receives HTTP; stored events only arrive here through the queue.
    inbox: {
      record: (eventId, body) => recordInboundEvent(database, 'slack', eventId, body),
      queue: async (inboxId) => {
        await queue?.enqueue(chatInboxProcess, { inboxId }, { id: inboxId });
      },
    },
  });
  // The jobs a web node with WORKER_IN_PROCESS=false leaves to workers need the same senders as
  // the in-process worker: trial reminders (mail, Slack), escalation reminders and delivery notes
  // (Slack and Teams), Stripe seat sync.
  const teams = teamsFromEnv(env, {
    database,
    diagnosis,
    logger,
    // Never receives HTTP either; its stored activities arrive through the queue.
    inbox: {
      record: (eventId, body) => recordInboundEvent(database, 'teams', eventId, body),
      queue: async (inboxId) => {
        await queue?.enqueue(chatInboxProcess, { inboxId }, { id: inboxId });
      },
    },
  });
  const stripe = stripeFromEnv(env);
  const mailer = createMailer({
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM,
    nodeEnv: env.NODE_ENV,
    logger: logger.child({ component: 'mail' }),
  });
  queue = await startJobQueue({
    database,
    logger,
    definitions: JOB_DEFINITIONS,
    work: true,
    schedules: { 'audit-retention.sweep': env.AUDIT_RETENTION_CRON },
    concurrency: { [chatInboxProcess.name]: env.CHAT_INBOX_CONCURRENCY },
    psa: createPsaDeps(keys, logger),
    secretsKey: keys.secretsAtRest,
    ...(stripe ? { stripe } : {}),
    sendTrialReminder: trialReminderSender({ mailer, slack, teams, logger }),
    onEscalationReminder: escalationReminderSender([slack, teams]),
    onDelivered: async (event) => {
      await slack?.announceDelivery(event);
      await teams?.announceDelivery(event);
    },
    chatInbox: {
      ...(slack ? { slack: slackInboxHandler(slack) } : {}),
      ...(teams ? { teams: teamsInboxHandler(teams) } : {}),
    },
    ...(slack ? { onTicketsChanged: ({ accountId }) => slack.refreshQueueHomes(accountId) } : {}),
    tracing,
  });
  // Events a web process stored and acked but died before queueing: at start, then every few seconds.
  const recovery =
    env.CHAT_INBOX_CONCURRENCY > 0
      ? await startInboxRecovery({ deps: { database, enqueue: queue.enqueue, logger } })
      : undefined;
  const metricsServer = env.METRICS_PORT
    ? await startMetricsServer(metrics, { host: env.HOST, port: env.METRICS_PORT, token: env.METRICS_TOKEN })
    : undefined;
  logger.info(
    { jobs: JOB_DEFINITIONS.map((d) => d.name), slack: Boolean(slack), teams: Boolean(teams) },
    'worker running',
  );
  const shutdown = async () => {
    metricsServer?.close();
    await recovery?.stop();
    await queue?.stop(env.SHUTDOWN_TIMEOUT_MS);
    await stopTracing(tracing, env.SHUTDOWN_TIMEOUT_MS, logger);
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
