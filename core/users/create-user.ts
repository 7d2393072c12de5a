import { recordAudit } from '../audit/record-audit.ts';
import { authorize, canAssignRole } from '../auth/permissions.ts';
import { assertWithinLimits, queueSeatSync, seatTierFor } from '../billing/index.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { hashPassword } from '../shared/crypto.ts';
import { ConflictError, ForbiddenError, UnprocessableError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { CreateUserInput } from './schemas.ts';
import { toUserView, type UserView } from './user-view.ts';

export async function createUser({ ctx, input }: { ctx: TenantContext; input: unknown }): Promise<UserView> {
  const grant = authorize(ctx, 'users.manage');
  const data = parseInput(CreateUserInput, input, 'user');
  if (!canAssignRole(ctx.actor, data.role) || data.role === 'owner') {
    throw new ForbiddenError(`You cannot create a user with the ${data.role} role.`);
  }
  if (data.canCoverL1 && data.role !== 'engineer') {
    throw new UnprocessableError('Only engineers can cover the L1 queue.', [
      { path: 'canCoverL1', message: 'only engineers can cover the L1 queue' },
    ]);
  }
  const passwordHash = data.password ? await hashPassword(data.password) : null;
  return withTransaction(ctx, async (tx) => {
    const tier = seatTierFor(data.role);
    await assertWithinLimits(tx, ctx, tier ? [{ limit: tier }] : []);
    try {
      const [row] = await tx
        .insert(usersTable)
        .values({
          accountId: ctx.accountId,
          email: data.email,
          name: data.name,
          role: data.role,
          canCoverL1: data.canCoverL1,
          passwordHash,
        })
        .returning();
      if (!row) throw new Error('user insert returned nothing');
      await recordAudit(tx, ctx, {
        action: 'user.created',
        target: { type: 'user', id: row.id },
        metadata: { email: row.email, role: row.role, canCoverL1: row.canCoverL1 },
        grant,
      });
      if (tier) await queueSeatSync(tx, ctx.accountId);
      return toUserView(row);
    } catch (error) {
      // The unique index spans all accounts; say "taken" without saying by whom.
      if (isUniqueViolation(error, 'users_email_unique')) {
        throw new ConflictError('That email address already belongs to a user.');
      }
      throw error;
    }
  });
}
