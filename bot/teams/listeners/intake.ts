import type { TurnContext } from '@microsoft/agents-hosting';
import { renderQueueCard } from '../../../cards/queue.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { listQueue } from '../../../core/tickets/index.ts';
import { say } from '../conversation.ts';
import { errorLine, teamsErrorFor } from '../errors.ts';
import { cardBody, post, type Target } from '../outbound.ts';
import type { Place } from '../places.ts';
import type { TeamsRuntime } from '../runtime.ts';

/** Personal-chat commands of the L1 tier; checked before the diagnosis commands. */
export const INTAKE_COMMANDS = ['queue'] as const;

/**
 * `queue` in a personal chat: the L1 queue's top 10 as an Adaptive Card. Returns false for any
 * other message (or a queue asked for in a channel), which then goes on to the diagnosis commands.
 */
export async function runIntakeCommand(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  place: Place,
  target: Target,
  text: string,
): Promise<boolean> {
  if (text.trim().toLowerCase() !== 'queue') return false;
  if (place.kind !== 'chat' || place.chatType !== 'personal') {
    await say(context, target, 'Ask for the queue in your chat with me.');
    return true;
  }
  try {
    const queue = await listQueue({ ctx, input: { limit: 11 } });
    const base = rt.config.publicUrl?.replace(/\/$/, '');
    await post(context, target, cardBody(renderQueueCard(queue, base ? `${base}/l1` : null), 'L1 queue'));
  } catch (error) {
    await say(context, target, errorLine(teamsErrorFor(error)));
  }
  return true;
}
