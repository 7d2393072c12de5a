import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import {
  DRAFT_ACCEPT_CALLBACK_ID,
  DRAFT_FIELDS,
  decodeActionValue,
  parseSlackDraftAction,
  readSlackDraftEdits,
  renderDraftAcceptModal,
  renderDraftReviewBlocks,
  renderScriptCopyModal,
  SCRIPT_COPY_ACTION,
  type SlackStateValues,
  scriptFlagLines,
} from '../../../cards/index.ts';
import type { ScriptDraftReviewView } from '../../../core/scripts/index.ts';
import { getSession } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { ConflictError, ServiceError } from '../../../core/shared/errors.ts';
import {
  currentDraftView,
  draftFieldOf,
  draftForEdit,
  draftsToOffer,
  runDraftReview,
  scriptReviewContext,
} from '../../script-verbs.ts';
import { renderContext } from '../conversation.ts';
import { chatErrorFor, postErrorEphemeral } from '../errors.ts';
import { contextOrRefuse, pressPlace, type SlackRuntime } from '../runtime.ts';

/**
 * After a resolution note is posted: one review card per pending script draft of the session, in
 * its thread, for the person who resolved it. Never throws: the session is already resolved, and a
 * failed offer leaves the drafts on the Scripts page.
 */
export async function offerSlackScriptDrafts(
  rt: SlackRuntime,
  client: WebClient,
  ctx: TenantContext,
  sessionId: string,
): Promise<void> {
  try {
    const drafts = await draftsToOffer(ctx, sessionId);
    if (drafts.length === 0) return;
    const ref = (await getSession({ ctx, sessionId })).channel.ref;
    if (!ref.channel || !ref.threadTs) return;
    for (const draft of drafts) {
      await client.chat.postMessage({
        channel: ref.channel,
        thread_ts: ref.threadTs,
        ...renderDraftReviewBlocks(draft, reviewContext(rt, ctx, draft)),
      });
    }
  } catch (error) {
    rt.logger.error({ err: error, sessionId }, 'Slack script draft offer failed');
  }
}

function reviewContext(rt: SlackRuntime, ctx: TenantContext, draft: ScriptDraftReviewView) {
  return scriptReviewContext(ctx, renderContext(rt.conversation, ctx), draft.draftId);
}

/**
 * Copy on the session card, and the review card's buttons: "Accept…" opens the edit modal (its
 * submission accepts), Reject and "Don't ask again" decide at once. The card is redrawn in place
 * from the decided draft; a refused decision (409: decided already) is told to the presser and the
 * card redrawn as it now stands, so nothing changes twice.
 */
export function registerScriptReview(app: App, rt: SlackRuntime): void {
  app.action<BlockAction<ButtonAction>>(SCRIPT_COPY_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const channel = body.channel?.id;
    const ctx = await contextOrRefuse(rt, client, { teamId: body.team?.id, userId: body.user.id, channel });
    const decoded = decodeActionValue(action.value);
    if (!ctx || !decoded.ok) return;
    try {
      const fix = (await getSession({ ctx, sessionId: decoded.payload.s })).activeFix;
      if (!fix || fix.id !== decoded.payload.f || !fix.script?.trim())
        throw new ConflictError(
          'This fix was replaced by a newer suggestion; copy the script from that one.',
        );
      await client.views.open({
        trigger_id: body.trigger_id,
        view: renderScriptCopyModal({
          title: fix.title,
          language: fix.scriptLanguage,
          script: fix.script,
          flags: scriptFlagLines(fix),
        }),
      });
    } catch (error) {
      await tellPresser(rt, client, body, error);
    }
  });

  app.action<BlockAction<ButtonAction>>(/^script\.draft\./, async ({ ack, body, action, client }) => {
    await ack();
    const channel = body.channel?.id;
    const ts = body.message?.ts;
    const ctx = await contextOrRefuse(rt, client, { teamId: body.team?.id, userId: body.user.id, channel });
    if (!ctx || !channel || !ts) return;
    const parsed = parseSlackDraftAction(action.action_id, action.value);
    if (!parsed.ok || parsed.verb === 'script.draft.accept') {
      rt.logger.warn({ actionId: action.action_id }, 'Slack script draft action refused');
      return;
    }
    const draftId = parsed.payload.d;
    const redraw = (view: ScriptDraftReviewView) =>
      client.chat.update({ channel, ts, ...renderDraftReviewBlocks(view, reviewContext(rt, ctx, view)) });
    try {
      if (parsed.verb === 'script.draft.edit') {
        const view = await draftForEdit(ctx, draftId);
        await client.views.open({
          trigger_id: body.trigger_id,
          view: renderDraftAcceptModal(view, { d: draftId, c: channel, m: ts }),
        });
        return;
      }
      await redraw(await runDraftReview({ ctx, verb: parsed.verb, draftId, edits: {} }));
    } catch (error) {
      await tellPresser(rt, client, body, error);
      await currentDraftView(ctx, draftId)
        .then(redraw)
        .catch(() => undefined);
    }
  });

  app.view<ViewSubmitAction>(DRAFT_ACCEPT_CALLBACK_ID, async ({ ack, view, body, client }) => {
    const parsed = parseSlackDraftAction(DRAFT_ACCEPT_CALLBACK_ID, view.private_metadata);
    const ctx = await contextOrRefuse(rt, client, { teamId: body.team?.id, userId: body.user.id });
    if (!parsed.ok || !ctx) {
      await ack({
        response_action: 'errors',
        errors: { [DRAFT_FIELDS.name.block]: 'This form expired; press Accept… again.' },
      });
      return;
    }
    const { d: draftId, c: channel, m: ts } = parsed.payload;
    const edits = readSlackDraftEdits(view.state.values as SlackStateValues);
    let decided: ScriptDraftReviewView;
    try {
      decided = await runDraftReview({ ctx, verb: 'script.draft.accept', draftId, edits });
    } catch (error) {
      const e = chatErrorFor(error);
      const code = error instanceof ServiceError ? error.code : undefined;
      if (code === 'invalid_input' || code === 'unprocessable') {
        // The edit is refused where it was typed; nothing was saved.
        const field = draftFieldOf(error);
        const block = view.state.values[DRAFT_FIELDS[field].block]
          ? DRAFT_FIELDS[field].block
          : DRAFT_FIELDS.params.block;
        await ack({ response_action: 'errors', errors: { [block]: e.message.slice(0, 300) } });
        return;
      }
      await ack();
      if (channel) await postErrorEphemeral(client, { channel, user: body.user.id }, e);
      if (channel && ts) {
        await currentDraftView(ctx, draftId)
          .then((v) =>
            client.chat.update({ channel, ts, ...renderDraftReviewBlocks(v, reviewContext(rt, ctx, v)) }),
          )
          .catch(() => undefined);
      }
      return;
    }
    await ack();
    if (channel && ts)
      await client.chat.update({
        channel,
        ts,
        ...renderDraftReviewBlocks(decided, reviewContext(rt, ctx, decided)),
      });
  });
}

async function tellPresser(rt: SlackRuntime, client: WebClient, body: BlockAction, error: unknown) {
  const e = chatErrorFor(error, rt.config.publicUrl);
  if (e.title === 'Something went wrong') rt.logger.error({ err: error }, 'Slack script action failed');
  const { channel, user, threadTs } = pressPlace(body);
  if (!channel) return;
  await postErrorEphemeral(client, { channel, user, threadTs }, e).catch(() => undefined);
}
