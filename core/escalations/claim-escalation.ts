import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import { escalationClaimsTable } from '../db/schema/chat.ts';
import { diagnosisSessionsTable, sessionNotesTable } from '../db/schema/diagnosis.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import { loadSessionState, toSessionView } from '../sessions/session-state.ts';
import { withSessionWrite } from '../sessions/session-write.ts';
import type { SessionView } from '../sessions/views.ts';
import type { TenantContext } from '../shared/context.ts';
import { ConflictError, ForbiddenError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';

export const ESCALATOR_CANNOT_CLAIM = 'You escalated this one; another engineer needs to claim it.';

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
      // A second claim is told who has it before anything else: that is the news that matters.
      await refuseIfHeld(tx, ctx, id);
      const [escalation] = await tx
        .select({ postedByUserId: sessionNotesTable.postedByUserId })
        .from(sessionNotesTable)
        .where(
          and(
            eq(sessionNotesTable.accountId, ctx.accountId),
            eq(sessionNotesTable.sessionId, id),
            eq(sessionNotesTable.kind, 'escalation'),
          ),
        );
      // Escalating hands the problem to someone else; claiming it back would skip that second pair of eyes.
      if (escalation?.postedByUserId === me.userId) throw new ForbiddenError(ESCALATOR_CANNOT_CLAIM);
      const inserted = await tx
        .insert(escalationClaimsTable)
        .values({ accountId: ctx.accountId, sessionId: id, claimedByUserId: me.userId })
        .onConflictDoNothing()
        .returning();
      const claim = inserted[0];
      if (!claim) {
        // Lost a race with another claim committed meanwhile.
        await refuseIfHeld(tx, ctx, id);
        throw new ConflictError('Someone already claimed this escalation.', { claimedBy: null });
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

/** Who holds the escalation now, or null while it waits for a claim. */
export async function currentHolder(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
): Promise<{ userId: string; name: string } | null> {
  const [holder] = await tx
    .select({ userId: escalationClaimsTable.claimedByUserId, name: usersTable.name })
    .from(escalationClaimsTable)
    .innerJoin(usersTable, eq(usersTable.id, escalationClaimsTable.claimedByUserId))
    .where(
      and(eq(escalationClaimsTable.sessionId, sessionId), eq(escalationClaimsTable.accountId, ctx.accountId)),
    );
  return holder ?? null;
}

async function refuseIfHeld(tx: AppTx, ctx: TenantContext, sessionId: string): Promise<void> {
  const holder = await currentHolder(tx, ctx, sessionId);
  if (holder) {
    throw new ConflictError(`${holder.name} already claimed this escalation.`, { claimedBy: holder.name });
  }
}
