import type { App } from '@slack/bolt';
import { findSessionByChannel } from '../../../core/sessions/index.ts';
import { slackChannelRef } from '../conversation.ts';
import { contextOrRefuse, firstTimeSeen, type SlackRuntime, workspaceContext } from '../runtime.ts';
import { converseOrWalk } from './walk.ts';

/**
 * Event subscriptions these listeners need (manifest `bot_events`): `app_mention`, and the
 * `message` event in public channels, private channels and DMs for thread replies.
 */
export const MESSAGE_EVENTS = ['app_mention', 'message.channels', 'message.groups', 'message.im'] as const;

/** `<@U123>` mentions of the bot are addressing, not content. */
export function stripMentions(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An @mention starts (or continues) the thread's session; a plain reply in a thread that already
 * has a session is a turn; any message in a DM with the bot is a turn in that DM thread.
 */
export function registerMessageListeners(app: App, rt: SlackRuntime): void {
  app.event('app_mention', async ({ event, body, client }) => {
    if (!(await firstTimeSeen(rt, body))) return;
    const teamId = body.team_id;
    const threadTs = event.thread_ts ?? event.ts;
    const ctx = await contextOrRefuse(rt, client, {
      teamId,
      userId: event.user,
      channel: event.channel,
      threadTs,
    });
    if (!ctx || !event.user) return;
    const text = stripMentions(event.text);
    if (!text) {
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: threadTs,
        text: 'Tell me what is wrong, e.g. "@ResolutionFlow Outlook keeps asking for a password on one laptop".',
      });
      return;
    }
    await converseOrWalk(rt, client, ctx, {
      teamId,
      channel: event.channel,
      threadTs,
      userId: event.user,
      text,
    });
  });

  app.message(async ({ message, body, client, context }) => {
    // Edits, joins, bot posts (including our own) are not turns.
    if (
      message.subtype !== undefined ||
      !('user' in message) ||
      !message.user ||
      !('text' in message) ||
      !message.text
    )
      return;
    const teamId = (body as { team_id?: string }).team_id;
    if (!teamId) return;
    const isDm = message.channel_type === 'im';
    const mentionsBot = context.botUserId ? message.text.includes(`<@${context.botUserId}>`) : false;
    // In channels an @mention also arrives as app_mention; answer it once, there.
    if (!isDm && mentionsBot) return;
    const threadTs = message.thread_ts ?? (isDm ? message.ts : undefined);
    if (!threadTs) return;
    if (!isDm) {
      // A thread reply matters only in a thread the bot is already diagnosing; find that out with
      // one lookup before spending anything on who wrote it.
      const workspace = await workspaceContext(rt, teamId);
      if (
        !workspace ||
        !(await findSessionByChannel(workspace, slackChannelRef(teamId, message.channel, threadTs)))
      )
        return;
      if (!(await firstTimeSeen(rt, body as { event_id?: string }))) return;
      // Someone not invited who writes in a session's thread is told why nothing answers, there.
      const ctx = await contextOrRefuse(rt, client, {
        teamId,
        userId: message.user,
        channel: message.channel,
        threadTs,
      });
      if (!ctx) return;
      await converseOrWalk(rt, client, ctx, {
        teamId,
        channel: message.channel,
        threadTs,
        userId: message.user,
        text: stripMentions(message.text),
      });
      return;
    }
    if (!(await firstTimeSeen(rt, body as { event_id?: string }))) return;
    const ctx = await contextOrRefuse(rt, client, {
      teamId,
      userId: message.user,
      channel: message.channel,
      threadTs,
    });
    if (!ctx) return;
    await converseOrWalk(rt, client, ctx, {
      teamId,
      channel: message.channel,
      threadTs,
      userId: message.user,
      text: stripMentions(message.text),
    });
  });
}
