import { type InstallationStore, InstallProvider, type Logger as SlackLogger } from '@slack/oauth';
import type { Router } from 'express';
import { verifyTicket } from '../../core/auth/index.ts';
import { deleteSlackInstallation, saveSlackInstallation } from '../../core/chat/index.ts';
import type { Database } from '../../core/db/client.ts';
import type { Logger } from '../../core/shared/logger.ts';
import type { InstallationCache } from './installations.ts';

/** Bot scopes requested at install; must equal manifests/slack/manifest.yml (a test checks). */
export const BOT_SCOPES = [
  'app_mentions:read',
  // The assistant split view (suggested prompts, thread titles) and the thread status while the
  // assistant works; its presence on an install also turns on streamed answers (answer-replies.ts).
  'assistant:write',
  'channels:history',
  'groups:history',
  'im:history',
  'im:write',
  'chat:write',
  'commands',
  'users:read',
  'users:read.email',
];

export const SLACK_INSTALL_TICKET = 'slack-install';

interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  apiUrl: string | undefined;
}

/**
 * Multi-workspace install. An admin gets a ticket from the API (`POST
 * /api/v1/integrations/slack/install-link`), opens `/slack/install?ticket=…`, approves in Slack,
 * and Slack returns to `/slack/oauth_redirect`. The account id rides in the OAuth state, which
 * @slack/oauth signs with SLACK_STATE_SECRET and pins to a browser cookie, so it cannot be forged.
 */
export function mountSlackOAuth(
  router: Router,
  deps: {
    config: OAuthConfig;
    database: Database;
    keys: { accessToken: Buffer; secretsAtRest: Buffer };
    installations: InstallationCache;
    logger: Logger;
    slackLogger: SlackLogger;
  },
): InstallProvider {
  const store: InstallationStore = {
    async storeInstallation(installation) {
      const meta = JSON.parse(installation.metadata ?? '{}') as { accountId?: string; userId?: string };
      if (!installation.team?.id || !installation.bot?.token || !installation.bot.userId) {
        throw new Error('Slack returned an installation without a team or bot token');
      }
      await saveSlackInstallation(deps.database, deps.keys.secretsAtRest, {
        accountId: meta.accountId,
        teamId: installation.team.id,
        teamName: installation.team.name ?? null,
        enterpriseId: installation.enterprise?.id ?? null,
        appId: installation.appId ?? null,
        botUserId: installation.bot.userId,
        botId: installation.bot.id ?? null,
        botToken: installation.bot.token,
        botScopes: installation.bot.scopes ?? [],
        installedByUserId: meta.userId ?? null,
      });
      deps.installations.forget(installation.team.id);
    },
    async fetchInstallation(query) {
      const found = query.teamId ? await deps.installations.get(query.teamId) : null;
      if (!found) throw new Error('No installation for this workspace');
      return {
        team: { id: found.teamId, name: found.teamName ?? undefined },
        enterprise: undefined,
        user: { id: '', token: undefined, scopes: undefined },
        bot: {
          token: found.botToken,
          userId: found.botUserId,
          id: found.botId ?? '',
          scopes: found.botScopes,
        },
        appId: found.appId ?? undefined,
        isEnterpriseInstall: false,
      } as Awaited<ReturnType<InstallationStore['fetchInstallation']>>;
    },
    async deleteInstallation(query) {
      if (query.teamId) await deleteSlackInstallation(deps.database, query.teamId);
    },
  };
  const installer = new InstallProvider({
    clientId: deps.config.clientId,
    clientSecret: deps.config.clientSecret,
    stateSecret: deps.config.stateSecret,
    installationStore: store,
    directInstall: true,
    logger: deps.slackLogger,
    ...(deps.config.apiUrl ? { clientOptions: { slackApiUrl: deps.config.apiUrl } } : {}),
  });

  router.get('/slack/install', async (req, res) => {
    try {
      const ticket = typeof req.query.ticket === 'string' ? req.query.ticket : '';
      const who = await verifyTicket(deps.keys.accessToken, SLACK_INSTALL_TICKET, ticket);
      // A fresh options object per request: the account id must never leak between installs.
      await installer.handleInstallPath(
        req,
        res,
        {},
        {
          scopes: BOT_SCOPES,
          metadata: JSON.stringify({ accountId: who.accountId, userId: who.userId }),
        },
      );
    } catch (error) {
      deps.logger.warn({ err: error }, 'Slack install refused');
      res
        .status(401)
        .type('text/plain')
        .send('This install link has expired or is not valid. Start again from ResolutionFlow.');
    }
  });
  router.get('/slack/oauth_redirect', (req, res) => {
    void installer.handleCallback(req, res, {
      success: (_installation, _options, _req, response) => {
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('ResolutionFlow is installed in your Slack workspace. You can close this tab.');
      },
      failure: (error, _options, _req, response) => {
        deps.logger.warn({ err: error }, 'Slack OAuth callback failed');
        response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Slack installation did not complete. Start again from ResolutionFlow.');
      },
    });
  });
  return installer;
}
