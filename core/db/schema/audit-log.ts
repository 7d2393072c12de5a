import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgPolicy, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuditAction } from '../../audit/actions.ts';
import { appSystemRole, appUserRole, currentAccountId } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';

/**
 * Append-only record of who did what. `app_user` may INSERT and SELECT only (see migration 0002
 * grants); only the retention job, as `app_system`, deletes expired rows.
 */
export const auditLogTable = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: accountIdColumn(),
    // Null actor = the system (a job, the seed); actor_label says which.
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    // Typed so a direct insert (sign-in paths) cannot write an action without a label.
    action: text('action').$type<AuditAction>().notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_account_time_idx').on(t.accountId, t.occurredAt.desc()),
    index('audit_log_tags_idx').using('gin', t.tags),
    pgPolicy('tenant_read', {
      for: 'select',
      to: appUserRole,
      using: sql`${t.accountId} = ${currentAccountId}`,
    }),
    pgPolicy('tenant_append', {
      for: 'insert',
      to: appUserRole,
      withCheck: sql`${t.accountId} = ${currentAccountId}`,
    }),
    pgPolicy('system_access', { for: 'all', to: appSystemRole, using: sql`true`, withCheck: sql`true` }),
  ],
).enableRLS();

export type AuditLogRow = typeof auditLogTable.$inferSelect;
