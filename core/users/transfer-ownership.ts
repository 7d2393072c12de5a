import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { assertWithinLimits, queueSeatSync, seatTierFor } from '../billing/index.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ForbiddenError, UnprocessableError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { getUserInAccount } from './get-user.ts';
import { TransferOwnershipInput } from './schemas.ts';
import { toUserView, type UserView } from './user-view.ts';

/**
 * Hands the account to another active member. The old owner becomes an admin in the same
 * transaction, so the account never has zero or two owners.
 */
export async function transferOwnership({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: unknown;
}): Promise<{ owner: UserView; previousOwner: UserView }> {
  const grant = authorize(ctx, 'account.transfer_ownership');
  const { userId } = parseInput(TransferOwnershipInput, input, 'ownership transfer');
  if (ctx.actor.kind !== 'user') throw new ForbiddenError('Only the owner can transfer ownership.');
  const actorId = ctx.actor.userId;
  return withTransaction(ctx, async (tx) => {
    const target = await getUserInAccount(tx, ctx, userId);
    if (target.id === actorId) {
      throw new UnprocessableError('You already own this account.', [
        { path: 'userId', message: 'choose another member' },
      ]);
    }
    if (target.disabledAt) {
      throw new UnprocessableError('A disabled user cannot become the owner.', [
        { path: 'userId', message: 'this user is disabled' },
      ]);
    }
    // The new owner takes an engineer seat if they did not hold one (the old owner keeps theirs).
    const tier = seatTierFor(target.role);
    if (tier !== 'engineerSeats') await assertWithinLimits(tx, ctx, [{ limit: 'engineerSeats' }]);
    const [previous] = await tx
      .update(usersTable)
      .set({ role: 'admin', canCoverL1: false })
      .where(eq(usersTable.id, actorId))
      .returning();
    const [owner] = await tx
      .update(usersTable)
      .set({ role: 'owner', canCoverL1: false })
      .where(eq(usersTable.id, target.id))
      .returning();
    if (!previous || !owner) throw new Error('user vanished during ownership transfer');
    if (tier !== 'engineerSeats') await queueSeatSync(tx, ctx.accountId);
    await recordAudit(tx, ctx, {
      action: 'account.ownership_transferred',
      target: { type: 'user', id: owner.id },
      metadata: { from: actorId, to: owner.id, previousRoleOfNewOwner: target.role },
      grant,
    });
    return { owner: toUserView(owner), previousOwner: toUserView(previous) };
  });
}
