import { describe, expect, it } from 'vitest';
import { slackChatText, teamsChatText } from './chat-text.ts';

// The two replies that ran together in Microsoft's Agents Playground (issue 19, item 9).
const AFTER_LIST = [
  'Offline assistant (no AI model connected):',
  'Recorded 2 facts:',
  '- Outlook prompts for a password',
  '- other users are fine',
  'No knowledge base article matched.',
  'Next question: Did the password change today?',
].join('\n');

const STEPS_AFTER_CHECKS = [
  'Checks to run:',
  '- Confirm the DNS records are correct',
  'Suggested fix (confidence 60%): Clear cached credentials',
  '1. Close Outlook',
  '2. Remove the MicrosoftOffice16 entries',
  '> A quoted article snippet',
  'When you have tried it, tell me whether it worked.',
].join('\n');

/** The Markdown blocks Teams sees: text between blank lines. */
const blocks = (text: string) => text.split(/\n\s*\n/);

describe('chat text for Teams (Markdown)', () => {
  it('ends a list before the paragraph after it, so that paragraph is not part of the last item', () => {
    const out = blocks(teamsChatText(AFTER_LIST));
    expect(out).toEqual([
      'Offline assistant (no AI model connected):',
      'Recorded 2 facts:',
      '- Outlook prompts for a password\n- other users are fine',
      'No knowledge base article matched.',
      'Next question: Did the password change today?',
    ]);
  });

  it('keeps numbered steps together and sets quotes and the text after them apart', () => {
    expect(blocks(teamsChatText(STEPS_AFTER_CHECKS))).toEqual([
      'Checks to run:',
      '- Confirm the DNS records are correct',
      'Suggested fix (confidence 60%): Clear cached credentials',
      '1. Close Outlook\n2. Remove the MicrosoftOffice16 entries',
      '> A quoted article snippet',
      'When you have tried it, tell me whether it worked.',
    ]);
  });

  it('leaves text without lists readable and adds no blank lines of its own at the ends', () => {
    expect(teamsChatText('One line')).toBe('One line');
    expect(teamsChatText('a\n\n\nb\n')).toBe('a\n\nb');
  });
});

describe('chat text for Slack (mrkdwn)', () => {
  it('turns bullets into • items and sets the list apart from the paragraph after it', () => {
    expect(slackChatText(AFTER_LIST)).toBe(
      [
        'Offline assistant (no AI model connected):',
        'Recorded 2 facts:',
        '',
        '• Outlook prompts for a password',
        '• other users are fine',
        '',
        'No knowledge base article matched.',
        'Next question: Did the password change today?',
      ].join('\n'),
    );
  });

  it('keeps numbered steps as they are, each list in its own paragraph', () => {
    const out = slackChatText(STEPS_AFTER_CHECKS);
    expect(out).toContain('\n\n• Confirm the DNS records are correct\n\nSuggested fix');
    expect(out).toContain('\n\n1. Close Outlook\n2. Remove the MicrosoftOffice16 entries\n\n> A quoted');
  });
});
