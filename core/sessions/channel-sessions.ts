import { and, eq, sql } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { type ChannelKind, diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { loadSessionState, toSessionView } from './session-state.ts';
import type { SessionView } from './views.ts';

/** The session a chat thread belongs to, if any: a reply in a known thread is a turn, not a new session. */
export async function findSessionByChannel(
  ctx: TenantContext,
  channel: { kind: ChannelKind; ref: Record<string, string> },
): Promise<SessionView | null> {
  authorize(ctx, 'sessions.read');
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select({ id: diagnosisSessionsTable.id })
      .from(diagnosisSessionsTable)
      .where(
        and(
          eq(diagnosisSessionsTable.accountId, ctx.accountId),
          eq(diagnosisSessionsTable.channelKind, channel.kind),
          sql`${diagnosisSessionsTable.channelRef} = ${JSON.stringify(channel.ref)}::jsonb`,
        ),
      );
    return row ? toSessionView(await loadSessionState(tx, ctx, row)) : null;
  });
}

/** Remembers where the live session card is so later changes update it in place. */
export async function setSessionCardRef(
  ctx: TenantContext,
  sessionId: string,
  cardRef: Record<string, string>,
) {
  authorize(ctx, 'sessions.read');
  await withTransaction(ctx, async (tx) => {
    await tx
      .update(diagnosisSessionsTable)
      .set({ cardRef })
      .where(
        and(eq(diagnosisSessionsTable.id, sessionId), eq(diagnosisSessionsTable.accountId, ctx.accountId)),
      );
  });
}
