import type { App, BlockAction, MessageShortcut, ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { escapeMrkdwn, parseSlackAction, renderEscalationPostBlocks } from '../../../cards/index.ts';
import { getTechnicianChannel } from '../../../core/chat/index.ts';
import {
  claimEscalation,
  type EscalationClaim,
  recordTechnicianPost,
} from '../../../core/escalations/index.ts';
import { chatIdentitiesOfUser } from '../../../core/identity/index.ts';
import { type PostedNote, postEscalationPackage } from '../../../core/notes/index.ts';
import {
  createSession,
  findSessionByChannel,
  getSession,
  type SessionView,
} from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { ServiceError } from '../../../core/shared/errors.ts';
import { postOrUpdateCard, renderContext, slackChannelRef } from '../conversation.ts';
import { chatErrorFor } from '../errors.ts';
import { contextOrRefuse, type SlackRuntime } from '../runtime.ts';

export const ESCALATE_SHORTCUT = 'escalate_to_engineer';
export const ESCALATE_VIEW = 'escalate_submit';
const TARGET_BLOCK = 'escalate_target';
const NOTE_BLOCK = 'escalate_note';

const EscalateMetadata = z.object({
  teamId: z.string(),
  channel: z.string(),
  threadTs: z.string(),
  userId: z.string(),
  text: z.string().max(1_500),
});

/** The "Escalate to engineer" modal: who or which board, and a note for them. */
export function escalateModal(metadata: z.infer<typeof EscalateMetadata>) {
  return {
    type: 'modal' as const,
    callback_id: ESCALATE_VIEW,
    title: { type: 'plain_text' as const, text: 'Escalate to engineer' },
    submit: { type: 'plain_text' as const, text: 'Escalate' },
    close: { type: 'plain_text' as const, text: 'Cancel' },
    private_metadata: JSON.stringify(metadata),
    blocks: [
      {
        type: 'input',
        block_id: TARGET_BLOCK,
        optional: true,
        label: { type: 'plain_text' as const, text: 'Engineer or board' },
        hint: {
          type: 'plain_text' as const,
          text: 'e.g. "Network Team" or a person. Leave empty for whoever claims it.',
        },
        element: { type: 'plain_text_input', action_id: 'value', max_length: 200 },
      },
      {
        type: 'input',
        block_id: NOTE_BLOCK,
        optional: true,
        label: { type: 'plain_text' as const, text: 'Note for the engineer' },
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 2_000 },
      },
    ],
  };
}

/**
 * Message shortcut → modal → escalation package posted to the technician channel with a Claim
 * button, and an ephemeral confirmation to the requester. The thread's session is used when there
 * is one; otherwise a session is seeded from the message itself.
 */
export function registerEscalation(app: App, rt: SlackRuntime): void {
  app.shortcut<MessageShortcut>(ESCALATE_SHORTCUT, async ({ shortcut, ack, client }) => {
    await ack();
    const teamId = shortcut.team?.id ?? '';
    const ctx = await contextOrRefuse(rt, client, {
      teamId,
      userId: shortcut.user.id,
      channel: shortcut.channel.id,
    });
    if (!ctx) return;
    const metadata = {
      teamId,
      channel: shortcut.channel.id,
      threadTs: shortcut.message.thread_ts ?? shortcut.message.ts,
      userId: shortcut.user.id,
      text: (shortcut.message.text ?? '').slice(0, 1_500),
    };
    await client.views.open({ trigger_id: shortcut.trigger_id, view: escalateModal(metadata) });
  });

  app.view<ViewSubmitAction>(ESCALATE_VIEW, async ({ view, ack, client, body }) => {
    const parsed = EscalateMetadata.safeParse(safeJson(view.private_metadata));
    if (!parsed.success) {
      await ack({
        response_action: 'errors',
        errors: { [NOTE_BLOCK]: 'This form expired; run the shortcut again.' },
      });
      return;
    }
    const meta = parsed.data;
    const target = view.state.values[TARGET_BLOCK]?.value?.value?.trim() || undefined;
    const note = view.state.values[NOTE_BLOCK]?.value?.value?.trim() || undefined;
    const ctx = await contextOrRefuse(rt, client, { teamId: meta.teamId, userId: body.user.id });
    if (!ctx) {
      await ack({
        response_action: 'errors',
        errors: { [NOTE_BLOCK]: "You're not set up in ResolutionFlow yet." },
      });
      return;
    }
    const techChannel = await getTechnicianChannel(ctx, 'slack');
    if (!techChannel?.channelId) {
      await ack({
        response_action: 'errors',
        errors: {
          [TARGET_BLOCK]: `No technician channel yet: an admin runs ${rt.config.slashCommand} techchannel in it.`,
        },
      });
      return;
    }
    await ack();
    try {
      const channel = slackChannelRef(meta.teamId, meta.channel, meta.threadTs);
      const session =
        (await findSessionByChannel(ctx, channel)) ??
        (await createSession({
          ctx,
          input: { problemSummary: meta.text || 'Escalated from Slack', channel },
        }));
      const posted = await postEscalationPackage({
        ctx,
        deps: rt.conversation.diagnosis,
        sessionId: session.id,
        input: { ...(target ? { target: { type: 'board', name: target } } : {}), ...(note ? { note } : {}) },
      });
      await sendToTechnicianChannel(rt, client, ctx, posted);
      await postOrUpdateCard(rt.conversation, client, ctx, posted.session);
      await client.chat.postEphemeral({
        channel: meta.channel,
        user: meta.userId,
        thread_ts: meta.threadTs,
        text: `Escalated to <#${techChannel.channelId}>${target ? ` for ${escapeMrkdwn(target)}` : ''}. An engineer will pick it up there.`,
      });
    } catch (error) {
      const e = chatErrorFor(error);
      await client.chat
        .postEphemeral({
          channel: meta.channel,
          user: meta.userId,
          thread_ts: meta.threadTs,
          text: `${e.title}: ${e.message}`,
        })
        .catch(() => undefined);
    }
  });

  app.action<BlockAction>('escalation.claim', async ({ ack, body, client, action }) => {
    await ack();
    const ctx = await contextOrRefuse(rt, client, {
      teamId: body.team?.id,
      userId: body.user.id,
      channel: body.channel?.id,
    });
    if (!ctx) return;
    const parsed = parseSlackAction('escalation.claim', 'value' in action ? action.value : undefined);
    const sessionId = parsed.ok ? parsed.payload.s : null;
    if (!sessionId || !body.channel?.id || !body.message?.ts) return;
    try {
      const claim = await claimEscalation({ ctx, sessionId });
      // The session card in the original thread gets its buttons back for the claimer.
      await postOrUpdateCard(rt.conversation, client, ctx, claim.session).catch((error: unknown) =>
        rt.logger.warn({ err: error, sessionId }, 'Slack: could not update the session card after a claim'),
      );
      // Whoever escalated is told in their thread, by a message that notifies, not only a card edit.
      await sayInSessionThread(
        client,
        claim.session,
        `🙋 <@${body.user.id}> claimed this escalation and carries on here.`,
      ).catch((error: unknown) =>
        rt.logger.warn({ err: error, sessionId }, 'Slack: could not announce the claim in the thread'),
      );
      await updateClaimedPost(
        rt,
        client,
        ctx,
        body.channel.id,
        body.message.ts,
        sessionId,
        claim.claimedByName,
      );
    } catch (error) {
      const e = chatErrorFor(error);
      await client.chat.postEphemeral({
        channel: body.channel.id,
        user: body.user.id,
        text: `${e.title}: ${e.message}`,
      });
      if (
        error instanceof ServiceError &&
        error.code === 'conflict' &&
        typeof error.details?.claimedBy === 'string'
      ) {
        await updateClaimedPost(
          rt,
          client,
          ctx,
          body.channel.id,
          body.message.ts,
          sessionId,
          error.details.claimedBy,
        );
      }
    }
  });
}

/**
 * Posts a just-escalated package to the Slack technician channel core recorded with it (none: the
 * card says it was kept here and how to set a channel). Shared by the message shortcut and the
 * session card's Confirm & escalate.
 */
export async function sendToTechnicianChannel(
  rt: SlackRuntime,
  client: WebClient,
  ctx: TenantContext,
  posted: PostedNote,
): Promise<void> {
  const channel = posted.session.escalation?.channel;
  const channelId = channel?.platform === 'slack' ? channel.ref.channelId : undefined;
  if (!channelId) return;
  const escalation = posted.session.notes.find((n) => n.kind === 'escalation');
  const rendered = renderEscalationPostBlocks(
    {
      session: posted.session,
      sections: posted.note.sections,
      target: escalation?.target?.name ?? null,
      note: escalation?.target?.note ?? null,
      escalatedByName: posted.session.escalation?.escalatedBy?.name ?? null,
      claimedBy: null,
    },
    renderContext(rt.conversation, ctx),
  );
  const sent = await client.chat.postMessage({ channel: channelId, ...rendered });
  if (sent.ts) {
    await recordTechnicianPost({ ctx, sessionId: posted.session.id, input: { postTs: sent.ts } });
  }
}

/**
 * After a claim from the session card: the technician-channel post (if there is one) shows who
 * has it instead of a Claim button nobody should press any more.
 */
export async function markTechnicianPostClaimed(
  rt: SlackRuntime,
  client: WebClient,
  ctx: TenantContext,
  claim: EscalationClaim,
): Promise<void> {
  const channel = claim.session.escalation?.channel;
  if (channel?.platform !== 'slack' || !channel.ref.channelId || !channel.ref.postTs) return;
  await updateClaimedPost(
    rt,
    client,
    ctx,
    channel.ref.channelId,
    channel.ref.postTs,
    claim.sessionId,
    claim.claimedByName,
  ).catch((error: unknown) =>
    rt.logger.warn(
      { err: error, sessionId: claim.sessionId },
      'Slack: could not mark the escalation post claimed',
    ),
  );
}

/** Redraws the technician-channel post as claimed by `claimedBy` (with Hand over while it is worked). */
export async function updateClaimedPost(
  rt: SlackRuntime,
  client: WebClient,
  ctx: TenantContext,
  channel: string,
  ts: string,
  sessionId: string,
  claimedBy: string,
) {
  const session = await getSession({ ctx, sessionId });
  const escalation = session.notes.find((n) => n.kind === 'escalation');
  const rendered = renderEscalationPostBlocks(
    {
      session,
      sections: escalation?.sections ?? [],
      target: escalation?.target?.name ?? null,
      note: escalation?.target?.note ?? null,
      escalatedByName: session.escalation?.escalatedBy?.name ?? null,
      claimedBy,
      canHandOver: session.status === 'active',
    },
    renderContext(rt.conversation, ctx),
  );
  await client.chat.update({ channel, ts, ...rendered });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Posts a line in the session's own Slack thread (nothing for sessions that live elsewhere). */
export async function sayInSessionThread(
  client: WebClient,
  session: SessionView,
  text: string,
): Promise<void> {
  if (session.channel.kind !== 'slack') return;
  const { channel, threadTs } = session.channel.ref as { channel?: string; threadTs?: string };
  if (!channel || !threadTs) return;
  await client.chat.postMessage({ channel, thread_ts: threadTs, text });
}

/** `<@U…>` for one of our users in this workspace, or their name when they have no Slack identity. */
export async function slackMention(
  ctx: TenantContext,
  teamId: string | undefined,
  user: { id: string; name: string },
): Promise<string> {
  const identities = await chatIdentitiesOfUser(ctx, user.id, 'slack');
  const here = identities.find((i) => i.tenantKey === teamId) ?? identities[0];
  return here ? `<@${here.externalUserId}>` : escapeMrkdwn(user.name);
}
