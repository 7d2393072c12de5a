import { describe, expect, it } from 'vitest';
import { ASSISTANT_PROMPTS, assistantIntent, threadTitle, viewedChannel } from './assistant.ts';

describe('assistant thread helpers', () => {
  it('reads the prompts as what they lead to, and anything else as a problem', () => {
    expect(ASSISTANT_PROMPTS.map((p) => assistantIntent(p.message).kind)).toEqual([
      'diagnose-help',
      'walk-in',
      'scripts',
    ]);
    expect(assistantIntent('Find a script to clear the print queue')).toEqual({
      kind: 'scripts',
      query: 'clear the print queue',
    });
    // A problem that merely starts like a prompt is still a problem.
    expect(assistantIntent('Diagnose ticket #48213: Outlook asks for a password').kind).toBe('problem');
    expect(assistantIntent('log a walk-in for Dana, the scanner is broken').kind).toBe('problem');
  });

  it('titles a thread with one line of the problem, cut where a word ends', () => {
    expect(threadTitle('<@U0BOT> Printer   offline\nsince Monday')).toBe('Printer offline since Monday');
    const long = 'Outlook keeps asking for a password on the reception laptop since this morning';
    expect(threadTitle(long)).toBe('Outlook keeps asking for a password on the reception laptop…');
    expect(threadTitle('x'.repeat(100))).toBe(`${'x'.repeat(59)}…`);
  });

  it("names only this workspace's channels from a thread context, and refuses the rest", () => {
    expect(viewedChannel({ channel_id: 'C0123ABCD', team_id: 'T0TEAM1' }, 'T0TEAM1')).toBe('C0123ABCD');
    expect(viewedChannel({ channel_id: 'C0123ABCD', team_id: 'T0OTHER' }, 'T0TEAM1')).toBe('refused');
    expect(viewedChannel({ channel_id: '<!here>' }, 'T0TEAM1')).toBe('refused');
    expect(viewedChannel('C0123ABCD', 'T0TEAM1')).toBe('refused');
    expect(viewedChannel({ channel_id: 'D0123ABCD', team_id: 'T0TEAM1' }, 'T0TEAM1')).toBeNull();
    expect(viewedChannel({}, 'T0TEAM1')).toBeNull();
    expect(viewedChannel(undefined, 'T0TEAM1')).toBeNull();
  });
});
