import type { App, BlockAction, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { escapeMrkdwn, parseSlackAction } from '../../../cards/index.ts';
import { handOverEscalation, listHandOverChoices } from '../../../core/escalations/index.ts';
import { getSession } from '../../../core/sessions/index.ts';
import { ServiceError } from '../../../core/shared/errors.ts';
import { postOrUpdateCard } from '../conversation.ts';
import { chatErrorFor } from '../errors.ts';
import { contextOrRefuse, type SlackRuntime } from '../runtime.ts';
import { sayInSessionThread, slackMention, updateClaimedPost } from './escalate.ts';

export const HAND_OVER_VIEW = 'escalation_handover_submit';
const PICK_BLOCK = 'handover_to';

const HandOverMetadata = z.object({
  s: z.string(),
  teamId: z.string(),
  channel: z.string(),
  ts: z.string(),
});

/** Slack's static_select takes at most 100 options; an account with more engineers types to filter. */
const MAX_OPTIONS = 100;

/**
 * Peer-to-peer escalation on Slack: **Hand over** on the claimed technician-channel post opens a
 * modal listing the account's other engineers (Slack's own user picker cannot be limited to them);
 * submitting hands the escalation over in core, redraws the post for the new holder, says so in
 * the post's thread naming both, and redraws the session card in the original thread. Refusals
 * (not the holder, not an engineer, resolved meanwhile) come back as an ephemeral or on the field.
 */
export function registerHandOver(app: App, rt: SlackRuntime): void {
  app.action<BlockAction>('escalation.handover', async ({ ack, body, client, action }) => {
    await ack();
    const channel = body.channel?.id;
    const ts = body.message?.ts;
    const ctx = await contextOrRefuse(rt, client, { teamId: body.team?.id, userId: body.user.id, channel });
    if (!ctx || !channel || !ts) return;
    const parsed = parseSlackAction('escalation.handover', 'value' in action ? action.value : undefined);
    if (!parsed.ok) return;
    const sessionId = parsed.payload.s;
    try {
      const choices = await listHandOverChoices({ ctx, sessionId });
      if (choices.length === 0) {
        await client.chat.postEphemeral({
          channel,
          user: body.user.id,
          text: 'There is no other engineer in this account to hand it to.',
        });
        return;
      }
      const metadata = { s: sessionId, teamId: body.team?.id ?? '', channel, ts };
      await client.views.open({
        trigger_id: body.trigger_id,
        view: {
          type: 'modal',
          callback_id: HAND_OVER_VIEW,
          title: { type: 'plain_text', text: 'Hand over escalation' },
          submit: { type: 'plain_text', text: 'Hand over' },
          close: { type: 'plain_text', text: 'Cancel' },
          private_metadata: JSON.stringify(metadata),
          blocks: [
            {
              type: 'input',
              block_id: PICK_BLOCK,
              label: { type: 'plain_text', text: 'Hand it to' },
              element: {
                type: 'static_select',
                action_id: 'value',
                placeholder: { type: 'plain_text', text: 'Pick an engineer' },
                options: choices.slice(0, MAX_OPTIONS).map((c) => ({
                  text: { type: 'plain_text', text: c.name.slice(0, 75) },
                  value: c.userId,
                })),
              },
            },
          ],
        },
      });
    } catch (error) {
      const e = chatErrorFor(error);
      await client.chat.postEphemeral({ channel, user: body.user.id, text: `${e.title}: ${e.message}` });
    }
  });

  app.view<ViewSubmitAction>(HAND_OVER_VIEW, async ({ view, ack, client, body }) => {
    const meta = HandOverMetadata.safeParse(safeJson(view.private_metadata));
    const toUserId = view.state.values[PICK_BLOCK]?.value?.selected_option?.value;
    if (!meta.success || !toUserId) {
      await ack({ response_action: 'errors', errors: { [PICK_BLOCK]: 'Pick an engineer to hand it to.' } });
      return;
    }
    const { s: sessionId, teamId, channel, ts } = meta.data;
    const ctx = await contextOrRefuse(rt, client, { teamId, userId: body.user.id });
    if (!ctx) {
      await ack({
        response_action: 'errors',
        errors: { [PICK_BLOCK]: "You're not set up in ResolutionFlow yet." },
      });
      return;
    }
    let handed: Awaited<ReturnType<typeof handOverEscalation>>;
    try {
      handed = await handOverEscalation({
        ctx,
        deps: rt.conversation.diagnosis,
        sessionId,
        input: { toUserId },
      });
    } catch (error) {
      // Refused: said on the field, the modal stays open and nothing changed.
      const e = chatErrorFor(error);
      if (!(error instanceof ServiceError))
        rt.logger.error({ err: error, sessionId }, 'Slack hand-over failed');
      await ack({ response_action: 'errors', errors: { [PICK_BLOCK]: e.message } });
      return;
    }
    await ack();
    const after = async () => {
      await updateClaimedPost(rt, client, ctx, channel, ts, sessionId, handed.to.name);
      const psa =
        handed.psaReassign === 'queued'
          ? ' The PSA ticket is being reassigned to them.'
          : handed.psaReassign === 'no_member'
            ? ` The PSA ticket keeps its member: ${escapeMrkdwn(handed.to.name)} has no PSA member linked.`
            : '';
      // An @mention, so the new holder is notified rather than finding their name in plain text.
      const to = await slackMention(ctx, body.team?.id, { id: handed.to.userId, name: handed.to.name });
      const line = `🔁 ${escapeMrkdwn(handed.from.name)} handed this escalation to ${to}.${psa}`;
      await client.chat.postMessage({ channel, thread_ts: ts, text: line });
      const session = await getSession({ ctx, sessionId });
      await postOrUpdateCard(rt.conversation, client, ctx, session);
      await sayInSessionThread(client, session, line);
    };
    await after().catch((error: unknown) =>
      rt.logger.warn({ err: error, sessionId }, 'Slack: hand-over done, but a message could not be updated'),
    );
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
