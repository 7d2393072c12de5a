import { describe, expect, it } from 'vitest';
import {
  ANSWER_FEEDBACK_ACTION,
  parseAnswerFeedback,
  renderAnswerFeedbackBlock,
  renderAnswerMessage,
  renderFeedbackCommentModal,
  streamMarkdown,
} from './answer.ts';
import { assertBlockKitLimits, blockKitViolations } from './slack-limits.ts';

const TURN = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe('assistant answer (Slack)', () => {
  it('puts native feedback buttons under the answer, each carrying the turn it rates', () => {
    const msg = renderAnswerMessage('Check the credential manager.\n- Remove the saved Outlook entry', TURN);
    assertBlockKitLimits(msg, 'message');
    expect(msg.text).toBe('Check the credential manager.\n\n• Remove the saved Outlook entry');
    const footer = msg.blocks.at(-1);
    expect(footer).toMatchObject({
      type: 'context_actions',
      elements: [{ type: 'feedback_buttons', action_id: ANSWER_FEEDBACK_ACTION }],
    });
    if (footer?.type !== 'context_actions') throw new Error('no footer');
    const [buttons] = footer.elements;
    expect(parseAnswerFeedback(buttons?.positive_button.value)).toEqual({ rating: 'helpful', turnId: TURN });
    expect(parseAnswerFeedback(buttons?.negative_button.value)).toEqual({
      rating: 'not_helpful',
      turnId: TURN,
    });
  });

  it('splits a long answer into sections Slack accepts and escapes what could ping people', () => {
    const long = Array.from({ length: 120 }, (_, i) => `Step ${i}: run <!channel> & check the log`).join(
      '\n',
    );
    const msg = renderAnswerMessage(long, TURN);
    expect(blockKitViolations(msg, 'message')).toEqual([]);
    expect(msg.blocks.filter((b) => b.type === 'section').length).toBeGreaterThan(1);
    expect(JSON.stringify(msg)).not.toContain('<!channel>');
    expect(streamMarkdown('say <@U123> & <!here>')).toBe('say &lt;@U123&gt; &amp; &lt;!here&gt;');
  });

  it('leaves the footer off an answer that was never saved (an error text)', () => {
    const msg = renderAnswerMessage('Assistant unavailable: try again in a minute');
    expect(msg.blocks.map((b) => b.type)).toEqual(['section']);
  });

  it('refuses feedback values it did not render', () => {
    for (const bad of [
      undefined,
      '',
      'helpful',
      'great:' + TURN,
      `helpful:${TURN}x`,
      'helpful:not-a-uuid',
      42,
    ]) {
      expect(parseAnswerFeedback(bad)).toBeNull();
    }
  });

  it('offers a comment box after a thumbs down, within modal limits', () => {
    const modal = renderFeedbackCommentModal(TURN);
    assertBlockKitLimits(modal, 'modal');
    expect(modal.private_metadata).toBe(TURN);
    expect(renderAnswerFeedbackBlock(TURN).block_id).toMatch(/^answer_feedback_/);
  });
});
