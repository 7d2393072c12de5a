import type { TurnContext } from '@microsoft/agents-hosting';
import type { TenantContext } from '../../../core/shared/context.ts';
import { say } from '../conversation.ts';
import { errorLine, teamsErrorFor } from '../errors.ts';
import { cardBody, post, type Target } from '../outbound.ts';
import type { Place } from '../places.ts';
import type { TeamsRuntime } from '../runtime.ts';
import { queueCard } from './queue.ts';
import { renderWalkInPromptCard, walkInRefusal } from './walk-in.ts';

/**
 * Personal-chat commands of the L1 tier; checked before the diagnosis commands. The manifest offers
 * them in the personal scope (bot/teams/manifest.test.ts checks it).
 */
export const INTAKE_COMMANDS = ['queue', 'walkin'] as const;
type IntakeCommand = (typeof INTAKE_COMMANDS)[number];

/** "walk-in" and "walk in" are how people type it; the manifest offers "walkin". */
function intakeCommandOf(text: string): IntakeCommand | null {
  const lower = text.trim().toLowerCase();
  if (lower === 'queue') return 'queue';
  if (lower === 'walkin' || lower === 'walk-in' || lower === 'walk in') return 'walkin';
  return null;
}

/**
 * `queue` in a personal chat: the L1 queue's top 10 as an Adaptive Card with Start buttons.
 * `walkin`: a card whose button opens the walk-in dialog (a bot message cannot open a dialog by
 * itself; a button with `msteams.type = task/fetch` can). Returns false for any other message,
 * which then goes on to the diagnosis commands.
 */
export async function runIntakeCommand(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  place: Place,
  target: Target,
  text: string,
): Promise<boolean> {
  const command = intakeCommandOf(text);
  if (!command) return false;
  if (place.kind !== 'chat' || place.chatType !== 'personal') {
    await say(
      context,
      target,
      command === 'queue' ? 'Ask for the queue in your chat with me.' : 'Log walk-ins in your chat with me.',
    );
    return true;
  }
  try {
    if (command === 'queue') {
      await post(context, target, cardBody(await queueCard(rt, ctx, context.activity.from?.id), 'L1 queue'));
      return true;
    }
    const refusal = walkInRefusal(ctx);
    if (refusal) await say(context, target, refusal);
    else await post(context, target, cardBody(renderWalkInPromptCard(), 'Log a walk-in'));
  } catch (error) {
    await say(context, target, errorLine(teamsErrorFor(error)));
  }
  return true;
}
