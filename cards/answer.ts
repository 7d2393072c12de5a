import { z } from 'zod';
import { slackChatText } from './chat-text.ts';
import { fitMrkdwn, plain } from './slack-blocks.ts';
import { escapeMrkdwn, SLACK_LIMITS } from './slack-limits.ts';
import type { Block, ContextActionsBlock, SlackMessage, SlackModalView } from './slack-types.ts';

/** The `action_id` of the 👍/👎 pair under every assistant answer (Slack). */
export const ANSWER_FEEDBACK_ACTION = 'answer.feedback';
/** The optional "what was wrong?" modal a 👎 opens. */
export const FEEDBACK_COMMENT_CALLBACK_ID = 'answer.feedback.comment';
export const FEEDBACK_COMMENT_BLOCK_ID = 'feedback_comment';
export const FEEDBACK_COMMENT_ACTION_ID = 'comment';
const COMMENT_MAX_CHARS = 2_000;

export type AnswerRating = 'helpful' | 'not_helpful';

/**
 * A feedback button's value: the rating and the assistant turn it rates. Nothing else travels in
 * it, so a forged value can at most rate another answer, which the core refuses across accounts.
 */
const FeedbackValue = z
  .string()
  .regex(
    /^(helpful|not_helpful):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    'not a feedback value',
  )
  .transform((value) => {
    const [rating, turnId] = value.split(':') as [AnswerRating, string];
    return { rating, turnId };
  });

/** Reads a clicked feedback button's value; null for anything we did not render. */
export function parseAnswerFeedback(value: unknown): { rating: AnswerRating; turnId: string } | null {
  const parsed = FeedbackValue.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The `context_actions` footer with Slack's native feedback buttons, carrying the answer's turn
 * id. A fresh `block_id` per answer (Slack asks for one per message iteration).
 */
export function renderAnswerFeedbackBlock(turnId: string): ContextActionsBlock {
  return {
    type: 'context_actions',
    block_id: `answer_feedback_${turnId.slice(0, 8)}`,
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ANSWER_FEEDBACK_ACTION,
        positive_button: {
          text: plain('👍', SLACK_LIMITS.buttonTextChars),
          value: `helpful:${turnId}`,
          accessibility_label: 'This answer helped',
        },
        negative_button: {
          text: plain('👎', SLACK_LIMITS.buttonTextChars),
          value: `not_helpful:${turnId}`,
          accessibility_label: 'This answer did not help',
        },
      },
    ],
  };
}

/**
 * The assistant's answer as one message written at once (the fallback when it cannot be streamed):
 * the text in mrkdwn sections, with the feedback footer when the answer was saved as a turn.
 */
export function renderAnswerMessage(text: string, turnId?: string): SlackMessage {
  const body = fitMrkdwn(slackChatText(text), SLACK_LIMITS.messageTextChars);
  const blocks: Block[] = splitMrkdwn(body, SLACK_LIMITS.sectionTextChars).map((part) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: part },
  }));
  if (turnId) blocks.push(renderAnswerFeedbackBlock(turnId));
  return { text: body || '…', blocks };
}

/**
 * The answer for `chat.startStream`/`appendStream` (`markdown_text`): the model writes plain
 * Markdown lines, which Slack's streaming renders as written. `<`, `>` and `&` are escaped as in
 * mrkdwn, so text the model repeats from a user (`<!channel>`, `<@U…>`) pings nobody.
 */
export function streamMarkdown(delta: string): string {
  return escapeMrkdwn(delta);
}

/** The optional comment after a 👎: one text box; the turn id rides in private_metadata. */
export function renderFeedbackCommentModal(turnId: string): SlackModalView {
  return {
    type: 'modal',
    callback_id: FEEDBACK_COMMENT_CALLBACK_ID,
    private_metadata: turnId,
    title: plain('Tell us more', SLACK_LIMITS.modalTitleChars),
    submit: plain('Send', SLACK_LIMITS.modalButtonChars),
    close: plain('Skip', SLACK_LIMITS.modalButtonChars),
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: 'Thanks — your 👎 is noted. What was wrong or missing? (Optional; passwords and keys are removed before it is saved.)',
        },
      },
      {
        type: 'input',
        block_id: FEEDBACK_COMMENT_BLOCK_ID,
        label: plain('What should the answer have said?', SLACK_LIMITS.inputLabelChars),
        element: {
          type: 'plain_text_input',
          action_id: FEEDBACK_COMMENT_ACTION_ID,
          multiline: true,
          max_length: COMMENT_MAX_CHARS,
        },
      },
    ],
  };
}

/** Splits escaped mrkdwn into parts of at most `max`, at line breaks where possible, never inside an entity. */
function splitMrkdwn(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) {
      cut = max;
      const amp = rest.lastIndexOf('&', cut);
      if (amp > cut - 5 && rest.indexOf(';', amp) >= cut) cut = amp;
    }
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.trim() || parts.length === 0) parts.push(rest || '…');
  return parts;
}
