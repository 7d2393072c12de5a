import { and, eq } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { flowsTable, flowVersionsTable } from '../db/schema/flows.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { DEFAULT_FLYWHEEL, FlowId, type FlywheelSettings } from './schemas.ts';

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

/** The account's bar for assistant drafts (Flows page → "Promotion bar"); the defaults if unset. */
export async function loadFlywheelSettings(tx: AppTx, ctx: TenantContext): Promise<FlywheelSettings> {
  const [row] = await tx
    .select({
      minSuccessfulWalks: accountsTable.flowPromoteMinWalks,
      percent: accountsTable.flowPromoteMinSuccessPercent,
    })
    .from(accountsTable)
    .where(eq(accountsTable.id, ctx.accountId));
  if (!row) return DEFAULT_FLYWHEEL;
  return { minSuccessfulWalks: row.minSuccessfulWalks, minSuccessRate: row.percent / 100 };
}
