import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { flowsTable, flowWalksTable } from '../db/schema/flows.ts';
import { withTransaction } from '../db/transactions.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { ConflictError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { publishVersion } from './author-flows.ts';
import { getFlowInAccount, loadFlywheelSettings } from './flow-store.ts';
import { type FlywheelSettings, ReviewDraftInput } from './schemas.ts';

export interface FlywheelReport {
  promoted: string[];
  demoted: string[];
}

/**
 * The knowledge flywheel, run by a job per account: an assistant draft (`ai_draft`, `kb_build`)
 * whose finished walks reach the bar (enough that worked, a high enough share) is published; a
 * published assistant draft whose success rate falls below the bar goes back to draft, so
 * match-or-build stops offering it as validated. Authored flows are the authors' call, never the job's.
 */
export async function runFlowFlywheel({
  ctx,
  settings: override,
}: {
  ctx: TenantContext;
  /** Only for tests and benchmarks; the job uses the account's own bar. */
  settings?: FlywheelSettings;
}): Promise<FlywheelReport> {
  return withTransaction(ctx, async (tx) => {
    const settings = override ?? (await loadFlywheelSettings(tx, ctx));
    const rows = await tx
      .select({
        id: flowsTable.id,
        status: flowsTable.status,
        title: flowsTable.title,
        finished: sql<number>`count(${flowWalksTable.id}) filter (where ${flowWalksTable.status} <> 'active')::int`,
        worked: sql<number>`count(${flowWalksTable.id}) filter (where ${flowWalksTable.outcome} = 'worked')::int`,
      })
      .from(flowsTable)
      .leftJoin(flowWalksTable, eq(flowWalksTable.flowId, flowsTable.id))
      .where(
        and(
          eq(flowsTable.accountId, ctx.accountId),
          inArray(flowsTable.origin, ['ai_draft', 'kb_build']),
          inArray(flowsTable.status, ['draft', 'published']),
        ),
      )
      .groupBy(flowsTable.id);
    const report: FlywheelReport = { promoted: [], demoted: [] };
    for (const row of rows) {
      const rate = row.finished > 0 ? row.worked / row.finished : 0;
      const meets = row.worked >= settings.minSuccessfulWalks && rate >= settings.minSuccessRate;
      if (row.status === 'draft' && meets) {
        const flow = await getFlowInAccount(tx, ctx, row.id);
        await tx
          .update(flowsTable)
          .set({ status: 'published' })
          .where(and(eq(flowsTable.accountId, ctx.accountId), eq(flowsTable.id, row.id)));
        await recordAudit(tx, ctx, {
          action: 'flow.promoted',
          target: { type: 'flow', id: row.id },
          metadata: { title: flow.title, worked: row.worked, finished: row.finished },
        });
        report.promoted.push(row.id);
      } else if (
        row.status === 'published' &&
        row.finished >= settings.minSuccessfulWalks &&
        rate < settings.minSuccessRate
      ) {
        await tx
          .update(flowsTable)
          .set({ status: 'draft' })
          .where(and(eq(flowsTable.accountId, ctx.accountId), eq(flowsTable.id, row.id)));
        await recordAudit(tx, ctx, {
          action: 'flow.demoted',
          target: { type: 'flow', id: row.id },
          metadata: { title: row.title, worked: row.worked, finished: row.finished },
        });
        report.demoted.push(row.id);
      }
    }
    return report;
  });
}

/**
 * An engineer reviews an assistant draft (`drafts.approve`): accept publishes its working copy (edit
 * it first with `updateFlowDraft` for "edit then accept"); reject retires it so it is never offered.
 */
export async function reviewDraftFlow({
  ctx,
  flowId,
  input,
}: {
  ctx: TenantContext;
  flowId: unknown;
  input: unknown;
}) {
  const grant = authorize(ctx, 'drafts.approve');
  const data = parseInput(ReviewDraftInput, input, 'review');
  return withTransaction(ctx, async (tx) => {
    const flow = await getFlowInAccount(tx, ctx, flowId);
    if (flow.origin === 'authored')
      throw new ConflictError('Only assistant drafts are reviewed; publish authored flows instead.');
    if (flow.status === 'retired') throw new ConflictError('This draft was already rejected.');
    // One decision per draft: a second accept would publish another identical version.
    if (flow.reviewedAt) throw new ConflictError('This draft was already accepted.');
    const reviewed = { reviewedBy: actorUserId(ctx.actor), reviewedAt: new Date() };
    if (data.decision === 'accept') {
      const version = await publishVersion(tx, ctx, flow, data.note || 'Accepted by an engineer');
      await tx
        .update(flowsTable)
        .set(reviewed)
        .where(and(eq(flowsTable.accountId, ctx.accountId), eq(flowsTable.id, flow.id)));
      await recordAudit(tx, ctx, {
        action: 'flow.draft_accepted',
        target: { type: 'flow', id: flow.id },
        metadata: { version },
        grant,
      });
      return { ...flow, ...reviewed, status: 'published' as const, currentVersion: version };
    }
    await tx
      .update(flowsTable)
      .set({ ...reviewed, status: 'retired' })
      .where(and(eq(flowsTable.accountId, ctx.accountId), eq(flowsTable.id, flow.id)));
    await recordAudit(tx, ctx, {
      action: 'flow.draft_rejected',
      target: { type: 'flow', id: flow.id },
      grant,
    });
    return { ...flow, ...reviewed, status: 'retired' as const };
  });
}
