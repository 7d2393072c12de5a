import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { psaOutboxTable } from '../db/schema/psa.ts';
import type { PsaProviderName } from '../db/schema/psa-providers.ts';
import { type TicketRow, ticketsTable } from '../db/schema/tickets.ts';
import { usersTable } from '../db/schema/users.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { type TicketView, toTicketView } from './views.ts';

/** The ticket in the acting account, or a 404 — another tenant's ticket and a missing one look alike. */
export async function getTicketInAccount(
  tx: AppTx,
  ctx: TenantContext,
  ticketId: string,
  options: { forUpdate?: boolean } = {},
): Promise<TicketRow> {
  const query = tx
    .select()
    .from(ticketsTable)
    .where(and(eq(ticketsTable.id, ticketId), eq(ticketsTable.accountId, ctx.accountId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('Ticket');
  return row;
}

/** Views for many tickets with two extra queries (assignee names, pending PSA creations), not one per row. */
export async function ticketViews(
  tx: AppTx,
  ctx: TenantContext,
  rows: TicketRow[],
  now: Date,
): Promise<TicketView[]> {
  if (rows.length === 0) return [];
  const assigneeIds = [...new Set(rows.flatMap((r) => (r.assigneeUserId ? [r.assigneeUserId] : [])))];
  const names = assigneeIds.length
    ? await tx
        .select({ id: usersTable.id, name: usersTable.name })
        .from(usersTable)
        .where(and(eq(usersTable.accountId, ctx.accountId), inArray(usersTable.id, assigneeIds)))
    : [];
  const pending = await tx
    .select({ ticketId: psaOutboxTable.ticketId })
    .from(psaOutboxTable)
    .where(
      and(
        eq(psaOutboxTable.accountId, ctx.accountId),
        eq(psaOutboxTable.kind, 'create_ticket'),
        eq(psaOutboxTable.status, 'pending'),
        inArray(
          psaOutboxTable.ticketId,
          rows.map((r) => r.id),
        ),
      ),
    );
  const nameById = new Map(names.map((n) => [n.id, n.name]));
  const pendingIds = new Set(pending.map((p) => p.ticketId));
  return rows.map((row) =>
    toTicketView(
      row,
      {
        assigneeName: row.assigneeUserId ? (nameById.get(row.assigneeUserId) ?? null) : null,
        psaPending: pendingIds.has(row.id),
      },
      now,
    ),
  );
}

export async function ticketView(tx: AppTx, ctx: TenantContext, row: TicketRow, now: Date) {
  const [view] = await ticketViews(tx, ctx, [row], now);
  if (!view) throw new Error('ticket view missing');
  return view;
}

/**
 * A session linked to a PSA ticket by hand (`#48213` in a thread) takes that ticket's queue row,
 * if nobody has started it: otherwise the queue would offer Start on a ticket someone is already
 * working, and a second session would write to the same PSA ticket.
 */
export async function takeQueueTicketForSession(
  tx: AppTx,
  ctx: TenantContext,
  link: { provider: PsaProviderName; externalId: string; sessionId: string; userId: string | null },
  now: Date,
): Promise<void> {
  await tx
    .update(ticketsTable)
    .set({ status: 'in_progress', assigneeUserId: link.userId, sessionId: link.sessionId, startedAt: now })
    .where(
      and(
        eq(ticketsTable.accountId, ctx.accountId),
        eq(ticketsTable.psaProvider, link.provider),
        eq(ticketsTable.psaExternalId, link.externalId),
        eq(ticketsTable.status, 'open'),
        isNull(ticketsTable.sessionId),
      ),
    );
}

/** The newest session still open (active or escalated) on a PSA ticket, if any. */
export async function openSessionOnPsaTicket(
  tx: AppTx,
  ctx: TenantContext,
  provider: PsaProviderName,
  externalId: string,
) {
  const [session] = await tx
    .select({
      id: diagnosisSessionsTable.id,
      ownerUserId: diagnosisSessionsTable.ownerUserId,
      status: diagnosisSessionsTable.status,
    })
    .from(diagnosisSessionsTable)
    .where(
      and(
        eq(diagnosisSessionsTable.accountId, ctx.accountId),
        eq(diagnosisSessionsTable.ticketProvider, provider),
        eq(diagnosisSessionsTable.ticketExternalId, externalId),
        inArray(diagnosisSessionsTable.status, ['active', 'escalated', 'escalated_local']),
      ),
    )
    .orderBy(desc(diagnosisSessionsTable.createdAt))
    .limit(1);
  return session ?? null;
}
