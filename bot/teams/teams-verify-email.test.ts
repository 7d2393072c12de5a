import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/test-support.ts';
import { listSessions } from '../../core/sessions/index.ts';
import { testDatabase } from '../../test/db.ts';
import { backdateUnverifiedSignup } from '../../test/unverified-account.ts';
import { cardOf, eventually, type TeamsWorld, teamsWorld, textOf, threadOf } from './teams-test-kit.ts';

describe('Teams: an unverified signup past its 7 days may read but not write', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    w = await teamsWorld();
    await backdateUnverifiedSignup(await testDatabase(), w.account.accountId, 8);
  });
  afterAll(() => w.close());

  it('answers a new @mention with a card saying to verify, with the resend button, and starts nothing', async () => {
    const post = w.post('Outlook keeps asking for a password on one laptop');
    expect((await w.send(post)).status).toBe(200);
    const answer = await eventually(() => threadOf(w, post.id).find((a) => cardOf(a) !== undefined));
    const card = cardOf(answer) as {
      body: Array<{ text?: string }>;
      actions?: Array<Record<string, unknown>>;
    };
    expect(adaptiveCardProblems(card)).toEqual([]);
    const texts = card.body.map((b) => b.text ?? '');
    expect(texts).toContain('⚠️ Verify your email');
    expect(texts).toContain('Verify your email to keep making changes.');
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Verify or resend the link',
        url: 'https://rf.example.test/verify-email',
      },
    ]);
    const { sessions } = await listSessions({ ctx: w.engineer, input: {} });
    expect(sessions).toEqual([]);
  });

  it('still answers the read-only status command', async () => {
    const message = w.personal('status');
    expect((await w.send(message)).status).toBe(200);
    const reply = await eventually(() =>
      w.connector.activities(message.conversation.id).find((a) => /open sessions/i.test(textOf(a))),
    );
    expect(textOf(reply)).toMatch(/no open sessions/i);
  });
});
