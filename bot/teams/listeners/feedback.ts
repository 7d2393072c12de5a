import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { TurnContext, TurnState } from '@microsoft/agents-hosting';
import type { TeamsAgentExtension } from '@microsoft/agents-hosting-extensions-teams';
import { z } from 'zod';
import { findTeamsAnswerTurn } from '../../../core/chat/index.ts';
import { recordAnswerFeedback } from '../../../core/feedback/index.ts';
import { ServiceError } from '../../../core/shared/errors.ts';
import { identify } from '../identity.ts';
import { baseConversationId } from '../places.ts';
import type { TeamsRuntime } from '../runtime.ts';

/**
 * `value` of the `message/submitAction` invoke Teams sends when someone presses 👍/👎 under a
 * message sent with `feedbackLoopEnabled` and submits the form: `reaction` is the thumb,
 * `feedback` a JSON string of the form's fields (`{"feedbackText":"…"}` for the default form).
 */
const FeedbackValue = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({
    reaction: z.enum(['like', 'dislike'], { message: 'reaction must be like or dislike' }),
    feedback: z.union([z.string().max(50_000), z.record(z.string(), z.unknown())]).optional(),
  }),
});

const RATING = { like: 'helpful', dislike: 'not_helpful' } as const;

/** The comment typed into Teams' feedback form, if any. */
export function feedbackComment(feedback: string | Record<string, unknown> | undefined): string | undefined {
  let fields: unknown = feedback;
  if (typeof feedback === 'string') {
    try {
      fields = JSON.parse(feedback);
    } catch {
      // Not JSON: a custom form (or an older client) sent the words themselves.
      fields = { feedbackText: feedback };
    }
  }
  const text = (fields as { feedbackText?: unknown } | null)?.feedbackText;
  return typeof text === 'string' && text.trim() ? text.trim() : undefined;
}

/** Feedback invokes are answered in the HTTP response; Teams only needs the status. */
async function answer(context: TurnContext, status: number, body?: unknown): Promise<void> {
  await context.sendActivity(
    Activity.fromObject({
      type: ActivityTypes.InvokeResponse,
      value: body === undefined ? { status } : { status, body },
    }),
  );
}

/**
 * 👍/👎 on an answer: the message the buttons sit under (`replyToId`) is looked up among the answers
 * this account posted, and the vote is recorded as that person's feedback on that answer
 * (`recordAnswerFeedback`, surface `teams`). A press on a message that is not one of our answers,
 * or by someone who is not a user here (or may not rate), is answered 200 and records nothing:
 * Teams shows no error to a person for a vote we cannot use. A malformed value is 400.
 */
export function registerFeedback(teams: TeamsAgentExtension<TurnState>, rt: TeamsRuntime): void {
  teams.onFeedback(async (context) => {
    const parsed = FeedbackValue.safeParse(context.activity.value);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'malformed feedback';
      await answer(context, 400, { error: 'invalid_feedback', message: `Feedback refused: ${message}.` });
      return;
    }
    const activityId = context.activity.replyToId;
    const conversationId = context.activity.conversation?.id;
    if (!activityId || !conversationId) return answer(context, 200);
    const who = await identify(rt, context);
    if (!who.ok) return answer(context, 200);
    const { reaction, feedback } = parsed.data.actionValue;
    try {
      const turnId = await findTeamsAnswerTurn(who.ctx, {
        conversationId: baseConversationId(conversationId),
        activityId,
      });
      if (!turnId) return answer(context, 200);
      const comment = feedbackComment(feedback);
      await recordAnswerFeedback({
        ctx: who.ctx,
        input: { turnId, rating: RATING[reaction], surface: 'teams', ...(comment ? { comment } : {}) },
      });
      await answer(context, 200);
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'invalid_input') {
        await answer(context, 400, { error: 'invalid_feedback', message: error.message });
        return;
      }
      if (error instanceof ServiceError && (error.code === 'not_found' || error.code === 'forbidden')) {
        rt.logger.info({ code: error.code }, 'Teams: feedback not recorded');
        return answer(context, 200);
      }
      rt.logger.error({ err: error }, 'Teams: recording feedback failed');
      await answer(context, 500, { error: 'internal_error' });
    }
  });
}
