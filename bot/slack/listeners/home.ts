import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { renderHomeView } from '../../../cards/index.ts';
import { getPlanStatus, planStatusLine } from '../../../core/billing/index.ts';
import { deleteSlackInstallation } from '../../../core/chat/index.ts';
import { listSessions } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { contextOrRefuse, type SlackRuntime } from '../runtime.ts';
import { queueHomeBlocks } from './intake.ts';

/** Event subscriptions these listeners need (manifest `bot_events`). */
export const HOME_EVENTS = ['app_home_opened', 'app_uninstalled', 'tokens_revoked'] as const;

/** App Home: my open sessions and recent resolutions. Uninstall events forget the workspace's token. */
export function registerHome(app: App, rt: SlackRuntime): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const ctx = await contextOrRefuse(rt, client, { teamId: body.team_id, userId: event.user });
    if (!ctx) {
      await client.views.publish({
        user_id: event.user,
        view: {
          type: 'home',
          blocks: [
            {
              type: 'section',
              text: {
                type: 'mrkdwn',
                text: "I don't know you yet. Ask your ResolutionFlow admin to invite you.",
              },
            },
          ],
        },
      });
      return;
    }
    await publishHome(rt, client, ctx, event.user);
  });

  const forget = async (teamId: string | undefined) => {
    if (!teamId) return;
    await deleteSlackInstallation(rt.database, teamId);
    rt.installations.forget(teamId);
    rt.logger.info({ teamId }, 'Slack workspace uninstalled; token deleted');
  };
  app.event('app_uninstalled', async ({ body }) => forget(body.team_id));
  app.event('tokens_revoked', async ({ event, body }) => {
    // Only our own bot's token: a revoked user token (or any other id) leaves the install working.
    const installation = body.team_id ? await rt.installations.get(body.team_id) : undefined;
    if (installation && event.tokens.bot?.includes(installation.botUserId)) await forget(body.team_id);
  });
}

/** Publishes one person's App Home: the L1 queue (for those who may act on it), then their sessions. */
export async function publishHome(
  rt: SlackRuntime,
  client: WebClient,
  ctx: TenantContext,
  slackUserId: string,
) {
  const me = ctx.actor.kind === 'user' ? ctx.actor.userId : undefined;
  const [open, resolved, queue, plan] = await Promise.all([
    listSessions({ ctx, input: { status: 'active', ownerUserId: me, limit: 20 } }),
    listSessions({ ctx, input: { status: 'resolved_local', ownerUserId: me, limit: 10 } }),
    queueHomeBlocks(ctx),
    getPlanStatus({ ctx }),
  ]);
  const home = renderHomeView(
    { open: open.sessions, recent: resolved.sessions },
    { canAct: true, sessionUrl: rt.conversation.sessionUrl },
  );
  await client.views.publish({
    user_id: slackUserId,
    view: {
      ...home,
      blocks: [
        // The trial countdown (or past-due grace) leads; a paid plan says nothing here.
        ...(plan.source === 'trial' || plan.source === 'grace'
          ? [
              {
                type: 'context' as const,
                elements: [{ type: 'mrkdwn' as const, text: planStatusLine(plan) }],
              },
            ]
          : []),
        ...queue,
        ...(queue.length ? [{ type: 'divider' as const }] : []),
        ...home.blocks,
      ],
    },
  });
}
