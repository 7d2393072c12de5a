import type { BlockAction } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { firstDelivery } from '../../core/chat/index.ts';
import type { Database } from '../../core/db/client.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { Logger } from '../../core/shared/logger.ts';
import type { SlackConfig } from './config.ts';
import type { ConversationDeps } from './conversation.ts';
import { NOT_INVITED, slackUserContext } from './identity.ts';
import type { InstallationCache } from './installations.ts';

/** Everything the listeners share; built once in adapter.ts. */
export interface SlackRuntime {
  config: SlackConfig;
  database: Database;
  installations: InstallationCache;
  conversation: ConversationDeps;
  logger: Logger;
}

/** A Web API client with the installing workspace's bot token, or null when the app is not installed there. */
export async function botClientFor(rt: SlackRuntime, teamId: string): Promise<WebClient | null> {
  const installation = await rt.installations.get(teamId);
  return installation
    ? new WebClient(installation.botToken, rt.config.apiUrl ? { slackApiUrl: rt.config.apiUrl } : {})
    : null;
}

/**
 * Where a button was pressed: its channel (a message in an assistant thread or DM may name it only
 * in the container), the presser, and the thread its message belongs to (the message itself when
 * it is a thread's root). Replies and private notices about the press go there.
 */
export function pressPlace(body: Pick<BlockAction, 'channel' | 'container' | 'user' | 'message'>) {
  return {
    channel: (body.channel?.id ?? body.container?.channel_id) as string | undefined,
    user: body.user.id,
    threadTs: (body.message?.thread_ts ?? body.message?.ts) as string | undefined,
  };
}

/**
 * The tenant context for the Slack user behind a request, or null after telling them (ephemerally,
 * where there is a channel) that they are not set up. Nothing else happens for strangers.
 */
export async function contextOrRefuse(
  rt: SlackRuntime,
  client: WebClient,
  who: {
    teamId: string | undefined;
    userId: string | undefined;
    channel?: string | undefined;
    threadTs?: string | undefined;
  },
): Promise<TenantContext | null> {
  if (!who.teamId || !who.userId) return null;
  const ctx = await slackUserContext(rt, client, who.teamId, who.userId);
  if (ctx) return ctx;
  if (who.channel) {
    await client.chat
      .postEphemeral({
        channel: who.channel,
        user: who.userId,
        text: NOT_INVITED,
        ...(who.threadTs ? { thread_ts: who.threadTs } : {}),
      })
      .catch((error: unknown) => rt.logger.warn({ err: error }, 'could not send the not-invited notice'));
  }
  return null;
}

/**
 * Slack retries an event it thinks we missed (X-Slack-Retry-Num) with the same `event_id`. Called
 * by listeners right before they act, so only events we answer cost a write; irrelevant chatter
 * (most of what a workspace sends) never touches this table.
 */
export async function firstTimeSeen(rt: SlackRuntime, body: { event_id?: string }): Promise<boolean> {
  return body.event_id ? firstDelivery(rt.database, 'slack', body.event_id) : true;
}

/** A system context for the workspace's account: enough to ask "is this thread ours?" before knowing who wrote. */
export async function workspaceContext(rt: SlackRuntime, teamId: string): Promise<TenantContext | null> {
  const installation = await rt.installations.get(teamId);
  return installation
    ? { db: rt.database, accountId: installation.accountId, actor: { kind: 'system', name: 'slack' } }
    : null;
}
