import { and, eq, isNull } from 'drizzle-orm';
import { decide } from '../auth/permissions.ts';
import { chatIdentitiesTable } from '../db/schema/chat-identities.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext, UserActor } from '../shared/context.ts';

export interface QueueAudienceMember {
  actor: UserActor;
  tenantKey: string;
  externalUserId: string;
}

/**
 * The people of the account on one chat platform who may act on the L1 queue, with their chat ids:
 * whose queue views (Slack App Home) to redraw when the queue changes. Disabled users are left out.
 */
export async function queueAudience(
  ctx: TenantContext,
  platform: 'slack' | 'teams',
): Promise<QueueAudienceMember[]> {
  const rows = await withTransaction(ctx, (tx) =>
    tx
      .select({
        userId: usersTable.id,
        role: usersTable.role,
        canCoverL1: usersTable.canCoverL1,
        name: usersTable.name,
        tenantKey: chatIdentitiesTable.tenantKey,
        externalUserId: chatIdentitiesTable.externalUserId,
      })
      .from(chatIdentitiesTable)
      .innerJoin(usersTable, eq(usersTable.id, chatIdentitiesTable.userId))
      .where(
        and(
          eq(chatIdentitiesTable.accountId, ctx.accountId),
          eq(chatIdentitiesTable.platform, platform),
          isNull(usersTable.disabledAt),
        ),
      ),
  );
  return rows.flatMap((r) => {
    const actor: UserActor = {
      kind: 'user',
      userId: r.userId,
      role: r.role,
      canCoverL1: r.canCoverL1,
      name: r.name,
    };
    return decide(actor, 'l1_queue.act').allowed
      ? [{ actor, tenantKey: r.tenantKey, externalUserId: r.externalUserId }]
      : [];
  });
}
