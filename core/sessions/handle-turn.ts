import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { type AnswerSource, sessionTurnsTable } from '../db/schema/diagnosis.ts';
import { withTransaction } from '../db/transactions.ts';
import {
  EngineBusyError,
  type EngineCallOptions,
  type EngineTurnInput,
  type EngineTurnResult,
} from '../engine/types.ts';
import type { KnowledgePassage } from '../kb/knowledge.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { ServiceError } from '../shared/errors.ts';
import { redactText } from '../shared/redact.ts';
import { parseInput } from '../shared/validation.ts';
import { type AppliedSummary, applyEngineActions, nothingApplied } from './apply-engine-actions.ts';
import type { DiagnosisDeps } from './deps.ts';
import { knowledgeQueries, rerankedKnowledge, searchKnowledge } from './knowledge-query.ts';
import { SessionIdInput, TurnInput } from './schemas.ts';
import { assertActive } from './session-rules.ts';
import {
  activeFixOf,
  loadSessionState,
  loadSessionStateWithTurns,
  type SessionState,
  toSessionView,
} from './session-state.ts';
import { lockSessionRow, withSessionWrite } from './session-write.ts';
import type { SessionView } from './views.ts';

/** How much conversation the engine sees at least; older turns live on in facts and the task lane. */
export const TRANSCRIPT_WINDOW = 12;
/**
 * The window's start moves in steps of this many turns rather than one per turn: the prior
 * conversation is part of the cached prompt prefix, and a start that slid every turn would change
 * that prefix every turn and never hit the cache.
 */
export const TRANSCRIPT_STEP = 6;

/** Which prior turns (by seq, 1-based) the engine sees when `count` turns precede this one. */
export function transcriptStartSeq(count: number): number {
  const overflow = Math.max(0, count - TRANSCRIPT_WINDOW);
  return Math.ceil(overflow / TRANSCRIPT_STEP) * TRANSCRIPT_STEP + 1;
}

export interface TurnResult {
  session: SessionView;
  reply: {
    text: string;
    engine: EngineTurnResult['engine'];
    model: string | null;
    usage: EngineTurnResult['usage'];
    applied: AppliedSummary;
    /** The saved answer's id: what feedback buttons and citations refer to. */
    turnId: string;
    /** The knowledge passages the engine was given, in the order it saw them (citations [1], [2] …). */
    sources: AnswerSource[];
  };
}

/**
 * One engineer message → one assistant answer. Three steps so no transaction is held open while
 * the model thinks: (1) save the engineer's message and read the state, (2) call the engine,
 * (3) apply its actions and save its answer in one transaction, bumping state_version once.
 * If the engine is busy the message is already saved; sending the same text again retries it
 * instead of adding a duplicate.
 */
export async function handleTurn({
  ctx,
  deps,
  sessionId,
  input,
  onText,
  signal,
}: {
  ctx: TenantContext;
  deps: DiagnosisDeps;
  sessionId: unknown;
  input: unknown;
} & EngineCallOptions): Promise<TurnResult> {
  authorize(ctx, 'assistant.run');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  const { message } = parseInput(TurnInput, input, 'message');
  const safeMessage = redactText(message);
  if (deps.turnLimit && ctx.actor.kind === 'user') {
    await deps.turnLimit.limiter.hit([
      {
        limiter: 'bot:user',
        key: ctx.actor.userId,
        limit: { max: deps.turnLimit.perUserPerMinute, windowMs: 60_000 },
        label: 'your messages to the assistant',
      },
    ]);
  }

  const { state, transcript, answering } = await saveEngineerTurn(ctx, id, safeMessage);

  const queries = knowledgeQueries(state.session.problemSummary, state.facts, safeMessage);
  // The linked ticket's client: its runbooks plus the MSP's own, never another client's.
  const company = state.session.ticketCompanyName;
  const {
    passages: knowledge,
    anotherClientMatches,
    unspokenSymptom,
  } = deps.reranker
    ? await rerankedKnowledge(deps.knowledge, deps.reranker, ctx, queries, company, safeMessage)
    : await searchKnowledge(deps.knowledge, ctx, queries, company);
  const engineInput = {
    ...buildEngineInput(state, transcript, knowledge, safeMessage),
    ...(anotherClientMatches ? { anotherClientMatches } : {}),
    ...(unspokenSymptom ? { unspokenSymptom } : {}),
  };

  let result: EngineTurnResult;
  try {
    result = await deps.engine.runTurn(engineInput, {
      ...(onText ? { onText } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof EngineBusyError) {
      deps.logger.warn({ err: error.cause ?? error, sessionId: id }, 'assistant busy');
      throw new ServiceError('unavailable', error.message, { details: { messageSaved: true }, cause: error });
    }
    throw error;
  }

  const turnId = randomUUID();
  const sources = knowledge.map(toAnswerSource);
  try {
    return await saveAnswer();
  } catch (error) {
    if (!(error instanceof AlreadyAnswered)) throw error;
    return withTransaction(ctx, async (tx) => ({
      session: toSessionView(await loadSessionState(tx, ctx, { id })),
      reply: savedReply(error.turn, result.usage),
    }));
  }

  async function saveAnswer(): Promise<TurnResult> {
    return withTransaction(ctx, async (tx) => {
      const { result: applied, stateVersion } = await withSessionWrite(
        ctx,
        id,
        async ({ tx: wtx, session, changed }) => {
          // The same message sent twice at once (a double-click, a client retrying a slow request)
          // is saved once and both copies run the engine; the one that finishes second keeps the
          // first one's answer instead of applying its facts, checks and fix a second time.
          const [answered] = await wtx
            .select()
            .from(sessionTurnsTable)
            .where(and(eq(sessionTurnsTable.sessionId, id), eq(sessionTurnsTable.replyToSeq, answering)))
            .limit(1);
          if (answered) throw new AlreadyAnswered(answered);
          // Unchanged version and still active since step 1 = what was read then is still true now
          // (step 1 skipped posted notes and ticket writes, which only a resolved, escalated or
          // claimed-after-escalation session has; for those, read everything again below).
          const known =
            session.stateVersion === state.session.stateVersion &&
            session.status === 'active' &&
            !session.escalatedAt
              ? state
              : undefined;
          const outcome = await applyEngineActions(wtx, ctx, id, result.actions, deps.logger, known);
          if (outcome.changed) changed();
          return { summary: outcome.summary, tracked: outcome.state, session };
        },
        {
          // The answer is written with the version bump, in one statement.
          alongside: ctx.db.db
            .insert(sessionTurnsTable)
            .values({
              id: turnId,
              accountId: ctx.accountId,
              sessionId: id,
              seq: sql`(select coalesce(max(seq), 0) + 1 from session_turns where session_id = ${id})`,
              role: 'assistant',
              replyToSeq: answering,
              sources,
              text: redactText(result.text),
              engine: result.engine,
              model: result.model,
              inputTokens: result.usage.inputTokens,
              outputTokens: result.usage.outputTokens,
              cacheReadTokens: result.usage.cacheReadInputTokens,
              cacheCreationTokens: result.usage.cacheCreationInputTokens,
            })
            .getSQL(),
        },
      );
      // If nobody else wrote since step 1 (same version under the lock), the state read then plus
      // the rows this turn wrote is the state now, with no second read; otherwise read it again.
      const current = applied.tracked
        ? { ...state, ...applied.tracked, session: { ...applied.session, stateVersion } }
        : await loadSessionState(tx, ctx, { id });
      return {
        session: toSessionView(current),
        reply: {
          text: result.text,
          engine: result.engine,
          model: result.model,
          usage: result.usage,
          applied: applied.summary,
          turnId,
          sources,
        },
      };
    });
  }
}

/** Thrown (and caught) inside `handleTurn`: rolls its step 3 back when the message already has an answer. */
class AlreadyAnswered extends Error {
  constructor(readonly turn: typeof sessionTurnsTable.$inferSelect) {
    super('the message already has an answer');
  }
}

/** A saved answer as a turn's reply: what the copy of a message that lost the race returns. */
function savedReply(
  turn: typeof sessionTurnsTable.$inferSelect,
  usage: EngineTurnResult['usage'],
): TurnResult['reply'] {
  return {
    text: turn.text,
    engine: turn.engine === 'claude' ? 'claude' : 'offline',
    model: turn.model,
    usage, // this copy's engine call, which was made (and billed) all the same
    applied: nothingApplied(),
    turnId: turn.id,
    sources: turn.sources,
  };
}

/**
 * Step 1 of a turn: read the state and save the engineer's message (unless it is a retry of the
 * last, unanswered one). The session row is locked first, as step 3 locks it: messages sent at
 * once to one session (two engineers, a double-click, a chat retry) then take their sequence
 * numbers one after another. Without it, step 1 of one turn and step 3 of another each waited on
 * the other (the new turn's unique-index entry against the session row's lock): a deadlock, or a
 * duplicate sequence number, answered 500 with the message half saved.
 */
async function saveEngineerTurn(ctx: TenantContext, id: string, safeMessage: string) {
  return withTransaction(ctx, async (tx) => {
    await lockSessionRow(tx, ctx, id);
    const { state, recentTurns: recent } = await loadSessionStateWithTurns(
      tx,
      ctx,
      id,
      TRANSCRIPT_WINDOW + TRANSCRIPT_STEP + 1,
    );
    assertActive(state.session);
    const last = recent.at(-1);
    const retrying = last?.role === 'engineer' && last.text === safeMessage;
    if (!retrying) {
      await tx.insert(sessionTurnsTable).values({
        accountId: ctx.accountId,
        sessionId: id,
        seq: (last?.seq ?? 0) + 1,
        role: 'engineer',
        authorUserId: actorUserId(ctx.actor),
        text: safeMessage,
      });
    }
    const before = retrying ? recent.slice(0, -1) : recent;
    const startSeq = transcriptStartSeq(before.at(-1)?.seq ?? 0);
    const prior = before.filter((t) => t.seq >= startSeq);
    return {
      state,
      transcript: prior.map((t) => ({ role: t.role, text: t.text })),
      /** The engineer turn this turn answers. */
      answering: (last?.seq ?? 0) + (retrying ? 0 : 1),
    };
  });
}

function toAnswerSource(passage: KnowledgePassage): AnswerSource {
  return {
    documentId: passage.documentId,
    title: passage.title,
    url: passage.url,
    source: passage.source,
    snippet: passage.snippet,
  };
}

/** Everything the engine sees, redacted: it never receives a secret an engineer pasted. */
export function buildEngineInput(
  state: SessionState,
  transcript: EngineTurnInput['recentTranscript'],
  knowledge: EngineTurnInput['knowledge'],
  message: string,
): EngineTurnInput {
  const active = activeFixOf(state);
  return {
    sessionId: state.session.id,
    problemSummary: redactText(state.session.problemSummary),
    facts: state.facts.map((f) => ({ id: f.id, text: redactText(f.text), source: f.source })),
    openItems: state.items
      .filter((i) => i.status === 'open')
      .map((i) => ({ id: i.id, kind: i.kind, text: redactText(i.text), status: i.status })),
    activeFix: active
      ? {
          id: active.id,
          title: active.title,
          steps: active.steps,
          confidence: active.confidence,
          status: active.status,
          partialNotes: active.partialNotes,
          failureReason: active.failureReason,
        }
      : null,
    previousFixes: state.fixes
      .filter((f) => f !== active)
      .map((f) => ({ title: f.title, status: f.status, failureReason: f.failureReason })),
    recentTranscript: transcript.map((t) => ({ role: t.role, text: redactText(t.text) })),
    knowledge,
    message,
  };
}
