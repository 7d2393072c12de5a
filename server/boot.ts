import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import type { Express } from 'express';
import type { SlackAdapter } from '../bot/slack/adapter.ts';
import {
  createSignInLimiters,
  FailureLimiter,
  OidcClients,
  type OidcProviderConfig,
} from '../core/auth/index.ts';
import { inboxRecorder } from '../core/chat/index.ts';
import type { Database } from '../core/db/client.ts';
import type { ChatPlatform } from '../core/db/schema/chat-identities.ts';
import { usersTable } from '../core/db/schema/users.ts';
import { withSystemTransaction } from '../core/db/transactions.ts';
import { DEMO_ACCOUNT_NAME, DEMO_PASSWORD, DEMO_PEOPLE, seedDemoAccount } from '../core/demo/seed-demo.ts';
import { WindowLimiter } from '../core/rate-limits/index.ts';
import type { DiagnosisDeps } from '../core/sessions/index.ts';
import { groupCommit } from '../core/shared/group-commit.ts';
import type { Logger } from '../core/shared/logger.ts';
import { currentTraceparent } from '../core/shared/telemetry.ts';
import { parseDomainList } from '../core/signup/index.ts';
import type { JobDefinition } from '../jobs/definition.ts';
import { chatInboxProcess, startInboxRecovery } from '../jobs/definitions/chat-inbox.ts';
import { psaOutboxDeliver } from '../jobs/definitions/psa-outbox.ts';
import { psaQueuePoll } from '../jobs/definitions/psa-queue-poll.ts';
import { type JobQueue, startJobQueue } from '../jobs/queue.ts';
import { JOB_DEFINITIONS } from '../jobs/registry.ts';
import type { SignupConfig } from './api/signup.ts';
import { type AppDeps, createApp } from './app.ts';
import { stripeFromEnv, trialReminderSender } from './billing.ts';
import { openMigratedDatabase } from './database.ts';
import { createDiagnosisDeps, createKnowledgeReranker, createPsaDeps } from './diagnosis.ts';
import type { Env } from './env.ts';
import { escalationReminderSender } from './escalation-reminders.ts';
import { createMailer } from './http/mailer.ts';
import { createMetrics, metricsHandler, startMetricsServer } from './metrics.ts';
import { resolveAppKeys } from './secrets.ts';
import { slackFromEnv, slackInboxHandler } from './slack.ts';
import { teamsFromEnv, teamsInboxHandler } from './teams.ts';
import { startTracing, stopTracing, traceDiagnosis } from './telemetry.ts';
import { createWebRouter } from './web.ts';

export interface RunningServer {
  url: string;
  database: Database;
  /** This process's job queue: every job with WORKER_IN_PROCESS, else only chat events (when it takes them). */
  queue: JobQueue | undefined;
  /** The Slack adapter when Slack is configured (tests drive its announcements directly). */
  slack: SlackAdapter | undefined;
  /** The express app, so a test can list what is really mounted. */
  app: Express;
  /** Graceful: stop accepting, let in-flight requests and jobs finish (bounded), close the database. */
  stop(): Promise<void>;
}

/** Everything `npm start` does, as a function, so tests start the real thing on port 0. */
export async function startServer(
  env: Env,
  logger: Logger,
  options: {
    database?: Database;
    diagnosis?: DiagnosisDeps;
    now?: () => Date;
    /**
     * Separates the shared rate-limit counters of servers on one database. Every process of a
     * deployment uses the default; tests give each server its own unless they test the sharing.
     */
    limitNamespace?: string;
    /**
     * Tests only: recovery at start re-queues only stored events whose body mentions this id (the
     * suite's workspace or tenant), so suites sharing one database server never answer each
     * other's events. Every process of a deployment recovers everything.
     */
    inboxScope?: string;
    /**
     * The chat inbox's queue name. Tests that share one database server between concurrently
     * running suites give each server its own, so a suite's events reach only its own adapter.
     */
    inboxQueueName?: string;
    /** Tests only: how often, and after how long, stored events without a job are queued again. */
    inboxRecovery?: { everyMs: number; graceMs: number };
  } = {},
): Promise<RunningServer> {
  const { keys, source } = resolveAppKeys(env);
  if (source !== 'env')
    logger.warn('APP_SECRET_KEY is not set; using a development key (never do this in production)');

  // Off (and nothing of OpenTelemetry loaded) unless an OTLP endpoint is configured.
  const tracing = await startTracing(env, logger.child({ component: 'telemetry' }), 'server');

  // Tests pass a shared, already-migrated database; the server then leaves closing it to them.
  const ownsDatabase = !options.database;
  const database = options.database ?? (await openMigratedDatabase(env));
  logger.info({ database: database.kind }, 'database ready');

  if (env.SEED_DEMO && env.NODE_ENV !== 'production') {
    const seeded = await seedDemoAccount(database);
    if (seeded.seeded) logDemoSignIn(logger, env);
  }

  let queue: JobQueue | undefined;
  const limitNamespace = options.limitNamespace ?? 'default';
  const stripe = stripeFromEnv(env);
  if (!stripe)
    logger.info('Billing is not configured (no STRIPE_SECRET_KEY); the Billing page says how to set it up');
  // Background jobs (PSA delivery, KB sync) are sent from here only when this process works them;
  // otherwise the workers' sweeps pick them up.
  let background: JobQueue | undefined;
  const inboxJob: JobDefinition<{ inboxId: string }> = options.inboxQueueName
    ? { ...chatInboxProcess, name: options.inboxQueueName }
    : chatInboxProcess;
  // Acks store and queue through group commits: in a burst, one transaction and one job insert
  // carry many events (the embedded database runs every statement on the event loop).
  const queueInboxBatch = groupCommit(
    async (items: Array<{ inboxId: string; traceparent: string | undefined }>) => {
      if (!queue) throw new Error('the job queue is not running');
      await queue.enqueueMany(
        inboxJob,
        items.map(({ inboxId, traceparent }) => ({ id: inboxId, payload: { inboxId }, traceparent })),
      );
      return items.map(() => undefined);
    },
    { maxBatch: 64 },
  );
  // Each event's trace is read in its own ack's context: the batch runs in whichever caller started it.
  // Hand-offs run after the ack, outside any HTTP request, so closing the server does not wait for
  // them; stop() does, or an event acked just before a graceful stop would wait for the sweep.
  const handOffs = new Set<Promise<void>>();
  const queueInbox = (inboxId: string) => {
    const handOff = queueInboxBatch({ inboxId, traceparent: currentTraceparent() });
    handOffs.add(handOff);
    handOff.then(
      () => handOffs.delete(handOff),
      () => handOffs.delete(handOff),
    );
    return handOff;
  };
  const inboxFor = (platform: ChatPlatform) => ({
    record: inboxRecorder(database, platform),
    queue: queueInbox,
  });
  const reranker = createKnowledgeReranker(env, logger);
  const untracedDiagnosis = options.diagnosis ?? createDiagnosisDeps(env, logger, keys, reranker);
  const baseDiagnosis = tracing ? traceDiagnosis(untracedDiagnosis) : untracedDiagnosis;
  // Start PSA delivery right after a commit queues writes; the minute sweep catches anything missed.
  const metrics = createMetrics(database, logger.child({ component: 'metrics' }));
  const diagnosis: DiagnosisDeps = {
    ...baseDiagnosis,
    turnLimit: {
      limiter: new WindowLimiter(database, options.now ?? (() => new Date()), limitNamespace),
      perUserPerMinute: env.BOT_RATE_LIMIT_PER_USER_PER_MINUTE,
    },
    engine: metrics.instrumentEngine(baseDiagnosis.engine),
    onTicketWritesQueued: (accountId, sessionId) => {
      baseDiagnosis.onTicketWritesQueued?.(accountId, sessionId);
      background
        ?.enqueue(psaOutboxDeliver, { accountId, sessionId }, { singletonKey: sessionId })
        .catch((error: unknown) =>
          logger.warn({ err: error, sessionId }, 'could not start PSA delivery; the sweep will'),
        );
    },
    onQueueChanged: (accountId) => {
      baseDiagnosis.onQueueChanged?.(accountId);
      slack
        ?.refreshQueueHomes(accountId)
        .catch((error: unknown) =>
          logger.warn({ err: error, accountId }, 'could not refresh Slack App Homes'),
        );
      // Creates a walk-in in the PSA now rather than at the next minute's sweep.
      background
        ?.enqueue(psaQueuePoll, { accountId }, { singletonKey: accountId })
        .catch((error: unknown) =>
          logger.warn({ err: error, accountId }, 'could not start the PSA queue poll; the sweep will'),
        );
    },
  };
  const slack = slackFromEnv(env, { database, keys, diagnosis, logger, inbox: inboxFor('slack') });
  // A process that takes chat events runs the queue they are answered from. Teams counts as taken
  // once it has an app id (production requires one) or with a test's own inbox queue; a web-only
  // development server on the anonymous endpoint keeps the SDK's in-memory continuation.
  const runsQueue =
    env.WORKER_IN_PROCESS ||
    Boolean(slack) ||
    Boolean(env.MICROSOFT_APP_ID) ||
    options.inboxQueueName !== undefined;
  const mailer = createMailer({
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM,
    nodeEnv: env.NODE_ENV,
    logger: logger.child({ component: 'mail' }),
  });
  await slack?.start();
  const teams = teamsFromEnv(env, {
    database,
    diagnosis,
    logger,
    ...(runsQueue ? { inbox: inboxFor('teams') } : {}),
  });

  // Declared before it is assigned: the diagnosis deps above enqueue through it lazily.
  queue = runsQueue
    ? await startJobQueue({
        database,
        logger: logger.child({ component: 'jobs' }),
        definitions: options.inboxQueueName ? [...JOB_DEFINITIONS, inboxJob] : JOB_DEFINITIONS,
        work: true,
        // A web node (WORKER_IN_PROCESS=false) still answers chat, unless CHAT_INBOX_CONCURRENCY=0.
        ...(env.WORKER_IN_PROCESS ? {} : { workOnly: [inboxJob.name] }),
        concurrency: { [inboxJob.name]: env.CHAT_INBOX_CONCURRENCY },
        chatInbox: {
          ...(slack ? { slack: slackInboxHandler(slack) } : {}),
          ...(teams && runsQueue ? { teams: teamsInboxHandler(teams) } : {}),
        },
        schedules: { 'audit-retention.sweep': env.AUDIT_RETENTION_CRON },
        psa: createPsaDeps(keys, logger),
        secretsKey: keys.secretsAtRest,
        ...(stripe ? { stripe } : {}),
        sendTrialReminder: trialReminderSender({ mailer, slack, teams, logger }),
        // Each adapter speaks only to sessions that live on its platform.
        onTicketsChanged: async ({ accountId }) => {
          await slack?.refreshQueueHomes(accountId);
        },
        onDelivered: async (event) => {
          await slack?.announceDelivery(event);
          await teams?.announceDelivery(event);
        },
        onEscalationReminder: escalationReminderSender([slack, teams]),
        tracing,
      })
    : undefined;
  if (env.WORKER_IN_PROCESS) background = queue;
  const recovery =
    queue && env.CHAT_INBOX_CONCURRENCY > 0
      ? await startInboxRecovery({
          deps: { database, enqueue: queue.enqueue, logger },
          definition: inboxJob,
          ...(options.inboxScope === undefined ? {} : { mentioning: options.inboxScope }),
          ...options.inboxRecovery,
        })
      : undefined;

  const now = options.now ?? (() => new Date());
  let ready = true;
  // Created before the app so the development admin web can attach its hot-reload socket to it.
  const server = createHttpServer();
  const app = createApp({
    database,
    logger,
    keys,
    bodyLimit: env.HTTP_BODY_LIMIT,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    diagnosis,
    slackRouter: slack?.router,
    teamsRouter: teams?.router,
    publicUrl: env.PUBLIC_URL,
    slackOAuth: Boolean(env.SLACK_CLIENT_ID),
    teamsAppId: env.MICROSOFT_APP_ID,
    slackSlashCommand: env.SLACK_SLASH_COMMAND,
    kb: {
      secretsKey: keys.secretsAtRest,
      reranker,
      enqueue: (definition, payload, options) =>
        background ? background.enqueue(definition, payload, options) : Promise.resolve(null),
    },
    webRouter: await createWebRouter(env, logger, server),
    now,
    secureCookies: env.NODE_ENV === 'production' || (env.PUBLIC_URL?.startsWith('https:') ?? false),
    signInLimiters: createSignInLimiters(
      database,
      now,
      {
        email: {
          max: env.SIGN_IN_MAX_FAILURES_PER_EMAIL,
          windowMs: env.SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000,
        },
        emailEverywhere: {
          max: env.SIGN_IN_MAX_FAILURES_PER_EMAIL_ALL_ADDRESSES,
          windowMs: env.SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000,
        },
        ip: { max: env.SIGN_IN_MAX_FAILURES_PER_IP, windowMs: env.SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000 },
      },
      limitNamespace,
    ),
    requestLimits: {
      limiter: new WindowLimiter(database, now, limitNamespace),
      perUserPerMinute: env.API_RATE_LIMIT_PER_USER_PER_MINUTE,
      perAccountPerMinute: env.API_RATE_LIMIT_PER_ACCOUNT_PER_MINUTE,
    },
    trustProxy: env.TRUST_PROXY,
    oidc: new OidcClients(oidcProvidersFromEnv(env)),
    mailer,
    stripe,
    signup: await signupConfigFromEnv(env, now, database, limitNamespace),
    isReady: () => ready,
    tracing,
    development: developmentConveniences(env, database),
    metrics: {
      httpLatency: metrics.httpLatency,
      // On the main port only with a token; METRICS_PORT serves it apart (token optional there).
      ...(env.METRICS_TOKEN && !env.METRICS_PORT
        ? { route: metricsHandler(metrics, env.METRICS_TOKEN) }
        : {}),
    },
  });
  const metricsServer = env.METRICS_PORT
    ? await startMetricsServer(metrics, { host: env.HOST, port: env.METRICS_PORT, token: env.METRICS_TOKEN })
    : undefined;
  server.on('request', app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.PORT, env.HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Keep-alive sockets would otherwise hold close() open until the client gives up.
  server.keepAliveTimeout = 5_000;
  // close() drops only connections idle at that moment; one whose in-flight request finishes later
  // turns idle and would then linger for keepAliveTimeout, delaying shutdown. Drop it as it idles.
  server.on('request', (_req, res) => {
    res.on('finish', () => {
      if (!ready) setImmediate(() => server.closeIdleConnections());
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${port}`;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      ready = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const forced = setTimeout(() => server.closeAllConnections(), env.SHUTDOWN_TIMEOUT_MS);
      await closed;
      clearTimeout(forced);
      await new Promise<void>((resolve) =>
        metricsServer ? metricsServer.close(() => resolve()) : resolve(),
      );
      await Promise.race([
        Promise.allSettled([...handOffs]),
        new Promise((resolve) => setTimeout(resolve, env.SHUTDOWN_TIMEOUT_MS).unref()),
      ]);
      await recovery?.stop();
      await queue?.stop(env.SHUTDOWN_TIMEOUT_MS);
      await stopTracing(tracing, env.SHUTDOWN_TIMEOUT_MS, logger);
      if (ownsDatabase) await database.close();
    })();
    return stopping;
  };
  return { url, database, queue, slack, app, stop };
}

/** Entra ID and Sign in with Slack are each on when their client id and secret are set. */
function oidcProvidersFromEnv(env: Env): OidcProviderConfig[] {
  const providers: OidcProviderConfig[] = [];
  const allowInsecure = env.OIDC_ALLOW_INSECURE_ISSUER;
  if (env.ENTRA_CLIENT_ID && env.ENTRA_CLIENT_SECRET) {
    providers.push({
      provider: 'entra',
      issuer: env.ENTRA_ISSUER,
      clientId: env.ENTRA_CLIENT_ID,
      clientSecret: env.ENTRA_CLIENT_SECRET,
      allowInsecure,
    });
  }
  if (env.SLACK_OIDC_CLIENT_ID && env.SLACK_OIDC_CLIENT_SECRET) {
    providers.push({
      provider: 'slack',
      issuer: env.SLACK_OIDC_ISSUER,
      clientId: env.SLACK_OIDC_CLIENT_ID,
      clientSecret: env.SLACK_OIDC_CLIENT_SECRET,
      allowInsecure,
    });
  }
  return providers;
}

/** Self-serve signup settings; a blocked-domains file that cannot be read stops start-up. */
async function signupConfigFromEnv(
  env: Env,
  now: () => Date,
  database: Database,
  limitNamespace: string,
): Promise<SignupConfig> {
  const domains = parseDomainList(env.SIGNUP_BLOCKED_EMAIL_DOMAINS ?? '');
  if (env.SIGNUP_BLOCKED_EMAIL_DOMAINS_FILE) {
    domains.push(...parseDomainList(await readFile(env.SIGNUP_BLOCKED_EMAIL_DOMAINS_FILE, 'utf8')));
  }
  return {
    enabled: env.SIGNUP_ENABLED,
    perIp: new FailureLimiter(
      database,
      'signup:ip',
      { max: env.SIGNUP_MAX_PER_IP, windowMs: env.SIGNUP_WINDOW_MINUTES * 60_000 },
      now,
      limitNamespace,
    ),
    limitNamespace,
    blockedDomains: new Set(domains),
    operatorToken: env.OPERATOR_TOKEN,
    salesEmail: env.SALES_EMAIL,
  };
}

/** What only a development server offers: the demo people on the sign-in page, copyable invite links. */
function developmentConveniences(env: Env, database: Database): AppDeps['development'] {
  if (env.NODE_ENV === 'production') return undefined;
  const ownerEmail = DEMO_PEOPLE[0]?.email ?? '';
  return {
    demoSignIn: env.SEED_DEMO
      ? {
          password: DEMO_PASSWORD,
          users: DEMO_PEOPLE.map((p) => ({ email: p.email, name: p.name, role: p.role })),
          present: () =>
            withSystemTransaction(database, 'demo sign-in check', async (tx) => {
              const [row] = await tx
                .select({ id: usersTable.id })
                .from(usersTable)
                .where(eq(usersTable.email, ownerEmail));
              return Boolean(row);
            }),
        }
      : undefined,
    inviteLinks: !env.SMTP_URL,
  };
}

function logDemoSignIn(logger: Logger, env: Env): void {
  const lines = DEMO_PEOPLE.map(
    (p) => `    ${p.role.padEnd(9)}${p.canCoverL1 ? '+L1 cover ' : '          '}${p.email}`,
  );
  logger.info(
    [
      // The demo password is in the README; logs carry no password, not even a public one.
      `Demo account "${DEMO_ACCOUNT_NAME}" created. Sign in with any of these (the README gives the demo password):`,
      ...lines,
      `  e.g. curl -s -X POST http://${env.HOST}:${env.PORT}/api/v1/auth/sign-in -H 'content-type: application/json' \\`,
      `         -d '{"email":"${DEMO_PEOPLE[0]?.email}","password":"<demo password>"}'`,
    ].join('\n'),
  );
}
