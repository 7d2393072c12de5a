import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { createSession, getTranscript, handleTurn } from '../sessions/index.ts';
import { findTeamsAnswerTurn, rememberTeamsAnswer } from './index.ts';

describe('Teams answer messages (which message shows which answer)', () => {
  let account: TestAccount;
  let other: TestAccount;

  beforeAll(async () => {
    const db = await testDatabase();
    account = await createTestAccount(db, 'Teams answers');
    other = await createTestAccount(db, 'Teams answers other');
  });

  async function answer(ctx = account.owner) {
    const session = await createSession({ ctx, input: { problemSummary: 'VPN drops every hour' } });
    const turn = await handleTurn({
      ctx,
      deps: offlineDiagnosis(),
      sessionId: session.id,
      input: { message: 'VPN drops every hour on the sales laptops' },
    });
    return { session, turnId: turn.reply.turnId };
  }

  it('finds the answer by conversation and message id, only in its own account', async () => {
    const { turnId } = await answer();
    const where = { conversationId: '19:abc@thread.tacv2', activityIds: ['1700000000001', '1700000000002'] };
    await rememberTeamsAnswer(account.owner, { ...where, turnId });
    await rememberTeamsAnswer(account.owner, { ...where, turnId }); // a repeat is harmless
    for (const activityId of where.activityIds) {
      expect(
        await findTeamsAnswerTurn(account.owner, { conversationId: where.conversationId, activityId }),
      ).toBe(turnId);
    }
    // Same message id in another conversation, or the same message asked about by another account.
    expect(
      await findTeamsAnswerTurn(account.owner, { conversationId: 'a:other', activityId: '1700000000001' }),
    ).toBe(null);
    expect(
      await findTeamsAnswerTurn(other.owner, {
        conversationId: where.conversationId,
        activityId: '1700000000001',
      }),
    ).toBe(null);
  });

  it("maps nothing for another account's answer or an engineer's own message, and refuses bad input", async () => {
    const theirs = await answer(other.owner);
    const where = { conversationId: '19:def@thread.tacv2', activityIds: ['1700000000003'] };
    await rememberTeamsAnswer(account.owner, { ...where, turnId: theirs.turnId });
    const mine = await answer();
    const engineerTurn = (await getTranscript({ ctx: account.owner, sessionId: mine.session.id })).find(
      (t) => t.role === 'engineer',
    );
    await rememberTeamsAnswer(account.owner, { ...where, turnId: engineerTurn?.id });
    const probe = { conversationId: where.conversationId, activityId: '1700000000003' };
    expect(await findTeamsAnswerTurn(account.owner, probe)).toBe(null);
    expect(await findTeamsAnswerTurn(other.owner, probe)).toBe(null);

    await expect(
      rememberTeamsAnswer(account.owner, { ...where, activityIds: [], turnId: mine.turnId }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      rememberTeamsAnswer(account.owner, { ...where, turnId: 'not-a-uuid' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await findTeamsAnswerTurn(account.owner, probe)).toBe(null);
  });
});
