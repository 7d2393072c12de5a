import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { createSession, getTranscript, handleTurn } from '../sessions/index.ts';
import { ServiceError } from '../shared/errors.ts';
import { listSessionFeedback, recordAnswerFeedback } from './index.ts';

describe('answer feedback', () => {
  let account: TestAccount;
  let other: TestAccount;
  const deps = offlineDiagnosis();

  beforeAll(async () => {
    const db = await testDatabase();
    account = await createTestAccount(db, 'Feedback');
    other = await createTestAccount(db, 'Feedback other');
  });

  async function answeredSession(ctx = account.owner) {
    const session = await createSession({
      ctx,
      input: { problemSummary: 'Outlook keeps asking for a password' },
    });
    const turn = await handleTurn({
      ctx,
      deps,
      sessionId: session.id,
      input: { message: 'Outlook keeps prompting for the password on the reception PC since this morning' },
    });
    return { session, turn };
  }

  it('saves the passages an answer was given with and ties one vote per person to it', async () => {
    const { session, turn } = await answeredSession();
    expect(turn.reply.sources.length).toBeGreaterThan(0);
    expect(turn.reply.sources[0]).toMatchObject({ title: expect.any(String), snippet: expect.any(String) });
    const transcript = await getTranscript({ ctx: account.owner, sessionId: session.id });
    expect(transcript.at(-1)?.id).toBe(turn.reply.turnId);

    const first = await recordAnswerFeedback({
      ctx: account.owner,
      input: { turnId: turn.reply.turnId, rating: 'not_helpful', comment: 'Wrong article', surface: 'slack' },
    });
    expect(first).toMatchObject({ sessionId: session.id, engine: 'offline', rating: 'not_helpful' });
    expect(first.sources).toEqual(turn.reply.sources);

    // Changing the thumb later keeps the earlier comment and leaves one record.
    const second = await recordAnswerFeedback({
      ctx: account.owner,
      input: { turnId: turn.reply.turnId, rating: 'helpful', surface: 'teams' },
    });
    expect(second).toMatchObject({
      id: first.id,
      rating: 'helpful',
      surface: 'teams',
      comment: 'Wrong article',
    });

    const engineer = await account.member('engineer');
    await recordAnswerFeedback({
      ctx: engineer,
      input: { turnId: turn.reply.turnId, rating: 'not_helpful', surface: 'web' },
    });
    const all = await listSessionFeedback({ ctx: account.owner, sessionId: session.id });
    expect(all.map((f) => f.rating).sort()).toEqual(['helpful', 'not_helpful']);
  });

  it('redacts secrets in the comment before storing it', async () => {
    const { turn } = await answeredSession();
    const saved = await recordAnswerFeedback({
      ctx: account.owner,
      input: {
        turnId: turn.reply.turnId,
        rating: 'not_helpful',
        comment: 'I tried password: Hunter2-Secret! and it still fails',
        surface: 'web',
      },
    });
    expect(saved.comment).not.toContain('Hunter2-Secret!');
  });

  it("refuses a bad rating, an engineer's own message and another account's answer, changing nothing", async () => {
    const { session, turn } = await answeredSession();
    await expect(
      recordAnswerFeedback({
        ctx: account.owner,
        input: { turnId: turn.reply.turnId, rating: 'meh', surface: 'web' },
      }),
    ).rejects.toThrow(/rating must be helpful or not_helpful/);

    const transcript = await getTranscript({ ctx: account.owner, sessionId: session.id });
    const engineerTurn = transcript.find((t) => t.role === 'engineer');
    await expect(
      recordAnswerFeedback({
        ctx: account.owner,
        input: { turnId: engineerTurn?.id, rating: 'helpful', surface: 'web' },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });

    await expect(
      recordAnswerFeedback({
        ctx: other.owner,
        input: { turnId: turn.reply.turnId, rating: 'helpful', surface: 'web' },
      }),
    ).rejects.toBeInstanceOf(ServiceError);
    await expect(listSessionFeedback({ ctx: other.owner, sessionId: session.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await listSessionFeedback({ ctx: account.owner, sessionId: session.id })).toEqual([]);

    const viewer = await account.member('viewer');
    await expect(
      recordAnswerFeedback({
        ctx: viewer,
        input: { turnId: turn.reply.turnId, rating: 'helpful', surface: 'web' },
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
