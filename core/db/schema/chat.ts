import { sql } from 'drizzle-orm';
import {
  check,
  index,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CHAT_PLATFORMS } from './chat-identities.ts';
import { createdAt, id, updatedAt } from './columns.ts';
import { diagnosisSessionsTable } from './diagnosis.ts';
import { appSystemRole, tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';
import { usersTable } from './users.ts';

/**
 * A Slack workspace that installed the app, and the account it belongs to. The bot token is sealed
 * (AES-GCM, bound to the account id) and never leaves core in the clear except to call Slack.
 */
export const slackInstallationsTable = pgTable(
  'slack_installations',
  {
    id: id(),
    accountId: accountIdColumn(),
    teamId: text('team_id').notNull(),
    teamName: text('team_name'),
    enterpriseId: text('enterprise_id'),
    appId: text('app_id'),
    botUserId: text('bot_user_id').notNull(),
    botId: text('bot_id'),
    botTokenSealed: text('bot_token_sealed').notNull(),
    botScopes: text('bot_scopes').array().notNull().default(sql`'{}'::text[]`),
    installedByUserId: uuid('installed_by_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('slack_installations_team_unique').on(t.teamId), ...tenantPolicies(t.accountId)],
).enableRLS();

export const CHANNEL_PURPOSES = ['technician'] as const;

/** Channels with a job, e.g. the technician channel where escalations land. One per purpose and platform. */
export const chatChannelsTable = pgTable(
  'chat_channels',
  {
    id: id(),
    accountId: accountIdColumn(),
    platform: text('platform', { enum: CHAT_PLATFORMS }).notNull(),
    purpose: text('purpose', { enum: CHANNEL_PURPOSES }).notNull(),
    // Slack {teamId, channelId}; Teams {conversationId, serviceUrl, …}: what a proactive post needs.
    ref: jsonb('ref').$type<Record<string, string>>().notNull(),
    setByUserId: uuid('set_by_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('chat_channels_purpose_unique').on(t.accountId, t.platform, t.purpose),
    check('chat_channels_purpose_known', sql`${t.purpose} in ('technician')`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/**
 * Inbound events already handled, so a platform's retry never produces a second reply. Not tenant
 * data (it is written before we know the tenant): only `app_system` may touch it.
 */
export const chatEventReceiptsTable = pgTable(
  'chat_event_receipts',
  {
    platform: text('platform', { enum: CHAT_PLATFORMS }).notNull(),
    eventId: text('event_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.platform, t.eventId] }),
    index('chat_event_receipts_received_idx').on(t.receivedAt),
    pgPolicy('system_access', { for: 'all', to: appSystemRole, using: sql`true`, withCheck: sql`true` }),
  ],
).enableRLS();

/** Who picked up an escalation. One claim per session: the unique index makes a second claim a 409. */
export const escalationClaimsTable = pgTable(
  'escalation_claims',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    claimedByUserId: uuid('claimed_by_user_id')
      .notNull()
      .references(() => usersTable.id),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('escalation_claims_session_unique').on(t.sessionId), ...tenantPolicies(t.accountId)],
).enableRLS();

export const REMINDER_STEPS = ['channel', 'admins'] as const;
export type ReminderStep = (typeof REMINDER_STEPS)[number];

/**
 * Reminders sent for an escalation nobody claimed: `channel` after N minutes, `admins` after 2N.
 * One row per step (unique), so a re-run of the job never sends a step twice.
 */
export const escalationRemindersTable = pgTable(
  'escalation_reminders',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => diagnosisSessionsTable.id, { onDelete: 'cascade' }),
    step: text('step', { enum: REMINDER_STEPS }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('escalation_reminders_step_unique').on(t.sessionId, t.step),
    check('escalation_reminders_step_known', sql`${t.step} in ('channel', 'admins')`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/** A Microsoft Entra tenant whose Teams users belong to one account (the Teams analogue of a Slack install). */
export const teamsTenantsTable = pgTable(
  'teams_tenants',
  {
    id: id(),
    accountId: accountIdColumn(),
    tenantId: text('tenant_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('teams_tenants_tenant_unique').on(t.tenantId), ...tenantPolicies(t.accountId)],
).enableRLS();

/**
 * Where the bot can post proactively: the conversation reference Teams gave us when the app was
 * installed in a team, chat or personal scope (serviceUrl, conversation id, tenant, bot id).
 */
export const teamsConversationsTable = pgTable(
  'teams_conversations',
  {
    id: id(),
    accountId: accountIdColumn(),
    tenantId: text('tenant_id').notNull(),
    conversationId: text('conversation_id').notNull(),
    conversationType: text('conversation_type').notNull(),
    teamId: text('team_id'),
    channelId: text('channel_id'),
    serviceUrl: text('service_url').notNull(),
    reference: jsonb('reference').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('teams_conversations_conversation_unique').on(t.conversationId),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type EscalationClaimRow = typeof escalationClaimsTable.$inferSelect;
