import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditTagsFor } from '../audit/actions.ts';
import type { Database } from '../db/client.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { slackInstallationsTable } from '../db/schema/chat.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { openSecret, sealSecret } from '../shared/crypto.ts';
import { parseInput } from '../shared/validation.ts';

export const SlackInstallationInput = z.object({
  accountId: z.string().uuid(),
  teamId: z.string().min(1).max(50),
  teamName: z.string().max(200).nullable().optional(),
  enterpriseId: z.string().max(50).nullable().optional(),
  appId: z.string().max(50).nullable().optional(),
  botUserId: z.string().min(1).max(50),
  botId: z.string().max(50).nullable().optional(),
  botToken: z.string().regex(/^xoxb-/, 'must be a bot token (xoxb-…)'),
  botScopes: z.array(z.string()).default([]),
  installedByUserId: z.string().uuid().nullable().optional(),
});

export interface SlackInstallation {
  accountId: string;
  teamId: string;
  teamName: string | null;
  enterpriseId: string | null;
  appId: string | null;
  botUserId: string;
  botId: string | null;
  botToken: string;
  botScopes: string[];
}

/**
 * Stores (or re-stores, on reinstall) a workspace's installation. Runs as the system: Slack's OAuth
 * callback carries no user session, and the account id comes from the signed OAuth state. A
 * workspace already installed for another account is refused rather than silently moved.
 */
export async function saveSlackInstallation(
  database: Database,
  sealingKey: Buffer,
  input: unknown,
): Promise<void> {
  const data = parseInput(SlackInstallationInput, input, 'Slack installation');
  const sealed = sealSecret(sealingKey, data.botToken, data.accountId);
  await withSystemTransaction(database, 'Slack OAuth callback', async (tx) => {
    const [existing] = await tx
      .select({ accountId: slackInstallationsTable.accountId })
      .from(slackInstallationsTable)
      .where(eq(slackInstallationsTable.teamId, data.teamId));
    if (existing && existing.accountId !== data.accountId) {
      throw new Error('This Slack workspace is already connected to another ResolutionFlow account.');
    }
    const values = {
      accountId: data.accountId,
      teamId: data.teamId,
      teamName: data.teamName ?? null,
      enterpriseId: data.enterpriseId ?? null,
      appId: data.appId ?? null,
      botUserId: data.botUserId,
      botId: data.botId ?? null,
      botTokenSealed: sealed,
      botScopes: data.botScopes,
      installedByUserId: data.installedByUserId ?? null,
    };
    await tx
      .insert(slackInstallationsTable)
      .values(values)
      .onConflictDoUpdate({ target: slackInstallationsTable.teamId, set: values });
    await tx.insert(auditLogTable).values({
      accountId: data.accountId,
      actorUserId: data.installedByUserId ?? null,
      actorLabel: 'Slack OAuth',
      action: existing ? 'slack.reinstalled' : 'slack.installed',
      tags: auditTagsFor('slack.installed'),
      targetType: 'slack_workspace',
      targetId: data.teamId,
      metadata: { teamName: data.teamName ?? null, scopes: data.botScopes },
    });
  });
}

/**
 * The account a workspace is attached to, or null when it never installed us: what a restart in
 * single-workspace mode keeps, without opening the stored token (a rotated key must not stop it).
 */
export async function slackInstallationAccountId(database: Database, teamId: string): Promise<string | null> {
  const [row] = await withSystemTransaction(database, 'Slack installation account', (tx) =>
    tx
      .select({ accountId: slackInstallationsTable.accountId })
      .from(slackInstallationsTable)
      .where(eq(slackInstallationsTable.teamId, teamId)),
  );
  return row?.accountId ?? null;
}

/** The installation for a workspace, token unsealed, or null when the workspace never installed us. */
export async function findSlackInstallation(
  database: Database,
  sealingKey: Buffer,
  teamId: string,
): Promise<SlackInstallation | null> {
  const row = await withSystemTransaction(database, 'Slack authorize', async (tx) => {
    const [found] = await tx
      .select()
      .from(slackInstallationsTable)
      .where(eq(slackInstallationsTable.teamId, teamId));
    return found;
  });
  if (!row) return null;
  return {
    accountId: row.accountId,
    teamId: row.teamId,
    teamName: row.teamName,
    enterpriseId: row.enterpriseId,
    appId: row.appId,
    botUserId: row.botUserId,
    botId: row.botId,
    botToken: openSecret(sealingKey, row.botTokenSealed, row.accountId),
    botScopes: row.botScopes,
  };
}

/** On `app_uninstalled` / `tokens_revoked`: forget the token. */
export async function deleteSlackInstallation(database: Database, teamId: string): Promise<void> {
  await withSystemTransaction(database, 'Slack uninstall', async (tx) => {
    await tx.delete(slackInstallationsTable).where(eq(slackInstallationsTable.teamId, teamId));
  });
}
