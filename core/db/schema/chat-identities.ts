import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';
import { usersTable } from './users.ts';

export const CHAT_PLATFORMS = ['slack', 'teams'] as const;
export type ChatPlatform = (typeof CHAT_PLATFORMS)[number];

/**
 * Who a chat user is on our side. Slack: `tenant_key` = team id, `external_user_id` = user id.
 * Teams: `tenant_key` = Entra tenant id, `external_user_id` = AAD object id.
 */
export const chatIdentitiesTable = pgTable(
  'chat_identities',
  {
    id: id(),
    accountId: accountIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    platform: text('platform', { enum: CHAT_PLATFORMS }).notNull(),
    tenantKey: text('tenant_key').notNull(),
    externalUserId: text('external_user_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('chat_identities_external_unique').on(t.platform, t.tenantKey, t.externalUserId),
    index('chat_identities_user_idx').on(t.userId),
    check('chat_identities_platform_known', sql`${t.platform} in ('slack', 'teams')`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type ChatIdentityRow = typeof chatIdentitiesTable.$inferSelect;
