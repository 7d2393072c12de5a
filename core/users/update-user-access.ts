import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize, canAssignRole } from '../auth/permissions.ts';
import { assertWithinLimits, queueSeatSync, seatTierFor } from '../billing/index.ts';
import { authSessionsTable } from '../db/schema/auth.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ForbiddenError, UnprocessableError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { getUserInAccount } from './get-user.ts';
import { UpdateUserAccessInput, UserIdInput } from './schemas.ts';
import { toUserView, type UserView } from './user-view.ts';

/**
 * Role, L1 coverage and disablement: the levers an admin pulls. Ownership moves only by an explicit
 * transfer, so nobody can demote the owner or promote themselves here.
 */
export async function updateUserAccess({
  ctx,
  userId,
  input,
}: {
  ctx: TenantContext;
  userId: unknown;
  input: unknown;
}): Promise<UserView> {
  const grant = authorize(ctx, 'users.manage');
  const id = parseInput(UserIdInput, userId, 'user id');
  const data = parseInput(UpdateUserAccessInput, input, 'user access');
  return withTransaction(ctx, async (tx) => {
    const target = await getUserInAccount(tx, ctx, id);
    if (ctx.actor.kind === 'user' && ctx.actor.userId === target.id) {
      throw new ForbiddenError('You cannot change your own role or access; ask another admin.');
    }
    if (target.role === 'owner')
      throw new ForbiddenError('The owner changes only through an ownership transfer.');
    if (data.role && (data.role === 'owner' || !canAssignRole(ctx.actor, data.role))) {
      throw new ForbiddenError(`You cannot give someone the ${data.role} role.`);
    }
    const role = data.role ?? target.role;
    // Leaving the engineer tier drops coverage rather than failing, unless the caller asked for both.
    const canCoverL1 = data.canCoverL1 ?? (role === 'engineer' ? target.canCoverL1 : false);
    if (canCoverL1 && role !== 'engineer') {
      throw new UnprocessableError('Only engineers can cover the L1 queue.', [
        { path: 'canCoverL1', message: 'only engineers can cover the L1 queue' },
      ]);
    }
    const disabledAt =
      data.disabled === undefined
        ? target.disabledAt
        : data.disabled
          ? (target.disabledAt ?? new Date())
          : null;
    // A seat is taken when an enabled user enters a paid tier (new role, or re-enabled).
    const fromTier = target.disabledAt ? null : seatTierFor(target.role);
    const toTier = disabledAt ? null : seatTierFor(role);
    if (toTier && toTier !== fromTier) await assertWithinLimits(tx, ctx, [{ limit: toTier }]);
    const [row] = await tx
      .update(usersTable)
      .set({ role, canCoverL1, disabledAt })
      .where(eq(usersTable.id, target.id))
      .returning();
    if (!row) throw new Error('user vanished during update');
    // Disabling signs the user out everywhere now, not when their tokens happen to expire.
    let sessionsRevoked = 0;
    if (row.disabledAt && !target.disabledAt) {
      const revoked = await tx
        .update(authSessionsTable)
        .set({ revokedAt: row.disabledAt, revokedReason: 'user_disabled' })
        .where(
          and(
            eq(authSessionsTable.accountId, ctx.accountId),
            eq(authSessionsTable.userId, row.id),
            isNull(authSessionsTable.revokedAt),
          ),
        )
        .returning({ id: authSessionsTable.id });
      sessionsRevoked = revoked.length;
    }
    if (fromTier !== toTier) await queueSeatSync(tx, ctx.accountId);
    await recordAudit(tx, ctx, {
      action: 'user.access_updated',
      target: { type: 'user', id: row.id },
      metadata: {
        role: { from: target.role, to: row.role },
        canCoverL1: { from: target.canCoverL1, to: row.canCoverL1 },
        disabled: { from: target.disabledAt !== null, to: row.disabledAt !== null },
        ...(sessionsRevoked > 0 ? { sessionsRevoked } : {}),
      },
      grant,
    });
    return toUserView(row);
  });
}
