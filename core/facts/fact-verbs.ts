import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { factsTable, taskItemsTable } from '../db/schema/diagnosis.ts';
import { mutateSession } from '../sessions/mutate-session.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import { getTaskItemInSession } from '../sessions/task-lane.ts';
import type { SessionView } from '../sessions/views.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { ConflictError, ForbiddenError } from '../shared/errors.ts';
import { redactText } from '../shared/redact.ts';
import { parseInput } from '../shared/validation.ts';
import { getFactInSession, insertFactIfNew, upsertItemFact } from './fact-store.ts';
import { AddFactInput, FactIdInput, PromoteItemInput, UpdateFactInput } from './schemas.ts';

interface FactArgs {
  ctx: TenantContext;
  sessionId: unknown;
}

/** An engineer's own note in "what we know". */
export async function addFact({
  ctx,
  sessionId,
  input,
}: FactArgs & { input: unknown }): Promise<SessionView> {
  authorize(ctx, 'sessions.work');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  const data = parseInput(AddFactInput, input, 'fact');
  const { view } = await mutateSession(ctx, id, async ({ tx, changed }) => {
    const row = await insertFactIfNew(tx, ctx, id, {
      text: data.text,
      source: 'engineer_note',
      createdByUserId: actorUserId(ctx.actor),
    });
    if (!row) throw new ConflictError('That is already in what we know.');
    changed();
  });
  return view;
}

/**
 * Edits a fact's text. Facts that record a question's answer or a check's result change only
 * through their item, so the item and its fact can never disagree.
 */
export async function updateFact({
  ctx,
  sessionId,
  factId,
  input,
}: FactArgs & { factId: unknown; input: unknown }) {
  authorize(ctx, 'sessions.work');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  const fid = parseInput(FactIdInput, factId, 'fact id');
  const data = parseInput(UpdateFactInput, input, 'fact');
  const { view } = await mutateSession(ctx, id, async ({ tx, changed }) => {
    const fact = await getFactInSession(tx, ctx, id, fid);
    if (fact.source === 'question' || fact.source === 'check') {
      throw new ForbiddenError(
        `This fact comes from a ${fact.source}; edit the ${fact.source}'s answer instead.`,
      );
    }
    const text = redactText(data.text);
    if (text === fact.text) return;
    await tx.update(factsTable).set({ text }).where(eq(factsTable.id, fact.id));
    changed();
  });
  return view;
}

/** Soft delete: the fact leaves "what we know" but stays in the database for the record. */
export async function deleteFact({
  ctx,
  sessionId,
  factId,
}: FactArgs & { factId: unknown }): Promise<SessionView> {
  const grant = authorize(ctx, 'sessions.work');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  const fid = parseInput(FactIdInput, factId, 'fact id');
  const { view } = await mutateSession(ctx, id, async ({ tx, changed }) => {
    const fact = await getFactInSession(tx, ctx, id, fid);
    await tx.update(factsTable).set({ deletedAt: new Date() }).where(eq(factsTable.id, fact.id));
    await recordAudit(tx, ctx, {
      action: 'fact.deleted',
      target: { type: 'fact', id: fact.id },
      metadata: { sessionId: id, source: fact.source },
      grant,
    });
    changed();
  });
  return view;
}

/** Answers a question or records a check's result, which closes the item and becomes a fact. */
export async function promoteItemToFact({
  ctx,
  sessionId,
  input,
}: FactArgs & { input: unknown }): Promise<SessionView> {
  authorize(ctx, 'sessions.work');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  const data = parseInput(PromoteItemInput, input, 'promotion');
  const { view } = await mutateSession(ctx, id, async ({ tx, changed }) => {
    const item = await getTaskItemInSession(tx, ctx, id, data.itemId);
    if (item.status === 'dismissed')
      throw new ConflictError('That item was dismissed; reopen it before answering.');
    const answer = redactText(data.answer);
    await tx
      .update(taskItemsTable)
      .set({ status: item.kind === 'question' ? 'answered' : 'done', answer })
      .where(eq(taskItemsTable.id, item.id));
    await upsertItemFact(tx, ctx, item, answer, actorUserId(ctx.actor));
    changed();
  });
  return view;
}
