import { Router } from 'express';
import {
  getAccount,
  mergeAccountPreferences,
  PreferencesPatch,
  UpdateAccountSettingsInput,
  updateAccountSettings,
} from '../../core/accounts/index.ts';
import { ListAuditLogInput, listAuditActions, listAuditLog } from '../../core/audit/index.ts';
import type { OidcClients, SignInLimiters } from '../../core/auth/index.ts';
import type { StripeDeps } from '../../core/billing/index.ts';
import type { Database } from '../../core/db/client.ts';
import type { DiagnosisDeps } from '../../core/sessions/index.ts';
import { deriveKey } from '../../core/shared/crypto.ts';
import type { Logger } from '../../core/shared/logger.ts';
import { getUser } from '../../core/users/index.ts';
import { requireUser, tenantContext } from '../http/auth.ts';
import { notFoundHandler } from '../http/errors.ts';
import { inputGate } from '../http/json-body.ts';
import type { Mailer } from '../http/mailer.ts';
import { type RequestLimits, requestRateLimit } from '../http/request-limits.ts';
import { type DeclaredRoute, type RouteGroup, routeGroup } from '../http/routes.ts';
import type { AppKeys } from '../secrets.ts';
import { type AuthApiDeps, authPublicRoutes, authRoutes, type DemoSignIn } from './auth.ts';
import { billingRoutes } from './billing.ts';
import { browserSessionsRoutes } from './browser-sessions.ts';
import { consoleRoutes } from './console.ts';
import { consoleWalkRoutes } from './console-walk.ts';
import { feedbackRoutes } from './feedback.ts';
import { flowsRoutes } from './flows.ts';
import { insightsRoutes } from './insights.ts';
import { integrationsRoutes } from './integrations.ts';
import { invitesPublicRoutes } from './invites.ts';
import { type KbApiDeps, kbRoutes } from './kb.ts';
import { operatorRoutes, salesPublicRoutes } from './leads.ts';
import { openApiRouter } from './openapi.ts';
import { psaRoutes, ticketLinkRoutes } from './psa.ts';
import { scriptsRoutes } from './scripts.ts';
import { sessionsRoutes } from './sessions.ts';
import {
  oidcSignup,
  type SignupApiDeps,
  type SignupConfig,
  signupPublicRoutes,
  signupRoutes,
} from './signup.ts';
import { ticketsRoutes } from './tickets.ts';
import { usersRoutes } from './users.ts';

export interface ApiDeps {
  database: Database;
  keys: AppKeys;
  bodyLimit: string;
  accessTokenTtlSeconds: number;
  diagnosis: DiagnosisDeps;
  publicUrl: string | undefined;
  slackOAuth: boolean;
  /** MICROSOFT_APP_ID, for the Teams app package download. */
  teamsAppId: string | undefined;
  slackSlashCommand: string;
  kb: KbApiDeps;
  /** The clock every session decision reads; tests move it instead of sleeping. */
  now: () => Date;
  /** Secure cookies when served over https (PUBLIC_URL) or in production. */
  secureCookies: boolean;
  signInLimiters: SignInLimiters;
  requestLimits: RequestLimits;
  oidc: OidcClients;
  mailer: Mailer;
  logger: Logger;
  /** Self-serve signup, the sales form and the operators' API (SIGNUP_*, OPERATOR_TOKEN, SALES_EMAIL). */
  signup: SignupConfig;
  /** Stripe, when billing is configured (STRIPE_SECRET_KEY …); the Billing page says how otherwise. */
  stripe?: StripeDeps | undefined;
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
  router.use(inputGate({ bodyLimit: deps.bodyLimit }));

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
  // Every route is declared in a RouteGroup (server/http/routes.ts); the document lists them all.
  const declared: DeclaredRoute[] = [];
  const mount = (parent: Router, group: RouteGroup) => {
    group.mountOn(parent);
    declared.push(...group.declared);
  };
  router.use(openApiRouter(() => declared));
  const signup: SignupApiDeps = { ...auth, mailer: deps.mailer, signup: deps.signup };
  auth.signupWithIdentity = oidcSignup(signup);
  mount(router, authPublicRoutes(auth));
  mount(router, invitesPublicRoutes(auth));
  mount(router, signupPublicRoutes(signup));
  mount(router, salesPublicRoutes(signup));
  mount(router, operatorRoutes(signup));

  const authed = Router();
  authed.use(requireUser(auth));
  authed.use(requestRateLimit(deps.requestLimits));
  mount(authed, authRoutes(auth));
  mount(authed, browserSessionsRoutes({ now: deps.now }));
  mount(
    authed,
    usersRoutes({
      now: deps.now,
      publicUrl: deps.publicUrl,
      mailer: deps.mailer,
      logger: deps.logger,
      limiter: deps.requestLimits.limiter,
      devLinkKey: deps.development?.inviteLinks
        ? deriveKey(deps.keys.secretsAtRest, 'dev-invite-links')
        : undefined,
    }),
  );
  mount(authed, accountRoutes());
  mount(authed, signupRoutes(signup));

  if (deps.diagnosis.psa) {
    mount(authed, psaRoutes(deps.diagnosis.psa));
    mount(authed, ticketLinkRoutes(deps.diagnosis.psa));
  }
  mount(authed, sessionsRoutes(deps.diagnosis));
  mount(authed, flowsRoutes(deps.diagnosis));
  mount(authed, scriptsRoutes(deps.diagnosis));
  mount(authed, ticketsRoutes({ diagnosis: deps.diagnosis, now: deps.now }));
  mount(
    authed,
    integrationsRoutes({
      ticketKey: deps.keys.accessToken,
      publicUrl: deps.publicUrl,
      slackOAuth: deps.slackOAuth,
      teamsAppId: deps.teamsAppId,
      slashCommand: deps.slackSlashCommand,
    }),
  );
  mount(authed, kbRoutes(deps.kb));
  mount(authed, consoleRoutes(deps.diagnosis));
  mount(authed, consoleWalkRoutes(deps.diagnosis));
  mount(authed, insightsRoutes({ now: deps.now }));
  mount(authed, feedbackRoutes({ now: deps.now }));
  mount(authed, billingRoutes({ stripe: deps.stripe, publicUrl: deps.publicUrl, now: deps.now }));

  router.use(authed);
  router.use(notFoundHandler);
  return router;
}

/** The signed-in user, the account, its preferences and the audit log. */
function accountRoutes(): RouteGroup {
  const r = routeGroup('', { tag: 'account' });
  r.get('/me', { summary: 'The signed-in user and account' }, async (_req, res) => {
    const ctx = tenantContext(res);
    const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : '';
    const [user, account] = await Promise.all([getUser({ ctx, userId }), getAccount({ ctx })]);
    res.json({ user, account });
  });
  r.get('/account', { summary: 'The account' }, async (_req, res) => {
    res.json(await getAccount({ ctx: tenantContext(res) }));
  });
  r.patch(
    '/account',
    { summary: 'Change account settings (admin)', body: UpdateAccountSettingsInput },
    async (req, res) => {
      res.json(await updateAccountSettings({ ctx: tenantContext(res), input: req.body }));
    },
  );
  r.patch(
    '/account/preferences',
    { summary: 'Merge account preferences (admin)', body: PreferencesPatch },
    async (req, res) => {
      res.json(await mergeAccountPreferences({ ctx: tenantContext(res), input: req.body }));
    },
  );
  r.get(
    '/audit-log',
    { summary: 'Audit log, newest first (admin)', tag: 'audit', query: ListAuditLogInput },
    async (req, res) => {
      res.json(await listAuditLog({ ctx: tenantContext(res), input: req.query }));
    },
  );
  r.get(
    '/audit-log/actions',
    { summary: 'Every audit action with its label and tags, for the filters (admin)', tag: 'audit' },
    (_req, res) => {
      res.json(listAuditActions({ ctx: tenantContext(res) }));
    },
  );
  return r;
}
