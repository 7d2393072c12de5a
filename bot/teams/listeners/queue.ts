import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { type AdaptiveCardJson, renderErrorCard, renderWalkCard } from '../../../cards/index.ts';
import {
  QUEUE_REFRESH_VERB,
  QUEUE_START_ACTION,
  type QueueCardOptions,
  renderQueueCard,
} from '../../../cards/queue.ts';
import { startWalk } from '../../../core/flows/index.ts';
import { getSession } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { ServiceError } from '../../../core/shared/errors.ts';
import { listQueue, type StartedTicketView, startTicket } from '../../../core/tickets/index.ts';
import { walkRenderContext } from '../../walk-verbs.ts';
import { postOrUpdateCard, say } from '../conversation.ts';
import { errorLine, GENERIC_TITLE, teamsErrorFor } from '../errors.ts';
import { identifyOrErrorCard } from '../identity.ts';
import { cardBody, post, update } from '../outbound.ts';
import { channelOf, currentSession, placeOf } from '../places.ts';
import type { TeamsRuntime } from '../runtime.ts';
import type { ExecuteAction } from './actions.ts';

/** Start's data: the ticket id, nothing else (the card is shared with nobody but its reader). */
const StartData = z.object({ t: z.string().uuid() });

/** The L1 queue as the card shows it, asked for by the person who will read it. */
export async function queueCard(
  rt: TeamsRuntime,
  ctx: TenantContext,
  teamsUserId: string | undefined,
  notice?: QueueCardOptions['notice'],
): Promise<AdaptiveCardJson> {
  const queue = await listQueue({ ctx, input: { limit: 11 } });
  const base = rt.config.publicUrl?.replace(/\/$/, '');
  // Teams user ids start with "29:"; only those can be asked to refresh the card themselves.
  const refreshFor = teamsUserId?.startsWith('29:') ? [teamsUserId] : [];
  return renderQueueCard(queue, {
    queueUrl: base ? `${base}/l1` : null,
    refreshFor,
    ...(notice ? { notice } : {}),
  });
}

/**
 * Replaces the queue card message `activityId` in this turn's conversation with the queue as it is
 * now, after the invoke is answered (the invoke's own answer only reaches whoever pressed).
 */
export function redrawQueueCardLater(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  activityId: string,
  notice?: QueueCardOptions['notice'],
): void {
  const conversationId = context.activity.conversation?.id;
  const userId = context.activity.from?.id;
  if (!conversationId) return;
  rt.later(context, `queue:${activityId}`, 'queue card redraw', async (later) => {
    await update(
      later,
      conversationId,
      activityId,
      cardBody(await queueCard(rt, ctx, userId, notice), 'L1 queue'),
    );
  });
}

/**
 * The queue card's verbs. Refresh (a button, and Teams' automatic refresh when the card is shown)
 * answers with the queue as it is now. Start takes the ticket (core's `startTicket`: session opened
 * in this chat, match-or-build run), answers with the redrawn queue saying what was matched, then
 * posts the session card — and the flow's first step when a flow matched — in the chat.
 */
export function registerQueue(agent: AgentApplication<TurnState>, rt: TeamsRuntime): void {
  agent.adaptiveCards.actionExecute<ExecuteAction>(QUEUE_REFRESH_VERB, async (context) => {
    const who = await identifyOrErrorCard(rt, context);
    if (!who.ok) return who.card;
    try {
      return await queueCard(rt, who.ctx, context.activity.from?.id);
    } catch (error) {
      return renderErrorCard(explain(rt, error));
    }
  });

  agent.adaptiveCards.actionExecute<ExecuteAction>(QUEUE_START_ACTION, async (context, _state, action) => {
    const who = await identifyOrErrorCard(rt, context);
    if (!who.ok) return who.card;
    const { ctx } = who;
    const data = StartData.safeParse(action.data);
    const place = placeOf(context.activity, who.tenantId);
    if (!data.success || place?.kind !== 'chat') {
      return renderErrorCard({
        title: 'This card is out of date',
        message: 'Write "queue" for the latest queue.',
      });
    }
    const userId = context.activity.from?.id;
    let started: StartedTicketView;
    try {
      // The ticket's session is the chat's next problem: later messages in the chat continue it.
      const { generation } = await currentSession(ctx, place);
      started = await startTicket({
        ctx,
        deps: { knowledge: rt.diagnosis.knowledge },
        ticketId: data.data.t,
        input: { channel: channelOf(place, generation + 1) },
      });
    } catch (error) {
      const view = explain(rt, error);
      // A refusal (someone else started it, it left the queue) answers with the queue as it is now.
      if (!(error instanceof ServiceError) || error.code === 'forbidden') return renderErrorCard(view);
      return queueCard(rt, ctx, userId, { text: errorLine(view), tone: 'attention' }).catch(() =>
        renderErrorCard(view),
      );
    }
    rt.diagnosis.onQueueChanged?.(ctx.accountId);
    const notice = {
      text: started.started
        ? `Started: ${started.ticket.summary}. The session is below in this chat.`
        : `You had already started "${started.ticket.summary}"; its session is in this chat.`,
      tone: 'good' as const,
    };
    if (context.activity.replyToId)
      redrawQueueCardLater(rt, context, ctx, context.activity.replyToId, notice);
    if (started.started) openStartedLater(rt, context, ctx, started);
    return queueCard(rt, ctx, userId, notice);
  });
}

/**
 * After Start is answered: what match-or-build decided, the session card, and the matched flow's
 * first step (a walk), so the L1 can begin at once.
 */
function openStartedLater(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  started: StartedTicketView,
): void {
  const conversationId = context.activity.conversation?.id;
  if (!conversationId) return;
  rt.later(context, `ticket:${started.ticket.id}`, 'ticket start', async (later) => {
    const target = { conversationId };
    const decision = started.decision;
    await say(
      later,
      target,
      `**${started.ticket.summary}**${started.ticket.client ? ` (${started.ticket.client})` : ''}\n\n` +
        (decision
          ? `Flow: ${decision.flowTitle ?? 'none'} — ${decision.reason}`
          : 'No flow decision was recorded.'),
    );
    const session = await getSession({ ctx, sessionId: started.sessionId });
    await postOrUpdateCard(rt, later, ctx, session);
    if (!decision?.flowId) return;
    const walk = await startWalk({ ctx, flowId: decision.flowId, sessionId: started.sessionId });
    await post(
      later,
      target,
      cardBody(renderWalkCard(walk, await walkRenderContext(ctx, walk)), walk.flowTitle),
    );
  });
}

function explain(rt: TeamsRuntime, error: unknown) {
  const view = teamsErrorFor(error);
  if (view.title === GENERIC_TITLE) rt.logger.error({ err: error }, 'Teams queue action failed');
  return view;
}
