import type { WalkView } from '../core/flows/index.ts';
import { type ActionPayload, actionPayload } from './actions.ts';
import { type WalkPayload, type WalkVerb, walkPayload } from './walk-actions.ts';

/** What the walker's renderers need besides the walk itself. */
export interface WalkRenderContext {
  /** False for read-only roles: no buttons, no input. */
  canAct: boolean;
  /** Why this flow was picked, shown on the first card ("Matched the authored flow …"). */
  intro?: string;
  /**
   * The session's state version, for the "Preview resolution note" button after a resolved walk
   * (the session card's own verb); without a session there is nothing to preview.
   */
  sessionStateVersion?: number;
  /** The presser may review assistant drafts (`drafts.approve`, engineer and up). */
  canReviewDraft?: boolean;
}

/** How many walked steps the card lists; older ones are counted, not shown. */
export const PATH_LINES = 8;
export const STEP_CHARS = 1_500;
export const LINE_CHARS = 200;

export interface WalkCardModel {
  title: string;
  meta: string;
  intro: string;
  draftWarning: string;
  /** Label and body of the step, per kind ("Check" + expected result, "Fix" + steps …). */
  stepLabel: string;
  stepText: string;
  expected: string;
  fixSteps: string[];
  reason: string;
  source: { title: string; url: string | null } | null;
  pathLines: string[];
  pathEarlier: number;
  /** Buttons while the walk is live; empty lists when finished or for a viewer. */
  answers: Array<{ label: string; payload: WalkPayload }>;
  outcomeButtons: WalkVerb[];
  tools: WalkVerb[];
  showNoteInput: boolean;
  payload: WalkPayload;
  /** Read-only line after the walk ended (empty while active). */
  ended: string;
  previewPayload: ActionPayload | null;
  /** After a resolved walk of an assistant draft: what an engineer may decide, or what was decided. */
  reviewLine: string;
  reviewButtons: WalkVerb[];
  fallback: string;
}

const STEP_LABELS = {
  question: 'Ask',
  instruction: 'Do this',
  check: 'Check',
  resolution: 'Fix',
  escalate: 'Escalate',
} as const satisfies Record<WalkView['step']['kind'], string>;

function endedLine(vm: WalkView, canPreview: boolean): string {
  const preview = canPreview ? ' Preview the resolution note, then Confirm & post it to the ticket.' : '';
  switch (vm.status) {
    case 'active':
      return '';
    case 'resolved':
      return vm.outcome === 'partial'
        ? `🟡 The fix partly worked.${preview}`
        : `✅ Resolved: the fix worked.${preview}`;
    case 'escalated':
      return '⬆️ Escalated to an engineer with the walked path (every step and answer).';
    case 'abandoned':
      return vm.outcome === 'failed'
        ? '❌ The fix did not work. Escalate to an engineer: the walked path goes with it.'
        : 'This walk was stopped.';
  }
}

function reviewLine(vm: WalkView, canReview: boolean): string {
  if (vm.status !== 'resolved' || vm.draftReview === null) return '';
  switch (vm.draftReview) {
    case 'accepted':
      return '✅ Draft accepted: L1 now get this flow as a validated one.';
    case 'rejected':
      return '🗑️ Draft rejected: it will not be offered again.';
    case 'pending':
      return canReview
        ? '🧪 The assistant built this flow and it worked here. Accept it so L1 get it as validated, or reject it. To change it first, edit it on the Flows page of the admin web.'
        : '';
  }
}

export function walkCardModel(vm: WalkView, rc: WalkRenderContext): WalkCardModel {
  const live = vm.status === 'active' && rc.canAct;
  const canPreview = rc.canAct && vm.status === 'resolved' && vm.sessionId !== null;
  const shown = vm.path.slice(-PATH_LINES);
  const firstNumber = vm.path.length - shown.length + 1;
  const payload = walkPayload(vm.walkId, vm.stateVersion);
  const tools: WalkVerb[] = [];
  if (live) {
    tools.push('walk.note');
    if (vm.canGoBack) tools.push('walk.back');
  }
  if (rc.canAct && vm.canEscalate) tools.push('walk.escalate');
  const canReview = rc.canAct && rc.canReviewDraft === true;
  return {
    title: `🧭 ${vm.flowTitle}`,
    meta: `Version ${vm.version} · ${vm.status === 'active' ? `Step ${vm.path.length + 1}` : vm.summary}`,
    intro: rc.intro ?? '',
    draftWarning: vm.draftWarning ?? '',
    stepLabel: STEP_LABELS[vm.step.kind],
    stepText: vm.step.text,
    expected: vm.step.expected ?? '',
    fixSteps: vm.step.fixSteps,
    reason: vm.step.reason ?? '',
    source: vm.step.source,
    pathLines: shown.map(
      (p, i) =>
        `${firstNumber + i}. ${p.text}${p.answer ? ` → ${p.answer}` : ''}${p.note ? ` (note: ${p.note})` : ''}`,
    ),
    pathEarlier: vm.path.length - shown.length,
    answers: live
      ? vm.answers.map((label) => ({
          label,
          payload: walkPayload(vm.walkId, vm.stateVersion, { stepId: vm.step.id, label }),
        }))
      : [],
    outcomeButtons: live && vm.awaitingOutcome ? ['walk.worked', 'walk.failed', 'walk.partial'] : [],
    tools,
    showNoteInput: live,
    payload,
    ended: endedLine(vm, canPreview),
    previewPayload:
      canPreview && vm.sessionId ? actionPayload(vm.sessionId, rc.sessionStateVersion ?? 0) : null,
    reviewLine: reviewLine(vm, canReview),
    reviewButtons:
      canReview && vm.status === 'resolved' && vm.draftReview === 'pending'
        ? ['walk.accept_draft', 'walk.reject_draft']
        : [],
    fallback: `${vm.flowTitle}: ${vm.status === 'active' ? vm.step.text : vm.summary}`,
  };
}
