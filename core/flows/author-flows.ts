import { and, eq, max } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { assertWithinLimits } from '../billing/index.ts';
import type { AppTx } from '../db/client.ts';
import { type FlowOrigin, flowsTable, flowVersionsTable } from '../db/schema/flows.ts';
import { withTransaction } from '../db/transactions.ts';
import { companyKey } from '../kb/index/index.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { ConflictError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { assertValidGraph, type FlowDocument, parseFlowDocument, serializeFlowDocument } from './document.ts';
import { type FlowRow, getFlowInAccount } from './flow-store.ts';
import { ImportFlowInput, PublishFlowInput, UpdateFlowDraftInput } from './schemas.ts';

/**
 * Stores a validated flow document as a new flow of this account. Shared by import (authored),
 * the demo seed and the assistant's builds; `freeze` makes version 1 at once so an assistant draft
 * can be walked before anyone publishes it.
 */
export async function insertFlow(
  tx: AppTx,
  ctx: TenantContext,
  doc: FlowDocument,
  options: { origin: FlowOrigin; freeze?: boolean; sourceSessionId?: string | null },
): Promise<FlowRow> {
  const [flow] = await tx
    .insert(flowsTable)
    .values({
      accountId: ctx.accountId,
      title: doc.title,
      description: doc.description,
      symptoms: doc.symptoms,
      tags: doc.tags,
      clientName: doc.client,
      clientKey: companyKey(doc.client),
      origin: options.origin,
      status: 'draft',
      draftGraph: doc.graph,
      currentVersion: options.freeze ? 1 : null,
      createdBy: actorUserId(ctx.actor),
      sourceSessionId: options.sourceSessionId ?? null,
    })
    .returning();
  if (!flow) throw new Error('insert flow returned nothing');
  if (options.freeze) {
    await tx.insert(flowVersionsTable).values({
      accountId: ctx.accountId,
      flowId: flow.id,
      version: 1,
      title: doc.title,
      symptoms: doc.symptoms,
      graph: doc.graph,
      publishedBy: null,
      note: options.origin === 'kb_build' ? 'Built from the knowledge base' : 'Drafted by the assistant',
    });
  }
  return flow;
}

/** `flows.author`: an uploaded YAML/JSON flow becomes a draft; invalid files are refused with the step and rule. */
export async function importFlow({ ctx, input }: { ctx: TenantContext; input: unknown }) {
  const grant = authorize(ctx, 'flows.author');
  const data = parseInput(ImportFlowInput, input, 'flow import');
  const doc = parseFlowDocument(data.content, data.format);
  return withTransaction(ctx, async (tx) => {
    await assertWithinLimits(tx, ctx, [{ limit: 'flows' }]);
    const flow = await insertFlow(tx, ctx, doc, { origin: 'authored' });
    await recordAudit(tx, ctx, {
      action: 'flow.imported',
      target: { type: 'flow', id: flow.id },
      metadata: { title: flow.title, steps: doc.graph.steps.length },
      grant,
    });
    return flow;
  });
}

/** Edits the working copy. A retired flow is frozen: restore means importing it again. */
export async function updateFlowDraft({
  ctx,
  flowId,
  input,
}: {
  ctx: TenantContext;
  flowId: unknown;
  input: unknown;
}) {
  const grant = authorize(ctx, 'flows.author');
  const data = parseInput(UpdateFlowDraftInput, input, 'flow');
  if (data.graph) assertValidGraph(data.graph);
  return withTransaction(ctx, async (tx) => {
    const flow = await getFlowInAccount(tx, ctx, flowId);
    if (flow.status === 'retired')
      throw new ConflictError('This flow is retired; import it again to change it.');
    const [updated] = await tx
      .update(flowsTable)
      .set({
        ...(data.title === undefined ? {} : { title: data.title }),
        ...(data.description === undefined ? {} : { description: data.description }),
        ...(data.symptoms === undefined ? {} : { symptoms: data.symptoms }),
        ...(data.tags === undefined ? {} : { tags: data.tags }),
        ...(data.client === undefined ? {} : { clientName: data.client, clientKey: companyKey(data.client) }),
        ...(data.graph === undefined ? {} : { draftGraph: data.graph }),
      })
      .where(and(eq(flowsTable.accountId, ctx.accountId), eq(flowsTable.id, flow.id)))
      .returning();
    await recordAudit(tx, ctx, { action: 'flow.edited', target: { type: 'flow', id: flow.id }, grant });
    return updated as FlowRow;
  });
}

/**
 * The Flows page's editor: a whole YAML/JSON document replaces the working copy, checked exactly as
 * an import is (step and rule named), so what an author edits is what they could export.
 */
export async function replaceFlowDraft({
  ctx,
  flowId,
  input,
}: {
  ctx: TenantContext;
  flowId: unknown;
  input: unknown;
}) {
  authorize(ctx, 'flows.author');
  const data = parseInput(ImportFlowInput, input, 'flow');
  const doc = parseFlowDocument(data.content, data.format);
  return updateFlowDraft({
    ctx,
    flowId,
    input: {
      title: doc.title,
      description: doc.description,
      symptoms: doc.symptoms,
      tags: doc.tags,
      client: doc.client,
      graph: doc.graph,
    },
  });
}

/** Freezes the working copy as the next version; new walks use it, running walks keep theirs. */
export async function publishFlow({
  ctx,
  flowId,
  input = {},
}: {
  ctx: TenantContext;
  flowId: unknown;
  input?: unknown;
}) {
  const grant = authorize(ctx, 'flows.author');
  const data = parseInput(PublishFlowInput, input, 'publish');
  return withTransaction(ctx, async (tx) => {
    const flow = await getFlowInAccount(tx, ctx, flowId);
    if (flow.status === 'retired')
      throw new ConflictError('This flow is retired; import it again to publish it.');
    assertValidGraph(flow.draftGraph);
    const version = await publishVersion(tx, ctx, flow, data.note);
    await recordAudit(tx, ctx, {
      action: 'flow.published',
      target: { type: 'flow', id: flow.id },
      metadata: { version, title: flow.title },
      grant,
    });
    return { ...flow, status: 'published' as const, currentVersion: version };
  });
}

/** The next version from the working copy, and the flow published at it. */
export async function publishVersion(
  tx: AppTx,
  ctx: TenantContext,
  flow: FlowRow,
  note: string,
): Promise<number> {
  // An assistant draft starts counting against the plan's flows when a person publishes it.
  if (flow.origin !== 'authored' && flow.status !== 'published') {
    await assertWithinLimits(tx, ctx, [{ limit: 'flows' }]);
  }
  const [latest] = await tx
    .select({ v: max(flowVersionsTable.version) })
    .from(flowVersionsTable)
    .where(and(eq(flowVersionsTable.accountId, ctx.accountId), eq(flowVersionsTable.flowId, flow.id)));
  const version = (latest?.v ?? 0) + 1;
  await tx.insert(flowVersionsTable).values({
    accountId: ctx.accountId,
    flowId: flow.id,
    version,
    title: flow.title,
    symptoms: flow.symptoms,
    graph: flow.draftGraph,
    publishedBy: actorUserId(ctx.actor),
    note,
  });
  await tx
    .update(flowsTable)
    .set({ status: 'published', currentVersion: version })
    .where(and(eq(flowsTable.accountId, ctx.accountId), eq(flowsTable.id, flow.id)));
  return version;
}

/** Retired flows are never matched again; walks already under way finish on their version. */
export async function retireFlow({ ctx, flowId }: { ctx: TenantContext; flowId: unknown }) {
  const grant = authorize(ctx, 'flows.author');
  return withTransaction(ctx, async (tx) => {
    const flow = await getFlowInAccount(tx, ctx, flowId);
    if (flow.status === 'retired') return flow;
    const [updated] = await tx
      .update(flowsTable)
      .set({ status: 'retired' })
      .where(and(eq(flowsTable.accountId, ctx.accountId), eq(flowsTable.id, flow.id)))
      .returning();
    await recordAudit(tx, ctx, { action: 'flow.retired', target: { type: 'flow', id: flow.id }, grant });
    return updated as FlowRow;
  });
}

/** The portable file of a flow's working copy (what import reads back to the same graph). */
export async function exportFlow({
  ctx,
  flowId,
  format,
}: {
  ctx: TenantContext;
  flowId: unknown;
  format: 'yaml' | 'json';
}) {
  authorize(ctx, 'sessions.read');
  return withTransaction(ctx, async (tx) => {
    const flow = await getFlowInAccount(tx, ctx, flowId);
    return {
      filename: `${
        flow.title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'flow'
      }.${format === 'json' ? 'json' : 'yaml'}`,
      content: serializeFlowDocument(toDocument(flow), format),
    };
  });
}

export function toDocument(flow: FlowRow): FlowDocument {
  return {
    schemaVersion: 1,
    title: flow.title,
    description: flow.description,
    symptoms: flow.symptoms,
    tags: flow.tags,
    client: flow.clientName,
    graph: flow.draftGraph,
  };
}
