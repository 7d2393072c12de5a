import type { WebClient } from '@slack/web-api';
import { renderScriptsBlocks } from '../../../cards/index.ts';
import { scriptsForChat } from '../../../core/scripts/index.ts';
import { findSessionByChannel } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { SCRIPTS_USAGE } from '../../script-verbs.ts';
import { slackChannelRef } from '../conversation.ts';
import { chatErrorFor } from '../errors.ts';
import type { SlackRuntime } from '../runtime.ts';

/** "scripts <search>" in a thread: the best template, filled for the thread's session, posted in the thread. */
export async function postSlackScripts(
  rt: SlackRuntime,
  client: WebClient,
  ctx: TenantContext,
  where: { teamId: string; channel: string; threadTs: string },
  query: string,
): Promise<void> {
  const say = (text: string) =>
    client.chat.postMessage({ channel: where.channel, thread_ts: where.threadTs, text });
  if (query.length < 2) {
    await say(SCRIPTS_USAGE);
    return;
  }
  try {
    const session = await findSessionByChannel(
      ctx,
      slackChannelRef(where.teamId, where.channel, where.threadTs),
    );
    const view = await scriptsForChat({ ctx, query, sessionId: session?.id ?? null });
    await client.chat.postMessage({
      channel: where.channel,
      thread_ts: where.threadTs,
      ...renderScriptsBlocks(view),
    });
  } catch (error) {
    const e = chatErrorFor(error);
    if (e.title === 'Something went wrong') rt.logger.error({ err: error }, 'Slack scripts command failed');
    await say(`${e.title}: ${e.message}`);
  }
}
