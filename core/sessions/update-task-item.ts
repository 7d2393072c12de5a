import { and, eq, isNull } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { factsTable, taskItemsTable } from '../db/schema/diagnosis.ts';
import { upsertItemFact } from '../facts/fact-store.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { redactText } from '../shared/redact.ts';
import { parseInput } from '../shared/validation.ts';
import { mutateSession } from './mutate-session.ts';
import { ItemIdInput, SessionIdInput, UpdateTaskItemInput } from './schemas.ts';
import { getTaskItemInSession } from './task-lane.ts';
import { textKey } from './text-key.ts';
import type { SessionView } from './views.ts';

/**
 * Edits a question or check. The item is the source of truth for its fact: a new answer rewrites
 * the fact, and dismissing or reopening the item withdraws it from "what we know".
 */
export async function updateTaskItem({
  ctx,
  sessionId,
  itemId,
  input,
}: {
  ctx: TenantContext;
  sessionId: unknown;
  itemId: unknown;
  input: unknown;
}): Promise<SessionView> {
  authorize(ctx, 'sessions.work');
  const sid = parseInput(SessionIdInput, sessionId, 'session id');
  const iid = parseInput(ItemIdInput, itemId, 'item id');
  const data = parseInput(UpdateTaskItemInput, input, 'item');
  const { view } = await mutateSession(ctx, sid, async ({ tx, changed }) => {
    const item = await getTaskItemInSession(tx, ctx, sid, iid);
    const text = data.text === undefined ? item.text : redactText(data.text);
    const answer =
      data.answer === undefined ? item.answer : data.answer === null ? null : redactText(data.answer);
    const closedStatus = item.kind === 'question' ? 'answered' : 'done';
    const status = data.status ?? (data.answer && item.status === 'open' ? closedStatus : item.status);
    const [updated] = await tx
      .update(taskItemsTable)
      .set({ text, textKey: textKey(text), answer, status })
      .where(eq(taskItemsTable.id, item.id))
      .returning();
    if (!updated) throw new Error('item vanished during update');
    const keepsFact = (status === 'answered' || status === 'done') && answer !== null;
    if (keepsFact) {
      await upsertItemFact(tx, ctx, updated, answer, actorUserId(ctx.actor));
    } else {
      await tx
        .update(factsTable)
        .set({ deletedAt: new Date() })
        .where(
          and(
            eq(factsTable.accountId, ctx.accountId),
            eq(factsTable.sourceRef, item.id),
            isNull(factsTable.deletedAt),
          ),
        );
    }
    changed();
  });
  return view;
}
