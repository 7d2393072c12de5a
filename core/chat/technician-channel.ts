import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { chatChannelsTable } from '../db/schema/chat.ts';
import { CHAT_PLATFORMS, type ChatPlatform } from '../db/schema/chat-identities.ts';
import { withTransaction } from '../db/transactions.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';

const SetChannelInput = z
  .object({
    platform: z.enum(CHAT_PLATFORMS),
    ref: z.record(z.string().min(1).max(100), z.string().min(1).max(500)),
  })
  .strict();

/** Where escalations land. Set by an admin from inside that channel (or the admin web). */
export async function setTechnicianChannel({ ctx, input }: { ctx: TenantContext; input: unknown }) {
  const grant = authorize(ctx, 'settings.manage');
  const data = parseInput(SetChannelInput, input, 'technician channel');
  return withTransaction(ctx, async (tx) => {
    const values = {
      accountId: ctx.accountId,
      platform: data.platform,
      purpose: 'technician' as const,
      ref: data.ref,
      setByUserId: actorUserId(ctx.actor),
    };
    await tx
      .insert(chatChannelsTable)
      .values(values)
      .onConflictDoUpdate({
        target: [chatChannelsTable.accountId, chatChannelsTable.platform, chatChannelsTable.purpose],
        set: { ref: values.ref, setByUserId: values.setByUserId },
      });
    await recordAudit(tx, ctx, { action: 'technician_channel.set', metadata: data, grant });
    return { platform: data.platform, ref: data.ref };
  });
}

export async function getTechnicianChannel(ctx: TenantContext, platform: ChatPlatform) {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(chatChannelsTable)
      .where(
        and(
          eq(chatChannelsTable.accountId, ctx.accountId),
          eq(chatChannelsTable.platform, platform),
          eq(chatChannelsTable.purpose, 'technician'),
        ),
      );
    return row ? row.ref : null;
  });
}
