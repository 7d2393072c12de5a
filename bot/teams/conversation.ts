import type { TurnContext } from '@microsoft/agents-hosting';
import { renderErrorCard, renderSessionCard } from '../../cards/index.ts';
import { rememberTeamsAnswer } from '../../core/chat/index.ts';
import { linkMentionedTicket } from '../../core/psa/index.ts';
import {
  createSession,
  getSession,
  handleTurn,
  type SessionView,
  setSessionCardRef,
} from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { ConflictError } from '../../core/shared/errors.ts';
import { aiLabelEntity } from './ai-message.ts';
import { errorLine, GENERIC_TITLE, teamsErrorFor } from './errors.ts';
import { rememberConversation } from './listeners/install.ts';
import { cardBody, post, type Target, update } from './outbound.ts';
import { baseConversationId, channelOf, currentSession, type Place, targetOfRef } from './places.ts';
import { statusOf } from './retry.ts';
import { renderContext, type TeamsRuntime } from './runtime.ts';
import { replyFor } from './streaming-reply.ts';

/** A message to the bot: where it was written, what it said, and the activity to answer. */
export interface TeamsMessage {
  place: Place;
  text: string;
  /** Where answers go: the thread (replying to its root) or the chat (replying to the message). */
  target: Target;
  /** Start a new session in a chat even when one is open (`new <problem>`). */
  fresh?: boolean;
}

/** Says something in the message's thread or chat. */
export function say(context: TurnContext, target: Target, text: string): Promise<string> {
  return post(context, target, { type: 'message', text });
}

/**
 * The session a message belongs to, starting one when needed: a new channel thread, the first
 * message in a chat, or `new <problem>` in a chat (the chat's next generation). A closed session
 * is returned as it is; the caller says how to start another.
 */
export async function sessionFor(ctx: TenantContext, message: TeamsMessage): Promise<SessionView> {
  const { session, generation } = await currentSession(ctx, message.place);
  if (session && !(message.place.kind === 'chat' && message.fresh)) return session;
  const channel = channelOf(message.place, session ? generation + 1 : 1);
  try {
    return await createSession({ ctx, input: { problemSummary: message.text, channel } });
  } catch (error) {
    // Two first messages at once: the unique index let one of them win; continue with its session.
    const winner = error instanceof ConflictError ? (await currentSession(ctx, message.place)).session : null;
    if (winner) return winner;
    throw error;
  }
}

/**
 * A message to the bot in a thread or chat: find or start the session, answer (streamed in personal
 * chats, one growing message elsewhere), then update the session card in place.
 */
export async function converse(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  message: TeamsMessage,
): Promise<void> {
  const { target } = message;
  let session: SessionView;
  try {
    session = await sessionFor(ctx, message);
  } catch (error) {
    const view = teamsErrorFor(error, rt.config.publicUrl);
    if (view.title === GENERIC_TITLE) rt.logger.error({ err: error }, 'Teams: could not start a session');
    // A refusal with a way out (verify your email) is a card with its button; others are a line.
    if (view.link) await post(context, target, cardBody(renderErrorCard(view), view.title));
    else await say(context, target, errorLine(view));
    return;
  }
  if (!session.cardRef) {
    // A new session: remember where it lives so later news (a PSA delivery) can be posted there.
    const conversationId = context.activity.conversation?.id;
    if (conversationId) {
      await rememberConversation(
        ctx,
        context.activity,
        message.place.tenantId,
        baseConversationId(conversationId),
      ).catch((error: unknown) =>
        rt.logger.warn({ err: error }, 'Teams: could not store the conversation reference'),
      );
    }
    await postOrUpdateCard(rt, context, ctx, session);
  }
  if (session.status !== 'active') {
    const escalated = session.status === 'escalated' || session.status === 'escalated_local';
    const waiting =
      'That problem was escalated and is waiting for an engineer to claim it (the card has a Claim button).';
    await say(
      context,
      target,
      message.place.kind === 'chat'
        ? `${escalated ? waiting : 'That problem is closed.'} Send "new" and the next problem (e.g. "new VPN drops every hour") to start another.`
        : escalated
          ? `${waiting} Mention me in a new post to start another problem.`
          : 'This session is closed; mention me in a new post to start another.',
    );
    return;
  }
  const mentioned = await linkMentionedTicket({ ctx, deps: rt.diagnosis.psa, session, text: message.text });
  if (mentioned) {
    if (mentioned.linked) session = mentioned.session;
    await say(
      context,
      target,
      mentioned.linked
        ? `Linked to ticket #${mentioned.ticketNumber}: ${mentioned.summary}`
        : `Ticket #${mentioned.ticketNumber}: ${teamsErrorFor(mentioned.error).message}`,
    );
  }
  const personal = message.place.kind === 'chat' && message.place.chatType === 'personal';
  // Teams shows a bot's typing indicator in chats (a stream's first update plays that part in
  // personal chats); channel threads do not render it.
  if (message.place.kind === 'chat' && !personal)
    await post(context, target, { type: 'typing' }, { retries: 0 }).catch(() => undefined);
  const reply = replyFor(context, target, personal);
  // Plain text: Teams shows a stream's informative update as typed, so markdown would show its underscores.
  await reply.start('Thinking…');
  let result: Awaited<ReturnType<typeof handleTurn>>;
  try {
    result = await handleTurn({
      ctx,
      deps: rt.diagnosis,
      sessionId: session.id,
      input: { message: message.text },
      onText: (delta) => reply.push(delta),
    });
    const shownAs = await reply.finish(result.reply.text, {
      sources: result.reply.sources,
      // The offline engine's answers are machine-written too (composed from the knowledge base),
      // and people should read every assistant answer as such: all of them carry the label.
      aiGenerated: true,
    });
    await rememberAnswer(rt, ctx, target, shownAs, result.reply.turnId);
  } catch (error) {
    const view = teamsErrorFor(error, rt.config.publicUrl);
    if (view.title === GENERIC_TITLE)
      rt.logger.error({ err: error, sessionId: session.id }, 'Teams turn failed');
    await reply.finish(errorLine(view));
    if (view.link) await post(context, target, cardBody(renderErrorCard(view), view.title));
    return;
  }
  // The answer is in the thread: a card that cannot be refreshed must not be reported as a failed
  // turn under it. The next turn or button press refreshes it again.
  await postOrUpdateCard(rt, context, ctx, result.session).catch((error: unknown) =>
    rt.logger.warn({ err: error, sessionId: session.id }, 'Teams: could not refresh the session card'),
  );
}

/**
 * Ties the posted answer to its turn so the message's feedback buttons can be recorded. A failure
 * costs only the feedback on this one message, so it is logged and the turn goes on.
 */
async function rememberAnswer(
  rt: TeamsRuntime,
  ctx: TenantContext,
  target: Target,
  activityIds: string[],
  turnId: string,
): Promise<void> {
  if (activityIds.length === 0) return;
  const conversationId = baseConversationId(target.conversationId);
  await rememberTeamsAnswer(ctx, { conversationId, activityIds, turnId }).catch((error: unknown) =>
    rt.logger.warn({ err: error, turnId }, 'Teams: could not remember the answer message for feedback'),
  );
}

/**
 * The session card shows what the engine proposed (the fix, facts it promoted); once it does, the
 * card carries the AI label like the answers do.
 */
function assistantProposed(session: SessionView): boolean {
  return session.activeFix !== null || session.facts.some((f) => f.source === 'ai_promoted');
}

/**
 * Posts the session card in its thread or chat the first time (remembering the activity id with
 * `setSessionCardRef`) and replaces that same activity afterwards (`PUT …/activities/{id}`).
 */
export async function postOrUpdateCard(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  session: SessionView,
): Promise<void> {
  // The message is shared, so it carries every button (each press is authorized for the presser),
  // and asks Teams to refresh it per user for whoever is acting now: a viewer's client then shows
  // the read-only version. Teams user ids start with "29:"; a proactive turn has none.
  const userId = context.activity.from?.id;
  const shared = {
    ...renderContext(rt, ctx),
    canAct: true,
    canClaim: true,
    refreshFor: userId?.startsWith('29:') ? [userId] : [],
  };
  const body = cardBody(renderSessionCard(session, shared), session.problemSummary);
  if (assistantProposed(session)) body.entities = [aiLabelEntity()];
  const card = session.cardRef;
  if (card?.conversationId && card.activityId) {
    try {
      await update(context, card.conversationId, card.activityId, body);
      return;
    } catch (error) {
      // Someone deleted the card (ActivityNotFoundInConversation): post a fresh one in the thread
      // instead of failing every refresh.
      if (statusOf(error) !== 404) throw error;
    }
  }
  const target = targetOfRef(session.channel.ref);
  if (!target) return;
  const activityId = await post(context, target, body);
  if (activityId)
    await setSessionCardRef(ctx, session.id, { conversationId: target.conversationId, activityId });
}

/**
 * Redraws the shared session card for everyone after a button press. An invoke's own answer only
 * replaces the card for the person who pressed (Universal Actions); the others see the message
 * as last sent, so it is updated too — after the invoke is answered, from the committed state.
 */
export function refreshCardLater(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  sessionId: string,
): void {
  rt.later(context, `card:${sessionId}`, 'session card refresh', async (later) => {
    const session = await getSession({ ctx, sessionId });
    if (session.cardRef) await postOrUpdateCard(rt, later, ctx, session);
  });
}
