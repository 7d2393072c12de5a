import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';
import { appSystemRole, tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';
import { usersTable } from './users.ts';

/**
 * A link mailed to confirm the address a self-serve account signed up with. Only the SHA-256 of
 * the token is kept; a resend retires the open links (`superseded_at`), so only the newest works.
 */
export const emailVerificationsTable = pgTable(
  'email_verifications',
  {
    id: id(),
    accountId: accountIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('email_verifications_token_unique').on(t.tokenHash),
    index('email_verifications_account_idx').on(t.accountId),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type EmailVerificationRow = typeof emailVerificationsTable.$inferSelect;

/**
 * "Talk to sales" requests from the public form. Not tenant data (most come from people without an
 * account): only `app_system` may read or write them, and only the product's operators list them.
 */
export const salesLeadsTable = pgTable(
  'sales_leads',
  {
    id: id(),
    company: text('company').notNull(),
    seats: integer('seats').notNull(),
    needs: text('needs').notNull(),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    phone: text('phone'),
    ipAddress: text('ip_address'),
    createdAt: createdAt(),
  },
  (t) => [
    index('sales_leads_created_idx').on(t.createdAt),
    check('sales_leads_seats_positive', sql`${t.seats} > 0`),
    pgPolicy('system_access', { for: 'all', to: appSystemRole, using: sql`true`, withCheck: sql`true` }),
  ],
).enableRLS();

export type SalesLeadRow = typeof salesLeadsTable.$inferSelect;
