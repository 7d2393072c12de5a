import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AppTx } from '../db/client.ts';
import { selectRows } from '../db/raw.ts';
import {
  type DiagnosisSessionRow,
  diagnosisSessionsTable,
  sessionTurnsTable,
} from '../db/schema/diagnosis.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { assertActive } from './session-rules.ts';

export interface SessionWrite {
  tx: AppTx;
  /** The session row, locked FOR UPDATE for the rest of the transaction. */
  session: DiagnosisSessionRow;
  /** Call when facts, fixes or the task lane changed; the version bumps once at the end regardless of how often. */
  changed(): void;
}

interface WriteState {
  session: DiagnosisSessionRow;
  changed: boolean;
}

// Per transaction and session, so a flow composing several writes to one session bumps once.
const openWrites = new WeakMap<AppTx, Map<string, WriteState>>();

/**
 * Locks the session row FOR UPDATE for the rest of the transaction (undefined: no such session in
 * this account). Every writer of a session's state or transcript takes it first, so concurrent
 * turns and button presses queue here instead of deadlocking further in.
 */
export async function lockSessionRow(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
): Promise<DiagnosisSessionRow | undefined> {
  const [session] = await tx
    .select()
    .from(diagnosisSessionsTable)
    .where(and(eq(diagnosisSessionsTable.id, sessionId), eq(diagnosisSessionsTable.accountId, ctx.accountId)))
    .for('update');
  return session;
}

/**
 * The only way to change a session's state. Locks the session row (so concurrent turns and
 * button presses serialise), runs `fn`, and increments `state_version` exactly once if anything
 * changed — never twice, never skipped — all in the caller's transaction.
 */
export async function withSessionWrite<T>(
  ctx: TenantContext,
  sessionId: string,
  fn: (write: SessionWrite) => Promise<T>,
  options: {
    requireActive?: boolean;
    /**
     * One more write (an INSERT) to run after `fn`, sent in the same statement as the version bump
     * when there is one: a turn's answer rides along with it instead of costing a round trip.
     */
    alongside?: SQL;
  } = {},
): Promise<{ result: T; stateVersion: number }> {
  return withTransaction(ctx, async (tx) => {
    let writes = openWrites.get(tx);
    if (!writes) {
      writes = new Map();
      openWrites.set(tx, writes);
    }
    const outer = writes.get(sessionId);
    if (outer) {
      const result = await fn({ tx, session: outer.session, changed: () => (outer.changed = true) });
      return { result, stateVersion: outer.session.stateVersion };
    }
    const session = await lockSessionRow(tx, ctx, sessionId);
    if (!session) throw new NotFoundError('Session');
    if (options.requireActive) assertActive(session);
    const state: WriteState = { session, changed: false };
    writes.set(sessionId, state);
    try {
      const result = await fn({ tx, session, changed: () => (state.changed = true) });
      if (!state.changed) {
        if (options.alongside) await tx.execute(options.alongside);
        return { result, stateVersion: session.stateVersion };
      }
      const bump = sql`update ${diagnosisSessionsTable} set state_version = state_version + 1, updated_at = now() where id = ${sessionId} returning state_version`;
      const [bumped] = await selectRows<{ state_version: number }>(
        tx,
        options.alongside ? sql`with alongside as (${options.alongside}) ${bump}` : bump,
      );
      if (!bumped) throw new Error('session vanished while locked');
      return { result, stateVersion: Number(bumped.state_version) };
    } finally {
      writes.delete(sessionId);
    }
  });
}

/** Reads a session scoped to the account; another tenant's session is a plain 404. */
export async function getSessionInAccount(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
): Promise<DiagnosisSessionRow> {
  const [session] = await tx
    .select()
    .from(diagnosisSessionsTable)
    .where(
      and(eq(diagnosisSessionsTable.id, sessionId), eq(diagnosisSessionsTable.accountId, ctx.accountId)),
    );
  if (!session) throw new NotFoundError('Session');
  return session;
}

/**
 * One assistant answer of this account (of `sessionId` when given), or undefined: another
 * account's turn, an engineer's own message and an unknown id are all "no such answer".
 */
export async function assistantTurnInAccount(
  tx: AppTx,
  ctx: TenantContext,
  turnId: string,
  sessionId?: string,
): Promise<typeof sessionTurnsTable.$inferSelect | undefined> {
  const [turn] = await tx
    .select()
    .from(sessionTurnsTable)
    .where(
      and(
        eq(sessionTurnsTable.accountId, ctx.accountId),
        eq(sessionTurnsTable.id, turnId),
        eq(sessionTurnsTable.role, 'assistant'),
        sessionId ? eq(sessionTurnsTable.sessionId, sessionId) : undefined,
      ),
    );
  return turn;
}

/** A table whose rows each belong to one session of one account. */
type SessionScopedTable = PgTable & { accountId: AnyPgColumn; sessionId: AnyPgColumn };

/**
 * Every row of a per-session table (turns, feedback, flow matches …) for one session, in the given
 * order. The session is checked first, so another tenant's session is a 404 rather than an empty
 * list; the rows are then filtered by account as well, so RLS is not the only fence.
 */
export async function selectSessionRows<T extends SessionScopedTable>(
  tx: AppTx,
  ctx: TenantContext,
  table: T,
  sessionId: string,
  { orderBy, limit }: { orderBy: (AnyPgColumn | SQL)[]; limit?: number },
): Promise<T['$inferSelect'][]> {
  await getSessionInAccount(tx, ctx, sessionId);
  const query = tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.accountId, ctx.accountId), eq(table.sessionId, sessionId)))
    .orderBy(...orderBy)
    .$dynamic();
  // The generic table loses drizzle's row type; the select is `*` of `table`, so its row type is exact.
  return (await (limit === undefined ? query : query.limit(limit))) as T['$inferSelect'][];
}
