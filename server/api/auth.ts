import type { Request, Response } from 'express';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { getAccount } from '../../core/accounts/index.ts';
import {
  findSessionByRefreshToken,
  getCurrentSession,
  getSessionPolicy,
  issueAccessToken,
  listActiveSessions,
  type OidcClients,
  type OidcFlowState,
  type OidcIdentityClaims,
  type OidcProviderName,
  OidcProviderParam,
  RefreshInput,
  RevokeSessionsInput,
  recordSignIn,
  refreshAuthSession,
  resolveOidcUser,
  revokeSessions,
  SessionPolicyInput,
  SignInInput,
  type SignInLimiters,
  SignOutInput,
  type StartedSession,
  sessionTimes,
  signInWithPassword,
  signOutSession,
  startAuthSession,
  updateSessionPolicy,
} from '../../core/auth/index.ts';
import type { SignInMethod } from '../../core/db/schema/auth.ts';
import { ServiceError } from '../../core/shared/errors.ts';
import type { Logger } from '../../core/shared/logger.ts';
import { parseInput } from '../../core/shared/validation.ts';
import { acceptInviteWithIdentity, getUser, InviteTokenInput, toUserView } from '../../core/users/index.ts';
import {
  assertCsrf,
  currentSessionId,
  optionalUser,
  type RequestAuthDeps,
  tenantContext,
} from '../http/auth.ts';
import {
  appendCookie,
  type CookieSettings,
  clearSessionCookies,
  csrfTokenFor,
  OIDC_FLOW_COOKIE,
  OIDC_FLOW_PATH,
  REFRESH_COOKIE,
  readCookies,
  setSessionCookies,
} from '../http/cookies.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

export interface AuthApiDeps extends RequestAuthDeps {
  /** Signs the OIDC flow cookie (state, nonce, PKCE verifier). */
  flowKey: Buffer;
  accessTokenTtlSeconds: number;
  cookies: CookieSettings;
  publicUrl: string | undefined;
  limiters: SignInLimiters;
  oidc: OidcClients;
  logger: Logger;
  /** Development with the demo seeded: the sign-in page lists these people. Never in production. */
  demoSignIn?: DemoSignIn | undefined;
  /** "Continue with Microsoft / Slack" on the signup page; without it `?signup=` is refused. */
  signupWithIdentity?: OidcSignup | undefined;
}

/** Finishes an OIDC flow started from the signup page (server/api/signup.ts supplies it). */
export type OidcSignup = (
  req: Request,
  res: Response,
  args: { provider: OidcProviderName; claims: OidcIdentityClaims; companyName: string },
) => Promise<void>;

export interface DemoSignIn {
  password: string;
  users: ReadonlyArray<{ email: string; name: string; role: string }>;
  /** Whether the demo people exist in this database (the seed skips a database with accounts). */
  present: () => Promise<boolean>;
}

const FLOW_TTL_SECONDS = 600;

/** The browser-facing base URL: PUBLIC_URL when configured, else the origin the request came to. */
export function originOf(req: Request, publicUrl: string | undefined): string {
  return (publicUrl ?? `${req.protocol}://${req.get('host')}`).replace(/\/+$/, '');
}

/** Mints the access token for a started session and sets the three session cookies. */
export async function setSession(res: Response, deps: AuthApiDeps, started: StartedSession) {
  const { session, user, refreshToken } = started;
  const now = deps.now();
  const accessToken = await issueAccessToken(
    deps.accessKey,
    { userId: user.id, accountId: user.accountId, sessionId: session.id },
    deps.accessTokenTtlSeconds,
    now,
  );
  const times = sessionTimes(session);
  const csrfToken = csrfTokenFor(deps.csrfKey, session.id);
  setSessionCookies(res, deps.cookies, {
    accessToken,
    accessTtlSeconds: deps.accessTokenTtlSeconds,
    refreshToken,
    // The refresh cookie lives as long as the session can: until its absolute expiry.
    refreshTtlSeconds: Math.max(1, Math.floor((Date.parse(times.absoluteExpiresAt) - now.getTime()) / 1000)),
    csrfToken,
  });
  return { accessToken, csrfToken, times };
}

/**
 * Answers a sign-in or refresh: the JSON body Bearer clients read (unchanged fields plus
 * `csrfToken` and `session`) and the three cookies the admin web lives on.
 */
export async function answerWithSession(
  res: Response,
  deps: AuthApiDeps,
  started: StartedSession,
  options: {
    includeRefreshToken?: boolean | undefined;
    status?: number;
    /** More fields for this answer (signup adds what happened to the verification mail). */
    extra?: Record<string, unknown>;
  } = {},
): Promise<void> {
  const { accessToken, csrfToken, times } = await setSession(res, deps, started);
  res.setHeader('Cache-Control', 'no-store');
  res.status(options.status ?? 200).json({
    ...options.extra,
    accessToken,
    tokenType: 'Bearer',
    expiresIn: deps.accessTokenTtlSeconds,
    csrfToken,
    user: toUserView(started.user),
    session: times,
    ...(options.includeRefreshToken ? { refreshToken: started.refreshToken } : {}),
  });
}

function clientMeta(req: Request) {
  return { userAgent: req.get('user-agent'), ipAddress: req.ip };
}

export async function signInAs(
  req: Request,
  deps: AuthApiDeps,
  user: StartedSession['user'],
  method: SignInMethod,
) {
  const now = deps.now();
  const recorded = await recordSignIn(deps.database, user, method, now);
  return startAuthSession(deps.database, { user: recorded, method, now, ...clientMeta(req) });
}

const OidcParams = z.object({ provider: OidcProviderParam });
const OidcStartQuery = z.object({
  invite: InviteTokenInput.shape.token.optional(),
  /** The company name from the signup page: this flow creates a new account. */
  signup: z.string().trim().min(1, 'enter your company name first').max(200).optional(),
});
const ProvidersView = z.object({
  password: z.literal(true),
  entra: z.boolean(),
  slack: z.boolean(),
  /** Development only, and only when the demo people exist in this database. */
  demo: z
    .object({
      password: z.string(),
      users: z.array(z.object({ email: z.string(), name: z.string(), role: z.string() })),
    })
    .optional(),
});

const FlowClaims = z.object({
  provider: OidcProviderParam,
  state: z.string().min(1),
  nonce: z.string().min(1),
  codeVerifier: z.string().min(1),
  redirectUri: z.string().url(),
  /** Set when the flow accepts an invite: the new user is created and bound to this identity. */
  invite: z.string().optional(),
  /** Set when the flow signs up: the company name of the account to create. */
  signup: z.string().optional(),
});

/** Routes reachable without an access token: sign-in, refresh, sign-out, OIDC, invite acceptance. */
export function authPublicRoutes(deps: AuthApiDeps): RouteGroup {
  const router = routeGroup('', { tag: 'auth', auth: false });

  router.post(
    '/auth/sign-in',
    { summary: 'Sign in with email and password', body: SignInInput },
    async (req, res) => {
      const user = await signInWithPassword(deps.database, req.body, {
        now: deps.now(),
        limiters: deps.limiters,
        ipAddress: req.ip,
      });
      const started = await startAuthSession(deps.database, {
        user,
        method: 'password',
        now: deps.now(),
        ...clientMeta(req),
      });
      await answerWithSession(res, deps, started, {
        includeRefreshToken: (req.body as { includeRefreshToken?: boolean }).includeRefreshToken,
      });
    },
  );

  router.post(
    '/auth/refresh',
    { summary: 'Rotate the refresh token (cookie + X-CSRF-Token, or body)', body: RefreshInput, csrf: true },
    async (req, res) => {
      const body = parseInput(RefreshInput, req.body ?? {}, 'refresh request');
      const fromCookie = readCookies(req)[REFRESH_COOKIE];
      const refreshToken = body.refreshToken ?? fromCookie;
      if (!refreshToken) {
        throw new ServiceError('unauthenticated', 'Sign in again: no refresh token was sent.', {
          details: { reason: 'invalid' },
        });
      }
      // A token from the body cannot be sent by a cross-site form, so only the cookie path needs CSRF.
      const viaCookie = body.refreshToken === undefined;
      if (viaCookie) assertCsrf(req, deps.csrfKey, undefined);
      try {
        const started = await refreshAuthSession(deps.database, {
          refreshToken,
          now: deps.now(),
          ipAddress: req.ip,
          beforeRotate: viaCookie ? (session) => assertCsrf(req, deps.csrfKey, session.id) : undefined,
        });
        await answerWithSession(res, deps, started, { includeRefreshToken: body.includeRefreshToken });
      } catch (error) {
        if (viaCookie && error instanceof ServiceError && error.code === 'unauthenticated') {
          clearSessionCookies(res, deps.cookies);
        }
        throw error;
      }
    },
  );

  router.post(
    '/auth/sign-out',
    {
      summary: 'Sign out this session and clear cookies',
      body: SignOutInput,
      status: 204,
      csrf: true,
      before: [optionalUser(deps)],
    },
    async (req, res) => {
      const body = parseInput(SignOutInput, req.body ?? {}, 'sign-out request');
      const now = deps.now();
      const ctx = res.locals.ctx as ReturnType<typeof tenantContext> | undefined;
      const sessionId = ctx ? currentSessionId(res) : undefined;
      if (ctx && sessionId) {
        await signOutSession(deps.database, { accountId: ctx.accountId, sessionId, now });
      } else {
        const token = body.refreshToken ?? readCookies(req)[REFRESH_COOKIE];
        if (token) {
          if (body.refreshToken === undefined) assertCsrf(req, deps.csrfKey, undefined);
          const session = await findSessionByRefreshToken(deps.database, token);
          if (session)
            await signOutSession(deps.database, { accountId: session.accountId, sessionId: session.id, now });
        }
      }
      clearSessionCookies(res, deps.cookies);
      res.status(204).end();
    },
  );

  router.get(
    '/auth/providers',
    {
      summary:
        'Which sign-in methods are enabled (in development with the demo seeded, also the demo people)',
      response: ProvidersView,
    },
    async (_req, res) => {
      const demo = deps.demoSignIn && (await deps.demoSignIn.present()) ? deps.demoSignIn : undefined;
      res.json({
        password: true,
        entra: deps.oidc.enabled('entra'),
        slack: deps.oidc.enabled('slack'),
        ...(demo ? { demo: { password: demo.password, users: demo.users } } : {}),
      });
    },
  );

  router.get(
    '/auth/oidc/:provider/start',
    {
      summary:
        'Start OIDC sign-in, accept an invite with ?invite=, or sign up a new account with ?signup=<company> (302 to the identity provider)',
      params: OidcParams,
      query: OidcStartQuery,
      status: 302,
    },
    async (req, res) => {
      const provider = parseInput(OidcProviderParam, req.params.provider, 'provider');
      if (!deps.oidc.enabled(provider)) {
        throw new ServiceError('not_found', `Sign-in with ${provider} is not configured.`);
      }
      // Accepting an invite with this provider: the token rides in the signed, httpOnly flow cookie.
      const invite =
        req.query.invite === undefined
          ? undefined
          : parseInput(InviteTokenInput, { token: req.query.invite }, 'invite').token;
      const signup =
        req.query.signup === undefined ? undefined : parseInput(OidcStartQuery, req.query, 'signup').signup;
      if (signup && !deps.signupWithIdentity) {
        throw new ServiceError('not_found', 'Signing up with a sign-in provider is not available here.');
      }
      const redirectUri = `${originOf(req, deps.publicUrl)}/api/v1/auth/oidc/${provider}/callback`;
      const { url, flow } = await deps.oidc.start(provider, redirectUri);
      const sealed = await new SignJWT({
        ...flow,
        ...(invite ? { invite } : {}),
        ...(signup ? { signup } : {}),
      })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuedAt()
        .setExpirationTime(`${FLOW_TTL_SECONDS}s`)
        .setAudience('resolutionflow:oidc-flow')
        .sign(deps.flowKey);
      // Lax, not Strict: the IdP's redirect back is a cross-site top-level GET that must carry it.
      appendCookie(res, OIDC_FLOW_COOKIE, sealed, {
        httpOnly: true,
        secure: deps.cookies.secure,
        sameSite: 'lax',
        path: OIDC_FLOW_PATH,
        maxAge: FLOW_TTL_SECONDS,
      });
      res.redirect(302, url.href);
    },
  );

  router.get(
    '/auth/oidc/:provider/callback',
    {
      summary:
        'OIDC redirect target (302 to /, /sign-in?error=…; for an invite /accept-invite?…&error=…; for a signup /sessions or /signup?error=…)',
      params: OidcParams,
      status: 302,
    },
    async (req, res) => {
      const fail = (error: string, cause?: unknown) => {
        if (cause) deps.logger.warn({ err: cause, requestId: res.locals.requestId }, 'OIDC sign-in refused');
        res.redirect(302, `/sign-in?error=${encodeURIComponent(error)}`);
      };
      // The flow cookie is single-use whatever happens next.
      appendCookie(res, OIDC_FLOW_COOKIE, '', {
        httpOnly: true,
        secure: deps.cookies.secure,
        sameSite: 'lax',
        path: OIDC_FLOW_PATH,
        maxAge: 0,
      });
      const provider = OidcProviderParam.safeParse(req.params.provider);
      if (!provider.success || !deps.oidc.enabled(provider.data)) return fail('provider');
      if (typeof req.query.error === 'string') return fail('provider_error');
      let flow: OidcFlowState & { invite?: string | undefined; signup?: string | undefined };
      try {
        const sealed = readCookies(req)[OIDC_FLOW_COOKIE] ?? '';
        const { payload } = await jwtVerify(sealed, deps.flowKey, {
          algorithms: ['HS256'],
          audience: 'resolutionflow:oidc-flow',
        });
        flow = FlowClaims.parse(payload);
        if (flow.provider !== provider.data) throw new Error('flow started for another provider');
      } catch (error) {
        return fail('state', error);
      }
      let claims: Awaited<ReturnType<OidcClients['finish']>>;
      try {
        claims = await deps.oidc.finish(flow, new URL(req.originalUrl, flow.redirectUri));
      } catch (error) {
        return fail('failed', error instanceof ServiceError ? (error.cause ?? error) : error);
      }
      if (flow.signup && deps.signupWithIdentity) {
        return deps.signupWithIdentity(req, res, {
          provider: provider.data,
          claims,
          companyName: flow.signup,
        });
      }
      if (flow.invite) {
        const token = flow.invite;
        try {
          const user = await acceptInviteWithIdentity(deps.database, {
            token,
            provider: provider.data,
            identity: claims,
            now: deps.now(),
          });
          await setSession(res, deps, await signInAs(req, deps, user, provider.data));
          return res.redirect(302, '/');
        } catch (error) {
          if (!(error instanceof ServiceError)) throw error;
          // Back to the accept page, which words the reason (expired, used, identity taken …).
          const reason = String(error.details?.reason ?? error.code);
          return res.redirect(
            302,
            `/accept-invite?token=${encodeURIComponent(token)}&error=${encodeURIComponent(reason)}`,
          );
        }
      }
      const found = await resolveOidcUser(deps.database, provider.data, claims, deps.now());
      if (!found.ok) return fail(found.error);
      const started = await signInAs(req, deps, found.user, provider.data);
      await setSession(res, deps, started);
      res.redirect(302, '/');
    },
  );

  return router;
}

/** Routes behind requireUser: the caller's session, active sessions, and the session policy. */
export function authRoutes(deps: AuthApiDeps): RouteGroup {
  const router = routeGroup('', { tag: 'auth' });

  router.get(
    '/auth/session',
    { summary: 'The signed-in user, account and session expiry times' },
    async (_req, res) => {
      const ctx = tenantContext(res);
      const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : '';
      const [user, account, session] = await Promise.all([
        getUser({ ctx, userId }),
        getAccount({ ctx }),
        getCurrentSession(ctx, currentSessionId(res)),
      ]);
      res.json({ user, account: { id: account.id, name: account.name }, session });
    },
  );

  router.get(
    '/auth/sessions',
    { summary: 'Users with live sessions (admin)', tag: 'sessions' },
    async (_req, res) => {
      res.json(await listActiveSessions({ ctx: tenantContext(res), now: deps.now() }));
    },
  );

  router.post(
    '/auth/sessions/revoke',
    {
      summary: 'Sign out everyone except me, or everyone (admin)',
      tag: 'sessions',
      body: RevokeSessionsInput,
    },
    async (req, res) => {
      res.json(
        await revokeSessions({
          ctx: tenantContext(res),
          input: req.body,
          currentSessionId: currentSessionId(res),
          now: deps.now(),
        }),
      );
    },
  );

  router.get(
    '/account/session-policy',
    { summary: 'Session-security policy, defaults and bounds', tag: 'account' },
    async (_req, res) => {
      res.json(await getSessionPolicy({ ctx: tenantContext(res) }));
    },
  );
  router.put(
    '/account/session-policy',
    { summary: 'Set the session-security policy (admin)', tag: 'account', body: SessionPolicyInput },
    async (req, res) => {
      res.json(await updateSessionPolicy({ ctx: tenantContext(res), input: req.body }));
    },
  );

  return router;
}
