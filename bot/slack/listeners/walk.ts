import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import {
  escapeMrkdwn,
  parseSlackWalkAction,
  readSlackWalkNote,
  renderErrorBlocks,
  renderWalkBlocks,
  type SlackStateValues,
} from '../../../cards/index.ts';
import { getWalk, type WalkView } from '../../../core/flows/index.ts';
import { linkMentionedTicket } from '../../../core/psa/index.ts';
import { createSession, findSessionByChannel, getSession } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { scriptsRequest } from '../../script-verbs.ts';
import { runWalkVerb, startWalkForTicket, walkRenderContext, walkRequest } from '../../walk-verbs.ts';
import { converse, postOrUpdateCard, slackChannelRef, type ThreadMessage } from '../conversation.ts';
import { chatErrorFor, postErrorEphemeral } from '../errors.ts';
import { contextOrRefuse, type SlackRuntime } from '../runtime.ts';
import { sendToTechnicianChannel } from './escalate.ts';
import { postSlackScripts } from './scripts.ts';

export interface WalkRequest {
  teamId: string;
  channel: string;
  threadTs: string;
  userId: string;
  problem: string;
}

/**
 * A message to the bot: "walk <problem>" starts a flow walk, "scripts <search>" finds a script
 * template for the thread, anything else is a diagnosis turn.
 */
export async function converseOrWalk(
  rt: SlackRuntime,
  client: WebClient,
  ctx: TenantContext,
  message: ThreadMessage,
): Promise<void> {
  const scripts = scriptsRequest(message.text);
  if (scripts !== null) return postSlackScripts(rt, client, ctx, message, scripts);
  const problem = walkRequest(message.text);
  try {
    if (problem === null) return await converse(rt.conversation, client, ctx, message);
    return await startSlackWalk(rt, client, ctx, { ...message, problem });
  } catch (error) {
    // Starting a thread's session is the first write; a refusal there (the write lock of an
    // unverified account, a viewer) is told to the writer alone instead of failing silently.
    const e = chatErrorFor(error, rt.config.publicUrl);
    if (e.title === 'Something went wrong') throw error;
    await postErrorEphemeral(
      client,
      { channel: message.channel, user: message.userId, threadTs: message.threadTs },
      e,
    );
  }
}

/**
 * "walk <problem>" in a thread, a DM or `/resolve walk`: the thread's session (created when there
 * is none), match-or-build for the problem, what was decided and why, then the first walk card.
 */
export async function startSlackWalk(
  rt: SlackRuntime,
  client: WebClient,
  ctx: TenantContext,
  req: WalkRequest,
): Promise<void> {
  const say = (text: string) =>
    client.chat.postMessage({ channel: req.channel, thread_ts: req.threadTs, text });
  const channel = slackChannelRef(req.teamId, req.channel, req.threadTs);
  const existing = await findSessionByChannel(ctx, channel);
  // A bare "walk" in a session's thread walks the session's own problem.
  const problem = req.problem.length >= 3 ? req.problem : (existing?.problemSummary ?? '');
  if (problem.length < 3) {
    await say('Describe the problem after "walk", e.g. `walk Outlook keeps asking for a password`.');
    return;
  }
  req = { ...req, problem };
  try {
    const session =
      existing ?? (await createSession({ ctx, input: { problemSummary: req.problem, channel } }));
    // "walk #48213 Outlook …" links the PSA ticket first, as a mention does in a diagnosis thread.
    const mentioned = await linkMentionedTicket({
      ctx,
      deps: rt.conversation.diagnosis.psa,
      session,
      text: req.problem,
    });
    if (mentioned) {
      await say(
        mentioned.linked
          ? `Linked to ticket #${mentioned.ticketNumber}: ${escapeMrkdwn(mentioned.summary)}`
          : `Ticket #${mentioned.ticketNumber}: ${chatErrorFor(mentioned.error).message}`,
      );
    }
    const started = await startWalkForTicket({
      ctx,
      diagnosis: rt.conversation.diagnosis,
      ticket: { summary: req.problem.replace(/#\d+/g, ' ').trim() || req.problem },
      sessionId: session.id,
    });
    await say(escapeMrkdwn(started.text));
    if (!started.walk) return;
    await client.chat.postMessage({
      channel: req.channel,
      thread_ts: req.threadTs,
      ...renderWalkBlocks(started.walk, await walkRenderContext(ctx, started.walk)),
    });
  } catch (error) {
    const e = chatErrorFor(error, rt.config.publicUrl);
    if (e.title === 'Something went wrong') rt.logger.error({ err: error }, 'Slack walk start failed');
    await say(`${e.title}: ${e.message}`);
    if (e.link) {
      await postErrorEphemeral(client, { channel: req.channel, user: req.userId, threadTs: req.threadTs }, e);
    }
  }
}

/**
 * The walk card's buttons (`walk.answer.N`, `walk.back`, …): one core walk verb, then the card is
 * redrawn in place from the committed walk. A refused press (stale card, a viewer, a finished
 * walk) is answered with an ephemeral error to the presser, and the card is redrawn from the
 * latest state so the next press lands on it.
 */
export function registerWalk(app: App, rt: SlackRuntime): void {
  app.action<BlockAction<ButtonAction>>(/^walk\./, async ({ ack, body, action, client }) => {
    await ack();
    const channel = body.channel?.id;
    const ts = body.message?.ts;
    const ctx = await contextOrRefuse(rt, client, { teamId: body.team?.id, userId: body.user.id, channel });
    if (!ctx || !channel || !ts) return;
    const parsed = parseSlackWalkAction(action.action_id, action.value);
    if (!parsed.ok) {
      rt.logger.warn({ reason: parsed.reason, actionId: action.action_id }, 'Slack walk action refused');
      return;
    }
    const update = async (view: WalkView) =>
      client.chat.update({ channel, ts, ...renderWalkBlocks(view, await walkRenderContext(ctx, view)) });
    try {
      const note = readSlackWalkNote(body.state?.values as SlackStateValues | undefined);
      const view = await runWalkVerb({
        ctx,
        diagnosis: rt.conversation.diagnosis,
        verb: parsed.verb,
        payload: parsed.payload,
        note,
        onEscalated: (posted) => sendToTechnicianChannel(rt, client, ctx, posted),
      });
      await update(view);
      // Every press writes the session (a step's answer is a fact; an outcome, an escalation), so
      // the session card in the thread follows the walk instead of contradicting it.
      if (view.sessionId) {
        const session = await getSession({ ctx, sessionId: view.sessionId });
        // After an escalation the card is where the thread learns where the package went.
        if (session.cardRef || parsed.verb === 'walk.escalate')
          await postOrUpdateCard(rt.conversation, client, ctx, session);
      }
    } catch (error) {
      const e = chatErrorFor(error, rt.config.publicUrl);
      if (e.title === 'Something went wrong') rt.logger.error({ err: error }, 'Slack walk action failed');
      const { text, blocks } = renderErrorBlocks(e);
      const threadTs = body.message?.thread_ts ?? ts;
      await client.chat
        .postEphemeral({ channel, user: body.user.id, thread_ts: threadTs, text, blocks })
        .catch(() => undefined);
      await getWalk({ ctx, walkId: parsed.payload.w })
        .then(update)
        .catch(() => undefined);
    }
  });
}
