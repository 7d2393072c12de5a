import type { flowWalksTable, WalkedStep } from '../db/schema/flows.ts';
import type { FlowRow } from './flow-store.ts';
import { type FlowGraph, stepById, stepExits } from './graph.ts';

/** What a walk card shows: one step, its buttons, the path so far. Rendered by `cards/` for each surface. */
export interface WalkView {
  walkId: string;
  flowId: string;
  flowTitle: string;
  version: number;
  sessionId: string | null;
  /** Shown to the L1 on assistant-built flows nobody has validated yet. */
  draftWarning: string | null;
  /**
   * Assistant-built flows only: whether an engineer has reviewed it (`pending` until accepted or
   * rejected); null for authored flows. Drives the review buttons on a resolved walk's card.
   */
  draftReview: 'pending' | 'accepted' | 'rejected' | null;
  status: 'active' | 'resolved' | 'escalated' | 'abandoned';
  outcome: 'worked' | 'failed' | 'partial' | null;
  stateVersion: number;
  step: {
    id: string;
    kind: 'question' | 'instruction' | 'check' | 'resolution' | 'escalate';
    text: string;
    expected: string | null;
    fixSteps: string[];
    reason: string | null;
    source: { title: string; url: string | null } | null;
  };
  /** The buttons for this step (choices, Yes/No, Done); empty at a resolution or escalation. */
  answers: string[];
  canGoBack: boolean;
  /** At a resolution step, before the outcome: "Did it work?" */
  awaitingOutcome: boolean;
  /** After a fix that did not work: escalate is the way on. */
  canEscalate: boolean;
  path: Array<Pick<WalkedStep, 'stepId' | 'text' | 'answer' | 'note'>>;
  /** One line for the status area of the card, in the user's words. */
  summary: string;
}

export function toWalkView(loaded: {
  walk: typeof flowWalksTable.$inferSelect;
  flow: FlowRow;
  graph: FlowGraph;
  version: number;
}): WalkView {
  const { walk, flow, graph } = loaded;
  const step = stepById(graph, walk.currentStepId);
  if (!step) throw new Error(`walk ${walk.id} points at missing step ${walk.currentStepId}`);
  const active = walk.status === 'active';
  return {
    walkId: walk.id,
    flowId: flow.id,
    flowTitle: flow.title,
    version: loaded.version,
    sessionId: walk.sessionId,
    draftWarning:
      flow.origin !== 'authored' && flow.status === 'draft'
        ? 'Draft — not yet validated by outcomes or an engineer'
        : null,
    draftReview: draftReviewOf(flow),
    status: walk.status,
    outcome: walk.outcome,
    stateVersion: walk.stateVersion,
    step: {
      id: step.id,
      kind: step.kind,
      text: step.text,
      expected: step.kind === 'check' ? step.expected : null,
      fixSteps: step.kind === 'resolution' ? step.fixSteps : [],
      reason: step.kind === 'escalate' ? step.reason : null,
      source: step.cites ?? null,
    },
    answers: active ? stepExits(step).map((e) => e.label) : [],
    canGoBack: active && walk.path.length > 0,
    awaitingOutcome: active && step.kind === 'resolution',
    canEscalate: active || (walk.status === 'abandoned' && walk.outcome === 'failed'),
    path: walk.path.map(({ stepId, text, answer, note }) => ({
      stepId,
      text,
      ...(answer === undefined ? {} : { answer }),
      ...(note === undefined ? {} : { note }),
    })),
    summary: summaryFor(walk.status, walk.outcome),
  };
}

function summaryFor(status: WalkView['status'], outcome: WalkView['outcome']): string {
  switch (status) {
    case 'active':
      return 'In progress';
    case 'resolved':
      return outcome === 'partial' ? 'Fix partly worked' : 'Resolved: the fix worked';
    case 'escalated':
      return 'Escalated to an engineer with the walked path';
    case 'abandoned':
      return outcome === 'failed' ? 'The fix did not work: escalate to an engineer' : 'Stopped';
  }
}

function draftReviewOf(flow: FlowRow): WalkView['draftReview'] {
  if (flow.origin === 'authored') return null;
  if (flow.status === 'retired') return 'rejected';
  return flow.reviewedAt ? 'accepted' : 'pending';
}
