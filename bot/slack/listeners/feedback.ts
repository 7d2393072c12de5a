import type { App, BlockFeedbackButtonsAction, ViewSubmitAction } from '@slack/bolt';
import {
  ANSWER_FEEDBACK_ACTION,
  FEEDBACK_COMMENT_ACTION_ID,
  FEEDBACK_COMMENT_BLOCK_ID,
  FEEDBACK_COMMENT_CALLBACK_ID,
  parseAnswerFeedback,
  renderFeedbackCommentModal,
} from '../../../cards/index.ts';
import { recordAnswerFeedback } from '../../../core/feedback/index.ts';
import { chatErrorFor, postErrorEphemeral } from '../errors.ts';
import { contextOrRefuse, pressPlace, type SlackRuntime } from '../runtime.ts';

export const FEEDBACK_THANKS = 'Thanks — noted. Your rating helps us improve these answers.';

/**
 * 👍/👎 under an assistant answer: one core verb (`recordAnswerFeedback`, one vote per person per
 * answer), then a private thank-you. A 👎 opens an optional "tell us more" box; skipping it keeps
 * the rating. Refusals (another account's answer, a role that may not rate) come back privately.
 */
export function registerFeedback(app: App, rt: SlackRuntime): void {
  app.action<BlockFeedbackButtonsAction>(ANSWER_FEEDBACK_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const where = pressPlace(body);
    const ctx = await contextOrRefuse(rt, client, {
      teamId: body.team?.id,
      userId: body.user.id,
      channel: where.channel,
      threadTs: where.threadTs,
    });
    if (!ctx) return;
    const vote = parseAnswerFeedback(action.value);
    if (!vote) {
      rt.logger.warn({ actionId: action.action_id }, 'Slack feedback with a value we did not render');
      return;
    }
    try {
      await recordAnswerFeedback({
        ctx,
        input: { turnId: vote.turnId, rating: vote.rating, surface: 'slack' },
      });
    } catch (error) {
      const chatError = chatErrorFor(error, rt.config.publicUrl);
      if (chatError.title === 'Something went wrong')
        rt.logger.error({ err: error }, 'Slack feedback failed');
      if (where.channel) await postErrorEphemeral(client, { ...where, channel: where.channel }, chatError);
      return;
    }
    if (vote.rating === 'not_helpful' && body.trigger_id) {
      const opened = await client.views
        .open({ trigger_id: body.trigger_id, view: renderFeedbackCommentModal(vote.turnId) })
        .then(() => true)
        .catch((error: unknown) => {
          rt.logger.warn({ err: error }, 'Slack: could not open the feedback comment box');
          return false;
        });
      // The box says thanks itself; the ephemeral is for when it could not open.
      if (opened) return;
    }
    if (!where.channel) return;
    await client.chat
      .postEphemeral({
        channel: where.channel,
        user: where.user,
        text: FEEDBACK_THANKS,
        ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
      })
      .catch((error: unknown) => rt.logger.warn({ err: error }, 'Slack: could not thank for feedback'));
  });

  app.view<ViewSubmitAction>(FEEDBACK_COMMENT_CALLBACK_ID, async ({ ack, view, body, client }) => {
    const comment = view.state.values[FEEDBACK_COMMENT_BLOCK_ID]?.[FEEDBACK_COMMENT_ACTION_ID]?.value ?? '';
    const ctx = await contextOrRefuse(rt, client, { teamId: body.team?.id, userId: body.user.id });
    if (!ctx) {
      await ack();
      return;
    }
    try {
      await recordAnswerFeedback({
        ctx,
        input: {
          turnId: view.private_metadata,
          rating: 'not_helpful',
          surface: 'slack',
          ...(comment.trim() ? { comment } : {}),
        },
      });
      await ack();
    } catch (error) {
      const e = chatErrorFor(error, rt.config.publicUrl);
      await ack({ response_action: 'errors', errors: { [FEEDBACK_COMMENT_BLOCK_ID]: e.message } });
    }
  });
}
