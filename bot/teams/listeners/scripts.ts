import type { TurnContext } from '@microsoft/agents-hosting';
import { renderScriptsCard } from '../../../cards/index.ts';
import { scriptsForChat } from '../../../core/scripts/index.ts';
import { findSessionByChannel } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { SCRIPTS_USAGE } from '../../script-verbs.ts';
import { say } from '../conversation.ts';
import { errorLine, teamsErrorFor } from '../errors.ts';
import { cardBody, post, type Target } from '../outbound.ts';
import { channelOf, type Place } from '../places.ts';

/** "scripts <search>" in a chat or thread: the best template, filled for this conversation's session. */
export async function runTeamsScripts(
  context: TurnContext,
  ctx: TenantContext,
  place: Place,
  target: Target,
  query: string,
): Promise<void> {
  if (query.length < 2) {
    await say(context, target, SCRIPTS_USAGE);
    return;
  }
  try {
    const session = await findSessionByChannel(ctx, channelOf(place));
    const view = await scriptsForChat({ ctx, query, sessionId: session?.id ?? null });
    await post(
      context,
      target,
      cardBody(renderScriptsCard(view), view.top ? `Script: ${view.top.name}` : 'No script'),
    );
  } catch (error) {
    await say(context, target, errorLine(teamsErrorFor(error)));
  }
}
