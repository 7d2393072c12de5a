import { SLACK_INSTALL_TICKET } from '../../bot/slack/oauth.ts';
import { authorize, issueTicket } from '../../core/auth/index.ts';
import {
  getSlackIntegration,
  getTeamsIntegration,
  linkTeamsTenant,
  SlackTechnicianChannelInput,
  setSlackTechnicianChannel,
  setTeamsTechnicianChannel,
  TeamsTechnicianChannelInput,
  TeamsTenantInput,
} from '../../core/chat/index.ts';
import { ServiceError } from '../../core/shared/errors.ts';
import { buildTeamsPackage } from '../../manifests/teams/package.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';
import { originOf } from './auth.ts';

export interface IntegrationsApiDeps {
  ticketKey: Buffer;
  publicUrl: string | undefined;
  slackOAuth: boolean;
  /** MICROSOFT_APP_ID: the bot the Teams package points at; no package without it. */
  teamsAppId: string | undefined;
  slashCommand: string;
}

/** `/api/v1/integrations`: what the Slack and Teams pages of the admin web read and change. */
export function integrationsRoutes(deps: IntegrationsApiDeps): RouteGroup {
  const r = routeGroup('/integrations', { tag: 'integrations' });
  r.get(
    '/slack',
    {
      summary: 'Connected Slack workspaces, the technician channel and whether install is configured (admin)',
      permission: 'settings.manage',
    },
    async (_req, res) => {
      const view = await getSlackIntegration({ ctx: tenantContext(res) });
      res.json({
        ...view,
        installConfigured: deps.slackOAuth && Boolean(deps.publicUrl),
        slashCommand: deps.slashCommand,
      });
    },
  );
  /**
   * An admin gets a 10-minute link that starts the Slack OAuth install for their account (the
   * browser cannot carry our bearer token to Slack and back).
   */
  r.post(
    '/slack/install-link',
    { summary: 'A 10-minute link that starts the Slack OAuth install for this account (admin)' },
    async (_req, res) => {
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
    },
  );
  r.put(
    '/slack/technician-channel',
    {
      summary: 'Post Slack escalations in this channel of a connected workspace (admin)',
      body: SlackTechnicianChannelInput,
    },
    async (req, res) => {
      res.json(await setSlackTechnicianChannel({ ctx: tenantContext(res), input: req.body }));
    },
  );
  r.get(
    '/teams',
    {
      summary:
        'Linked Microsoft 365 tenants, the technician channel and whether the app package can be built (admin)',
      permission: 'settings.manage',
    },
    async (_req, res) => {
      res.json({
        ...(await getTeamsIntegration({ ctx: tenantContext(res) })),
        appPackageAvailable: Boolean(deps.teamsAppId),
      });
    },
  );
  r.post(
    '/teams/tenant',
    {
      summary: 'Teams users of this Microsoft 365 tenant belong to this account (admin)',
      body: TeamsTenantInput,
    },
    async (req, res) => {
      res.json(await linkTeamsTenant({ ctx: tenantContext(res), input: req.body }));
    },
  );
  r.put(
    '/teams/technician-channel',
    {
      summary: 'Post Teams escalations in this channel, one the app has seen (admin)',
      body: TeamsTechnicianChannelInput,
    },
    async (req, res) => {
      res.json(await setTeamsTechnicianChannel({ ctx: tenantContext(res), input: req.body }));
    },
  );
  r.get(
    '/teams/app-package',
    {
      summary: 'The Teams app package (zip) for this server, to upload in Teams (admin)',
      permission: 'settings.manage',
    },
    async (req, res) => {
      if (!deps.teamsAppId) {
        throw new ServiceError(
          'unprocessable',
          'The Teams app package needs the bot id: set MICROSOFT_APP_ID (and PUBLIC_URL to the address Teams will call).',
        );
      }
      const zip = buildTeamsPackage(deps.teamsAppId, originOf(req, deps.publicUrl));
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Content-Disposition', 'attachment; filename="resolutionflow-teams-app.zip"');
      res.send(zip);
    },
  );
  return r;
}
