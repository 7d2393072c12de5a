import { lt } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { chatEventReceiptsTable } from '../db/schema/chat.ts';
import type { ChatPlatform } from '../db/schema/chat-identities.ts';
import { withSystemTransaction } from '../db/transactions.ts';

/**
 * True the first time an event id is seen, false for a retry. Slack retries an event it thinks we
 * missed (X-Slack-Retry-Num) and Teams can redeliver; the primary key makes this atomic across
 * processes.
 */
export async function firstDelivery(
  database: Database,
  platform: ChatPlatform,
  eventId: string,
): Promise<boolean> {
  return withSystemTransaction(database, 'event dedupe', async (tx) => {
    const inserted = await tx
      .insert(chatEventReceiptsTable)
      .values({ platform, eventId })
      .onConflictDoNothing()
      .returning({ eventId: chatEventReceiptsTable.eventId });
    return inserted.length === 1;
  });
}

/** Receipts only need to outlive the platform's retry window (Slack: about an hour). */
export async function pruneEventReceipts(database: Database, olderThan: Date): Promise<number> {
  return withSystemTransaction(database, 'event receipt pruning', async (tx) => {
    const deleted = await tx
      .delete(chatEventReceiptsTable)
      .where(lt(chatEventReceiptsTable.receivedAt, olderThan))
      .returning({ eventId: chatEventReceiptsTable.eventId });
    return deleted.length;
  });
}
