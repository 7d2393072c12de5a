import type { WebClient } from '@slack/web-api';
import type { RenderContext } from '../../cards/index.ts';
import { escapeMrkdwn, renderErrorBlocks, renderSessionBlocks } from '../../cards/index.ts';
import { linkMentionedTicket } from '../../core/psa/index.ts';
import {
  createSession,
  type DiagnosisDeps,
  findSessionByChannel,
  getSession,
  handleTurn,
  type SessionView,
  setSessionCardRef,
} from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { Logger } from '../../core/shared/logger.ts';
import type { AnswerReplies } from './answer-replies.ts';
import { chatErrorFor, postErrorEphemeral } from './errors.ts';
import { slackErrorCode } from './native-reply.ts';
import { StreamingReply } from './streaming-reply.ts';

export interface ConversationDeps {
  diagnosis: DiagnosisDeps;
  logger: Logger;
  sessionUrl: (sessionId: string) => string | null;
  /** The admin web's base URL, for links in refusals (verify your email); unset without PUBLIC_URL. */
  publicUrl?: string | undefined;
  /** How the card says an escalation had no technician channel, with this app's real command. */
  noTechnicianChannel?: string;
  /** How answers are delivered per workspace (native streaming or post-and-update); the latter without it. */
  answerReplies?: AnswerReplies;
}

export interface ThreadMessage {
  teamId: string;
  channel: string;
  /** The thread root: the message's own ts when it starts a thread. */
  threadTs: string;
  /** The Slack user who wrote it (for ephemeral answers). */
  userId: string;
  text: string;
}

/**
 * A Slack message is the same for everyone in the thread, so cards always carry their buttons and
 * each press is authorized for the person who pressed it. Ephemeral or personal surfaces (App Home)
 * pass the viewer's own permission instead.
 */
export function renderContext(deps: ConversationDeps, _ctx?: TenantContext): RenderContext {
  return {
    canAct: true,
    sessionUrl: deps.sessionUrl,
    ...(deps.noTechnicianChannel ? { noTechnicianChannel: deps.noTechnicianChannel } : {}),
  };
}

/** The thread's session reference: one Slack thread is one diagnosis session. */
export function slackChannelRef(teamId: string, channel: string, threadTs: string) {
  return { kind: 'slack' as const, ref: { teamId, channel, threadTs } };
}

/**
 * A message to the bot in a thread (an @mention, a thread reply, a DM): find or start the thread's
 * session, stream the assistant's answer into the thread, then update the session card in place.
 */
export async function converse(
  deps: ConversationDeps,
  client: WebClient,
  ctx: TenantContext,
  message: ThreadMessage,
): Promise<void> {
  const channel = slackChannelRef(message.teamId, message.channel, message.threadTs);
  let session = await findSessionByChannel(ctx, channel);
  if (!session) {
    try {
      session = await createSession({ ctx, input: { problemSummary: message.text, channel } });
    } catch (error) {
      // Refused before anything started (a plan limit, a role): say why in the thread. A refusal
      // with something to do (verify your email) goes privately to the person, with its button.
      const chatError = chatErrorFor(error, deps.publicUrl);
      if (chatError.title === 'Something went wrong')
        deps.logger.error({ err: error }, 'Slack: could not start a session');
      if (chatError.link) {
        await postErrorEphemeral(
          client,
          { channel: message.channel, user: message.userId, threadTs: message.threadTs },
          chatError,
        );
        return;
      }
      await client.chat.postMessage({
        channel: message.channel,
        thread_ts: message.threadTs,
        text: `${chatError.title}: ${chatError.message}`,
      });
      return;
    }
    await postOrUpdateCard(deps, client, ctx, session);
  }
  if (session.status !== 'active') {
    const escalated = session.status === 'escalated' || session.status === 'escalated_local';
    await client.chat
      .postEphemeral({
        channel: message.channel,
        thread_ts: message.threadTs,
        user: message.userId,
        text: escalated
          ? 'This problem was escalated and is waiting for an engineer to claim it (the card has a Claim button); mention me in a new thread to start another problem.'
          : 'This session is closed; mention me in a new thread to start another.',
      })
      .catch(() => undefined);
    return;
  }
  const mentioned = await linkMentionedTicket({ ctx, deps: deps.diagnosis.psa, session, text: message.text });
  if (mentioned) {
    if (mentioned.linked) session = mentioned.session;
    await client.chat.postMessage({
      channel: message.channel,
      thread_ts: message.threadTs,
      text: mentioned.linked
        ? `Linked to ticket #${mentioned.ticketNumber}: ${escapeMrkdwn(mentioned.summary)}`
        : `Ticket #${mentioned.ticketNumber}: ${chatErrorFor(mentioned.error).message}`,
    });
  }
  const reply = deps.answerReplies
    ? await deps.answerReplies(client, {
        teamId: message.teamId,
        channel: message.channel,
        threadTs: message.threadTs,
        userId: message.userId,
      })
    : new StreamingReply(client, message.channel, message.threadTs);
  await reply.start();
  let result: Awaited<ReturnType<typeof handleTurn>>;
  try {
    result = await handleTurn({
      ctx,
      deps: deps.diagnosis,
      sessionId: session.id,
      input: { message: message.text },
      onText: (delta) => reply.push(delta),
    });
    await reply.finish(result.reply.text, result.reply.turnId);
  } catch (error) {
    const chatError = chatErrorFor(error, deps.publicUrl);
    if (chatError.title === 'Something went wrong')
      deps.logger.error({ err: error, sessionId: session.id }, 'Slack turn failed');
    await reply.finish(`${chatError.title}: ${chatError.message}`);
    if (chatError.link) {
      await postErrorEphemeral(
        client,
        { channel: message.channel, user: message.userId, threadTs: message.threadTs },
        chatError,
      );
    }
    return;
  }
  // The answer is in the thread: a card that cannot be refreshed must not be reported as a failed
  // turn under it. The next turn or button press refreshes it again.
  await postOrUpdateCard(deps, client, ctx, result.session).catch((error: unknown) =>
    deps.logger.warn({ err: error, sessionId: session.id }, 'Slack: could not refresh the session card'),
  );
}

/** Posts the session card in the thread the first time, and updates that same message afterwards. */
export async function postOrUpdateCard(
  deps: ConversationDeps,
  client: WebClient,
  ctx: TenantContext,
  session: SessionView,
): Promise<void> {
  const { text, blocks } = renderSessionBlocks(session, renderContext(deps, ctx));
  const ref = session.channel.ref;
  const card = session.cardRef;
  if (card?.channel && card.ts) {
    try {
      await client.chat.update({ channel: card.channel, ts: card.ts, text, blocks });
      return;
    } catch (error) {
      // Someone deleted the card: post a fresh one in the thread instead of failing every refresh.
      if (slackErrorCode(error) !== 'message_not_found') throw error;
    }
  }
  if (!ref.channel || !ref.threadTs) return;
  const posted = await client.chat.postMessage({
    channel: ref.channel,
    thread_ts: ref.threadTs,
    text,
    blocks,
  });
  if (posted.ts) await setSessionCardRef(ctx, session.id, { channel: ref.channel, ts: posted.ts });
}

/** Re-reads the session and refreshes its card; used after every button press. */
export async function refreshCard(
  deps: ConversationDeps,
  client: WebClient,
  ctx: TenantContext,
  sessionId: string,
) {
  await postOrUpdateCard(deps, client, ctx, await getSession({ ctx, sessionId }));
}

export function errorBlocks(error: unknown) {
  return renderErrorBlocks(chatErrorFor(error));
}
