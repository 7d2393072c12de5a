import { Router } from 'express';
import { SLACK_INSTALL_TICKET } from '../../bot/slack/oauth.ts';
import { authorize, issueTicket } from '../../core/auth/index.ts';
import { linkTeamsTenant } from '../../core/chat/index.ts';
import { ServiceError } from '../../core/shared/errors.ts';
import { tenantContext } from '../http/auth.ts';

/**
 * `POST /api/v1/integrations/slack/install-link`: an admin gets a 10-minute link that starts the
 * Slack OAuth install for their account (the browser cannot carry our bearer token to Slack and back).
 */
export function integrationsRouter(deps: {
  ticketKey: Buffer;
  publicUrl: string | undefined;
  slackOAuth: boolean;
}) {
  const r = Router();
  r.post('/slack/install-link', async (_req, res) => {
    const ctx = tenantContext(res);
    authorize(ctx, 'settings.manage');
    if (!deps.slackOAuth || !deps.publicUrl) {
      throw new ServiceError(
        'unprocessable',
        'Slack install is not configured: set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and PUBLIC_URL.',
      );
    }
    if (ctx.actor.kind !== 'user') throw new ServiceError('forbidden', 'Only people can install apps.');
    const ticket = await issueTicket(
      deps.ticketKey,
      SLACK_INSTALL_TICKET,
      { userId: ctx.actor.userId, accountId: ctx.accountId },
      600,
    );
    res.json({
      url: `${deps.publicUrl.replace(/\/$/, '')}/slack/install?ticket=${encodeURIComponent(ticket)}`,
      expiresIn: 600,
    });
  });
  /** `POST /api/v1/integrations/teams/tenant {tenantId}`: Teams users of that tenant belong to this account. */
  r.post('/teams/tenant', async (req, res) => {
    res.json(await linkTeamsTenant({ ctx: tenantContext(res), input: req.body }));
  });
  return r;
}
