import { and, eq, lte } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { billingOutboxTable } from '../db/schema/billing.ts';
import { withSystemTransaction } from '../db/transactions.ts';

/** Accounts with a seat sync due now; the sweeper enqueues one delivery per account. */
export async function pendingSeatSyncAccounts(database: Database, now = new Date()): Promise<string[]> {
  const rows = await withSystemTransaction(database, 'billing outbox sweep', (tx) =>
    tx
      .selectDistinct({ accountId: billingOutboxTable.accountId })
      .from(billingOutboxTable)
      .where(and(eq(billingOutboxTable.status, 'pending'), lte(billingOutboxTable.nextAttemptAt, now))),
  );
  return rows.map((r) => r.accountId);
}
