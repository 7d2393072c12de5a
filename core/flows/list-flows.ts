import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { flowsTable, flowVersionsTable, flowWalksTable } from '../db/schema/flows.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';
import { getFlowInAccount, getFlowVersion } from './flow-store.ts';
import type { FlowGraph, FlowStep } from './graph.ts';
import { FlowDiffInput, ListFlowsInput } from './schemas.ts';

export interface FlowUsage {
  walks: number;
  finished: number;
  worked: number;
  /** Share of finished walks whose fix worked; null until a walk has finished. */
  successRate: number | null;
}

const usageColumns = {
  walks: sql<number>`count(${flowWalksTable.id})::int`,
  finished: sql<number>`count(${flowWalksTable.id}) filter (where ${flowWalksTable.status} <> 'active')::int`,
  worked: sql<number>`count(${flowWalksTable.id}) filter (where ${flowWalksTable.outcome} = 'worked')::int`,
};

function usage(row: { walks: number; finished: number; worked: number }): FlowUsage {
  return { ...row, successRate: row.finished > 0 ? row.worked / row.finished : null };
}

/** The Flows page: every flow with how often it was walked and how often its fix worked. */
export async function listFlows({ ctx, input = {} }: { ctx: TenantContext; input?: unknown }) {
  authorize(ctx, 'sessions.read');
  const filter = parseInput(ListFlowsInput, input, 'flow filter');
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({
        id: flowsTable.id,
        title: flowsTable.title,
        symptoms: flowsTable.symptoms,
        tags: flowsTable.tags,
        clientName: flowsTable.clientName,
        origin: flowsTable.origin,
        status: flowsTable.status,
        currentVersion: flowsTable.currentVersion,
        updatedAt: flowsTable.updatedAt,
        ...usageColumns,
      })
      .from(flowsTable)
      .leftJoin(flowWalksTable, eq(flowWalksTable.flowId, flowsTable.id))
      .where(
        and(
          eq(flowsTable.accountId, ctx.accountId),
          filter.status ? eq(flowsTable.status, filter.status) : undefined,
          filter.origin ? eq(flowsTable.origin, filter.origin) : undefined,
          filter.q
            ? or(
                ilike(flowsTable.title, `%${escapeLike(filter.q)}%`),
                sql`${flowsTable.symptoms}::text ilike ${`%${escapeLike(filter.q)}%`}`,
              )
            : undefined,
        ),
      )
      .groupBy(flowsTable.id)
      .orderBy(asc(flowsTable.status), desc(flowsTable.updatedAt));
    return rows.map(({ walks, finished, worked, ...flow }) => ({
      ...flow,
      usage: usage({ walks, finished, worked }),
    }));
  });
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One flow with its working copy, version history and usage per version. */
export async function getFlow({ ctx, flowId }: { ctx: TenantContext; flowId: unknown }) {
  authorize(ctx, 'sessions.read');
  return withTransaction(ctx, async (tx) => {
    const flow = await getFlowInAccount(tx, ctx, flowId);
    const versions = await tx
      .select({
        id: flowVersionsTable.id,
        version: flowVersionsTable.version,
        title: flowVersionsTable.title,
        note: flowVersionsTable.note,
        createdAt: flowVersionsTable.createdAt,
        graph: flowVersionsTable.graph,
        ...usageColumns,
      })
      .from(flowVersionsTable)
      .leftJoin(flowWalksTable, eq(flowWalksTable.flowVersionId, flowVersionsTable.id))
      .where(and(eq(flowVersionsTable.accountId, ctx.accountId), eq(flowVersionsTable.flowId, flow.id)))
      .groupBy(flowVersionsTable.id)
      .orderBy(desc(flowVersionsTable.version));
    return {
      ...flow,
      versions: versions.map(({ walks, finished, worked, ...v }) => ({
        ...v,
        usage: usage({ walks, finished, worked }),
      })),
      usage: usage(
        versions.reduce(
          (sum, v) => ({
            walks: sum.walks + v.walks,
            finished: sum.finished + v.finished,
            worked: sum.worked + v.worked,
          }),
          { walks: 0, finished: 0, worked: 0 },
        ),
      ),
    };
  });
}

export interface StepChange {
  stepId: string;
  change: 'added' | 'removed' | 'changed';
  before?: FlowStep;
  after?: FlowStep;
}

/** What changed between two graphs, step by step (the Flows page's version diff). */
export function diffGraphs(before: FlowGraph, after: FlowGraph): StepChange[] {
  const old = new Map(before.steps.map((s) => [s.id, s]));
  const changes: StepChange[] = [];
  for (const step of after.steps) {
    const previous = old.get(step.id);
    if (!previous) changes.push({ stepId: step.id, change: 'added', after: step });
    else if (JSON.stringify(previous) !== JSON.stringify(step))
      changes.push({ stepId: step.id, change: 'changed', before: previous, after: step });
    old.delete(step.id);
  }
  for (const [stepId, step] of old) changes.push({ stepId, change: 'removed', before: step });
  return changes;
}

/** The step-by-step difference between two versions of a flow ("draft" = the working copy). */
export async function getFlowDiff({
  ctx,
  flowId,
  input,
}: {
  ctx: TenantContext;
  flowId: unknown;
  input: unknown;
}): Promise<{ from: number | 'draft'; to: number | 'draft'; changes: StepChange[] }> {
  authorize(ctx, 'sessions.read');
  const { from, to } = parseInput(FlowDiffInput, input, 'diff');
  return withTransaction(ctx, async (tx) => {
    const flow = await getFlowInAccount(tx, ctx, flowId);
    const graphOf = async (v: number | 'draft') =>
      v === 'draft' ? flow.draftGraph : (await getFlowVersion(tx, ctx, flow.id, v)).graph;
    return { from, to, changes: diffGraphs(await graphOf(from), await graphOf(to)) };
  });
}
