import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import {
  type AdaptiveCardJson,
  parseWalkAction,
  readTeamsWalkNote,
  renderErrorCard,
  renderWalkCard,
  WALK_VERBS,
} from '../../../cards/index.ts';
import { getWalk } from '../../../core/flows/index.ts';
import { linkMentionedTicket } from '../../../core/psa/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { ServiceError } from '../../../core/shared/errors.ts';
import { runWalkVerb, startWalkForTicket, walkRenderContext } from '../../walk-verbs.ts';
import { refreshCardLater, say, sessionFor, type TeamsMessage } from '../conversation.ts';
import { errorLine, GENERIC_TITLE, teamsErrorFor, withNotice } from '../errors.ts';
import { identifyOrErrorCard } from '../identity.ts';
import { cardBody, post, update } from '../outbound.ts';
import type { TeamsRuntime } from '../runtime.ts';
import type { ExecuteAction } from './actions.ts';
import { sendToTechnicianChannel } from './escalate.ts';

/**
 * "walk <problem>" in a thread or chat: the session (started when there is none), a mentioned
 * ticket linked, match-or-build, what was decided and why, then the first walk card.
 */
export async function startTeamsWalk(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  message: TeamsMessage,
): Promise<void> {
  const { target } = message;
  if (message.text.length < 3) {
    await say(
      context,
      target,
      'Describe the problem after "walk", e.g. "walk Outlook keeps asking for a password".',
    );
    return;
  }
  try {
    const session = await sessionFor(ctx, message);
    const mentioned = await linkMentionedTicket({ ctx, deps: rt.diagnosis.psa, session, text: message.text });
    if (mentioned) {
      await say(
        context,
        target,
        mentioned.linked
          ? `Linked to ticket #${mentioned.ticketNumber}: ${mentioned.summary}`
          : `Ticket #${mentioned.ticketNumber}: ${teamsErrorFor(mentioned.error).message}`,
      );
    }
    const started = await startWalkForTicket({
      ctx,
      diagnosis: rt.diagnosis,
      ticket: { summary: message.text.replace(/#\d+/g, ' ').trim() || message.text },
      sessionId: session.id,
    });
    await say(context, target, started.text);
    if (!started.walk) return;
    const card = renderWalkCard(started.walk, await walkRenderContext(ctx, started.walk));
    await post(context, target, cardBody(card, started.walk.flowTitle));
  } catch (error) {
    const view = teamsErrorFor(error);
    if (view.title === GENERIC_TITLE) rt.logger.error({ err: error }, 'Teams walk start failed');
    await say(context, target, errorLine(view));
  }
}

/**
 * The walk card's `Action.Execute` verbs. The invoke answer is the updated card for the presser;
 * the shared message is replaced too, after the answer, so everyone in the thread sees the step
 * the walk is on. A refused press answers with the current card and the reason on top.
 */
export function registerWalk(agent: AgentApplication<TurnState>, rt: TeamsRuntime): void {
  for (const verb of WALK_VERBS) {
    agent.adaptiveCards.actionExecute<ExecuteAction>(verb, async (context, _state, action) =>
      pressWalk(rt, context, action),
    );
  }
}

async function pressWalk(
  rt: TeamsRuntime,
  context: TurnContext,
  action: ExecuteAction,
): Promise<AdaptiveCardJson> {
  const who = await identifyOrErrorCard(rt, context);
  if (!who.ok) return who.card;
  const parsed = parseWalkAction(action.verb, action.data);
  if (!parsed.ok) {
    rt.logger.warn({ reason: parsed.reason, verb: action.verb }, 'Teams walk action refused');
    return renderErrorCard({
      title: 'This card is out of date',
      message: 'Start again from the latest card.',
    });
  }
  const { ctx } = who;
  try {
    const view = await runWalkVerb({
      ctx,
      diagnosis: rt.diagnosis,
      verb: parsed.verb,
      payload: parsed.payload,
      note: readTeamsWalkNote(action.data),
      onEscalated: (posted) => {
        rt.later(context, `escalate:${posted.session.id}`, 'technician channel post', async () => {
          await sendToTechnicianChannel(rt, ctx, posted);
        });
      },
    });
    // Every press writes the session (answers are facts): its card in the thread follows the walk.
    if (view.sessionId) refreshCardLater(rt, context, ctx, view.sessionId);
    const card = renderWalkCard(view, await walkRenderContext(ctx, view));
    replaceSharedCardLater(rt, context, card);
    return card;
  } catch (error) {
    const notice = teamsErrorFor(error, rt.config.publicUrl);
    if (notice.title === GENERIC_TITLE)
      rt.logger.error({ err: error, verb: parsed.verb }, 'Teams walk action failed');
    if (!(error instanceof ServiceError) || error.code === 'not_found') return renderErrorCard(notice);
    const current = await getWalk({ ctx, walkId: parsed.payload.w })
      .then(async (view) => renderWalkCard(view, await walkRenderContext(ctx, view)))
      .catch(() => null);
    return current ? withNotice(current, notice) : renderErrorCard(notice);
  }
}

/**
 * The invoke's own answer only changes the presser's copy; the message itself is updated after it.
 * Shared by the other cards whose presses redraw them in place (the script review card).
 */
export function replaceSharedCardLater(
  rt: TeamsRuntime,
  context: TurnContext,
  card: AdaptiveCardJson,
  what = 'walk',
): void {
  const conversationId = context.activity.conversation?.id;
  const activityId = context.activity.replyToId;
  if (!conversationId || !activityId) return;
  rt.later(context, `${what}:${activityId}`, `${what} card update`, (later) =>
    update(later, conversationId, activityId, cardBody(card)),
  );
}
