import { and, eq } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { flowsTable, flowVersionsTable } from '../db/schema/flows.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { FlowId } from './schemas.ts';

export type FlowRow = typeof flowsTable.$inferSelect;
export type FlowVersionRow = typeof flowVersionsTable.$inferSelect;

/** A flow of this account, or 404: another tenant's flow and a missing one look the same. */
export async function getFlowInAccount(tx: AppTx, ctx: TenantContext, flowId: unknown): Promise<FlowRow> {
  const id = parseInput(FlowId, flowId, 'flow id');
  const [row] = await tx
    .select()
    .from(flowsTable)
    .where(and(eq(flowsTable.accountId, ctx.accountId), eq(flowsTable.id, id)));
  if (!row) throw new NotFoundError('Flow');
  return row;
}

export async function getFlowVersion(
  tx: AppTx,
  ctx: TenantContext,
  flowId: string,
  version: number,
): Promise<FlowVersionRow> {
  const [row] = await tx
    .select()
    .from(flowVersionsTable)
    .where(
      and(
        eq(flowVersionsTable.accountId, ctx.accountId),
        eq(flowVersionsTable.flowId, flowId),
        eq(flowVersionsTable.version, version),
      ),
    );
  if (!row) throw new NotFoundError('Flow version');
  return row;
}
