import { and, eq } from 'drizzle-orm';
import type { ChatPlatform } from '../db/schema/chat-identities.ts';
import { chatIdentitiesTable } from '../db/schema/chat-identities.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';

/** Where one of our users can be reached on a chat platform (workspace/tenant and their id there). */
export async function chatIdentitiesOfUser(ctx: TenantContext, userId: string, platform: ChatPlatform) {
  return withTransaction(ctx, (tx) =>
    tx
      .select({
        tenantKey: chatIdentitiesTable.tenantKey,
        externalUserId: chatIdentitiesTable.externalUserId,
      })
      .from(chatIdentitiesTable)
      .where(
        and(
          eq(chatIdentitiesTable.accountId, ctx.accountId),
          eq(chatIdentitiesTable.userId, userId),
          eq(chatIdentitiesTable.platform, platform),
        ),
      )
      .orderBy(chatIdentitiesTable.tenantKey),
  );
}
