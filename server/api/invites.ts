import type { Request } from 'express';
import { z } from 'zod';
import { tooManyAttempts } from '../../core/auth/index.ts';
import { ServiceError } from '../../core/shared/errors.ts';
import { AcceptInviteInput, acceptInvite, InviteTokenInput, previewInvite } from '../../core/users/index.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';
import { type AuthApiDeps, answerWithSession, signInAs } from './auth.ts';

const InvitePreviewView = z.object({
  invite: z.object({
    email: z.string(),
    name: z.string().nullable(),
    role: z.string(),
    accountName: z.string(),
    expiresAt: z.string(),
  }),
  /** Which other ways to accept are offered on the accept page. */
  providers: z.object({ entra: z.boolean(), slack: z.boolean() }),
});

/**
 * Signed-out invite acceptance: the accept page first asks whose invite a token is, then accepts it
 * with a name and password (or starts Microsoft / Slack sign-in with `?invite=`, in auth.ts).
 * Tokens are 256-bit, but guessing is still limited like password sign-in: a wrong token counts as
 * a failure against the caller's IP, and past the limit every attempt from it is refused.
 */
export function invitesPublicRoutes(deps: AuthApiDeps): RouteGroup {
  const router = routeGroup('/auth/invites', { tag: 'auth', auth: false });

  const guarded = async <T>(req: Request, work: () => Promise<T>): Promise<T> => {
    const ip = req.ip ?? 'unknown';
    const wait = await deps.limiters.byIp.retryAfterSeconds(ip);
    if (wait > 0) throw tooManyAttempts(wait);
    try {
      return await work();
    } catch (error) {
      if (error instanceof ServiceError && error.details?.reason === 'invalid')
        await deps.limiters.byIp.fail(ip);
      throw error;
    }
  };

  // POST, not GET with the token in the path: a credential stays out of access logs and history.
  router.post(
    '/preview',
    {
      summary:
        'Whose invite a token is (or why it no longer works), for the accept page; rate-limited per IP',
      body: InviteTokenInput,
      response: InvitePreviewView,
    },
    async (req, res) => {
      const invite = await guarded(req, () => previewInvite(deps.database, req.body, deps.now()));
      res.setHeader('Cache-Control', 'no-store');
      res.json({
        invite,
        providers: { entra: deps.oidc.enabled('entra'), slack: deps.oidc.enabled('slack') },
      });
    },
  );

  router.post(
    '/accept',
    {
      summary: 'Accept an invite with a name and password: create the user and sign in; rate-limited per IP',
      body: AcceptInviteInput,
      status: 201,
    },
    async (req, res) => {
      const user = await guarded(req, () => acceptInvite(deps.database, req.body, deps.now()));
      const started = await signInAs(req, deps, user, 'invite');
      await answerWithSession(res, deps, started, { status: 201 });
    },
  );

  return router;
}
