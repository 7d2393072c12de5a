import type { WebClient } from '@slack/web-api';
import type { Database } from '../../core/db/client.ts';
import { chatUserContext } from '../../core/identity/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { InstallationCache } from './installations.ts';

/**
 * Slack user → our user. Known identities resolve from `chat_identities`; a first-time user is
 * matched by the email Slack reports (`users.info`, needs users:read.email) within the account that
 * installed this workspace. Null = not one of ours.
 */
export async function slackUserContext(
  deps: { database: Database; installations: InstallationCache },
  client: WebClient,
  teamId: string,
  userId: string,
): Promise<TenantContext | null> {
  const installation = await deps.installations.get(teamId);
  if (!installation) return null;
  return chatUserContext(
    deps.database,
    { platform: 'slack', tenantKey: teamId, externalUserId: userId, accountId: installation.accountId },
    async () => {
      const info = await client.users.info({ user: userId });
      if (info.user?.is_bot || info.user?.deleted) return null;
      return info.user?.profile?.email ?? null;
    },
  );
}

export const NOT_INVITED =
  "I don't know you yet. Ask your ResolutionFlow admin to invite you with the email address on your Slack profile.";
