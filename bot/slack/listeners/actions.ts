import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import {
  type ActionPayload,
  decodeActionValue,
  escalationSummary,
  escapeMrkdwn,
  NOTE_EDIT_CALLBACK_IDS,
  PARTIAL_NOTES_BLOCK_ID,
  PARTIAL_NOTES_CALLBACK_ID,
  type PreviewMessageRef,
  parseSlackAction,
  type RenderContext,
  readNoteEditMetadata,
  readSlackNoteSections,
  readSlackPartialNotes,
  renderNoteEditModal,
  renderNotePreviewBlocks,
  renderPartialNotesModal,
  SESSION_CARD_VERBS,
} from '../../../cards/index.ts';
import { claimEscalation } from '../../../core/escalations/index.ts';
import { recordFixDecision, recordFixOutcome } from '../../../core/fixes/index.ts';
import {
  NOTE_HEADINGS,
  postEscalationPackage,
  postResolutionNote,
  previewNote,
} from '../../../core/notes/index.ts';
import { getSession, type SessionView } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { ServiceError } from '../../../core/shared/errors.ts';
import { runScriptVerb } from '../../script-verbs.ts';
import { refreshCard, renderContext } from '../conversation.ts';
import { chatErrorFor, postErrorEphemeral } from '../errors.ts';
import { contextOrRefuse, pressPlace, type SlackRuntime } from '../runtime.ts';
import { markTechnicianPostClaimed, sayInSessionThread, sendToTechnicianChannel } from './escalate.ts';
import { offerSlackScriptDrafts } from './script-review.ts';

/**
 * Every card button calls exactly one core verb, then the session card is redrawn from the
 * committed state. State-rule errors (409/422) come back as an ephemeral message, never silence.
 */
export function registerActions(app: App, rt: SlackRuntime): void {
  for (const verb of SESSION_CARD_VERBS) {
    app.action<BlockAction<ButtonAction>>(verb, async ({ ack, body, action, client }) => {
      await ack();
      const where = pressPlace(body);
      const ctx = await contextOrRefuse(rt, client, {
        teamId: body.team?.id,
        userId: body.user.id,
        channel: where.channel,
      });
      if (!ctx) return;
      const parsed = parseSlackAction(action.action_id, action.value);
      if (!parsed.ok) {
        rt.logger.warn({ reason: parsed.reason, actionId: action.action_id }, 'Slack action refused');
        return;
      }
      try {
        await perform(rt, client, ctx, verb, parsed.payload, body);
      } catch (error) {
        const e = chatErrorFor(error, rt.config.publicUrl);
        if (e.title === 'Something went wrong') rt.logger.error({ err: error, verb }, 'Slack action failed');
        // Confirm on a second preview of a note already posted: that preview is closed too.
        if (
          (verb === 'note.resolution.post' || verb === 'note.escalation.post') &&
          error instanceof ServiceError &&
          error.code === 'conflict' &&
          /already posted/.test(error.message)
        )
          await markPosted(client, body, escapeMrkdwn(error.message));
        if (where.channel) {
          await postErrorEphemeral(
            client,
            { channel: where.channel, user: where.user, threadTs: where.threadTs },
            e,
          );
        }
        await refreshCard(rt.conversation, client, ctx, parsed.payload.s).catch(() => undefined);
      }
    });
  }

  app.view<ViewSubmitAction>(PARTIAL_NOTES_CALLBACK_ID, async ({ ack, view, body, client }) => {
    const notes = readSlackPartialNotes(view.state.values);
    if (!notes) {
      await ack({
        response_action: 'errors',
        errors: { [PARTIAL_NOTES_BLOCK_ID]: 'Say what worked and what did not.' },
      });
      return;
    }
    const decoded = decodeActionValue(view.private_metadata);
    const ctx = await contextOrRefuse(rt, client, { teamId: body.team?.id, userId: body.user.id });
    if (!decoded.ok || !decoded.payload.f || !ctx) {
      await ack({
        response_action: 'errors',
        errors: { [PARTIAL_NOTES_BLOCK_ID]: 'This form expired; press Partly again.' },
      });
      return;
    }
    try {
      await recordFixOutcome({
        ctx,
        sessionId: decoded.payload.s,
        fixId: decoded.payload.f,
        input: { outcome: 'applied_partial', notes },
      });
      await ack();
      await refreshCard(rt.conversation, client, ctx, decoded.payload.s);
    } catch (error) {
      const e = chatErrorFor(error);
      await ack({ response_action: 'errors', errors: { [PARTIAL_NOTES_BLOCK_ID]: e.message } });
    }
  });

  for (const kind of ['resolution', 'escalation'] as const) {
    app.view<ViewSubmitAction>(NOTE_EDIT_CALLBACK_IDS[kind], async ({ ack, view, body, client }) => {
      const metadata = readNoteEditMetadata(view.private_metadata);
      const decoded = decodeActionValue(metadata.value);
      const ctx = await contextOrRefuse(rt, client, { teamId: body.team?.id, userId: body.user.id });
      if (!decoded.ok || !ctx) {
        await ack();
        return;
      }
      const bodies = readSlackNoteSections(view.state.values);
      const sections = NOTE_HEADINGS[kind].map((heading, i) => ({ heading, body: bodies[i] ?? '' }));
      try {
        let postedLine = 'Resolution note posted.';
        if (kind === 'resolution') {
          await postResolutionNote({
            ctx,
            deps: rt.conversation.diagnosis,
            sessionId: decoded.payload.s,
            input: { sections, stateVersion: decoded.payload.v },
          });
        } else {
          const posted = await postEscalationPackage({
            ctx,
            deps: rt.conversation.diagnosis,
            sessionId: decoded.payload.s,
            input: { sections, stateVersion: decoded.payload.v },
          });
          await sendToTechnicianChannel(rt, client, ctx, posted);
          postedLine = escalatedLine(posted.session, renderContext(rt.conversation, ctx));
        }
        await ack();
        // The preview the modal was opened from is done: its buttons must not post again.
        if (metadata.from) await closePreview(client, metadata.from, postedLine);
        await refreshCard(rt.conversation, client, ctx, decoded.payload.s);
        if (kind === 'resolution') await offerSlackScriptDrafts(rt, client, ctx, decoded.payload.s);
      } catch (error) {
        const e = chatErrorFor(error);
        await ack({ response_action: 'errors', errors: { note_section_0: e.message } });
      }
    });
  }
}

async function perform(
  rt: SlackRuntime,
  client: WebClient,
  ctx: TenantContext,
  verb: (typeof SESSION_CARD_VERBS)[number],
  payload: ActionPayload,
  body: BlockAction,
): Promise<void> {
  const sessionId = payload.s;
  const fixId = payload.f;
  const diagnosis = rt.conversation.diagnosis;
  switch (verb) {
    case 'fix.apply':
    case 'fix.dismiss':
      await recordFixDecision({
        ctx,
        sessionId,
        fixId,
        input: { decision: verb === 'fix.apply' ? 'apply' : 'dismiss' },
      });
      break;
    case 'fix.worked':
    case 'fix.failed':
      await recordFixOutcome({
        ctx,
        sessionId,
        fixId,
        input: { outcome: verb === 'fix.worked' ? 'applied_success' : 'applied_failed' },
      });
      break;
    case 'fix.partial':
      await client.views.open({ trigger_id: body.trigger_id, view: renderPartialNotesModal(payload) });
      return;
    case 'script.later':
    case 'script.build': {
      const rc = renderContext(rt.conversation, ctx);
      const notice = await runScriptVerb({ ctx, diagnosis, rc, verb, payload });
      if (body.channel?.id) {
        await client.chat.postEphemeral({
          channel: body.channel.id,
          user: body.user.id,
          ...(body.message?.thread_ts || body.message?.ts
            ? { thread_ts: body.message?.thread_ts ?? body.message?.ts }
            : {}),
          text: `${notice.title}: ${escapeMrkdwn(notice.message)}`,
        });
      }
      return;
    }
    case 'note.resolution.preview':
    case 'note.escalation.preview': {
      const kind = verb === 'note.resolution.preview' ? 'resolution' : 'escalation';
      const preview = await previewNote({ ctx, deps: diagnosis, sessionId, kind });
      const channel = body.channel?.id;
      if (channel) {
        await client.chat.postMessage({
          channel,
          thread_ts: body.message?.thread_ts ?? body.message?.ts,
          ...renderNotePreviewBlocks(preview, renderContext(rt.conversation, ctx)),
        });
      }
      return;
    }
    case 'note.resolution.edit':
    case 'note.escalation.edit': {
      const kind = verb === 'note.resolution.edit' ? 'resolution' : 'escalation';
      const preview = await previewNote({ ctx, deps: diagnosis, sessionId, kind });
      const from =
        body.channel?.id && body.message?.ts ? { channel: body.channel.id, ts: body.message.ts } : undefined;
      await client.views.open({ trigger_id: body.trigger_id, view: renderNoteEditModal(preview, from) });
      return;
    }
    case 'note.resolution.post':
      await postResolutionNote({ ctx, deps: diagnosis, sessionId, input: { stateVersion: payload.v } });
      await markPosted(client, body, 'Resolution note posted.');
      await refreshCard(rt.conversation, client, ctx, sessionId);
      // Resolved: the session's script drafts are offered for review (issue #15).
      await offerSlackScriptDrafts(rt, client, ctx, sessionId);
      return;
    case 'note.escalation.post': {
      const posted = await postEscalationPackage({
        ctx,
        deps: diagnosis,
        sessionId,
        input: { stateVersion: payload.v },
      });
      await sendToTechnicianChannel(rt, client, ctx, posted);
      await markPosted(client, body, escalatedLine(posted.session, renderContext(rt.conversation, ctx)));
      break;
    }
    case 'session.claim': {
      const claim = await claimEscalation({ ctx, sessionId });
      await markTechnicianPostClaimed(rt, client, ctx, claim);
      await sayInSessionThread(
        client,
        claim.session,
        `🙋 <@${body.user.id}> claimed this escalation and carries on here.`,
      );
      break;
    }
    case 'note.cancel': {
      const { notes } = await getSession({ ctx, sessionId });
      const posted = notes.map((n) => (n.kind === 'resolution' ? 'resolution note' : 'escalation package'));
      await markPosted(
        client,
        body,
        posted.length
          ? `Preview closed. The ${posted.join(' and the ')} ${posted.length > 1 ? 'were' : 'was'} already posted.`
          : 'Preview closed; nothing was posted.',
      );
      return;
    }
    case 'session.refresh':
      break;
  }
  await refreshCard(rt.conversation, client, ctx, sessionId);
}

/** "Escalated: Sent to the technician channel <#C1>." — the preview message's record of where it went. */
function escalatedLine(session: SessionView, rc: RenderContext): string {
  const where = escalationSummary(session, rc)?.lines[0];
  if (!where) return 'Escalation package posted.';
  const channel = where.slackChannelId ? ` <#${where.slackChannelId}>` : '';
  return `Escalated: ${escapeMrkdwn(where.text)}${channel}.`;
}

/** The preview message becomes a plain record of what happened, so its buttons cannot be pressed again. */
async function markPosted(client: WebClient, body: BlockAction, text: string) {
  if (!body.channel?.id || !body.message?.ts) return;
  await closePreview(client, { channel: body.channel.id, ts: body.message.ts }, text);
}

async function closePreview(client: WebClient, preview: PreviewMessageRef, text: string) {
  await client.chat
    .update({
      channel: preview.channel,
      ts: preview.ts,
      text,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
    })
    .catch(() => undefined);
}
