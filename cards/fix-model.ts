import type { FixView, SessionView } from '../core/sessions/index.ts';
import type { CardAction } from './actions.ts';
import type { RenderContext } from './context.ts';
import { formatTimestamp } from './text.ts';

/** The verbs a fix's buttons can carry. */
export type FixVerb = Extract<CardAction, `fix.${string}`>;

type Outcome = Exclude<FixView['status'], 'proposed'>;

/** Which button records which outcome, in the order the buttons appear. */
const OUTCOME_VERBS = {
  applied_success: 'fix.worked',
  applied_failed: 'fix.failed',
  applied_partial: 'fix.partial',
  dismissed: 'fix.dismiss',
} as const satisfies Record<Outcome, FixVerb>;

const OUTCOME_ORDER: readonly Outcome[] = [
  'applied_success',
  'applied_failed',
  'applied_partial',
  'dismissed',
];

/**
 * Sessions whose fixes can still be worked on. An escalated session waits for its claimer:
 * claiming makes it active again, so until then it offers no outcome buttons.
 */
const WORKABLE_SESSION = {
  active: true,
  escalated: false,
  escalated_local: false,
  resolved: false,
  resolved_local: false,
} as const satisfies Record<SessionView['status'], boolean>;

/**
 * The buttons a fix offers, mirroring core's rules so the card never shows a click that would be
 * refused: Apply only while untried; an outcome only if `allowedOutcomes` has it; Dismiss only
 * before it was applied (after trying, "didn't work" is the honest answer). None for viewers,
 * settled or superseded fixes, or closed sessions.
 */
/**
 * What the Apply button says. On a fix that carries a script the product never runs it, so the
 * button records what the person did: "I ran this" (it sets applied_at like Apply).
 */
export function applyLabel(fix: { script?: string | null }): string {
  return fix.script ? 'I ran this' : 'Apply';
}

export function fixButtons(
  fix: FixView,
  sessionStatus: SessionView['status'],
  ctx: RenderContext,
): FixVerb[] {
  if (!ctx.canAct || fix.superseded || !WORKABLE_SESSION[sessionStatus]) return [];
  const untried = fix.status === 'proposed' && !fix.appliedAt;
  const out: FixVerb[] = untried ? ['fix.apply'] : [];
  for (const outcome of OUTCOME_ORDER) {
    if (!fix.allowedOutcomes.includes(outcome)) continue;
    if (outcome === 'dismissed' && !untried) continue;
    out.push(OUTCOME_VERBS[outcome]);
  }
  return out;
}

/**
 * The script buttons of a fix (keep it as a template), while the fix can still be worked on: a
 * closed session's drafts are offered for review instead, and the Scripts page builds from any.
 */
export type ScriptVerb = Extract<CardAction, `script.${string}`>;
export function scriptButtons(
  fix: FixView,
  sessionStatus: SessionView['status'],
  ctx: RenderContext,
): ScriptVerb[] {
  if (!ctx.canAct || fix.superseded || !WORKABLE_SESSION[sessionStatus] || !fix.script?.trim()) return [];
  // A script that failed or was dismissed is nothing to keep.
  if (fix.status === 'applied_failed' || fix.status === 'dismissed') return [];
  return ['script.later', 'script.build'];
}

/**
 * Copy is offered on any fix with a script the presser may work with, whatever the session's
 * state (an escalated or resolved session's script is still worth copying); not for viewers, a
 * replaced fix, or a script that failed or was dismissed.
 */
export function canCopyScript(fix: FixView, ctx: RenderContext): boolean {
  if (!ctx.canAct || fix.superseded || !fix.script?.trim()) return false;
  return fix.status !== 'applied_failed' && fix.status !== 'dismissed';
}

/**
 * How every card (fix, session, review, `scripts` search, Copy) names one destructive command in
 * a script: "⚠ Recursive delete (line 2): why".
 */
export function scriptFlagLine(flag: { label: string; reason: string; line: number }): string {
  return `⚠ ${flag.label} (line ${flag.line}): ${flag.reason}`;
}

/** {@link scriptFlagLine} for each destructive command in the fix's script. */
export function scriptFlagLines(fix: FixView): string[] {
  return fix.scriptFlags.map(scriptFlagLine);
}

/** One line on where the fix stands, e.g. "Applied 2025-03-04 14:05 UTC — waiting for the outcome". */
export function fixStatusLine(fix: FixView): string {
  if (fix.superseded) return 'Replaced by a newer suggestion';
  switch (fix.status) {
    case 'proposed':
      return fix.appliedAt
        ? `Applied ${formatTimestamp(fix.appliedAt)} — waiting for the outcome`
        : 'Not tried yet';
    case 'applied_success':
      return fix.verifiedAt ? `Worked (confirmed ${formatTimestamp(fix.verifiedAt)})` : 'Worked';
    case 'applied_failed':
      return fix.failureReason ? `Didn't work: ${fix.failureReason}` : "Didn't work";
    case 'applied_partial':
      return fix.partialNotes ? `Partly worked: ${fix.partialNotes}` : 'Partly worked';
    case 'dismissed':
      return 'Dismissed without trying';
  }
}

/**
 * The model's guess at the outcome, shown beside (never instead of) the engineer's buttons and
 * only while the engineer can still record one.
 */
export function fixProposalLine(fix: FixView): string {
  const p = fix.modelOutcomeProposal;
  if (!p || fix.allowedOutcomes.length === 0 || !fix.allowedOutcomes.includes(p.outcome)) return '';
  return `The assistant thinks this ${PROPOSAL_WORDS[p.outcome]}: ${p.reason} — confirm with a button.`;
}

const PROPOSAL_WORDS = {
  applied_success: 'worked',
  applied_failed: "didn't work",
  applied_partial: 'partly worked',
  dismissed: 'should be dismissed',
} as const satisfies Record<Outcome, string>;
