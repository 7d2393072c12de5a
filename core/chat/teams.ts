import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import type { Database } from '../db/client.ts';
import { teamsConversationsTable, teamsTenantsTable } from '../db/schema/chat.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ConflictError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';

export const TeamsTenantInput = z
  .object({ tenantId: z.string().uuid('must be the Microsoft Entra tenant id (a GUID)') })
  .strict();

/** An admin connects their Microsoft 365 tenant: its Teams users then resolve into this account. */
export async function linkTeamsTenant({ ctx, input }: { ctx: TenantContext; input: unknown }) {
  const grant = authorize(ctx, 'settings.manage');
  const { tenantId } = parseInput(TeamsTenantInput, input, 'Teams tenant');
  return withTransaction(ctx, async (tx) => {
    const inserted = await tx
      .insert(teamsTenantsTable)
      .values({ accountId: ctx.accountId, tenantId })
      .onConflictDoNothing()
      .returning({ id: teamsTenantsTable.id });
    if (inserted.length === 0) {
      const [mine] = await tx
        .select()
        .from(teamsTenantsTable)
        .where(eq(teamsTenantsTable.tenantId, tenantId));
      // RLS hides another account's row: invisible here but present means someone else has it.
      if (!mine)
        throw new ConflictError('That Microsoft 365 tenant is connected to another ResolutionFlow account.');
      return { tenantId, created: false };
    }
    await recordAudit(tx, ctx, { action: 'teams.tenant_linked', metadata: { tenantId }, grant });
    return { tenantId, created: true };
  });
}

/** Which account a Teams tenant belongs to (system lookup: the activity is what tells us). */
export async function accountForTeamsTenant(database: Database, tenantId: string): Promise<string | null> {
  return withSystemTransaction(database, 'Teams tenant lookup', async (tx) => {
    const [row] = await tx
      .select({ accountId: teamsTenantsTable.accountId })
      .from(teamsTenantsTable)
      .where(eq(teamsTenantsTable.tenantId, tenantId));
    return row?.accountId ?? null;
  });
}

export interface TeamsConversationInput {
  tenantId: string;
  conversationId: string;
  conversationType: string;
  teamId?: string | null;
  channelId?: string | null;
  serviceUrl: string;
  reference: Record<string, unknown>;
}

/** Remembers (or refreshes) a conversation reference so the bot can post there later. */
export async function saveTeamsConversation(
  ctx: TenantContext,
  input: TeamsConversationInput,
): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const values = {
      accountId: ctx.accountId,
      tenantId: input.tenantId,
      conversationId: input.conversationId,
      conversationType: input.conversationType,
      teamId: input.teamId ?? null,
      channelId: input.channelId ?? null,
      serviceUrl: input.serviceUrl,
      reference: input.reference,
    };
    await tx
      .insert(teamsConversationsTable)
      .values(values)
      .onConflictDoUpdate({ target: teamsConversationsTable.conversationId, set: values });
  });
}

export async function getTeamsConversation(ctx: TenantContext, conversationId: string) {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(teamsConversationsTable)
      .where(
        and(
          eq(teamsConversationsTable.accountId, ctx.accountId),
          eq(teamsConversationsTable.conversationId, conversationId),
        ),
      );
    return row ?? null;
  });
}
