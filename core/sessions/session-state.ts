import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import type { EscalationClaimRow } from '../db/schema/chat.ts';
import {
  type DiagnosisSessionRow,
  diagnosisSessionsTable,
  type FactRow,
  factsTable,
  type SessionNoteRow,
  type SuggestedFixRow,
  sessionTurnsTable,
  suggestedFixesTable,
  type TaskItemRow,
  taskItemsTable,
} from '../db/schema/diagnosis.ts';
import { type PsaOutboxRow, psaOutboxTable } from '../db/schema/psa.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import {
  type SessionView,
  toEscalationView,
  toFactView,
  toFixView,
  toPostedNoteView,
  toTaskItemView,
  toTicketWriteView,
} from './views.ts';

/** Everything about a session's state, loaded in one place so views and engines see the same thing. */
export interface SessionState {
  session: DiagnosisSessionRow;
  facts: FactRow[];
  items: TaskItemRow[];
  fixes: SuggestedFixRow[];
  /** With the name of whoever posted each (an escalation's post says who escalated). */
  notes: Array<SessionNoteRow & { postedBy?: { name: string } | null }>;
  /** PSA writes queued for the linked ticket, with their delivery state. */
  ticketWrites: PsaOutboxRow[];
  /** Who claimed the escalation (with their name), if it was escalated and claimed. */
  claim?: (EscalationClaimRow & { claimer: { name: string } | null }) | null;
}

export async function loadSessionState(
  tx: AppTx,
  ctx: TenantContext,
  session: Pick<DiagnosisSessionRow, 'id'>,
): Promise<SessionState> {
  return (await loadState(tx, ctx, session.id, 0, true)).state;
}

/**
 * The state plus the last `turnLimit` turns (oldest first), still in one statement: the start of
 * every turn. Only an active session takes turns, and an active one has no posted notes or ticket
 * writes (posting a note ends the session in the same transaction) unless it was escalated and then
 * claimed, so those are not read; callers must check the status and `escalatedAt` and read the full
 * state when the view needs them.
 */
export async function loadSessionStateWithTurns(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
  turnLimit: number,
) {
  return loadState(tx, ctx, sessionId, turnLimit, false);
}

async function loadState(
  tx: AppTx,
  ctx: TenantContext,
  sessionId: string,
  turnLimit: number,
  withPosted: boolean,
) {
  // One statement (Drizzle's relational query aggregates the children as JSON): this runs on
  // every turn and button press, and each round trip counts on the hot path.
  const where = and(
    eq(diagnosisSessionsTable.id, sessionId),
    eq(diagnosisSessionsTable.accountId, ctx.accountId),
  );
  const lane = {
    facts: { where: isNull(factsTable.deletedAt), orderBy: [asc(factsTable.ord)] },
    items: { orderBy: [asc(taskItemsTable.ord)] },
    fixes: { orderBy: [asc(suggestedFixesTable.ord)] },
    turns: { orderBy: [desc(sessionTurnsTable.seq)], limit: turnLimit },
  };
  const loaded = withPosted
    ? await tx.query.diagnosisSessionsTable.findFirst({
        where,
        with: {
          ...lane,
          notes: { with: { postedBy: { columns: { name: true } } } },
          ticketWrites: { orderBy: [asc(psaOutboxTable.ord)] },
          claim: { with: { claimer: { columns: { name: true } } } },
        },
      })
    : await tx.query.diagnosisSessionsTable
        .findFirst({ where, with: lane })
        .then((row) => row && { ...row, notes: [], ticketWrites: [], claim: null });
  if (!loaded) throw new NotFoundError('Session');
  const { facts, items, fixes, notes, ticketWrites, turns, claim, ...row } = loaded;
  return {
    state: { session: row, facts, items, fixes, notes, ticketWrites, claim },
    recentTurns: turns.reverse(),
  };
}

export function activeFixOf(state: SessionState): SuggestedFixRow | undefined {
  return state.fixes.find((f) => f.supersededAt === null);
}

export function toSessionView(state: SessionState): SessionView {
  const { session } = state;
  const active = activeFixOf(state);
  return {
    id: session.id,
    status: session.status,
    problemSummary: session.problemSummary,
    stateVersion: session.stateVersion,
    ownerUserId: session.ownerUserId,
    channel: { kind: session.channelKind, ref: session.channelRef },
    cardRef: session.cardRef,
    ticket:
      session.ticketProvider && session.ticketExternalId
        ? {
            provider: session.ticketProvider,
            externalId: session.ticketExternalId,
            summary: session.ticketSummary,
            writes: state.ticketWrites.map(toTicketWriteView),
          }
        : null,
    facts: state.facts.map(toFactView),
    openItems: state.items.filter((i) => i.status === 'open').map(toTaskItemView),
    closedItems: state.items.filter((i) => i.status !== 'open').map(toTaskItemView),
    activeFix: active ? toFixView(active) : null,
    previousFixes: state.fixes.filter((f) => f !== active).map(toFixView),
    notes: state.notes.map(toPostedNoteView),
    createdAt: session.createdAt.toISOString(),
    resolvedAt: session.resolvedAt?.toISOString() ?? null,
    escalatedAt: session.escalatedAt?.toISOString() ?? null,
    escalation: toEscalationView(
      session,
      state.notes.find((n) => n.kind === 'escalation'),
      state.claim,
    ),
  };
}

/** The last `limit` turns, oldest first. */
export async function loadRecentTurns(tx: AppTx, ctx: TenantContext, sessionId: string, limit: number) {
  const rows = await tx
    .select()
    .from(sessionTurnsTable)
    .where(and(eq(sessionTurnsTable.accountId, ctx.accountId), eq(sessionTurnsTable.sessionId, sessionId)))
    .orderBy(desc(sessionTurnsTable.seq))
    .limit(limit);
  return rows.reverse();
}
