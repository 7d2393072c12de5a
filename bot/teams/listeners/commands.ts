import type { TurnContext } from '@microsoft/agents-hosting';
import { getPlanStatus, planStatusLine } from '../../../core/billing/index.ts';
import { setTechnicianChannel } from '../../../core/chat/index.ts';
import { listSessions } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { say } from '../conversation.ts';
import { errorLine, teamsErrorFor } from '../errors.ts';
import type { Target } from '../outbound.ts';
import type { Place } from '../places.ts';
import { rememberConversation } from './install.ts';

/**
 * Words the bot treats as commands when they are the whole message (after the @mention), so a
 * problem description that merely starts with "help" is still a problem. `new` takes the problem.
 * The manifest's `commandLists` offers exactly these (bot/teams/manifest.test.ts checks it).
 */
export const BOT_COMMANDS = ['new', 'status', 'techchannel', 'help'] as const;
export type BotCommand = (typeof BOT_COMMANDS)[number];

export type ParsedText = { command: Exclude<BotCommand, 'new'> } | { command: 'new'; problem: string } | null;

/** A command, or null for an ordinary message. */
export function parseCommand(text: string): ParsedText {
  const lower = text.trim().toLowerCase();
  if (lower === 'status' || lower === 'techchannel' || lower === 'help') return { command: lower };
  const match = /^new(?:\s+([\s\S]*))?$/i.exec(text.trim());
  return match ? { command: 'new', problem: (match[1] ?? '').trim() } : null;
}

export const HELP_TEXT = [
  '**Mention me with the problem** in a channel post and that thread becomes a diagnosis session; reply in the thread (mentioning me) to continue. In a chat with me, just write.',
  '- **new** *problem*: start a new problem in this chat',
  '- **status**: your open sessions',
  '- **queue**: (L1, in our chat) the L1 queue with Start buttons',
  '- **walkin**: (L1, in our chat) log a walk-in ticket',
  "- **scripts** *what it is for*: find a script template, filled in for this conversation's problem",
  '- **techchannel**: (admins, in a channel) send escalations to this channel',
  '- **help**: this list',
  'Use **Escalate to engineer** in any message\'s "…" menu to hand a problem to the technicians.',
].join('\n\n');

/**
 * `status`, `techchannel` and `help`. The technician channel is the bare channel (escalations
 * start new threads there); its conversation reference is stored so posts can be made later.
 */
export async function runCommand(
  context: TurnContext,
  ctx: TenantContext,
  place: Place,
  target: Target,
  command: 'status' | 'techchannel' | 'help',
): Promise<void> {
  switch (command) {
    case 'help': {
      // Days left in the trial (or the past-due grace) under the commands.
      const plan = await getPlanStatus({ ctx });
      await say(context, target, `${HELP_TEXT}\n\n${planStatusLine(plan)}`);
      return;
    }
    case 'status': {
      const me = ctx.actor.kind === 'user' ? ctx.actor.userId : undefined;
      const { sessions } = await listSessions({
        ctx,
        input: { status: 'active', ownerUserId: me, limit: 10 },
      });
      const lines = sessions.map(
        (s) => `- ${s.problemSummary} (${s.channelKind}, since ${s.createdAt.slice(0, 10)})`,
      );
      await say(
        context,
        target,
        lines.length ? `**Your open sessions**\n\n${lines.join('\n')}` : 'You have no open sessions.',
      );
      return;
    }
    case 'techchannel': {
      if (place.kind !== 'channel') {
        await say(context, target, 'Send this in the team channel where escalations should be posted.');
        return;
      }
      try {
        await setTechnicianChannel({
          ctx,
          input: { platform: 'teams', ref: { conversationId: place.channelId } },
        });
        await rememberConversation(ctx, context.activity, place.tenantId, place.channelId);
        await say(context, target, 'Escalations will be posted in this channel.');
      } catch (error) {
        await say(context, target, errorLine(teamsErrorFor(error)));
      }
      return;
    }
  }
}
