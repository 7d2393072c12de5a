import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, createdAtInOrder, id, updatedAt } from './columns.ts';
import { diagnosisSessionsTable } from './diagnosis.ts';
import { PSA_PROVIDERS } from './psa-providers.ts';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';
import { ticketsTable } from './tickets.ts';
import { usersTable } from './users.ts';

export { PSA_PROVIDERS, type PsaProviderName } from './psa-providers.ts';

/**
 * An account's PSA connection. ConnectWise credentials: `company_id` + public key in clear (they
 * identify, not authorise), the private key sealed with the account id as associated data.
 */
export const psaConnectionsTable = pgTable(
  'psa_connections',
  {
    id: id(),
    accountId: accountIdColumn(),
    provider: text('provider', { enum: PSA_PROVIDERS }).notNull(),
    siteUrl: text('site_url'),
    companyId: text('company_id'),
    publicKey: text('public_key'),
    privateKeySealed: text('private_key_sealed'),
    clientId: text('client_id'),
    boards: text('boards').array().notNull().default(sql`'{}'::text[]`),
    resolvedStatus: text('resolved_status'),
    escalatedStatus: text('escalated_status'),
    pollCursor: timestamp('poll_cursor', { withTimezone: true }),
    lastTestedAt: timestamp('last_tested_at', { withTimezone: true }),
    lastTestError: text('last_test_error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('psa_connections_account_unique').on(t.accountId),
    check('psa_connections_provider_known', sql`${t.provider} in ('connectwise', 'local')`),
    check(
      'psa_connections_connectwise_complete',
      sql`${t.provider} <> 'connectwise' or (${t.siteUrl} is not null and ${t.companyId} is not null and ${t.publicKey} is not null and ${t.privateKeySealed} is not null and ${t.clientId} is not null)`,
    ),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/** Our user ↔ PSA member. Auto-matched by email, editable by an admin. */
export const psaMemberLinksTable = pgTable(
  'psa_member_links',
  {
    id: id(),
    accountId: accountIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    memberId: text('member_id').notNull(),
    memberIdentifier: text('member_identifier').notNull(),
    matchedBy: text('matched_by', { enum: ['email', 'admin'] }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('psa_member_links_user_unique').on(t.userId), ...tenantPolicies(t.accountId)],
).enableRLS();

export const OUTBOX_KINDS = ['note', 'status', 'reassign', 'time_entry', 'create_ticket'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
export const OUTBOX_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Every write to a PSA, recorded in the same transaction as the change that caused it and
 * delivered later by a job with retries. `failed` is permanent until someone presses retry.
 */
export const psaOutboxTable = pgTable(
  'psa_outbox',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id').references(() => diagnosisSessionsTable.id, { onDelete: 'set null' }),
    /** For `create_ticket`: the walk-in to create in the PSA (its external id is '' until delivered). */
    ticketId: uuid('ticket_id').references(() => ticketsTable.id, { onDelete: 'cascade' }),
    provider: text('provider', { enum: PSA_PROVIDERS }).notNull(),
    ticketExternalId: text('ticket_external_id').notNull(),
    kind: text('kind', { enum: OUTBOX_KINDS }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** Order within one session's writes: a status change waits for the note before it. */
    seq: integer('seq').notNull().default(0),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    lastErrorKind: text('last_error_kind'),
    result: jsonb('result').$type<Record<string, unknown>>(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** Delivery order across all of a session's writes, even when timestamps tie. */
    ord: bigserial('ord', { mode: 'number' }).notNull(),
    createdAt: createdAtInOrder(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('psa_outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('psa_outbox_session_idx').on(t.sessionId),
    check(
      'psa_outbox_kind_known',
      sql`${t.kind} in ('note', 'status', 'reassign', 'time_entry', 'create_ticket')`,
    ),
    // A walk-in is created in the PSA at most once, however often it is retried.
    uniqueIndex('psa_outbox_create_ticket_unique').on(t.ticketId).where(sql`${t.kind} = 'create_ticket'`),
    check('psa_outbox_status_known', sql`${t.status} in ('pending', 'delivered', 'failed')`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/** The built-in PSA: tickets kept in our own database for accounts without one (and the demo). */
export const localTicketsTable = pgTable(
  'local_tickets',
  {
    id: id(),
    accountId: accountIdColumn(),
    number: integer('number').notNull(),
    summary: text('summary').notNull(),
    description: text('description'),
    status: text('status').notNull().default('New'),
    board: text('board').notNull().default('Service Desk'),
    companyName: text('company_name'),
    ownerIdentifier: text('owner_identifier'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('local_tickets_number_unique').on(t.accountId, t.number),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export const localTicketNotesTable = pgTable(
  'local_ticket_notes',
  {
    id: id(),
    accountId: accountIdColumn(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => localTicketsTable.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['resolution', 'internal_analysis', 'discussion'] }).notNull(),
    text: text('text').notNull(),
    createdAt: createdAtInOrder(),
  },
  (t) => [index('local_ticket_notes_ticket_idx').on(t.ticketId), ...tenantPolicies(t.accountId)],
).enableRLS();

export type PsaConnectionRow = typeof psaConnectionsTable.$inferSelect;
export type PsaOutboxRow = typeof psaOutboxTable.$inferSelect;
export type LocalTicketRow = typeof localTicketsTable.$inferSelect;
