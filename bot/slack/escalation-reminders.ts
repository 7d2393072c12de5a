import type { WebClient } from '@slack/web-api';
import { escalationReminderText, escapeMrkdwn } from '../../cards/index.ts';
import type { DueReminder } from '../../core/escalations/index.ts';
import type { SlackRuntime } from './runtime.ts';

/**
 * Sends one unclaimed-escalation reminder on Slack. The channel step replies in the escalation
 * post's thread, broadcast to the channel with `<!here>` so whoever is online sees it; the admins
 * step DMs each admin and owner who has a Slack identity (posting to a user id opens the app DM).
 * A reminder about a Teams escalation is not Slack's to send, except the admins' DMs.
 */
export async function sendSlackReminder(
  rt: SlackRuntime,
  clientFor: (teamId: string) => Promise<WebClient | null>,
  reminder: DueReminder,
): Promise<void> {
  const channel = reminder.channel?.platform === 'slack' ? reminder.channel.ref : null;
  const view = {
    step: reminder.step,
    problemSummary: reminder.problemSummary,
    ticketExternalId: reminder.ticketExternalId,
    waitingMinutes: reminder.waitingMinutes,
    where: channel?.channelId
      ? `in <#${channel.channelId}>`
      : reminder.channel
        ? 'in the Teams technician channel'
        : null,
  };
  // Slack's mrkdwn control characters in the problem text must not become mentions or links.
  const text = escalationReminderText({ ...view, problemSummary: escapeMrkdwn(view.problemSummary) });
  if (reminder.step === 'channel') {
    if (!channel?.teamId || !channel.channelId) return;
    const client = await clientFor(channel.teamId);
    if (!client) throw new Error('the Slack workspace of the technician channel is no longer installed');
    const text2 = `<!here> ${text}`;
    await (channel.postTs
      ? client.chat.postMessage({
          channel: channel.channelId,
          text: text2,
          thread_ts: channel.postTs,
          reply_broadcast: true,
        })
      : client.chat.postMessage({ channel: channel.channelId, text: text2 }));
    return;
  }
  for (const admin of reminder.admins) {
    for (const chat of admin.chat.filter((c) => c.platform === 'slack')) {
      const client = await clientFor(chat.tenantKey);
      // One admin's closed DMs must not make the others get the message twice on the retry.
      await client?.chat
        .postMessage({ channel: chat.externalUserId, text })
        .catch((error: unknown) =>
          rt.logger.warn({ err: error, userId: admin.userId }, 'Slack: could not DM an admin the reminder'),
        );
    }
  }
}
