import { z } from 'zod';
import { AuthSessionIdParam, listBrowserSessions, revokeBrowserSession } from '../../core/auth/index.ts';
import { currentSessionId, tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

const BrowserSessionView = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  userEmail: z.string(),
  method: z.string(),
  ipAddress: z.string().nullable(),
  signedInAt: z.string(),
  lastSeenAt: z.string(),
  idleExpiresAt: z.string(),
  current: z.boolean(),
  browser: z.string(),
  os: z.string(),
  device: z.enum(['desktop', 'mobile', 'tablet', 'unknown']),
  label: z.string(),
});

/**
 * Per-browser sign-in sessions for Active sessions: list them and sign out one. No route permission:
 * everyone may see and end their own; the verbs widen that to the account for owners and admins.
 */
export function browserSessionsRoutes(deps: { now: () => Date }): RouteGroup {
  const router = routeGroup('/auth/browser-sessions', { tag: 'sessions' });

  router.get(
    '/',
    {
      summary: 'Signed-in browsers: device, browser, IP, last seen (admins: everyone; others: own)',
      response: z.object({ sessions: z.array(BrowserSessionView) }),
    },
    async (_req, res) => {
      res.json(
        await listBrowserSessions({
          ctx: tenantContext(res),
          now: deps.now(),
          currentSessionId: currentSessionId(res),
        }),
      );
    },
  );

  router.delete(
    '/:sessionId',
    {
      summary: 'Sign out this one browser (own, or anyone as admin; another account’s is not found)',
      params: z.object({ sessionId: AuthSessionIdParam }),
      response: z.object({ revoked: z.boolean(), wasCurrent: z.boolean() }),
    },
    async (req, res) => {
      res.json(
        await revokeBrowserSession({
          ctx: tenantContext(res),
          sessionId: req.params.sessionId,
          currentSessionId: currentSessionId(res),
          now: deps.now(),
        }),
      );
    },
  );

  return router;
}
