import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../auth/permissions.ts';
import { slackInstallationsTable, teamsConversationsTable, teamsTenantsTable } from '../db/schema/chat.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { getTechnicianChannel, setTechnicianChannel } from './technician-channel.ts';

export interface SlackIntegrationView {
  workspaces: Array<{ teamId: string; teamName: string | null; installedAt: string }>;
  /** Where escalations from Slack land; null until an admin picks one. */
  technicianChannel: { teamId: string; channelId: string } | null;
}

export interface TeamsIntegrationView {
  tenants: Array<{ tenantId: string; linkedAt: string }>;
  technicianChannel: { conversationId: string } | null;
  /** Team channels the app has seen (installed or mentioned in): the ones it can post to. */
  channels: Array<{ conversationId: string; teamId: string | null; seenAt: string }>;
}

/** The account's Slack workspaces and technician channel, for the admin web (no tokens). */
export async function getSlackIntegration({ ctx }: { ctx: TenantContext }): Promise<SlackIntegrationView> {
  authorize(ctx, 'settings.manage');
  const rows = await withTransaction(ctx, (tx) =>
    tx
      .select({
        teamId: slackInstallationsTable.teamId,
        teamName: slackInstallationsTable.teamName,
        installedAt: slackInstallationsTable.createdAt,
      })
      .from(slackInstallationsTable)
      .where(eq(slackInstallationsTable.accountId, ctx.accountId))
      .orderBy(asc(slackInstallationsTable.createdAt)),
  );
  const ref = await getTechnicianChannel(ctx, 'slack');
  return {
    workspaces: rows.map((r) => ({ ...r, installedAt: r.installedAt.toISOString() })),
    technicianChannel: ref?.teamId && ref.channelId ? { teamId: ref.teamId, channelId: ref.channelId } : null,
  };
}

/** The linked Microsoft 365 tenants and the Teams technician channel. */
export async function getTeamsIntegration({ ctx }: { ctx: TenantContext }): Promise<TeamsIntegrationView> {
  authorize(ctx, 'settings.manage');
  const rows = await withTransaction(ctx, (tx) =>
    tx
      .select({ tenantId: teamsTenantsTable.tenantId, linkedAt: teamsTenantsTable.createdAt })
      .from(teamsTenantsTable)
      .where(eq(teamsTenantsTable.accountId, ctx.accountId))
      .orderBy(asc(teamsTenantsTable.createdAt)),
  );
  const ref = await getTechnicianChannel(ctx, 'teams');
  const channels = await withTransaction(ctx, (tx) =>
    tx
      .select({
        conversationId: teamsConversationsTable.conversationId,
        teamId: teamsConversationsTable.teamId,
        seenAt: teamsConversationsTable.updatedAt,
      })
      .from(teamsConversationsTable)
      .where(
        and(
          eq(teamsConversationsTable.accountId, ctx.accountId),
          eq(teamsConversationsTable.conversationType, 'channel'),
        ),
      )
      .orderBy(asc(teamsConversationsTable.createdAt)),
  );
  return {
    tenants: rows.map((r) => ({ tenantId: r.tenantId, linkedAt: r.linkedAt.toISOString() })),
    technicianChannel: ref?.conversationId ? { conversationId: ref.conversationId } : null,
    channels: channels.map((c) => ({ ...c, seenAt: c.seenAt.toISOString() })),
  };
}

export const TeamsTechnicianChannelInput = z
  .object({ conversationId: z.string().trim().min(1, 'pick a channel').max(500) })
  .strict();

/**
 * Sets the Teams technician channel from the admin web, among the channels the app has seen: a
 * proactive post needs the conversation reference Teams gave us there. Any other id is not found.
 */
export async function setTeamsTechnicianChannel({ ctx, input }: { ctx: TenantContext; input: unknown }) {
  authorize(ctx, 'settings.manage');
  const { conversationId } = parseInput(TeamsTechnicianChannelInput, input, 'technician channel');
  const [known] = await withTransaction(ctx, (tx) =>
    tx
      .select({ conversationId: teamsConversationsTable.conversationId })
      .from(teamsConversationsTable)
      .where(
        and(
          eq(teamsConversationsTable.accountId, ctx.accountId),
          eq(teamsConversationsTable.conversationId, conversationId),
          eq(teamsConversationsTable.conversationType, 'channel'),
        ),
      ),
  );
  if (!known) throw new NotFoundError('Teams channel');
  await setTechnicianChannel({ ctx, input: { platform: 'teams', ref: { conversationId } } });
  return getTeamsIntegration({ ctx });
}

export const SlackTechnicianChannelInput = z
  .object({
    teamId: z.string().trim().min(1, 'pick a workspace').max(50),
    // Public (C…) and private (G…) channel ids; a channel name cannot be posted to reliably.
    channelId: z
      .string()
      .trim()
      .regex(/^[CG][A-Z0-9]{6,20}$/, 'must be a Slack channel id like C0123ABCD (channel details → About)'),
  })
  .strict();

/**
 * Sets the Slack technician channel from the admin web. The workspace must be one this account
 * installed: another account's workspace is "not found", like any other tenant's object.
 */
export async function setSlackTechnicianChannel({ ctx, input }: { ctx: TenantContext; input: unknown }) {
  authorize(ctx, 'settings.manage');
  const data = parseInput(SlackTechnicianChannelInput, input, 'technician channel');
  const [installed] = await withTransaction(ctx, (tx) =>
    tx
      .select({ teamId: slackInstallationsTable.teamId })
      .from(slackInstallationsTable)
      .where(
        and(
          eq(slackInstallationsTable.accountId, ctx.accountId),
          eq(slackInstallationsTable.teamId, data.teamId),
        ),
      ),
  );
  if (!installed) throw new NotFoundError('Slack workspace');
  await setTechnicianChannel({ ctx, input: { platform: 'slack', ref: data } });
  return getSlackIntegration({ ctx });
}
