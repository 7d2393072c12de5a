import { type Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import { saveTeamsConversation } from '../../../core/chat/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { tenantOf } from '../places.ts';
import type { TeamsRuntime } from '../runtime.ts';

interface InstallChannelData {
  team?: { id?: string };
  channel?: { id?: string };
  settings?: { selectedChannel?: { id?: string } };
}

/**
 * Remembers a conversation so the bot can post there later (the technician channel): service URL,
 * tenant, team and channel, and a conversation reference without the user or the activity — a
 * proactive post is from the bot to the conversation, not a reply to anyone.
 */
export async function rememberConversation(
  ctx: TenantContext,
  activity: Activity,
  tenantId: string,
  conversationId: string,
): Promise<void> {
  const data = (activity.channelData ?? {}) as InstallChannelData;
  const ref = activity.getConversationReference();
  const isChannel = activity.conversation?.conversationType === 'channel';
  const reference = JSON.parse(
    JSON.stringify({
      channelId: ref.channelId,
      serviceUrl: ref.serviceUrl,
      locale: ref.locale,
      agent: ref.agent,
      conversation: { ...ref.conversation, id: conversationId },
    }),
  ) as Record<string, unknown>;
  await saveTeamsConversation(ctx, {
    tenantId,
    conversationId,
    conversationType: activity.conversation?.conversationType ?? 'unknown',
    teamId: data.team?.id ?? null,
    channelId: isChannel ? (data.channel?.id ?? data.settings?.selectedChannel?.id ?? conversationId) : null,
    serviceUrl: activity.serviceUrl ?? '',
    reference,
  });
}

/**
 * `conversationUpdate` with the bot among `membersAdded` (the app was added to a team, or to a
 * chat) and `installationUpdate` with action `add`/`add-upgrade`: store the conversation of a
 * connected tenant. Activities from unknown tenants are ignored; nothing is said on install.
 */
export function registerInstall(agent: AgentApplication<TurnState>, rt: TeamsRuntime): void {
  const remember = async (activity: Activity) => {
    const tenantId = tenantOf(activity);
    const accountId = tenantId ? await rt.tenants.accountFor(tenantId) : null;
    const conversationId = activity.conversation?.id;
    if (!tenantId || !accountId || !conversationId) {
      rt.logger.info({ tenantId }, 'Teams install from a tenant that is not connected; ignored');
      return;
    }
    const ctx: TenantContext = { db: rt.database, accountId, actor: { kind: 'system', name: 'teams' } };
    await rememberConversation(ctx, activity, tenantId, conversationId);
    rt.logger.info({ tenantId, conversationId }, 'Teams conversation remembered');
  };

  agent.onConversationUpdate('membersAdded', async (context) => {
    const { membersAdded, recipient } = context.activity;
    if (membersAdded?.some((m) => m.id === recipient?.id)) await remember(context.activity);
  });

  agent.onActivity(ActivityTypes.InstallationUpdate, async (context) => {
    const action = String(context.activity.action ?? '');
    if (action === 'add' || action === 'add-upgrade') await remember(context.activity);
  });
}
