import { describe, expect, it } from 'vitest';
import { expandTemplate } from './adaptive.ts';
import { clampMrkdwn, fitMrkdwn, packSections, section } from './slack-blocks.ts';
import { blockKitViolations, escapeMrkdwn, SLACK_LIMITS } from './slack-limits.ts';
import type { Block, SlackMessage, SlackModalView } from './slack-types.ts';
import { adaptiveCardProblems } from './test-support.ts';
import { truncate, truncateLines } from './text.ts';

const msg = (blocks: Block[], text = 'fallback'): SlackMessage => ({ text, blocks });
const btn = (action_id: string, text = 'Go') => ({
  type: 'button' as const,
  text: { type: 'plain_text' as const, text },
  action_id,
});

describe('assertBlockKitLimits catches what Slack would reject', () => {
  it('accepts a small valid message', () => {
    expect(blockKitViolations(msg([section('hi')]), 'message')).toEqual([]);
  });

  it('counts blocks per surface', () => {
    const blocks = Array.from({ length: 51 }, () => section('x'));
    expect(blockKitViolations(msg(blocks), 'message')).toEqual(['51 blocks (max 50 in a message)']);
    expect(blockKitViolations({ type: 'home', blocks }, 'home')).toEqual([]);
    expect(blockKitViolations({ type: 'home', blocks: [...blocks, ...blocks] }, 'home')).toHaveLength(1);
  });

  it('checks text lengths, empty text and element caps', () => {
    const problems = blockKitViolations(
      msg([
        { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } },
        { type: 'section', text: { type: 'mrkdwn', text: 's'.repeat(3_001) } },
        { type: 'section', text: { type: 'mrkdwn', text: '' } },
        {
          type: 'context',
          elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn' as const, text: 'c' })),
        },
        { type: 'actions', elements: [btn('a', 'b'.repeat(76)), btn('a')] },
        { type: 'actions', elements: [{ ...btn('v'), value: 'x'.repeat(2_001) }] },
        { type: 'divider', block_id: 'd' },
        { type: 'divider', block_id: 'd' },
      ]),
      'message',
    );
    expect(problems).toEqual([
      'block 0 (header) text is 151 chars (max 150)',
      'block 1 (section) text is 3001 chars (max 3000)',
      'block 2 (section) text is empty',
      'block 3 (context) has 11 elements',
      'block 4 (actions) button text is 76 chars (max 75)',
      'block 4 (actions) repeats action_id a',
      'block 5 (actions) button value is 2001 chars (max 2000)',
      'block 7 (divider) repeats block_id d',
    ]);
  });

  it('refuses unescaped mentions and broadcasts in mrkdwn and the fallback text', () => {
    const problems = blockKitViolations(
      msg([section('hey <!channel> and <@U123>')], 'ping <!here>'),
      'message',
    );
    expect(problems).toEqual([
      'message text has a raw <!here> token',
      'block 0 (section) text has a raw <!channel> token',
      'block 0 (section) text has a raw <@U123> token',
    ]);
    expect(blockKitViolations(msg([section('<https://example.com/a?b=1&amp;c=2|ok>')]), 'message')).toEqual(
      [],
    );
  });

  it('checks modal title, buttons, private_metadata and input rules', () => {
    const modal: SlackModalView = {
      type: 'modal',
      callback_id: 'x',
      title: { type: 'plain_text', text: 'A title that is far too long' },
      private_metadata: 'm'.repeat(3_001),
      blocks: [
        {
          type: 'input',
          block_id: 'i',
          label: { type: 'plain_text', text: 'Notes' },
          element: {
            type: 'plain_text_input',
            action_id: 'n',
            max_length: 10,
            initial_value: 'x'.repeat(11),
          },
        },
      ],
    };
    expect(blockKitViolations(modal, 'modal')).toEqual([
      'modal title is 28 chars (max 24)',
      'modal with inputs needs submit',
      'private_metadata is 3001 chars (max 3000)',
      'block 0 (input) initial_value is 11 chars (max_length 10)',
    ]);
  });
});

describe('text cutting', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('the quick brown fox jumps', 12)).toBe('the quick…');
    expect(truncate('abcdefghijklmnop', 6)).toBe('abcde…');
    expect(truncate('one, two, three', 10)).toBe('one, two…');
  });

  it('never splits an emoji', () => {
    const out = truncate('🔧🔧🔧🔧🔧', 4);
    expect(out).toBe('🔧…');
    expect(out.length).toBeLessThanOrEqual(4);
  });

  it('cuts code at a line end with a visible note', () => {
    expect(truncateLines('a\nbb\nccc\ndddd', 9, '…')).toBe('a\nbb\n…');
  });

  it('escapes mrkdwn control characters only', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> *bold*')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; *bold*');
  });

  it('fits escaped text to the limit without cutting an entity in half', () => {
    const raw = '<'.repeat(3_000);
    const out = fitMrkdwn(raw, SLACK_LIMITS.sectionTextChars);
    expect(out.length).toBeLessThanOrEqual(3_000);
    expect(out).toBe(`${'&lt;'.repeat(749)}…`);
  });

  it('clamps already-built mrkdwn without leaving half a link or an open code block', () => {
    const link = `${'x'.repeat(90)}<https://example.com|a link>`;
    expect(clampMrkdwn(link, 100)).toBe(`${'x'.repeat(90)}…`);
    const code = `\`\`\`\n${'y'.repeat(200)}\n\`\`\``;
    const out = clampMrkdwn(code, 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.match(/```/g)).toHaveLength(2);
  });

  it('packs long lists into as few sections as fit', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `${i} ${'z'.repeat(290)}`);
    const sections = packSections('*Title*', lines);
    expect(sections.length).toBe(3);
    expect(String(sections[0]?.text?.text).startsWith('*Title*\n0 z')).toBe(true);
    expect(blockKitViolations(msg(sections), 'message')).toEqual([]);
  });
});

describe('Adaptive Card checks are real', () => {
  it('flags a bad enum, an unknown element and duplicate input ids', () => {
    const bad = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'x', color: 'Pink' },
        { type: 'Marquee', text: 'y' },
        { type: 'Input.Text', id: 'a' },
        { type: 'Input.Text', id: 'a' },
      ],
    };
    const problems = adaptiveCardProblems(bad);
    expect(problems.some((p) => p.startsWith('schema:'))).toBe(true);
    expect(problems.some((p) => p.includes('Marquee'))).toBe(true);
    expect(problems.some((p) => p.startsWith('validate:'))).toBe(true);
  });

  it('prints user text that looks like a template binding literally instead of evaluating it', () => {
    // Adaptive Card binding syntax is built by concatenation so it is not mistaken for JS.
    const bind = (expr: string) => `$${'{'}${expr}}`;
    const typed = `${bind('secret')} and ${bind('1+1')}`;
    const card = expandTemplate(
      { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: bind('t') }] },
      { t: typed },
    );
    expect(card.body).toEqual([{ type: 'TextBlock', text: typed }]);
    expect(typed).toBe('$' + '{secret} and $' + '{1+1}');
  });
});
