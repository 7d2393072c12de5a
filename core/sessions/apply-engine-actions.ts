import { eq } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { taskItemsTable } from '../db/schema/diagnosis.ts';
import type { EngineAction } from '../engine/types.ts';
import { insertFactIfNew, liveFacts, upsertItemFact } from '../facts/fact-store.ts';
import { proposeFix, recordOutcomeProposal } from '../fixes/fix-store.ts';
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

/**
 * Applies an engine's actions inside the caller's session write. Each action is checked against
 * the current state (an item id must belong to this session, repeats are no-ops); anything that
 * does not fit is dropped and logged, never half-applied. Returns whether state changed.
 */
export async function applyEngineActions(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
  actions: EngineAction[],
  logger: Logger,
  /** The live facts' text keys, when the caller knows them to be current (saves a read). */
  knownFactKeys?: Set<string>,
): Promise<{ changed: boolean; summary: AppliedSummary }> {
  const summary: AppliedSummary = {
    factsAdded: 0,
    itemsAdded: 0,
    itemsResolved: 0,
    fixSuggested: false,
    outcomeProposed: false,
    dropped: 0,
  };
  let factKeys = knownFactKeys;
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
        if (row) summary.factsAdded += 1;
        break;
      }
      case 'ask_question':
      case 'add_check': {
        const kind = action.type === 'ask_question' ? 'question' : 'check';
        const { created } = await upsertTaskItem(tx, ctx, sessionId, kind, action.text);
        if (created) summary.itemsAdded += 1;
        break;
      }
      case 'resolve_item': {
        // A malformed id would make Postgres raise and abort the whole transaction; check it first.
        const item = UUID.test(action.itemId)
          ? await getTaskItemInSession(tx, ctx, sessionId, action.itemId).catch(() => undefined)
          : undefined;
        if (item?.status !== 'open') {
          summary.dropped += 1;
          logger.warn(
            { sessionId, action: action.type, reason: item ? 'item not open' : 'unknown item' },
            'engine action dropped',
          );
          break;
        }
        const answer = action.answer ? redactText(action.answer) : null;
        await tx
          .update(taskItemsTable)
          .set({ status: action.status, answer })
          .where(eq(taskItemsTable.id, item.id));
        if (answer && action.status !== 'dismissed') await upsertItemFact(tx, ctx, item, answer, null);
        summary.itemsResolved += 1;
        break;
      }
      case 'suggest_fix': {
        if (await proposeFix(tx, ctx, sessionId, action)) summary.fixSuggested = true;
        break;
      }
      case 'report_fix_outcome': {
        if (await recordOutcomeProposal(tx, ctx, sessionId, action)) summary.outcomeProposed = true;
        else summary.dropped += 1;
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
  return { changed, summary };
}
