import { and, asc, eq, lte } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import {
  type OutboxKind,
  type PsaOutboxRow,
  type PsaProviderName,
  psaOutboxTable,
} from '../db/schema/psa.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ConflictError, NotFoundError } from '../shared/errors.ts';
import { withSpan } from '../shared/telemetry.ts';
import { parseInput } from '../shared/validation.ts';
import { type PsaDeps, psaProviderFor } from './connection.ts';
import { PsaError, type PsaNoteKind, type PsaProvider } from './provider.ts';

export type TicketWrite =
  | { kind: 'note'; payload: { noteKind: PsaNoteKind; text: string } }
  | { kind: 'status'; payload: { status: string } }
  | { kind: 'reassign'; payload: { memberIdentifier?: string; board?: string } }
  | { kind: 'time_entry'; payload: { memberIdentifier: string; minutes: number; notes: string } };

/**
 * Records PSA writes in the caller's transaction — the same one that changes the session — so a
 * confirmed note can never be lost between our database and the PSA. Delivery happens later.
 */
export async function queueTicketWrites(
  tx: AppTx,
  ctx: TenantContext,
  target: { sessionId: string; provider: PsaProviderName; ticketExternalId: string },
  writes: TicketWrite[],
): Promise<void> {
  if (writes.length === 0) return;
  await tx.insert(psaOutboxTable).values(
    writes.map((w, seq) => ({
      accountId: ctx.accountId,
      sessionId: target.sessionId,
      provider: target.provider,
      ticketExternalId: target.ticketExternalId,
      kind: w.kind as OutboxKind,
      payload: w.payload as Record<string, unknown>,
      seq,
    })),
  );
}

/** Backoff for retryable failures: 5 s, 10 s, 20 s … capped at 15 minutes, or what the PSA asked for. */
export function nextAttemptDelayMs(attempts: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.max(retryAfterMs, 1_000);
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 15 * 60_000);
}

/** Give up on a retryable failure after this many attempts; the row then waits for a person. */
export const MAX_ATTEMPTS = 12;

export interface DeliveryReport {
  delivered: number;
  failed: number;
  deferred: number;
  /** The first problem a person should hear about, e.g. `status_not_applied`. */
  problem: { kind: string; message: string } | null;
}

/**
 * Delivers one session's due writes in order (a status change never overtakes its note). Each
 * attempt is counted in its own committed transaction *before* the call, so after a crash the next
 * attempt knows the PSA may already have the write and checks before sending it again.
 */
export async function deliverSessionOutbox({
  ctx,
  deps,
  sessionId,
  now = new Date(),
}: {
  ctx: TenantContext;
  deps: PsaDeps;
  sessionId: string;
  now?: Date;
}): Promise<DeliveryReport> {
  const report: DeliveryReport = { delivered: 0, failed: 0, deferred: 0, problem: null };
  const rows = await withTransaction(ctx, (tx) =>
    tx
      .select()
      .from(psaOutboxTable)
      .where(
        and(
          eq(psaOutboxTable.accountId, ctx.accountId),
          eq(psaOutboxTable.sessionId, sessionId),
          eq(psaOutboxTable.status, 'pending'),
        ),
      )
      .orderBy(asc(psaOutboxTable.ord)),
  );
  if (rows.length === 0) return report;
  if (rows[0] && rows[0].nextAttemptAt > now) {
    report.deferred = rows.length;
    return report;
  }
  const provider = await psaProviderFor(ctx, deps);
  for (const row of rows) {
    const attempt = await attemptOutboxRow(ctx, provider, row, {
      // A previous attempt (or one cut short by a crash) may have reached the PSA.
      send: async (p) => ({ result: await perform(p, row, row.attempts > 0 || row.lastError !== null) }),
      retryFrom: new Date(),
    });
    if (attempt.outcome === 'delivered') {
      report.delivered += 1;
      continue;
    }
    if (attempt.problem) report.problem ??= attempt.problem;
    if (attempt.outcome === 'retry') {
      // Writes stay in order: a status change never overtakes the note that failed before it.
      report.deferred += rows.length - report.delivered - report.failed;
      return report;
    }
    report.failed += 1;
  }
  return report;
}

async function perform(provider: PsaProvider, row: PsaOutboxRow, mayAlreadyExist: boolean) {
  const id = row.ticketExternalId;
  const p = row.payload;
  switch (row.kind) {
    case 'note': {
      const kind = p.noteKind as PsaNoteKind;
      const text = String(p.text);
      // An earlier attempt may have reached the PSA before failing (timeout, crash): look first.
      if (mayAlreadyExist) {
        const existing = (await provider.listNotes(id)).find(
          (n) => n.kind === kind && n.text.trim() === text.trim(),
        );
        if (existing) return { noteId: existing.id, found: true };
      }
      const note = await provider.addNote(id, { kind, text });
      return { noteId: note.id };
    }
    case 'status': {
      const ticket = await provider.changeStatus(id, String(p.status));
      return { status: ticket.status?.name ?? null };
    }
    case 'reassign': {
      const ticket = await provider.reassign(id, p as { memberIdentifier?: string; board?: string });
      return { board: ticket.board?.name ?? null, owner: ticket.owner?.identifier ?? null };
    }
    case 'time_entry': {
      const entry = await provider.createTimeEntry(
        id,
        p as { memberIdentifier: string; minutes: number; notes: string },
      );
      return { timeEntryId: entry.id };
    }
    case 'create_ticket':
      // Walk-ins have no session; core/tickets delivers them with its own duplicate check.
      throw new PsaError('invalid_request', 'Ticket creation is not delivered with a session.');
  }
}

export type OutboxAttempt =
  | { outcome: 'delivered' }
  | { outcome: 'retry' | 'failed'; problem: { kind: string; message: string } | null };

/**
 * One delivery attempt of one outbox row, shared by session writes and walk-in tickets. The
 * attempt is counted in its own committed transaction *before* the call, so after a timeout or a
 * crash the next attempt knows the PSA may already have it. `send` returns what to record on the
 * row and, optionally, more writes that must commit with "delivered" (linking a new ticket).
 */
export async function attemptOutboxRow(
  ctx: TenantContext,
  provider: PsaProvider | null,
  row: PsaOutboxRow,
  options: {
    send: (provider: PsaProvider) => Promise<{
      result: Record<string, unknown>;
      set?: Partial<PsaOutboxRow>;
      alongside?: (tx: AppTx) => Promise<void>;
    }>;
    /** Backoff is counted from here (the caller's clock, so tests can move time). */
    retryFrom: Date;
  },
): Promise<OutboxAttempt> {
  if (!provider) {
    await settle(ctx, row, {
      status: 'failed',
      lastError: 'No PSA is connected any more.',
      lastErrorKind: 'not_found',
    });
    return { outcome: 'failed', problem: null };
  }
  const attempt = row.attempts + 1;
  await settle(ctx, row, { attempts: attempt });
  try {
    const sent = await withSpan(
      'psa.outbox.send',
      () => ({
        'resolutionflow.account_id': ctx.accountId,
        'psa.provider': row.provider,
        'psa.outbox.id': row.id,
        'psa.outbox.kind': row.kind,
        'psa.outbox.attempt': attempt,
      }),
      () => options.send(provider),
    );
    await withTransaction(ctx, async (tx) => {
      await sent.alongside?.(tx);
      await tx
        .update(psaOutboxTable)
        .set({
          ...sent.set,
          status: 'delivered',
          result: sent.result,
          deliveredAt: new Date(),
          lastError: null,
          lastErrorKind: null,
        })
        .where(eq(psaOutboxTable.id, row.id));
    });
    return { outcome: 'delivered' };
  } catch (error) {
    const psa =
      error instanceof PsaError
        ? error
        : new PsaError('unavailable', 'Unexpected failure talking to the PSA', { cause: error });
    const retry = psa.retryable && attempt < MAX_ATTEMPTS;
    await settle(ctx, row, {
      status: retry ? 'pending' : 'failed',
      lastError: psa.message,
      lastErrorKind: psa.kind,
      nextAttemptAt: new Date(options.retryFrom.getTime() + nextAttemptDelayMs(attempt, psa.retryAfterMs)),
    });
    return { outcome: retry ? 'retry' : 'failed', problem: { kind: psa.kind, message: psa.message } };
  }
}

async function settle(ctx: TenantContext, row: PsaOutboxRow, set: Partial<PsaOutboxRow>) {
  await withTransaction(ctx, (tx) => tx.update(psaOutboxTable).set(set).where(eq(psaOutboxTable.id, row.id)));
}

/** Sessions with writes due now, for the sweeper job. */
export async function dueOutboxSessions(ctx: TenantContext, now = new Date()): Promise<string[]> {
  const rows = await withTransaction(ctx, (tx) =>
    tx
      .selectDistinct({ sessionId: psaOutboxTable.sessionId })
      .from(psaOutboxTable)
      .where(
        and(
          eq(psaOutboxTable.accountId, ctx.accountId),
          eq(psaOutboxTable.status, 'pending'),
          lte(psaOutboxTable.nextAttemptAt, now),
        ),
      ),
  );
  return rows.flatMap((r) => (r.sessionId ? [r.sessionId] : []));
}

export interface OutboxItemView {
  id: string;
  sessionId: string | null;
  ticketExternalId: string;
  kind: OutboxKind;
  status: PsaOutboxRow['status'];
  attempts: number;
  lastError: string | null;
  lastErrorKind: string | null;
  createdAt: string;
}

const toItem = (r: PsaOutboxRow): OutboxItemView => ({
  id: r.id,
  sessionId: r.sessionId,
  ticketExternalId: r.ticketExternalId,
  kind: r.kind,
  status: r.status,
  attempts: r.attempts,
  lastError: r.lastError,
  lastErrorKind: r.lastErrorKind,
  createdAt: r.createdAt.toISOString(),
});

/** Failed writes, for the admin's "needs attention" list. */
export async function listOutboxFailures({ ctx }: { ctx: TenantContext }): Promise<OutboxItemView[]> {
  authorize(ctx, 'settings.manage');
  const rows = await withTransaction(ctx, (tx) =>
    tx
      .select()
      .from(psaOutboxTable)
      .where(and(eq(psaOutboxTable.accountId, ctx.accountId), eq(psaOutboxTable.status, 'failed')))
      .orderBy(asc(psaOutboxTable.createdAt)),
  );
  return rows.map(toItem);
}

/** The admin's retry button: a failed write goes back in the queue, due now. */
export async function retryOutboxItem({ ctx, outboxId }: { ctx: TenantContext; outboxId: unknown }) {
  const grant = authorize(ctx, 'settings.manage');
  const id = parseInput(z.string().uuid('must be an outbox id (UUID)'), outboxId, 'outbox id');
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(psaOutboxTable)
      .where(and(eq(psaOutboxTable.id, id), eq(psaOutboxTable.accountId, ctx.accountId)));
    if (!row) throw new NotFoundError('Outbox item');
    if (row.status !== 'failed')
      throw new ConflictError(`This write is ${row.status}; only failed writes can be retried.`);
    const [updated] = await tx
      .update(psaOutboxTable)
      .set({ status: 'pending', nextAttemptAt: new Date(), attempts: 0 })
      .where(eq(psaOutboxTable.id, id))
      .returning();
    await recordAudit(tx, ctx, { action: 'psa.outbox_retried', target: { type: 'psa_outbox', id }, grant });
    return toItem(updated ?? row);
  });
}
