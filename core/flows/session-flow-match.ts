import { desc } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { flowMatchesTable } from '../db/schema/flows.ts';
import { withTransaction } from '../db/transactions.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import { selectSessionRows } from '../sessions/session-write.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';

export type FlowMatchRecord = typeof flowMatchesTable.$inferSelect;

/**
 * What match-or-build decided for a session — candidates, scores, the rule that chose — for the
 * session detail page, so an admin can see why a flow was (or was not) offered. Null when the
 * session never asked; another tenant's session is a 404.
 */
export async function getSessionFlowMatch({
  ctx,
  sessionId,
}: {
  ctx: TenantContext;
  sessionId: unknown;
}): Promise<FlowMatchRecord | null> {
  authorize(ctx, 'sessions.read');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  return withTransaction(ctx, async (tx) => {
    const [row] = await selectSessionRows(tx, ctx, flowMatchesTable, id, {
      orderBy: [desc(flowMatchesTable.createdAt)],
      limit: 1,
    });
    return row ?? null;
  });
}
