import type { WalkPayload, WalkRenderContext, WalkVerb } from '../cards/index.ts';
import { authorize, can } from '../core/auth/permissions.ts';
import {
  addWalkNote,
  answerStep,
  escalateWalkToEngineer,
  finishWalk,
  getWalk,
  type MatchDecision,
  matchOrBuildFlow,
  reviewDraftFlow,
  startWalk,
  stepBack,
  type WalkView,
} from '../core/flows/index.ts';
import { REQUEST_KIND_READS } from '../core/kb/index/request-kind.ts';
import type { PostedNote } from '../core/notes/index.ts';
import { assertCanStartSession, type DiagnosisDeps, getSession } from '../core/sessions/index.ts';
import type { TenantContext } from '../core/shared/context.ts';
import { UnprocessableError } from '../core/shared/errors.ts';

/**
 * "walk Outlook keeps asking for a password" → the problem ('' for a bare "walk"); anything else,
 * including "walk-in printer…" or "walking through…", is a diagnosis message → null.
 */
export function walkRequest(text: string): string | null {
  const match = /^\s*walk(?:$|[:\s]+([\s\S]*))$/i.exec(text);
  if (!match) return null;
  return (match[1] ?? '').trim();
}

/** Used when "I'm stuck" is pressed with nothing typed: the path itself says where. */
const STUCK_REASON = 'The L1 got stuck on this step and asked for an engineer.';

/**
 * One walk-card press → one core walk verb → the walk as it is now. The typed note (the card's
 * input) rides along: on an answer it is kept with that step, on "I'm stuck" it is the reason, on
 * "Partly" it is required.
 */
export async function runWalkVerb({
  ctx,
  diagnosis,
  verb,
  payload,
  note,
  onEscalated,
}: {
  ctx: TenantContext;
  diagnosis: DiagnosisDeps;
  verb: WalkVerb;
  payload: WalkPayload;
  note: string | null;
  /** "I'm stuck" posted the session's escalation package: the adapter sends it to the technician channel. */
  onEscalated?: (posted: PostedNote) => Promise<void> | void;
}): Promise<WalkView> {
  const walkId = payload.w;
  const stateVersion = payload.v;
  switch (verb) {
    case 'walk.answer':
      return answerStep({
        ctx,
        walkId,
        input: { stateVersion, stepId: payload.st, answer: payload.a, ...(note ? { note } : {}) },
      });
    case 'walk.back':
      return stepBack({ ctx, walkId, input: { stateVersion } });
    case 'walk.note':
      if (!note) throw new UnprocessableError('Type the note in the box on the card, then press Add a note.');
      return addWalkNote({ ctx, walkId, input: { stateVersion, note } });
    case 'walk.escalate': {
      const { walk, posted } = await escalateWalkToEngineer({
        ctx,
        deps: diagnosis,
        walkId,
        input: { stateVersion, reason: note ?? STUCK_REASON },
      });
      if (posted) await onEscalated?.(posted);
      return walk;
    }
    case 'walk.worked':
    case 'walk.failed':
    case 'walk.partial': {
      const outcome = verb === 'walk.worked' ? 'worked' : verb === 'walk.failed' ? 'failed' : 'partial';
      if (outcome === 'partial' && !note)
        throw new UnprocessableError('Type what worked and what did not in the note box, then press Partly.');
      return finishWalk({ ctx, walkId, input: { stateVersion, outcome, ...(note ? { note } : {}) } });
    }
    case 'walk.accept_draft':
    case 'walk.reject_draft': {
      // The review is of the flow, not the walk: a second decision is refused by core (409), so an
      // old card pressed again cannot publish twice.
      const walked = await getWalk({ ctx, walkId });
      await reviewDraftFlow({
        ctx,
        flowId: walked.flowId,
        input: {
          decision: verb === 'walk.accept_draft' ? 'accept' : 'reject',
          note: 'Reviewed in chat after a resolved walk',
        },
      });
      return getWalk({ ctx, walkId });
    }
  }
}

/**
 * What the card needs to know besides the walk: after a resolved walk, the session's state version
 * for its "Preview resolution note" button.
 */
export async function walkRenderContext(
  ctx: TenantContext,
  view: WalkView,
  intro?: string,
): Promise<WalkRenderContext> {
  const rc: WalkRenderContext = {
    canAct: true,
    canReviewDraft: can(ctx.actor, 'drafts.approve'),
    ...(intro ? { intro } : {}),
  };
  if (view.status !== 'resolved' || !view.sessionId) return rc;
  const session = await getSession({ ctx, sessionId: view.sessionId });
  return { ...rc, sessionStateVersion: session.stateVersion };
}

/** The decision in the L1's words: what was picked and why, or what to do when nothing fits. */
export function decisionText(decision: MatchDecision): string {
  const title = decision.flow?.title ?? '';
  switch (decision.rule) {
    case 'authored':
      return `Matched the authored flow "${title}".`;
    case 'validated_draft':
      return `Matched "${title}", an assistant draft validated by real outcomes.`;
    case 'kb_build':
      return decision.reason.replace(/^No flow matches; built/, 'No flow matched, so I built');
    case 'none':
      return decision.notAFault
        ? `No flow for this one: it reads as ${REQUEST_KIND_READS[decision.notAFault]} rather than a fault, so there is nothing to walk. Pass it to whoever handles it, or describe what is broken in this thread if something is.`
        : 'No flow matches this ticket and the knowledge base has no answer: diagnose with the assistant (describe the problem in this thread) or escalate.';
  }
}

export interface WalkStart {
  decision: MatchDecision;
  /** Null when no flow fits. */
  walk: WalkView | null;
  text: string;
}

/**
 * An L1's ticket → match-or-build → the first step. The decision is recorded on the session (when
 * there is one) by match-or-build itself.
 */
export async function startWalkForTicket({
  ctx,
  diagnosis,
  ticket,
  sessionId,
}: {
  ctx: TenantContext;
  diagnosis: Pick<DiagnosisDeps, 'knowledge'>;
  ticket: { summary: string; details?: string; client?: string | null };
  sessionId: string | null;
}): Promise<WalkStart> {
  // A problem typed at length in chat is still one problem: what does not fit a ticket summary
  // goes on as its details rather than being refused.
  const summary = ticket.summary.trim();
  const head = summary.length > SUMMARY_MAX ? cutAtWord(summary, SUMMARY_MAX) : summary;
  const details = [summary.slice(head.length).trim(), ticket.details ?? ''].filter(Boolean).join('\n\n');
  const decision = await matchOrBuildFlow({
    ctx,
    deps: { knowledge: diagnosis.knowledge },
    input: { summary: head, details: details.slice(0, 8_000), client: ticket.client ?? null },
    sessionId,
  });
  const walk = decision.flow ? await startWalk({ ctx, flowId: decision.flow.id, sessionId }) : null;
  return { decision, walk, text: decisionText(decision) };
}

/** FlowTicketInput's summary limit (core/flows/schemas.ts). */
const SUMMARY_MAX = 500;

function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/**
 * Why a chat "walk <problem>" cannot start, checked before anything is posted in the channel (a
 * refusal is told to the person alone): no problem, a role that may not walk flows or open
 * sessions, a locked account. Null when it can.
 */
export function walkStartRefusal(ctx: TenantContext, problem: string): unknown {
  if (problem.trim().length < 3) {
    return new UnprocessableError(
      'Describe the problem after "walk", e.g. "walk Outlook keeps asking for a password".',
    );
  }
  try {
    authorize(ctx, 'flows.walk');
    // The session's own limit (2,000 characters) still applies to what is typed.
    assertCanStartSession(ctx, problem);
  } catch (error) {
    return error;
  }
  return null;
}
