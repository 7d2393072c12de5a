import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { type FixStatus, type SuggestedFixRow, suggestedFixesTable } from '../db/schema/diagnosis.ts';
import { textKey } from '../sessions/text-key.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { redactText } from '../shared/redact.ts';
import { clampConfidence } from './transitions.ts';

export async function activeFix(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
): Promise<SuggestedFixRow | undefined> {
  const [row] = await tx
    .select()
    .from(suggestedFixesTable)
    .where(
      and(
        eq(suggestedFixesTable.accountId, ctx.accountId),
        eq(suggestedFixesTable.sessionId, sessionId),
        isNull(suggestedFixesTable.supersededAt),
      ),
    );
  return row;
}

export async function getFixInSession(tx: AppTx, ctx: TenantContext, sessionId: string, fixId: string) {
  const [row] = await tx
    .select()
    .from(suggestedFixesTable)
    .where(
      and(
        eq(suggestedFixesTable.id, fixId),
        eq(suggestedFixesTable.sessionId, sessionId),
        eq(suggestedFixesTable.accountId, ctx.accountId),
      ),
    );
  if (!row) throw new NotFoundError('Fix');
  return row;
}

export interface FixProposal {
  title: string;
  steps: string[];
  script?: string | undefined;
  scriptLanguage?: string | undefined;
  confidence: number;
  /** The knowledge passage it came from, when the engine took it from one. */
  source?: { title: string; url: string | null } | undefined;
}

/**
 * Records a suggestion. Repeating the active, still-proposed fix (same title) refreshes it in place;
 * anything else supersedes the active fix first, since the partial unique index allows only one.
 * Returns whether anything changed.
 */
export async function proposeFix(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
  proposal: FixProposal,
  /** The active fix when the caller already knows it (null: none); omitted = read it. */
  known?: SuggestedFixRow | null,
): Promise<{ changed: boolean; rows: SuggestedFixRow[] }> {
  const values = {
    title: redactText(proposal.title.trim()),
    steps: proposal.steps.map((s) => redactText(s.trim())).filter((s) => s.length > 0),
    script: proposal.script ? redactText(proposal.script) : null,
    scriptLanguage: proposal.scriptLanguage ?? null,
    confidence: clampConfidence(proposal.confidence),
    sourceTitle: proposal.source ? proposal.source.title.slice(0, 500) : null,
    sourceUrl: proposal.source?.url ? proposal.source.url.slice(0, 2000) : null,
  };
  const current = known === undefined ? await activeFix(tx, ctx, sessionId) : known;
  if (current && current.status === 'proposed' && textKey(current.title) === textKey(values.title)) {
    const same =
      current.confidence === values.confidence &&
      JSON.stringify(current.steps) === JSON.stringify(values.steps) &&
      current.script === values.script;
    if (same) return { changed: false, rows: [] };
    const refreshed = await tx
      .update(suggestedFixesTable)
      .set(values)
      .where(eq(suggestedFixesTable.id, current.id))
      .returning();
    return { changed: true, rows: refreshed };
  }
  if (!current) {
    const inserted = await tx
      .insert(suggestedFixesTable)
      .values({ accountId: ctx.accountId, sessionId, ...values })
      .returning();
    return { changed: true, rows: inserted };
  }
  // Supersede and insert in one statement (this runs inside a model turn, where round trips
  // count). The new row's session id is read from the UPDATE's output, which makes Postgres run
  // the UPDATE first, so the one-active-fix index sees the old row already superseded.
  const now = new Date();
  const superseded = tx
    .$with('superseded', { sessionId: suggestedFixesTable.sessionId })
    .as(
      sql`update ${suggestedFixesTable} set superseded_at = ${now}, updated_at = ${now} where ${suggestedFixesTable.id} = ${current.id} returning ${suggestedFixesTable.sessionId}`,
    );
  const inserted = await tx
    .with(superseded)
    .insert(suggestedFixesTable)
    .values({
      accountId: ctx.accountId,
      sessionId: sql`(select ${superseded.sessionId} from ${superseded})`,
      ...values,
    })
    .returning();
  if (inserted.length === 0) throw new Error('active fix vanished while superseding');
  return { changed: true, rows: [{ ...current, supersededAt: now, updatedAt: now }, ...inserted] };
}

/** Keeps the model's reading of the outcome beside the fix; the engineer's buttons set the real status. */
export async function recordOutcomeProposal(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
  proposal: { outcome: Exclude<FixStatus, 'proposed'>; reason: string },
  known?: SuggestedFixRow | null,
): Promise<SuggestedFixRow | null> {
  const current = known === undefined ? await activeFix(tx, ctx, sessionId) : known;
  if (!current || (current.status !== 'proposed' && current.status !== 'applied_partial')) return null;
  const [updated] = await tx
    .update(suggestedFixesTable)
    .set({
      modelOutcomeProposal: {
        outcome: proposal.outcome,
        reason: redactText(proposal.reason),
        proposedAt: new Date().toISOString(),
      },
    })
    .where(eq(suggestedFixesTable.id, current.id))
    .returning();
  return updated ?? null;
}
