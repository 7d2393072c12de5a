import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { escalationClaimsTable } from '../db/schema/chat.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import { getSessionInAccount } from '../sessions/session-write.ts';
import type { TenantContext } from '../shared/context.ts';
import { ConflictError, ForbiddenError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';

export interface EscalationClaim {
  sessionId: string;
  claimedByUserId: string;
  claimedByName: string;
  claimedAt: string;
}

/**
 * An engineer takes an escalated session. First claim wins: the unique index settles a race, and
 * the loser is told who has it. The session's owner becomes the claimer so the conversation
 * carries on with them.
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
    const session = await getSessionInAccount(tx, ctx, id);
    if (session.status !== 'escalated' && session.status !== 'escalated_local') {
      throw new ConflictError('This session has not been escalated.');
    }
    const inserted = await tx
      .insert(escalationClaimsTable)
      .values({ accountId: ctx.accountId, sessionId: id, claimedByUserId: me.userId })
      .onConflictDoNothing()
      .returning();
    const claim = inserted[0];
    if (!claim) {
      const [holder] = await tx
        .select({ name: usersTable.name, at: escalationClaimsTable.claimedAt })
        .from(escalationClaimsTable)
        .innerJoin(usersTable, eq(usersTable.id, escalationClaimsTable.claimedByUserId))
        .where(
          and(eq(escalationClaimsTable.sessionId, id), eq(escalationClaimsTable.accountId, ctx.accountId)),
        );
      throw new ConflictError(`${holder?.name ?? 'Someone'} already claimed this escalation.`, {
        claimedBy: holder?.name ?? null,
      });
    }
    await recordAudit(tx, ctx, { action: 'escalation.claimed', target: { type: 'session', id }, grant });
    return {
      sessionId: id,
      claimedByUserId: me.userId,
      claimedByName: me.name,
      claimedAt: claim.claimedAt.toISOString(),
    };
  });
}
