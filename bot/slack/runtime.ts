import type { WebClient } from '@slack/web-api';
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
