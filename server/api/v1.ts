import express, { Router } from 'express';
import { getAccount, mergeAccountPreferences, updateAccountSettings } from '../../core/accounts/index.ts';
import { listAuditLog } from '../../core/audit/index.ts';
import type { OidcClients, SignInLimiters } from '../../core/auth/index.ts';
import type { Database } from '../../core/db/client.ts';
import type { DiagnosisDeps } from '../../core/sessions/index.ts';
import { deriveKey } from '../../core/shared/crypto.ts';
import type { Logger } from '../../core/shared/logger.ts';
import { getUser } from '../../core/users/index.ts';
import { requireUser, tenantContext } from '../http/auth.ts';
import { notFoundHandler } from '../http/errors.ts';
import type { Mailer } from '../http/mailer.ts';
import type { AppKeys } from '../secrets.ts';
import { type AuthApiDeps, authPublicRouter, authRouter, type DemoSignIn } from './auth.ts';
import { browserSessionsRouter } from './browser-sessions.ts';
import { consoleRouter } from './console.ts';
import { insightsRouter } from './insights.ts';
import { integrationsRouter } from './integrations.ts';
import { invitesPublicRouter } from './invites.ts';
import { type KbApiDeps, kbRouter } from './kb.ts';
import { openApiRouter } from './openapi.ts';
import { psaRouter, ticketLinkRouter } from './psa.ts';
import { sessionsRouter } from './sessions.ts';
import { usersRouter } from './users.ts';

export interface ApiDeps {
  database: Database;
  keys: AppKeys;
  bodyLimit: string;
  accessTokenTtlSeconds: number;
  diagnosis: DiagnosisDeps;
  publicUrl: string | undefined;
  slackOAuth: boolean;
  kb: KbApiDeps;
  /** The clock every session decision reads; tests move it instead of sleeping. */
  now: () => Date;
  /** Secure cookies when served over https (PUBLIC_URL) or in production. */
  secureCookies: boolean;
  signInLimiters: SignInLimiters;
  oidc: OidcClients;
  mailer: Mailer;
  logger: Logger;
  /**
   * Development conveniences, all off in production (boot decides): the sign-in page lists the demo
   * people, and without SMTP the Users page shows pending invites' links to copy.
   */
  development?: { demoSignIn?: DemoSignIn | undefined; inviteLinks: boolean } | undefined;
}

/**
 * The admin API. Handlers are one line of plumbing each: pick inputs off the request, call one core
 * verb, send its result. Validation, authorization and tenancy all live in the verb.
 */
export function apiV1Router(deps: ApiDeps): Router {
  const router = Router();
  // JSON parsing only here: Slack's routes need the raw body to check signatures.
  router.use(express.json({ limit: deps.bodyLimit, strict: true }));

  const auth: AuthApiDeps = {
    database: deps.database,
    accessKey: deps.keys.accessToken,
    csrfKey: deriveKey(deps.keys.accessToken, 'csrf'),
    flowKey: deriveKey(deps.keys.accessToken, 'oidc-flow'),
    now: deps.now,
    accessTokenTtlSeconds: deps.accessTokenTtlSeconds,
    cookies: { secure: deps.secureCookies },
    publicUrl: deps.publicUrl,
    limiters: deps.signInLimiters,
    oidc: deps.oidc,
    logger: deps.logger,
    demoSignIn: deps.development?.demoSignIn,
  };
  router.use(openApiRouter());
  router.use(authPublicRouter(auth));
  router.use(invitesPublicRouter(auth));

  const authed = Router();
  authed.use(requireUser(auth));
  authed.use(authRouter(auth));
  authed.use(browserSessionsRouter({ now: deps.now }));
  authed.use(
    usersRouter({
      now: deps.now,
      publicUrl: deps.publicUrl,
      mailer: deps.mailer,
      logger: deps.logger,
      devLinkKey: deps.development?.inviteLinks
        ? deriveKey(deps.keys.secretsAtRest, 'dev-invite-links')
        : undefined,
    }),
  );

  authed.get('/me', async (_req, res) => {
    const ctx = tenantContext(res);
    const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : '';
    const [user, account] = await Promise.all([getUser({ ctx, userId }), getAccount({ ctx })]);
    res.json({ user, account });
  });
  authed.get('/account', async (_req, res) => {
    res.json(await getAccount({ ctx: tenantContext(res) }));
  });
  authed.patch('/account', async (req, res) => {
    res.json(await updateAccountSettings({ ctx: tenantContext(res), input: req.body }));
  });
  authed.patch('/account/preferences', async (req, res) => {
    res.json(await mergeAccountPreferences({ ctx: tenantContext(res), input: req.body }));
  });
  authed.get('/audit-log', async (req, res) => {
    res.json(await listAuditLog({ ctx: tenantContext(res), input: req.query }));
  });

  if (deps.diagnosis.psa) {
    authed.use('/psa', psaRouter(deps.diagnosis.psa));
    authed.use('/sessions', ticketLinkRouter(deps.diagnosis.psa));
  }
  authed.use('/sessions', sessionsRouter(deps.diagnosis));
  authed.use(
    '/integrations',
    integrationsRouter({
      ticketKey: deps.keys.accessToken,
      publicUrl: deps.publicUrl,
      slackOAuth: deps.slackOAuth,
    }),
  );

  authed.use(insightsRouter({ now: deps.now }));
  authed.use('/kb', kbRouter(deps.kb));
  authed.use('/console', consoleRouter(deps.diagnosis));

  router.use(authed);
  router.use(notFoundHandler);
  return router;
}
