import { eq, sql } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { accountBillingTable, billingOutboxTable } from '../db/schema/billing.ts';

/**
 * Records, in the caller's transaction, that Stripe's seat quantities must catch up with the team.
 * Only accounts with a subscription owe Stripe anything; one pending row per account at most (the
 * sync sends the counts as they are when it runs, so later changes ride on the same row).
 */
export async function queueSeatSync(tx: AppTx, accountId: string): Promise<void> {
  const [billing] = await tx
    .select({ subscriptionId: accountBillingTable.stripeSubscriptionId })
    .from(accountBillingTable)
    .where(eq(accountBillingTable.accountId, accountId));
  if (!billing?.subscriptionId) return;
  await tx
    .insert(billingOutboxTable)
    .values({ accountId, kind: 'seat_quantities' })
    .onConflictDoUpdate({
      target: [billingOutboxTable.accountId, billingOutboxTable.kind],
      targetWhere: sql`${billingOutboxTable.status} = 'pending'`,
      set: { requestedAt: sql`clock_timestamp()`, nextAttemptAt: sql`now()` },
    });
}
