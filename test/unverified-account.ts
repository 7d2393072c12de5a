import { eq } from 'drizzle-orm';
import type { Database } from '../core/db/client.ts';
import { accountsTable } from '../core/db/schema/accounts.ts';
import { withSystemTransaction } from '../core/db/transactions.ts';

/**
 * Makes an account look like a self-serve signup from `daysAgo` days ago that never confirmed its
 * address: the state the write lock is computed from (dates, not a flag), for suites whose servers
 * run on the real clock (the chat adapters).
 */
export async function backdateUnverifiedSignup(
  database: Database,
  accountId: string,
  daysAgo: number,
): Promise<void> {
  await withSystemTransaction(database, 'test: unverified signup', async (tx) => {
    await tx
      .update(accountsTable)
      .set({ emailVerifiedAt: null, createdAt: new Date(Date.now() - daysAgo * 24 * 60 * 60_000) })
      .where(eq(accountsTable.id, accountId));
  });
}
