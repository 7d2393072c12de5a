import { and, eq } from 'drizzle-orm';
import { flowVersionsTable, flowWalksTable, type WalkedStep } from '../../db/schema/flows.ts';
import { usersTable } from '../../db/schema/users.ts';
import { withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { importFlow, publishFlow } from '../author-flows.ts';
import { type FlowGraph, stepById, stepExits } from '../graph.ts';
import { demoFlowFiles } from './demo-flows.ts';

/** Imports every demo flow through the real import path and publishes it. Returns the flow ids by file name. */
export async function importDemoFlows(ctx: TenantContext): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const file of demoFlowFiles()) {
    const flow = await importFlow({ ctx, input: { format: 'yaml', content: file.content } });
    await publishFlow({ ctx, flowId: flow.id, input: { note: 'Imported with the demo account' } });
    ids.set(file.name, flow.id);
  }
  return ids;
}

type Ending = 'worked' | 'failed' | 'escalated';

/**
 * The shortest walk from the start to a step of the wanted kind, answering as a caller would; the
 * `skip`-th exit is tried first so the history does not show every walk taking the same route.
 */
function pathTo(graph: FlowGraph, kind: 'resolution' | 'escalate', skip: number): WalkedStep[] {
  const parent = new Map<string, { from: string; label: string } | null>([[graph.start, null]]);
  const queue = [graph.start];
  let found: string | null = null;
  while (queue.length > 0 && !found) {
    const id = queue.shift() as string;
    const step = stepById(graph, id);
    if (!step) break;
    if (step.kind === kind) found = id;
    const exits = stepExits(step);
    const rotated = [
      ...exits.slice(skip % Math.max(1, exits.length)),
      ...exits.slice(0, skip % Math.max(1, exits.length)),
    ];
    for (const exit of rotated) {
      if (parent.has(exit.next)) continue;
      parent.set(exit.next, { from: id, label: exit.label });
      queue.push(exit.next);
    }
  }
  if (!found) return [];
  const path: WalkedStep[] = [];
  for (let id: string | null = found, answer: string | undefined; id; ) {
    const step = stepById(graph, id);
    if (!step) break;
    path.unshift({ stepId: id, kind: step.kind, text: step.text, ...(answer ? { answer } : {}), at: '' });
    const p = parent.get(id);
    answer = p?.label;
    id = p?.from ?? null;
  }
  return path;
}

/** How each demo flow has fared, so the Flows page shows believable, different success rates. */
const HISTORY: ReadonlyArray<Ending[]> = [
  ['worked', 'worked', 'worked', 'worked', 'failed', 'escalated'],
  ['worked', 'worked', 'worked', 'worked', 'worked', 'worked', 'worked', 'escalated', 'failed'],
  ['worked', 'worked', 'escalated', 'worked', 'failed', 'escalated', 'worked'],
  ['worked', 'worked', 'worked', 'escalated'],
  ['worked', 'worked', 'worked', 'worked', 'worked', 'failed'],
  ['worked', 'failed', 'worked', 'worked', 'escalated', 'worked', 'worked', 'worked'],
  ['worked', 'worked', 'worked', 'worked', 'worked'],
  ['worked', 'escalated', 'worked', 'failed', 'worked'],
  ['worked', 'worked', 'worked'],
];

/**
 * The demo account's flows: imported and published like an author's, each with a history of
 * finished walks by the demo L1 (some worked, a few failed or escalated) over the last weeks.
 */
export async function seedDemoFlows(ctx: TenantContext): Promise<void> {
  const ids = await importDemoFlows(ctx);
  await withTransaction(ctx, async (tx) => {
    const [walker] = await tx
      .select({ id: usersTable.id })
      .from(usersTable)
      .where(and(eq(usersTable.accountId, ctx.accountId), eq(usersTable.role, 'l1')))
      .limit(1);
    const day = 86_400_000;
    let n = 0;
    for (const [index, flowId] of [...ids.values()].entries()) {
      const [version] = await tx
        .select()
        .from(flowVersionsTable)
        .where(and(eq(flowVersionsTable.accountId, ctx.accountId), eq(flowVersionsTable.flowId, flowId)));
      if (!version) continue;
      const endings = HISTORY[index % HISTORY.length] ?? [];
      for (const [i, ending] of endings.entries()) {
        n += 1;
        const started = new Date(Date.now() - ((n * 7) % 28) * day - (i + 1) * 3_600_000);
        const steps = pathTo(version.graph, ending === 'escalated' ? 'escalate' : 'resolution', i);
        const at = started.toISOString();
        const path = steps.map((s, k) =>
          k === steps.length - 1 && ending !== 'escalated' ? { ...s, answer: ending, at } : { ...s, at },
        );
        const last = steps.at(-1);
        if (!last) continue;
        await tx.insert(flowWalksTable).values({
          accountId: ctx.accountId,
          flowId,
          flowVersionId: version.id,
          walkerUserId: walker?.id ?? null,
          currentStepId: last.stepId,
          path,
          status: ending === 'worked' ? 'resolved' : ending === 'failed' ? 'abandoned' : 'escalated',
          outcome: ending === 'escalated' ? null : ending,
          stateVersion: path.length,
          startedAt: started,
          finishedAt: new Date(started.getTime() + 9 * 60_000),
        });
      }
    }
  });
}
