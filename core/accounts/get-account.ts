import { eq } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import { type AccountRow, accountsTable } from '../db/schema/accounts.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { type AccountView, toAccountView } from './account-view.ts';

export async function loadAccount(tx: AppTx, ctx: TenantContext): Promise<AccountRow> {
  const [row] = await tx.select().from(accountsTable).where(eq(accountsTable.id, ctx.accountId));
  if (!row) throw new NotFoundError('Account');
  return row;
}

export async function getAccount({ ctx }: { ctx: TenantContext }): Promise<AccountView> {
  authorize(ctx, 'account.read');
  return withTransaction(ctx, async (tx) => toAccountView(await loadAccount(tx, ctx)));
}
