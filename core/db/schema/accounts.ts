import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgPolicy, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { appSystemRole, appUserRole, currentAccountId } from './roles.ts';

/** An MSP: the tenant. Every other tenant table hangs off `accounts.id`. */
export const accountsTable = pgTable(
  'accounts',
  {
    id: id(),
    name: text('name').notNull(),
    // Every account starts on a 14-day Pro trial (the reverse trial); the plan in force is computed
    // from this, the subscription and any override by core/billing, never stored.
    trialEndsAt: timestamp('trial_ends_at', { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '14 days'`),
    // Null means "use the system default"; see core/auth for the defaults and bounds.
    sessionIdleMinutes: integer('session_idle_minutes'),
    sessionAbsoluteMinutes: integer('session_absolute_minutes'),
    auditRetentionDays: integer('audit_retention_days').notNull().default(365),
    // The flywheel's bar for assistant drafts (core/flows/flywheel.ts): successful walks and success share.
    flowPromoteMinWalks: integer('flow_promote_min_walks').notNull().default(3),
    flowPromoteMinSuccessPercent: integer('flow_promote_min_success_percent').notNull().default(80),
    /**
     * When the signup email was confirmed. Defaults to now() so accounts made any other way (the demo
     * seed, tests, migration backfill) count as verified; only self-serve signup writes NULL.
     */
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }).defaultNow(),
    /**
     * Minutes an escalation may wait unclaimed before the technician channel is reminded; at twice
     * this the admins are told. 0 turns reminders off.
     */
    escalationReminderMinutes: integer('escalation_reminder_minutes').notNull().default(15),
    preferences: jsonb('preferences').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('accounts_name_not_blank', sql`length(trim(${t.name})) > 0`),
    check(
      'accounts_session_idle_le_absolute',
      sql`${t.sessionIdleMinutes} is null or ${t.sessionAbsoluteMinutes} is null or ${t.sessionIdleMinutes} <= ${t.sessionAbsoluteMinutes}`,
    ),
    check(
      'accounts_session_idle_positive',
      sql`${t.sessionIdleMinutes} is null or ${t.sessionIdleMinutes} > 0`,
    ),
    check(
      'accounts_session_absolute_positive',
      sql`${t.sessionAbsoluteMinutes} is null or ${t.sessionAbsoluteMinutes} > 0`,
    ),
    check('accounts_audit_retention_range', sql`${t.auditRetentionDays} between 30 and 3650`),
    check('accounts_flow_promote_min_walks_range', sql`${t.flowPromoteMinWalks} between 1 and 100`),
    check(
      'accounts_flow_promote_min_success_range',
      sql`${t.flowPromoteMinSuccessPercent} between 50 and 100`,
    ),
    check('accounts_escalation_reminder_range', sql`${t.escalationReminderMinutes} between 0 and 1440`),
    check('accounts_preferences_object', sql`jsonb_typeof(${t.preferences}) = 'object'`),
    // The account row is its own tenant key, so its policy compares `id`, not `account_id`.
    pgPolicy('tenant_isolation', {
      for: 'all',
      to: appUserRole,
      using: sql`${t.id} = ${currentAccountId}`,
      withCheck: sql`${t.id} = ${currentAccountId}`,
    }),
    pgPolicy('system_access', { for: 'all', to: appSystemRole, using: sql`true`, withCheck: sql`true` }),
  ],
).enableRLS();

export type AccountRow = typeof accountsTable.$inferSelect;
