import express, { type Express, type RequestHandler, type Router } from 'express';
import type { OidcClients, SignInLimiters } from '../core/auth/index.ts';
import type { StripeDeps } from '../core/billing/index.ts';
import type { Database } from '../core/db/client.ts';
import type { DiagnosisDeps } from '../core/sessions/index.ts';
import type { Logger } from '../core/shared/logger.ts';
import type { Tracing } from '../core/shared/telemetry.ts';
import type { KbApiDeps } from './api/kb.ts';
import type { SignupConfig } from './api/signup.ts';
import { type ApiDeps, apiV1Router } from './api/v1.ts';
import { stripeWebhookRouter } from './billing.ts';
import { errorHandler, notFoundHandler } from './http/errors.ts';
import type { Mailer } from './http/mailer.ts';
import { requestContext } from './http/request-context.ts';
import type { RequestLimits } from './http/request-limits.ts';
import type { AppKeys } from './secrets.ts';
import { httpTracing } from './telemetry.ts';

export interface AppDeps {
  database: Database;
  logger: Logger;
  keys: AppKeys;
  bodyLimit: string;
  accessTokenTtlSeconds: number;
  diagnosis: DiagnosisDeps;
  /** Mounted before the JSON API: Bolt verifies signatures over the raw body. */
  slackRouter?: Router | undefined;
  /** `POST /api/messages`, parsing its own JSON (Bot Framework activities). */
  teamsRouter?: Router | undefined;
  publicUrl?: string | undefined;
  slackOAuth?: boolean;
  teamsAppId?: string | undefined;
  slackSlashCommand?: string;
  kb: KbApiDeps;
  /** The admin web (built assets, or Vite's dev server); mounted after the API. */
  webRouter?: Router | undefined;
  /** The clock for sessions, tokens, invites and rate limits (tests move it). */
  now: () => Date;
  secureCookies: boolean;
  signInLimiters: SignInLimiters;
  /** Per-user and per-account request limits on the signed-in API, shared through the database. */
  requestLimits: RequestLimits;
  /** express `trust proxy`: false (X-Forwarded-For never counts), a hop count, or proxy addresses. */
  trustProxy: false | number | string[];
  oidc: OidcClients;
  mailer: Mailer;
  signup: SignupConfig;
  /** Development conveniences (see ApiDeps.development); boot leaves this unset in production. */
  development?: ApiDeps['development'];
  /** Stripe, when billing is configured; `/webhooks/stripe` answers 404 otherwise. */
  stripe?: StripeDeps | undefined;
  /** False once shutdown begins, so the load balancer stops sending traffic before we close. */
  isReady: () => boolean;
  /** Request latency for every route; `route` serves GET /metrics (only when METRICS_TOKEN is set). */
  metrics?: { httpLatency: RequestHandler; route?: RequestHandler };
  /** OpenTelemetry, when configured: a server span per request. */
  tracing?: Tracing | undefined;
}

const HEALTH_TIMEOUT_MS = 2_000;

/** The one HTTP app: health, the admin API, and (in their own issues) Slack, Teams and webhooks. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  // First, so the span covers everything the request goes through.
  if (deps.tracing) app.use(httpTracing(deps.tracing));
  app.use(requestContext(deps.logger));
  if (deps.metrics) app.use(deps.metrics.httpLatency);
  if (deps.metrics?.route) app.get('/metrics', deps.metrics.route);

  app.get('/healthz', async (_req, res) => {
    const started = Date.now();
    try {
      await Promise.race([
        deps.database.ping(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('database ping timed out')), HEALTH_TIMEOUT_MS),
        ),
      ]);
      res.json({
        status: 'ok',
        database: { kind: deps.database.kind, status: 'ok', ms: Date.now() - started },
      });
    } catch (error) {
      deps.logger.warn({ err: error }, 'health check failed');
      res
        .status(503)
        .json({ status: 'unhealthy', database: { kind: deps.database.kind, status: 'unreachable' } });
    }
  });

  app.get('/readyz', (_req, res) => {
    if (deps.isReady()) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'not_ready' });
  });

  if (deps.slackRouter) app.use(deps.slackRouter);
  if (deps.teamsRouter) app.use(deps.teamsRouter);
  // Raw body, no sign-in, no CSRF: Stripe signs the request instead.
  app.use(
    stripeWebhookRouter({ database: deps.database, stripe: deps.stripe, logger: deps.logger, now: deps.now }),
  );

  app.use(
    '/api/v1',
    apiV1Router({
      database: deps.database,
      keys: deps.keys,
      bodyLimit: deps.bodyLimit,
      accessTokenTtlSeconds: deps.accessTokenTtlSeconds,
      diagnosis: deps.diagnosis,
      publicUrl: deps.publicUrl,
      slackOAuth: deps.slackOAuth ?? false,
      teamsAppId: deps.teamsAppId,
      slackSlashCommand: deps.slackSlashCommand ?? '/resolve',
      kb: deps.kb,
      now: deps.now,
      secureCookies: deps.secureCookies,
      signInLimiters: deps.signInLimiters,
      requestLimits: deps.requestLimits,
      oidc: deps.oidc,
      mailer: deps.mailer,
      signup: deps.signup,
      logger: deps.logger,
      development: deps.development,
      stripe: deps.stripe,
    }),
  );
  if (deps.webRouter) app.use(deps.webRouter);

  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
