import { Router } from 'express';
import { listBrowserSessions, revokeBrowserSession } from '../../core/auth/index.ts';
import { currentSessionId, tenantContext } from '../http/auth.ts';

/** Per-browser sign-in sessions for Active sessions: list them and sign out one. */
export function browserSessionsRouter(deps: { now: () => Date }): Router {
  const router = Router();

  router.get('/auth/browser-sessions', async (_req, res) => {
    res.json(
      await listBrowserSessions({
        ctx: tenantContext(res),
        now: deps.now(),
        currentSessionId: currentSessionId(res),
      }),
    );
  });

  router.delete('/auth/browser-sessions/:sessionId', async (req, res) => {
    res.json(
      await revokeBrowserSession({
        ctx: tenantContext(res),
        sessionId: req.params.sessionId,
        currentSessionId: currentSessionId(res),
        now: deps.now(),
      }),
    );
  });

  return router;
}
