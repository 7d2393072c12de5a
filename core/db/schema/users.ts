import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';

export const ROLES = ['owner', 'admin', 'engineer', 'l1', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const usersTable = pgTable(
  'users',
  {
    id: id(),
    accountId: accountIdColumn(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    canCoverL1: boolean('can_cover_l1').notNull().default(false),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordHash: text('password_hash'),
    // Per-person choices such as "don't offer script templates after a fix" (migration 0038).
    preferences: jsonb('preferences').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Email is the sign-in name and the key for matching Slack/Teams/PSA people, so it is unique
    // across the whole platform, case-insensitively.
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    index('users_account_idx').on(t.accountId),
    check('users_role_known', sql`${t.role} in ('owner', 'admin', 'engineer', 'l1', 'viewer')`),
    check('users_email_shape', sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$'`),
    // Covering the L1 queue is an engineer's extra duty; L1 staff already work it and viewers may not.
    check('users_cover_l1_engineer_only', sql`not ${t.canCoverL1} or ${t.role} = 'engineer'`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type UserRow = typeof usersTable.$inferSelect;
