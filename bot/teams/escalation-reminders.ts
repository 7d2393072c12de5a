import type { ConversationReference } from '@microsoft/agents-activity';
import { escalationReminderText } from '../../cards/index.ts';
import { getTeamsConversation, getTechnicianChannel } from '../../core/chat/index.ts';
import type { DueReminder } from '../../core/escalations/index.ts';
import { chatIdentitiesOfUser } from '../../core/identity/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { post } from './outbound.ts';
import type { TeamsRuntime } from './runtime.ts';

/**
 * Sends one unclaimed-escalation reminder on Teams: the channel step replies in the escalation
 * post's thread in the technician channel; the admins step opens each admin's and owner's 1:1 chat
 * with the bot (by the Entra object id their Teams identity was linked with) and tells them there.
 * Teams DMs go out through the service URL of the account's Teams technician channel, the one
 * conversation we know the bot can reach; without one, the audit entry is the notification.
 */
export async function sendTeamsReminder(
  rt: TeamsRuntime,
  accountId: string,
  reminder: DueReminder,
): Promise<void> {
  const ctx: TenantContext = {
    db: rt.database,
    accountId,
    actor: { kind: 'system', name: 'escalation-reminders' },
  };
  const ref = await getTechnicianChannel(ctx, 'teams');
  const tech = ref?.conversationId ? await getTeamsConversation(ctx, ref.conversationId) : null;
  const view = {
    step: reminder.step,
    problemSummary: reminder.problemSummary,
    ticketExternalId: reminder.ticketExternalId,
    waitingMinutes: reminder.waitingMinutes,
    where:
      reminder.channel?.platform === 'teams'
        ? 'in the technician channel'
        : reminder.channel
          ? 'in the Slack technician channel'
          : null,
  };
  const text = escalationReminderText(view);
  if (reminder.step === 'channel') {
    const thread =
      reminder.channel?.platform === 'teams' ? reminder.channel.ref.postConversationId : undefined;
    if (!thread) return;
    if (!tech) throw new Error('the Teams technician channel is no longer known; cannot remind it');
    const reference = {
      ...tech.reference,
      serviceUrl: tech.serviceUrl,
      conversation: { ...(tech.reference.conversation as object), id: thread },
    } as unknown as ConversationReference;
    await rt.proactive(reference, async (turn) => {
      await post(turn, { conversationId: thread }, { type: 'message', text });
    });
    return;
  }
  if (!tech) return;
  for (const admin of reminder.admins) {
    for (const chat of admin.chat.filter((c) => c.platform === 'teams')) {
      await rt
        .personalChat(
          {
            serviceUrl: tech.serviceUrl,
            tenantId: chat.tenantKey,
            memberId: chat.externalUserId,
            memberName: admin.name,
          },
          async (turn) => {
            await turn.sendActivity(text);
          },
        )
        .catch((error: unknown) =>
          // One admin's failure must not make the others get the message twice on the retry.
          rt.logger.warn(
            { err: error, userId: admin.userId },
            'Teams: could not message an admin the reminder',
          ),
        );
    }
  }
}

/**
 * A direct message from the bot to one of our users in their 1:1 chat with it (opened by the Entra
 * object id their Teams identity was linked with), through the service URL of the account's Teams
 * technician channel: the one conversation we know the bot can reach. Returns how many chats were
 * messaged; 0 when the user has no Teams identity or the account has no Teams technician channel.
 */
export async function notifyTeamsUser(
  rt: TeamsRuntime,
  accountId: string,
  userId: string,
  text: string,
): Promise<number> {
  const ctx: TenantContext = { db: rt.database, accountId, actor: { kind: 'system', name: 'teams-notify' } };
  const ref = await getTechnicianChannel(ctx, 'teams');
  const tech = ref?.conversationId ? await getTeamsConversation(ctx, ref.conversationId) : null;
  if (!tech) return 0;
  let sent = 0;
  for (const identity of await chatIdentitiesOfUser(ctx, userId, 'teams')) {
    await rt.personalChat(
      {
        serviceUrl: tech.serviceUrl,
        tenantId: identity.tenantKey,
        memberId: identity.externalUserId,
        memberName: '',
      },
      async (turn) => {
        await turn.sendActivity(text);
      },
    );
    sent += 1;
  }
  return sent;
}
