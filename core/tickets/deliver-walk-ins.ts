import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { type PsaOutboxRow, psaOutboxTable } from '../db/schema/psa.ts';
import { ticketsTable } from '../db/schema/tickets.ts';
import { withTransaction } from '../db/transactions.ts';
import {
  attemptOutboxRow,
  type PsaDeps,
  type PsaProvider,
  type PsaTicket,
  psaProviderFor,
} from '../psa/index.ts';
import type { TenantContext } from '../shared/context.ts';

export interface WalkInDeliveryReport {
  created: number;
  failed: number;
  deferred: number;
  problem: { kind: string; message: string } | null;
}

/**
 * Creates queued walk-ins in the PSA and links each to its ticket. Each attempt is counted in its
 * own committed transaction before the call, so after a timeout or a crash the next attempt first
 * looks for a ticket it may already have made (same summary, newest first) instead of making another.
 */
export async function deliverWalkIns({
  ctx,
  deps,
  now = new Date(),
}: {
  ctx: TenantContext;
  deps: PsaDeps;
  now?: Date;
}): Promise<WalkInDeliveryReport> {
  const report: WalkInDeliveryReport = { created: 0, failed: 0, deferred: 0, problem: null };
  const rows = await withTransaction(ctx, (tx) =>
    tx
      .select()
      .from(psaOutboxTable)
      .where(
        and(
          eq(psaOutboxTable.accountId, ctx.accountId),
          eq(psaOutboxTable.kind, 'create_ticket'),
          eq(psaOutboxTable.status, 'pending'),
          lte(psaOutboxTable.nextAttemptAt, now),
        ),
      )
      .orderBy(asc(psaOutboxTable.ord)),
  );
  if (rows.length === 0) return report;
  const provider = await psaProviderFor(ctx, deps);
  for (const row of rows) {
    const attempt = await attemptOutboxRow(ctx, provider, row, {
      send: async (p) => {
        const created = await createOnce(p, row);
        return {
          result: { externalId: created.externalId },
          set: { ticketExternalId: created.externalId },
          alongside: async (tx) => {
            if (row.ticketId) await linkTicket(tx, ctx, row.ticketId, p.name, created);
          },
        };
      },
      retryFrom: now,
    });
    if (attempt.outcome === 'delivered') {
      report.created += 1;
      continue;
    }
    if (attempt.problem) report.problem ??= attempt.problem;
    if (attempt.outcome === 'retry') report.deferred += 1;
    else report.failed += 1;
  }
  return report;
}

async function createOnce(provider: PsaProvider, row: PsaOutboxRow): Promise<PsaTicket> {
  const summary = String(row.payload.summary);
  if (row.attempts > 0 || row.lastError !== null) {
    // ConnectWise cuts summaries at 100 characters with an ellipsis: compare on what survives.
    const head = summary.slice(0, 99);
    const found = (await provider.searchTickets({ text: head, limit: 10 })).find((t) =>
      t.summary.startsWith(head),
    );
    if (found) return found;
  }
  return provider.createTicket({
    summary,
    description: String(row.payload.description ?? ''),
    companyId: String(row.payload.companyId ?? ''),
  });
}

async function linkTicket(
  tx: AppTx,
  ctx: TenantContext,
  ticketId: string,
  provider: PsaProvider['name'],
  psa: PsaTicket,
) {
  // A poll in another worker may have pulled the new PSA ticket before we linked it: fold that copy
  // into the walk-in rather than leave two rows for one PSA ticket.
  await tx
    .delete(ticketsTable)
    .where(
      and(
        eq(ticketsTable.accountId, ctx.accountId),
        eq(ticketsTable.psaProvider, provider),
        eq(ticketsTable.psaExternalId, psa.externalId),
        eq(ticketsTable.source, 'psa'),
        isNull(ticketsTable.sessionId),
      ),
    );
  const [linked] = await tx
    .update(ticketsTable)
    .set({
      psaProvider: provider,
      psaExternalId: psa.externalId,
      psaStatus: psa.status?.name ?? null,
      psaBoard: psa.board?.name ?? null,
      psaUpdatedAt: new Date(psa.updatedAt),
    })
    .where(and(eq(ticketsTable.id, ticketId), eq(ticketsTable.accountId, ctx.accountId)))
    .returning();
  if (linked?.sessionId) {
    // Started before the PSA had it: the session now points at the PSA ticket, so notes reach it.
    await tx
      .update(diagnosisSessionsTable)
      .set({ ticketProvider: provider, ticketExternalId: psa.externalId, ticketSummary: psa.summary })
      .where(
        and(eq(diagnosisSessionsTable.id, linked.sessionId), isNull(diagnosisSessionsTable.ticketExternalId)),
      );
  }
}
