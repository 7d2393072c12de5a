import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { diagnosisSessionsTable } from './diagnosis.ts';
import { PSA_PROVIDERS } from './psa-providers.ts';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';
import { usersTable } from './users.ts';

export const TICKET_SOURCES = ['walk_in', 'psa'] as const;
export type TicketSource = (typeof TICKET_SOURCES)[number];
export const TICKET_STATUSES = ['open', 'in_progress', 'escalated', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/**
 * One ticket in the L1 queue, whichever way it arrived: logged as a walk-in, or pulled from the
 * PSA by the polling job. A PSA ticket is linked by (provider, external id), unique per account,
 * so re-polling — or a walk-in we created in the PSA coming back on the next poll — never adds a
 * second row.
 */
export const ticketsTable = pgTable(
  'tickets',
  {
    id: id(),
    accountId: accountIdColumn(),
    source: text('source', { enum: TICKET_SOURCES }).notNull(),
    status: text('status', { enum: TICKET_STATUSES }).notNull().default('open'),
    priority: text('priority', { enum: TICKET_PRIORITIES }).notNull().default('medium'),
    summary: text('summary').notNull(),
    details: text('details').notNull().default(''),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    clientName: text('client_name'),
    /** The PSA's company id (ConnectWise id or identifier) when the client was picked from the PSA. */
    clientExternalId: text('client_external_id'),
    psaProvider: text('psa_provider', { enum: PSA_PROVIDERS }),
    psaExternalId: text('psa_external_id'),
    psaStatus: text('psa_status'),
    psaBoard: text('psa_board'),
    psaUpdatedAt: timestamp('psa_updated_at', { withTimezone: true }),
    assigneeUserId: uuid('assignee_user_id').references(() => usersTable.id, { onDelete: 'set null' }),
    createdByUserId: uuid('created_by_user_id').references(() => usersTable.id, { onDelete: 'set null' }),
    sessionId: uuid('session_id').references(() => diagnosisSessionsTable.id, { onDelete: 'set null' }),
    /**
     * When the ticket was opened: the PSA's own creation time (ConnectWise `dateEntered`) for a
     * polled ticket, the moment it was logged for a walk-in. The queue's age and order use it, so a
     * ticket waiting a day in the PSA before our first poll does not look new.
     */
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('tickets_psa_unique')
      .on(t.accountId, t.psaProvider, t.psaExternalId)
      .where(sql`${t.psaExternalId} is not null`),
    index('tickets_queue_idx').on(t.accountId, t.status, t.openedAt),
    check('tickets_source_known', sql`${t.source} in ('walk_in', 'psa')`),
    check(
      'tickets_status_known',
      sql`${t.status} in ('open', 'in_progress', 'escalated', 'resolved', 'closed')`,
    ),
    check('tickets_priority_known', sql`${t.priority} in ('low', 'medium', 'high', 'urgent')`),
    check('tickets_summary_not_blank', sql`length(trim(${t.summary})) > 0`),
    check('tickets_psa_pair', sql`(${t.psaProvider} is null) = (${t.psaExternalId} is null)`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type TicketRow = typeof ticketsTable.$inferSelect;
