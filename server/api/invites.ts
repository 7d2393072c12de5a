import { type Request, Router } from 'express';
import { tooManyAttempts } from '../../core/auth/index.ts';
import { ServiceError } from '../../core/shared/errors.ts';
import { acceptInvite, previewInvite } from '../../core/users/index.ts';
import { type AuthApiDeps, answerWithSession, signInAs } from './auth.ts';

/**
 * Signed-out invite acceptance: the accept page first asks whose invite a token is, then accepts it
 * with a name and password (or starts Microsoft / Slack sign-in with `?invite=`, in auth.ts).
 * Tokens are 256-bit, but guessing is still limited like password sign-in: a wrong token counts as
 * a failure against the caller's IP, and past the limit every attempt from it is refused.
 */
export function invitesPublicRouter(deps: AuthApiDeps): Router {
  const router = Router();

  const guarded = async <T>(req: Request, work: () => Promise<T>): Promise<T> => {
    const ip = req.ip ?? 'unknown';
    const wait = deps.limiters.byIp.retryAfterSeconds(ip);
    if (wait > 0) throw tooManyAttempts(wait);
    try {
      return await work();
    } catch (error) {
      if (error instanceof ServiceError && error.details?.reason === 'invalid') deps.limiters.byIp.fail(ip);
      throw error;
    }
  };

  // POST, not GET with the token in the path: a credential stays out of access logs and history.
  router.post('/auth/invites/preview', async (req, res) => {
    const invite = await guarded(req, () => previewInvite(deps.database, req.body, deps.now()));
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      invite,
      providers: { entra: deps.oidc.enabled('entra'), slack: deps.oidc.enabled('slack') },
    });
  });

  router.post('/auth/invites/accept', async (req, res) => {
    const user = await guarded(req, () => acceptInvite(deps.database, req.body, deps.now()));
    const started = await signInAs(req, deps, user, 'invite');
    await answerWithSession(res, deps, started, { status: 201 });
  });

  return router;
}
