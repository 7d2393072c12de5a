import { and, eq, inArray } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import type { AppTx, Database } from '../db/client.ts';
import { psaConnectionsTable } from '../db/schema/psa.ts';
import { type TicketRow, ticketsTable } from '../db/schema/tickets.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import { loadConnection, type PsaDeps, type PsaTicket, providerFromRow } from '../psa/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { openSessionOnPsaTicket } from './ticket-store.ts';

/**
 * ConnectWise stamps changes in whole seconds and asks `lastUpdated > since`: a change made in the
 * same second as the last one we saw would be missed, so every poll reaches back this far. The
 * overlap re-reads a few tickets; the upsert makes that harmless.
 */
export const POLL_OVERLAP_MS = 2_000;
/** The first poll of a newly connected PSA looks back this far (open tickets only are taken). */
export const FIRST_POLL_WINDOW_MS = 7 * 24 * 3_600_000;
/** A runaway guard: 50 pages of 1,000 is more change than any helpdesk makes in a minute. */
const MAX_PAGES = 50;

export interface PollReport {
  provider: 'connectwise' | 'local' | null;
  since: string | null;
  created: number;
  updated: number;
  /** Tickets that left the queue because they were closed in the PSA. */
  closed: number;
  unchanged: number;
  cursor: string | null;
}

/**
 * Pulls new and changed tickets from the account's PSA (its chosen boards) into the L1 queue. The
 * same PSA ticket always lands on the same row (unique provider + external id); a ticket closed in
 * the PSA leaves the queue, and one reopened there comes back. The cursor only moves forward, to
 * the newest PSA timestamp seen, so our clock and the PSA's never need to agree.
 */
export async function pollPsaQueue({
  ctx,
  deps,
  now = new Date(),
}: {
  ctx: TenantContext;
  deps: PsaDeps;
  now?: Date;
}): Promise<PollReport> {
  authorize(ctx, 'tickets.poll');
  const report: PollReport = {
    provider: null,
    since: null,
    created: 0,
    updated: 0,
    closed: 0,
    unchanged: 0,
    cursor: null,
  };
  const connection = await loadConnection(ctx);
  if (!connection) return report;
  report.provider = connection.provider;
  const provider = providerFromRow(ctx, deps, connection);
  const since = connection.pollCursor
    ? new Date(connection.pollCursor.getTime() - POLL_OVERLAP_MS)
    : new Date(now.getTime() - FIRST_POLL_WINDOW_MS);
  report.since = since.toISOString();

  let newest = connection.pollCursor?.getTime() ?? since.getTime();
  let page: string | null = null;
  for (let n = 0; n < MAX_PAGES; n += 1) {
    const result = await provider.listTicketsChangedSince(since.toISOString(), page);
    await withTransaction(ctx, (tx) => upsertPage(tx, ctx, connection.provider, result.tickets, now, report));
    for (const t of result.tickets) newest = Math.max(newest, Date.parse(t.updatedAt));
    page = result.nextCursor;
    if (!page) break;
  }
  const cursor = new Date(newest);
  await withTransaction(ctx, (tx) =>
    tx
      .update(psaConnectionsTable)
      .set({ pollCursor: cursor })
      .where(
        and(eq(psaConnectionsTable.id, connection.id), eq(psaConnectionsTable.accountId, ctx.accountId)),
      ),
  );
  report.cursor = cursor.toISOString();
  return report;
}

async function upsertPage(
  tx: AppTx,
  ctx: TenantContext,
  providerName: 'connectwise' | 'local',
  tickets: PsaTicket[],
  now: Date,
  report: PollReport,
) {
  if (tickets.length === 0) return;
  const existing = await tx
    .select()
    .from(ticketsTable)
    .where(
      and(
        eq(ticketsTable.accountId, ctx.accountId),
        eq(ticketsTable.psaProvider, providerName),
        inArray(
          ticketsTable.psaExternalId,
          tickets.map((t) => t.externalId),
        ),
      ),
    );
  const byExternalId = new Map<string, TicketRow>(existing.map((r) => [r.psaExternalId ?? '', r]));
  for (const t of tickets) {
    const psaFields = {
      psaStatus: t.status?.name ?? null,
      psaBoard: t.board?.name ?? null,
      psaUpdatedAt: new Date(t.updatedAt),
      summary: t.summary.trim() || `Ticket #${t.externalId}`,
      clientName: t.company?.name ?? null,
      clientExternalId: t.company?.id ?? null,
    };
    const row = byExternalId.get(t.externalId);
    if (!row) {
      // A ticket that was opened and closed between two polls never needed L1.
      if (t.closed) continue;
      // Someone may be working it already (linked by hand in a thread): it arrives as theirs.
      const working = await openSessionOnPsaTicket(tx, ctx, providerName, t.externalId);
      await tx.insert(ticketsTable).values({
        accountId: ctx.accountId,
        source: 'psa',
        psaProvider: providerName,
        psaExternalId: t.externalId,
        createdAt: now,
        openedAt: t.enteredAt ? new Date(t.enteredAt) : now,
        ...psaFields,
        ...(working
          ? {
              status: working.status === 'active' ? ('in_progress' as const) : ('escalated' as const),
              assigneeUserId: working.ownerUserId,
              sessionId: working.id,
              startedAt: now,
            }
          : {}),
      });
      report.created += 1;
      continue;
    }
    const sameVersion =
      row.psaUpdatedAt?.getTime() === psaFields.psaUpdatedAt.getTime() &&
      row.psaStatus === psaFields.psaStatus;
    if (sameVersion) {
      report.unchanged += 1;
      continue;
    }
    const leaving = t.closed && row.status !== 'closed' && row.status !== 'resolved';
    const reopened = !t.closed && row.status === 'closed';
    await tx
      .update(ticketsTable)
      .set({
        ...psaFields,
        // A walk-in keeps what the person typed; ConnectWise cuts summaries at 100 characters.
        summary: row.source === 'walk_in' ? row.summary : psaFields.summary,
        clientName: row.source === 'walk_in' ? row.clientName : psaFields.clientName,
        // A walk-in's age counts from when it was logged, not from when we created it in the PSA.
        ...(row.source === 'psa' && t.enteredAt ? { openedAt: new Date(t.enteredAt) } : {}),
        ...(leaving ? { status: 'closed' as const, closedAt: now } : {}),
        ...(reopened ? { status: 'open' as const, closedAt: null } : {}),
      })
      .where(eq(ticketsTable.id, row.id));
    if (leaving) report.closed += 1;
    else report.updated += 1;
  }
}

/** Accounts with a PSA connected, for the polling sweep (spans tenants by design: a system read). */
export async function accountsWithPsa(database: Database): Promise<string[]> {
  const rows = await withSystemTransaction(database, 'PSA queue polling sweep', (tx) =>
    tx.select({ accountId: psaConnectionsTable.accountId }).from(psaConnectionsTable),
  );
  return rows.map((r) => r.accountId);
}
