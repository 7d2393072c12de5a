import { eq, sql } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import type { FactRow, SuggestedFixRow, TaskItemRow } from '../db/schema/diagnosis.ts';
import { factsTable, taskItemsTable } from '../db/schema/diagnosis.ts';
import type { EngineAction } from '../engine/types.ts';
import { factTextFromItem, insertFactIfNew, liveFacts, upsertItemFact } from '../facts/fact-store.ts';
import { proposeFix, recordOutcomeProposal } from '../fixes/fix-store.ts';
import { preferLibraryScript } from '../scripts/library-fix.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Logger } from '../shared/logger.ts';
import { redactText } from '../shared/redact.ts';
import { getTaskItemInSession, upsertTaskItem } from './task-lane.ts';
import { textKey } from './text-key.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AppliedSummary {
  factsAdded: number;
  itemsAdded: number;
  itemsResolved: number;
  fixSuggested: boolean;
  outcomeProposed: boolean;
  dropped: number;
}

/** A summary of a turn that changed nothing (yet). */
export function nothingApplied(): AppliedSummary {
  return {
    factsAdded: 0,
    itemsAdded: 0,
    itemsResolved: 0,
    fixSuggested: false,
    outcomeProposed: false,
    dropped: 0,
  };
}

/**
 * The session's collections as this turn changes them. Only used when they were known current at
 * the start (read in this turn, no write since): then lookups come from memory and the final state
 * needs no second read.
 */
class TrackedState {
  readonly facts: FactRow[];
  readonly items: TaskItemRow[];
  fixes: SuggestedFixRow[];

  constructor(known: { facts: FactRow[]; items: TaskItemRow[]; fixes: SuggestedFixRow[] }) {
    this.facts = [...known.facts];
    this.items = [...known.items];
    this.fixes = [...known.fixes];
  }

  put<T extends { id: string }>(list: T[], row: T): void {
    const at = list.findIndex((r) => r.id === row.id);
    if (at >= 0) list[at] = row;
    else list.push(row);
  }

  activeFix(): SuggestedFixRow | null {
    return this.fixes.find((f) => f.supersededAt === null) ?? null;
  }
}

/**
 * Applies an engine's actions inside the caller's session write. Each action is checked against
 * the current state (an item id must belong to this session, repeats are no-ops); anything that
 * does not fit is dropped and logged, never half-applied. Returns whether state changed, and the
 * resulting facts, items and fixes when `known` was given.
 */
export async function applyEngineActions(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
  actions: EngineAction[],
  logger: Logger,
  known?: { facts: FactRow[]; items: TaskItemRow[]; fixes: SuggestedFixRow[] },
): Promise<{
  changed: boolean;
  summary: AppliedSummary;
  state?: { facts: FactRow[]; items: TaskItemRow[]; fixes: SuggestedFixRow[] };
}> {
  const summary = nothingApplied();
  const tracked = known ? new TrackedState(known) : undefined;
  let factKeys = tracked ? new Set(tracked.facts.map((f) => textKey(f.text))) : undefined;
  for (const action of actions) {
    switch (action.type) {
      case 'record_fact': {
        factKeys ??= new Set((await liveFacts(tx, ctx, sessionId)).map((f) => textKey(f.text)));
        const row = await insertFactIfNew(
          tx,
          ctx,
          sessionId,
          { text: action.text, source: 'ai_promoted', createdByUserId: null },
          factKeys,
        );
        if (row) {
          summary.factsAdded += 1;
          tracked?.put(tracked.facts, row);
        }
        break;
      }
      case 'ask_question':
      case 'add_check': {
        const kind = action.type === 'ask_question' ? 'question' : 'check';
        const { item, created } = await upsertTaskItem(tx, ctx, sessionId, kind, action.text);
        if (created) {
          summary.itemsAdded += 1;
          tracked?.put(tracked.items, item);
        }
        break;
      }
      case 'resolve_item': {
        // A malformed id would make Postgres raise and abort the whole transaction; check it first.
        const item = !UUID.test(action.itemId)
          ? undefined
          : tracked
            ? tracked.items.find((i) => i.id === action.itemId)
            : await getTaskItemInSession(tx, ctx, sessionId, action.itemId).catch(() => undefined);
        if (item?.status !== 'open') {
          summary.dropped += 1;
          logger.warn(
            { sessionId, action: action.type, reason: item ? 'item not open' : 'unknown item' },
            'engine action dropped',
          );
          break;
        }
        const answer = action.answer ? redactText(action.answer) : null;
        const knownFact = tracked ? (tracked.facts.find((f) => f.sourceRef === item.id) ?? null) : undefined;
        if (tracked && answer && action.status !== 'dismissed' && knownFact === null) {
          const { item: resolved, fact } = await resolveItemWithNewFact(tx, ctx, item, action.status, answer);
          tracked.put(tracked.items, resolved);
          tracked.put(tracked.facts, fact);
          summary.itemsResolved += 1;
          break;
        }
        const [updated] = await tx
          .update(taskItemsTable)
          .set({ status: action.status, answer })
          .where(eq(taskItemsTable.id, item.id))
          .returning();
        if (updated) tracked?.put(tracked.items, updated);
        if (answer && action.status !== 'dismissed') {
          const fact = await upsertItemFact(tx, ctx, item, answer, null, knownFact);
          tracked?.put(tracked.facts, fact);
        }
        summary.itemsResolved += 1;
        break;
      }
      case 'suggest_fix': {
        const proposal = await preferLibraryScript(tx, ctx, sessionId, action);
        const { changed, rows } = await proposeFix(tx, ctx, sessionId, proposal, tracked?.activeFix());
        if (changed) summary.fixSuggested = true;
        for (const row of rows) tracked?.put(tracked.fixes, row);
        break;
      }
      case 'report_fix_outcome': {
        const row = await recordOutcomeProposal(tx, ctx, sessionId, action, tracked?.activeFix());
        if (row) {
          summary.outcomeProposed = true;
          tracked?.put(tracked.fixes, row);
        } else summary.dropped += 1;
        break;
      }
    }
  }
  const changed =
    summary.factsAdded > 0 ||
    summary.itemsAdded > 0 ||
    summary.itemsResolved > 0 ||
    summary.fixSuggested ||
    summary.outcomeProposed;
  return {
    changed,
    summary,
    ...(tracked ? { state: { facts: tracked.facts, items: tracked.items, fixes: tracked.fixes } } : {}),
  };
}

/**
 * Closes an item and records its answer as a new fact in one statement: the common resolve on the
 * turn hot path. The fact's `source_ref` is read from the UPDATE's output, so the UPDATE runs first
 * and the insert fails (rolling back both) if the item is gone.
 */
async function resolveItemWithNewFact(
  tx: AppTx,
  ctx: TenantContext,
  item: TaskItemRow,
  status: Exclude<TaskItemRow['status'], 'open'>,
  answer: string,
): Promise<{ item: TaskItemRow; fact: FactRow }> {
  const now = new Date();
  const resolved = tx
    .$with('resolved', { id: taskItemsTable.id })
    .as(
      sql`update ${taskItemsTable} set status = ${status}, answer = ${answer}, updated_at = ${now} where ${taskItemsTable.id} = ${item.id} returning ${taskItemsTable.id}`,
    );
  const [fact] = await tx
    .with(resolved)
    .insert(factsTable)
    .values({
      accountId: ctx.accountId,
      sessionId: item.sessionId,
      text: redactText(factTextFromItem(item, answer)),
      source: item.kind,
      sourceRef: sql`(select ${resolved.id} from ${resolved})`,
      createdByUserId: null,
    })
    .returning();
  if (!fact) throw new Error('fact insert returned nothing');
  return { item: { ...item, status, answer, updatedAt: now }, fact };
}
