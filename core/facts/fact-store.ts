import { and, eq, isNull } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { type FactRow, type FactSource, factsTable, type TaskItemRow } from '../db/schema/diagnosis.ts';
import { textKey } from '../sessions/text-key.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { redactText } from '../shared/redact.ts';

/**
 * Transaction-level fact writes shared by the fact verbs and by applying engine actions. They do
 * not bump the session version themselves: the caller's `withSessionWrite` does, once.
 */
export async function liveFacts(tx: AppTx, ctx: TenantContext, sessionId: string): Promise<FactRow[]> {
  return tx
    .select()
    .from(factsTable)
    .where(
      and(
        eq(factsTable.accountId, ctx.accountId),
        eq(factsTable.sessionId, sessionId),
        isNull(factsTable.deletedAt),
      ),
    );
}

/** Inserts a fact unless the same text is already known; returns the new row or undefined. */
export async function insertFactIfNew(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
  fact: { text: string; source: FactSource; createdByUserId: string | null },
  /** Keys of the session's live facts when the caller already has them (saves a query per fact). */
  knownKeys?: Set<string>,
): Promise<FactRow | undefined> {
  const text = redactText(fact.text.trim());
  const key = textKey(text);
  const keys = knownKeys ?? new Set((await liveFacts(tx, ctx, sessionId)).map((f) => textKey(f.text)));
  if (keys.has(key)) return undefined;
  keys.add(key);
  const [row] = await tx
    .insert(factsTable)
    .values({
      accountId: ctx.accountId,
      sessionId,
      text,
      source: fact.source,
      createdByUserId: fact.createdByUserId,
    })
    .returning();
  return row;
}

export function factTextFromItem(item: Pick<TaskItemRow, 'text'>, answer: string): string {
  return `${item.text.replace(/\s+$/, '')} — ${answer.trim()}`;
}

/**
 * The fact that records a question's answer or a check's result. One live fact per item (a
 * partial unique index), so answering again updates it rather than adding a second.
 */
export async function upsertItemFact(
  tx: AppTx,
  ctx: TenantContext,
  item: TaskItemRow,
  answer: string,
  createdByUserId: string | null,
  /** The item's live fact when the caller already knows it (null: none); omitted = read it. */
  known?: FactRow | null,
): Promise<FactRow> {
  const text = redactText(factTextFromItem(item, answer));
  const [existing] =
    known !== undefined
      ? known
        ? [known]
        : []
      : await tx
          .select()
          .from(factsTable)
          .where(
            and(
              eq(factsTable.accountId, ctx.accountId),
              eq(factsTable.sourceRef, item.id),
              isNull(factsTable.deletedAt),
            ),
          );
  if (existing) {
    const [updated] = await tx
      .update(factsTable)
      .set({ text })
      .where(eq(factsTable.id, existing.id))
      .returning();
    if (!updated) throw new Error('fact vanished during update');
    return updated;
  }
  const [row] = await tx
    .insert(factsTable)
    .values({
      accountId: ctx.accountId,
      sessionId: item.sessionId,
      text,
      source: item.kind,
      sourceRef: item.id,
      createdByUserId,
    })
    .returning();
  if (!row) throw new Error('fact insert returned nothing');
  return row;
}

export async function getFactInSession(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
  factId: string,
): Promise<FactRow> {
  const [row] = await tx
    .select()
    .from(factsTable)
    .where(
      and(
        eq(factsTable.id, factId),
        eq(factsTable.sessionId, sessionId),
        eq(factsTable.accountId, ctx.accountId),
        isNull(factsTable.deletedAt),
      ),
    );
  if (!row) throw new NotFoundError('Fact');
  return row;
}
