import { asc, sql } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { type AnswerFeedbackRow, answerFeedbackTable } from '../db/schema/feedback.ts';
import { withTransaction } from '../db/transactions.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import { assistantTurnInAccount, selectSessionRows } from '../sessions/session-write.ts';
import type { TenantContext } from '../shared/context.ts';
import { ForbiddenError, NotFoundError } from '../shared/errors.ts';
import { redactText } from '../shared/redact.ts';
import { parseInput } from '../shared/validation.ts';
import { RecordFeedbackInput } from './schemas.ts';

export interface AnswerFeedbackView {
  id: string;
  sessionId: string;
  turnId: string;
  userId: string | null;
  surface: AnswerFeedbackRow['surface'];
  rating: AnswerFeedbackRow['rating'];
  comment: string | null;
  engine: string | null;
  model: string | null;
  sources: AnswerFeedbackRow['sources'];
  createdAt: string;
  updatedAt: string;
}

export function toAnswerFeedbackView(row: AnswerFeedbackRow): AnswerFeedbackView {
  return {
    id: row.id,
    sessionId: row.sessionId,
    turnId: row.turnId,
    userId: row.userId,
    surface: row.surface,
    rating: row.rating,
    comment: row.comment,
    engine: row.engine,
    model: row.model,
    sources: row.sources,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * A thumbs up/down on one assistant answer, from Slack, Teams or Try the bot. One vote per person
 * per answer: pressing the other thumb (or adding a comment later) updates it. The engine, model
 * and passages are copied from the answer so the record is self-contained for evaluation. An
 * answer in another account, or an engineer's own message, is "not found".
 */
export async function recordAnswerFeedback({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: unknown;
}): Promise<AnswerFeedbackView> {
  authorize(ctx, 'sessions.work');
  if (ctx.actor.kind !== 'user') throw new ForbiddenError('Only a person can rate an answer.');
  const userId = ctx.actor.userId;
  const data = parseInput(RecordFeedbackInput, input, 'feedback');
  const comment = data.comment ? redactText(data.comment) : null;
  return withTransaction(ctx, async (tx) => {
    const turn = await assistantTurnInAccount(tx, ctx, data.turnId, data.sessionId);
    if (!turn) throw new NotFoundError('Assistant answer');
    const [row] = await tx
      .insert(answerFeedbackTable)
      .values({
        accountId: ctx.accountId,
        sessionId: turn.sessionId,
        turnId: turn.id,
        userId,
        surface: data.surface,
        rating: data.rating,
        comment,
        engine: turn.engine,
        model: turn.model,
        sources: turn.sources,
      })
      .onConflictDoUpdate({
        target: [answerFeedbackTable.turnId, answerFeedbackTable.userId],
        set: {
          rating: data.rating,
          surface: data.surface,
          // A second click on a thumb carries no comment: keep the one given before.
          comment: comment === null ? sql`${answerFeedbackTable.comment}` : comment,
          updatedAt: new Date(),
        },
      })
      .returning();
    return toAnswerFeedbackView(row as AnswerFeedbackRow);
  });
}

/** Every rating given on a session's answers, oldest first, for the session detail. */
export async function listSessionFeedback({
  ctx,
  sessionId,
}: {
  ctx: TenantContext;
  sessionId: unknown;
}): Promise<AnswerFeedbackView[]> {
  authorize(ctx, 'sessions.read');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  return withTransaction(ctx, async (tx) => {
    const rows = await selectSessionRows(tx, ctx, answerFeedbackTable, id, {
      orderBy: [asc(answerFeedbackTable.createdAt), asc(answerFeedbackTable.id)],
    });
    return rows.map(toAnswerFeedbackView);
  });
}
