import { eq } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { type AccountBillingRow, accountBillingTable } from '../db/schema/billing.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { type EffectivePlan, effectivePlan } from './effective-plan.ts';

export interface BillingState {
  account: { id: string; name: string; createdAt: Date; trialEndsAt: Date };
  billing: AccountBillingRow | null;
  plan: EffectivePlan;
}

/**
 * The account's dates, its billing row (absent until it first touches Stripe or gets an override)
 * and the plan in force at `now`. `lock` takes the account row FOR UPDATE so seat-changing writes
 * of one account run one at a time and two invites cannot both take the last seat.
 */
export async function loadBillingState(
  tx: AppTx,
  ctx: Pick<TenantContext, 'accountId'>,
  now: Date,
  options: { lock?: boolean } = {},
): Promise<BillingState> {
  const query = tx
    .select({
      id: accountsTable.id,
      name: accountsTable.name,
      createdAt: accountsTable.createdAt,
      trialEndsAt: accountsTable.trialEndsAt,
    })
    .from(accountsTable)
    .where(eq(accountsTable.id, ctx.accountId));
  const [account] = options.lock ? await query.for('update') : await query;
  if (!account) throw new NotFoundError('Account');
  const [billing] = await tx
    .select()
    .from(accountBillingTable)
    .where(eq(accountBillingTable.accountId, ctx.accountId));
  return {
    account,
    billing: billing ?? null,
    plan: effectivePlan({ account, billing: billing ?? null }, now),
  };
}

/** The billing row, created empty on first need (Checkout, a webhook, an override). */
export async function ensureBillingRow(tx: AppTx, accountId: string): Promise<AccountBillingRow> {
  await tx.insert(accountBillingTable).values({ accountId }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(accountBillingTable)
    .where(eq(accountBillingTable.accountId, accountId));
  if (!row) throw new Error('account_billing row missing after insert');
  return row;
}
