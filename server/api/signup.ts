import type { Request } from 'express';
import { z } from 'zod';
import { FailureLimiter, MIN_PASSWORD_LENGTH, tooManyAttempts } from '../../core/auth/index.ts';
import { getWelcomeChecklist } from '../../core/onboarding/index.ts';
import { ServiceError } from '../../core/shared/errors.ts';
import {
  getVerificationStatus,
  resendVerification,
  SignUpInput,
  signUp,
  signUpWithIdentity,
  type VerificationLink,
  VerifyEmailInput,
  verifyEmail,
} from '../../core/signup/index.ts';
import { tenantContext } from '../http/auth.ts';
import type { Mailer, MailOutcome } from '../http/mailer.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';
import {
  type AuthApiDeps,
  answerWithSession,
  type OidcSignup,
  originOf,
  setSession,
  signInAs,
} from './auth.ts';

/** What the public signup needs beyond sign-in's deps; boot builds it from SIGNUP_* settings. */
export interface SignupConfig {
  enabled: boolean;
  /** Counts every signup and sales request per client IP (successful ones too: that is the abuse). */
  perIp: FailureLimiter;
  /** The shared rate-limit namespace of this deployment (tests give each server its own). */
  limitNamespace: string;
  blockedDomains: ReadonlySet<string>;
  operatorToken: string | undefined;
  salesEmail: string | undefined;
}

export interface SignupApiDeps extends AuthApiDeps {
  mailer: Mailer;
  signup: SignupConfig;
}

/** Resends per account per hour: enough for a lost mail, too few to make us a spam cannon. */
const RESENDS_PER_HOUR = 5;

const MailAnswer = z.object({
  email: z.string(),
  mail: z.enum(['sent', 'logged', 'skipped', 'failed']),
  /** Development without SMTP only: the link itself, since no mail went out. */
  link: z.string().optional(),
});

export function tooManyFromHere(retryAfterSeconds: number): ServiceError {
  return new ServiceError(
    'rate_limited',
    `Too many requests from your network; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
    { details: { retryAfterSeconds } },
  );
}

/** Counts one attempt from this IP against `scope`, refusing past the limit. */
export async function countPublicAttempt(
  limiter: FailureLimiter,
  scope: string,
  req: Request,
): Promise<void> {
  const key = `${scope}:${req.ip ?? 'unknown'}`;
  const wait = await limiter.retryAfterSeconds(key);
  if (wait > 0) throw tooManyFromHere(wait);
  await limiter.fail(key);
}

async function mailLink(
  deps: SignupApiDeps,
  req: Request,
  link: VerificationLink,
  who: { name: string; accountName: string },
): Promise<z.infer<typeof MailAnswer>> {
  const url = `${originOf(req, deps.publicUrl)}/verify-email?token=${encodeURIComponent(link.token)}`;
  let mail: MailOutcome | 'failed';
  try {
    mail = await deps.mailer.sendVerification({
      to: link.email,
      name: who.name,
      accountName: who.accountName,
      link: url,
      expiresAt: link.expiresAt.toISOString(),
    });
  } catch (error) {
    // The account stands; the person can resend once mail works.
    deps.logger.warn({ err: error }, 'verification mail could not be sent');
    mail = 'failed';
  }
  // Only when the mailer itself decided this is development without SMTP ('logged').
  return { email: link.email, mail, ...(mail === 'logged' ? { link: url } : {}) };
}

/**
 * The end of "Continue with Microsoft / Slack" on the signup page (the OIDC callback in auth.ts
 * hands over the verified claims): create the account, sign in, land on the home page; any
 * refusal goes back to `/signup?error=<reason>`, which words it.
 */
export function oidcSignup(deps: SignupApiDeps): OidcSignup {
  return async (req, res, { provider, claims, companyName }) => {
    const back = (reason: string) => res.redirect(302, `/signup?error=${encodeURIComponent(reason)}`);
    if (!deps.signup.enabled) return back('closed');
    try {
      await countPublicAttempt(deps.signup.perIp, 'signup', req);
      const created = await signUpWithIdentity(deps.database, {
        companyName,
        provider,
        identity: claims,
        now: deps.now(),
        blockedDomains: deps.signup.blockedDomains,
      });
      if (created.verification) {
        await mailLink(deps, req, created.verification, {
          name: created.user.name,
          accountName: created.accountName,
        });
      }
      await setSession(res, deps, await signInAs(req, deps, created.user, provider));
      return res.redirect(302, '/sessions');
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      const reason =
        error.details?.reason ?? (error.code === 'invalid_input' ? 'blocked_domain' : error.code);
      return back(String(reason));
    }
  };
}

/** Signed-out routes: signup, confirming an address from its link, and what the signup page offers. */
export function signupPublicRoutes(deps: SignupApiDeps): RouteGroup {
  const router = routeGroup('/signup', { tag: 'signup', auth: false });

  router.get(
    '/options',
    {
      summary: 'Whether self-serve signup is open, the password rule and the other ways to sign up',
      response: z.object({
        enabled: z.boolean(),
        passwordMinLength: z.number(),
        providers: z.object({ entra: z.boolean(), slack: z.boolean() }),
      }),
    },
    (_req, res) => {
      res.json({
        enabled: deps.signup.enabled,
        passwordMinLength: MIN_PASSWORD_LENGTH,
        providers: { entra: deps.oidc.enabled('entra'), slack: deps.oidc.enabled('slack') },
      });
    },
  );

  router.post(
    '/',
    {
      summary:
        'Create an account and its owner with email and password, sign in, and send the verification link; rate-limited per IP',
      body: SignUpInput,
      status: 201,
    },
    async (req, res) => {
      if (!deps.signup.enabled) {
        throw new ServiceError(
          'forbidden',
          'Self-serve signup is turned off here. Ask for an invite instead.',
        );
      }
      await countPublicAttempt(deps.signup.perIp, 'signup', req);
      const created = await signUp(deps.database, req.body, {
        now: deps.now(),
        blockedDomains: deps.signup.blockedDomains,
      });
      if (!created.verification) throw new Error('a password signup always has a verification link');
      const verification = await mailLink(deps, req, created.verification, {
        name: created.user.name,
        accountName: created.accountName,
      });
      const started = await signInAs(req, deps, created.user, 'password');
      await answerWithSession(res, deps, started, { status: 201, extra: { verification } });
    },
  );

  router.post(
    '/verify-email',
    {
      summary: 'Confirm the signup email address with the token from its link; rate-limited per IP',
      body: VerifyEmailInput,
      response: z.object({ verified: z.literal(true), email: z.string(), alreadyVerified: z.boolean() }),
    },
    async (req, res) => {
      const ip = req.ip ?? 'unknown';
      const wait = await deps.limiters.byIp.retryAfterSeconds(ip);
      if (wait > 0) throw tooManyAttempts(wait);
      try {
        const done = await verifyEmail(deps.database, req.body, deps.now());
        res.json({ verified: true, email: done.email, alreadyVerified: done.alreadyVerified });
      } catch (error) {
        // Guessing tokens costs like guessing passwords.
        if (error instanceof ServiceError && error.details?.reason === 'invalid')
          await deps.limiters.byIp.fail(ip);
        throw error;
      }
    },
  );

  return router;
}

/** Signed-in routes: the account's verification state, resending the link, the welcome checklist. */
export function signupRoutes(deps: SignupApiDeps): RouteGroup {
  const router = routeGroup('', { tag: 'signup' });
  const resends = new FailureLimiter(
    deps.database,
    'verification-resend',
    { max: RESENDS_PER_HOUR, windowMs: 60 * 60_000 },
    deps.now,
    deps.signup.limitNamespace,
  );

  router.get(
    '/signup/verification',
    { summary: "The account's email verification state: verified, in its grace period, or read-only" },
    async (_req, res) => {
      res.json(await getVerificationStatus({ ctx: tenantContext(res), now: deps.now() }));
    },
  );

  router.post(
    '/signup/resend-verification',
    {
      summary:
        "Send a fresh verification link to the account owner's address (works while writes are locked)",
      response: MailAnswer,
    },
    async (_req, res) => {
      const ctx = tenantContext(res);
      const wait = await resends.retryAfterSeconds(ctx.accountId);
      if (wait > 0) throw tooManyFromHere(wait);
      const link = await resendVerification({ ctx, now: deps.now() });
      await resends.fail(ctx.accountId);
      res.json(await mailLink(deps, _req, link, { name: link.ownerName, accountName: link.accountName }));
    },
  );

  router.get(
    '/onboarding/checklist',
    {
      summary: 'The welcome checklist, each step ticked from real state (admin)',
      tag: 'account',
      permission: 'onboarding.read',
    },
    async (_req, res) => {
      res.json(await getWelcomeChecklist({ ctx: tenantContext(res) }));
    },
  );

  return router;
}
