import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import type { Database } from '../db/client.ts';
import { CHAT_PLATFORMS, chatIdentitiesTable } from '../db/schema/chat-identities.ts';
import { usersTable } from '../db/schema/users.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ConflictError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { getUserInAccount } from '../users/get-user.ts';

export const ChatIdentityKey = z.object({
  platform: z.enum(CHAT_PLATFORMS),
  tenantKey: z.string().min(1).max(200),
  externalUserId: z.string().min(1).max(200),
});
export type ChatIdentityKey = z.infer<typeof ChatIdentityKey>;

/** The chat_identities row of one chat user (platform, workspace or tenant, user id). */
export const isChatIdentity = (key: ChatIdentityKey) =>
  and(
    eq(chatIdentitiesTable.platform, key.platform),
    eq(chatIdentitiesTable.tenantKey, key.tenantKey),
    eq(chatIdentitiesTable.externalUserId, key.externalUserId),
  );

const LinkChatIdentityInput = ChatIdentityKey.extend({ userId: z.string().uuid() });

/**
 * Maps a Slack or Teams user to one of our users. An identity already linked to someone else is a
 * conflict, never silently re-pointed: that would hand one person's sessions to another.
 */
export async function linkChatIdentity({ ctx, input }: { ctx: TenantContext; input: unknown }) {
  const grant = authorize(ctx, 'users.manage');
  const data = parseInput(LinkChatIdentityInput, input, 'chat identity');
  return withTransaction(ctx, async (tx) => {
    await getUserInAccount(tx, ctx, data.userId);
    const [existing] = await tx
      .select({ userId: chatIdentitiesTable.userId })
      .from(chatIdentitiesTable)
      .where(
        and(
          eq(chatIdentitiesTable.accountId, ctx.accountId),
          eq(chatIdentitiesTable.platform, data.platform),
          eq(chatIdentitiesTable.tenantKey, data.tenantKey),
          eq(chatIdentitiesTable.externalUserId, data.externalUserId),
        ),
      );
    if (existing && existing.userId !== data.userId) {
      throw new ConflictError('That chat account is already linked to another user.');
    }
    if (existing) return { userId: data.userId, created: false };
    // RLS hides other accounts' links; the unique index still sees them and refuses the duplicate.
    const inserted = await tx
      .insert(chatIdentitiesTable)
      .values({ accountId: ctx.accountId, ...data })
      .onConflictDoNothing()
      .returning({ id: chatIdentitiesTable.id });
    if (inserted.length === 0)
      throw new ConflictError('That chat account is already linked to another user.');
    await recordAudit(tx, ctx, {
      action: 'chat_identity.linked',
      target: { type: 'user', id: data.userId },
      metadata: { platform: data.platform, tenantKey: data.tenantKey, externalUserId: data.externalUserId },
      grant,
    });
    return { userId: data.userId, created: true };
  });
}

/**
 * Who is this chat user? Runs as the system because the chat event is what tells us the tenant.
 * Disabled users resolve to null, exactly like strangers.
 */
export async function resolveChatUser(
  database: Database,
  key: ChatIdentityKey,
): Promise<{ accountId: string; userId: string } | null> {
  const data = parseInput(ChatIdentityKey, key, 'chat identity');
  return withSystemTransaction(database, 'chat identity resolution', async (tx) => {
    const [row] = await tx
      .select({ accountId: usersTable.accountId, userId: usersTable.id, disabledAt: usersTable.disabledAt })
      .from(chatIdentitiesTable)
      .innerJoin(usersTable, eq(usersTable.id, chatIdentitiesTable.userId))
      .where(isChatIdentity(data));
    return row && !row.disabledAt ? { accountId: row.accountId, userId: row.userId } : null;
  });
}
