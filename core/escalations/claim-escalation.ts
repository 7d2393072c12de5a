import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { escalationClaimsTable } from '../db/schema/chat.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import { loadSessionState, toSessionView } from '../sessions/session-state.ts';
import { withSessionWrite } from '../sessions/session-write.ts';
import type { SessionView } from '../sessions/views.ts';
import type { TenantContext } from '../shared/context.ts';
import { ConflictError, ForbiddenError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';

export interface EscalationClaim {
  sessionId: string;
  claimedByUserId: string;
  claimedByName: string;
  claimedAt: string;
  /** The session as it is now: active again, owned by the claimer. */
  session: SessionView;
}

/**
 * An engineer takes an escalated session. First claim wins: the unique index settles a race, and
 * the loser is told who has it. Claiming is the only way an escalated session moves again: it
 * becomes active, owned by the claimer, who carries on (fix outcomes, the resolution note) where
 * the escalating engineer stopped.
 */
export async function claimEscalation({
  ctx,
  sessionId,
}: {
  ctx: TenantContext;
  sessionId: unknown;
}): Promise<EscalationClaim> {
  const grant = authorize(ctx, 'escalations.claim');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  if (ctx.actor.kind !== 'user') throw new ForbiddenError('Only people can claim escalations.');
  const me = ctx.actor;
  return withTransaction(ctx, async (tx) => {
    const { result: claimedAt } = await withSessionWrite(ctx, id, async ({ session, changed }) => {
      if (!session.escalatedAt) throw new ConflictError('This problem has not been escalated.');
      const inserted = await tx
        .insert(escalationClaimsTable)
        .values({ accountId: ctx.accountId, sessionId: id, claimedByUserId: me.userId })
        .onConflictDoNothing()
        .returning();
      const claim = inserted[0];
      if (!claim) {
        const [holder] = await tx
          .select({ name: usersTable.name })
          .from(escalationClaimsTable)
          .innerJoin(usersTable, eq(usersTable.id, escalationClaimsTable.claimedByUserId))
          .where(
            and(eq(escalationClaimsTable.sessionId, id), eq(escalationClaimsTable.accountId, ctx.accountId)),
          );
        throw new ConflictError(`${holder?.name ?? 'Someone'} already claimed this escalation.`, {
          claimedBy: holder?.name ?? null,
        });
      }
      if (session.status === 'resolved' || session.status === 'resolved_local') {
        // Unreachable today (resolving needs an active session, which needs a claim), kept so a
        // future path cannot reopen a resolved problem through a claim.
        throw new ConflictError('This problem is already resolved, so nothing on it can change now.');
      }
      await tx
        .update(diagnosisSessionsTable)
        .set({ status: 'active', ownerUserId: me.userId })
        .where(and(eq(diagnosisSessionsTable.id, id), eq(diagnosisSessionsTable.accountId, ctx.accountId)));
      changed();
      await recordAudit(tx, ctx, {
        action: 'escalation.claimed',
        target: { type: 'session', id },
        metadata: { from: session.status },
        grant,
      });
      return claim.claimedAt;
    });
    const session = toSessionView(await loadSessionState(tx, ctx, { id }));
    return {
      sessionId: id,
      claimedByUserId: me.userId,
      claimedByName: me.name,
      claimedAt: claimedAt.toISOString(),
      session,
    };
  });
}
