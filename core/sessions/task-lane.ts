import { and, eq } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { type TaskItemRow, type TaskKind, taskItemsTable } from '../db/schema/diagnosis.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { redactText } from '../shared/redact.ts';
import { textKey } from './text-key.ts';

/**
 * Adds a question or check, or returns the existing one with the same text: this is how an item
 * the model repeats on a later turn keeps its UUID. A closed item is not reopened by repetition.
 */
export async function upsertTaskItem(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
  kind: TaskKind,
  rawText: string,
): Promise<{ item: TaskItemRow; created: boolean }> {
  const text = redactText(rawText.trim());
  const key = textKey(text);
  // Insert first: a new item (the common case) costs one statement; a repeat hits the unique index.
  const [item] = await tx
    .insert(taskItemsTable)
    .values({ accountId: ctx.accountId, sessionId, kind, text, textKey: key })
    .onConflictDoNothing({ target: [taskItemsTable.sessionId, taskItemsTable.kind, taskItemsTable.textKey] })
    .returning();
  if (!item) {
    const [existing] = await tx
      .select()
      .from(taskItemsTable)
      .where(
        and(
          eq(taskItemsTable.accountId, ctx.accountId),
          eq(taskItemsTable.sessionId, sessionId),
          eq(taskItemsTable.kind, kind),
          eq(taskItemsTable.textKey, key),
        ),
      );
    if (!existing) throw new Error('task item vanished between insert and select');
    return { item: existing, created: false };
  }
  return { item, created: true };
}

export async function getTaskItemInSession(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
  itemId: string,
): Promise<TaskItemRow> {
  const [item] = await tx
    .select()
    .from(taskItemsTable)
    .where(
      and(
        eq(taskItemsTable.id, itemId),
        eq(taskItemsTable.sessionId, sessionId),
        eq(taskItemsTable.accountId, ctx.accountId),
      ),
    );
  if (!item) throw new NotFoundError('Item');
  return item;
}
