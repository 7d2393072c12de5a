import { and, asc, eq, isNull } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import { type UserRow, usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { ListUsersInput, UserIdInput } from './schemas.ts';
import { toUserView, type UserView } from './user-view.ts';

/** Scoped by account in the query as well as by RLS: the service layer never relies on the backstop. */
export async function getUserInAccount(tx: AppTx, ctx: TenantContext, userId: string): Promise<UserRow> {
  const [row] = await tx
    .select()
    .from(usersTable)
    .where(and(eq(usersTable.id, userId), eq(usersTable.accountId, ctx.accountId)));
  if (!row) throw new NotFoundError('User');
  return row;
}

export async function getUser({ ctx, userId }: { ctx: TenantContext; userId: unknown }): Promise<UserView> {
  authorize(ctx, 'users.read');
  const id = parseInput(UserIdInput, userId, 'user id');
  return withTransaction(ctx, async (tx) => toUserView(await getUserInAccount(tx, ctx, id)));
}

export async function listUsers({
  ctx,
  input = {},
}: {
  ctx: TenantContext;
  input?: unknown;
}): Promise<UserView[]> {
  authorize(ctx, 'users.read');
  const filter = parseInput(ListUsersInput, input, 'filter');
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(usersTable)
      .where(
        and(
          eq(usersTable.accountId, ctx.accountId),
          filter.role ? eq(usersTable.role, filter.role) : undefined,
          filter.includeDisabled ? undefined : isNull(usersTable.disabledAt),
        ),
      )
      .orderBy(asc(usersTable.name));
    return rows.map(toUserView);
  });
}
