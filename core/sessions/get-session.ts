import { and, asc, desc, eq, gte, lt } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { type AnswerSource, diagnosisSessionsTable, sessionTurnsTable } from '../db/schema/diagnosis.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';
import { ListSessionsInput, SessionIdInput } from './schemas.ts';
import { loadSessionState, toSessionView } from './session-state.ts';
import { selectSessionRows } from './session-write.ts';
import type { SessionView } from './views.ts';

export async function getSession({
  ctx,
  sessionId,
}: {
  ctx: TenantContext;
  sessionId: unknown;
}): Promise<SessionView> {
  authorize(ctx, 'sessions.read');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  return withTransaction(ctx, async (tx) => toSessionView(await loadSessionState(tx, ctx, { id })));
}

export interface SessionSummary {
  id: string;
  status: string;
  problemSummary: string;
  ownerUserId: string;
  channelKind: string;
  ticket: { provider: string; externalId: string } | null;
  stateVersion: number;
  createdAt: string;
  resolvedAt: string | null;
  escalatedAt: string | null;
}

export async function listSessions({ ctx, input = {} }: { ctx: TenantContext; input?: unknown }) {
  authorize(ctx, 'sessions.read');
  const q = parseInput(ListSessionsInput, input, 'session filter');
  return withTransaction(ctx, async (tx) => {
    const t = diagnosisSessionsTable;
    const rows = await tx
      .select()
      .from(t)
      .where(
        and(
          eq(t.accountId, ctx.accountId),
          q.status ? eq(t.status, q.status) : undefined,
          q.channel ? eq(t.channelKind, q.channel) : undefined,
          q.ownerUserId ? eq(t.ownerUserId, q.ownerUserId) : undefined,
          q.createdAfter ? gte(t.createdAt, q.createdAfter) : undefined,
          q.createdBefore ? lt(t.createdAt, q.createdBefore) : undefined,
        ),
      )
      .orderBy(desc(t.createdAt), desc(t.id))
      .limit(q.limit + 1)
      .offset(q.offset);
    const sessions: SessionSummary[] = rows.slice(0, q.limit).map((s) => ({
      id: s.id,
      status: s.status,
      problemSummary: s.problemSummary,
      ownerUserId: s.ownerUserId,
      channelKind: s.channelKind,
      ticket:
        s.ticketProvider && s.ticketExternalId
          ? { provider: s.ticketProvider, externalId: s.ticketExternalId }
          : null,
      stateVersion: s.stateVersion,
      createdAt: s.createdAt.toISOString(),
      resolvedAt: s.resolvedAt?.toISOString() ?? null,
      escalatedAt: s.escalatedAt?.toISOString() ?? null,
    }));
    return { sessions, hasMore: rows.length > q.limit };
  });
}

export interface TurnView {
  /** What feedback on an assistant answer refers to. */
  id: string;
  seq: number;
  role: 'engineer' | 'assistant';
  text: string;
  authorUserId: string | null;
  engine: string | null;
  model: string | null;
  /** Passages an assistant answer was given with (citations); empty for engineer turns. */
  sources: AnswerSource[];
  usage: { inputTokens: number; outputTokens: number; cacheReadTokens: number; cacheCreationTokens: number };
  createdAt: string;
}

export async function getTranscript({
  ctx,
  sessionId,
}: {
  ctx: TenantContext;
  sessionId: unknown;
}): Promise<TurnView[]> {
  authorize(ctx, 'sessions.read');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  return withTransaction(ctx, async (tx) => {
    const rows = await selectSessionRows(tx, ctx, sessionTurnsTable, id, {
      orderBy: [asc(sessionTurnsTable.seq)],
    });
    return rows.map((r) => ({
      id: r.id,
      seq: r.seq,
      role: r.role,
      text: r.text,
      authorUserId: r.authorUserId,
      engine: r.engine,
      model: r.model,
      sources: r.sources,
      usage: {
        inputTokens: r.inputTokens,
        outputTokens: r.outputTokens,
        cacheReadTokens: r.cacheReadTokens,
        cacheCreationTokens: r.cacheCreationTokens,
      },
      createdAt: r.createdAt.toISOString(),
    }));
  });
}
