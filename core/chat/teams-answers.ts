import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { teamsAnswerMessagesTable } from '../db/schema/teams-answers.ts';
import { withTransaction } from '../db/transactions.ts';
import { assistantTurnInAccount } from '../sessions/session-write.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';

/** Teams ids are short strings (epoch-ms message ids, `19:…@thread.tacv2` / `a:…` chat ids). */
const TeamsId = z.string().trim().min(1).max(1_000);

const RememberInput = z
  .object({
    conversationId: TeamsId,
    /** Every id the answer's message answers to (a streamed reply: the stream id and the final post). */
    activityIds: z.array(TeamsId).min(1).max(5),
    turnId: z.string().uuid(),
  })
  .strict();

const FindInput = z.object({ conversationId: TeamsId, activityId: TeamsId }).strict();

/**
 * Remembers which Teams message shows an assistant answer, so a later feedback invoke (which names
 * only the message) can be tied to the answer. `conversationId` is the channel or chat id without
 * `;messageid=`; the caller strips it. Posting the same message again is a no-op, and a turn that
 * is not an assistant answer of this account maps nothing (a later vote on it is then not found).
 */
export async function rememberTeamsAnswer(ctx: TenantContext, input: unknown): Promise<void> {
  const data = parseInput(RememberInput, input, 'Teams answer message');
  const activityIds = [...new Set(data.activityIds)];
  await withTransaction(ctx, async (tx) => {
    // The answer must be an assistant turn of this account (RLS and the explicit filter agree).
    const turn = await assistantTurnInAccount(tx, ctx, data.turnId);
    if (!turn) return;
    await tx
      .insert(teamsAnswerMessagesTable)
      .values(
        activityIds.map((activityId) => ({
          accountId: ctx.accountId,
          conversationId: data.conversationId,
          activityId,
          turnId: turn.id,
        })),
      )
      .onConflictDoNothing();
  });
}

/** The assistant answer a Teams message shows in this account, or null (not ours, or not an answer). */
export async function findTeamsAnswerTurn(ctx: TenantContext, input: unknown): Promise<string | null> {
  const data = parseInput(FindInput, input, 'Teams message');
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select({ turnId: teamsAnswerMessagesTable.turnId })
      .from(teamsAnswerMessagesTable)
      .where(
        and(
          eq(teamsAnswerMessagesTable.accountId, ctx.accountId),
          eq(teamsAnswerMessagesTable.conversationId, data.conversationId),
          eq(teamsAnswerMessagesTable.activityId, data.activityId),
        ),
      );
    return row?.turnId ?? null;
  });
}
