import type { SessionView } from '../core/sessions/index.ts';
import type { ActionPayload, CardAction } from './actions.ts';
import { actionPayload } from './actions.ts';
import type { RenderContext } from './context.ts';
import { type EscalationSummary, escalationSummary } from './escalation-summary.ts';
import {
  canCopyScript,
  type FixVerb,
  fixButtons,
  fixProposalLine,
  fixStatusLine,
  type ScriptVerb,
  scriptButtons,
  scriptFlagLines,
} from './fix-model.ts';
import {
  confidenceLabel,
  FACT_SOURCE_MARKERS,
  formatTimestamp,
  ITEM_KIND_MARKERS,
  oneLine,
  SESSION_STATUS_LABELS,
  safeUrl,
  ticketLabel,
} from './text.ts';

/** A list line before platform formatting: raw user text plus an optional marker word. */
export interface Line {
  text: string;
  marker: string;
}

/**
 * The session card's content with every decision made (what shows, which buttons), before any
 * platform syntax. Slack and Teams render the same model, so they cannot drift apart.
 */
export interface SessionModel {
  title: string;
  status: string;
  ticket: string;
  opened: string;
  facts: Line[];
  items: Line[];
  fix: {
    title: string;
    confidence: string;
    statusLine: string;
    proposal: string;
    buttons: FixVerb[];
    /** Destructive commands in the fix's script, one line each. */
    flags: string[];
    scriptButtons: ScriptVerb[];
    /** The fix's script for Copy (shown on demand, not inline: the session card stays short). */
    script: string;
    scriptLanguage: string;
    payload: ActionPayload;
  } | null;
  sessionButtons: CardAction[];
  /** Where the escalation went and who has it; null unless the session was escalated. */
  escalation: EscalationSummary | null;
  payload: ActionPayload;
  url: string | null;
  footer: string;
}

/**
 * The session's own buttons, mirroring core's rules: both notes only while active (an escalation
 * only once); an escalated session offers Claim and nothing that would record or resolve.
 */
function sessionButtonsFor(view: SessionView, ctx: RenderContext): CardAction[] {
  const out: CardAction[] = [];
  const escalatedUnclaimed = view.status === 'escalated' || view.status === 'escalated_local';
  if (escalatedUnclaimed && (ctx.canClaim ?? ctx.canAct)) out.push('session.claim');
  if (!ctx.canAct) return out;
  if (view.status === 'active') {
    out.push('note.resolution.preview');
    if (!view.escalation) out.push('note.escalation.preview');
  }
  out.push('session.refresh');
  return out;
}

export function sessionModel(view: SessionView, ctx: RenderContext): SessionModel {
  const fix = view.activeFix;
  const sessionButtons = sessionButtonsFor(view, ctx);
  return {
    title: oneLine(view.problemSummary),
    status: SESSION_STATUS_LABELS[view.status],
    ticket: ticketLabel(view.ticket),
    opened: formatTimestamp(view.createdAt),
    facts: view.facts.map((f) => ({ text: oneLine(f.text), marker: FACT_SOURCE_MARKERS[f.source] })),
    items: view.openItems
      .filter((i) => i.status === 'open')
      .map((i) => ({ text: oneLine(i.text), marker: ITEM_KIND_MARKERS[i.kind] })),
    fix: fix
      ? {
          title: oneLine(fix.title),
          confidence: confidenceLabel(fix.confidence),
          statusLine: oneLine(fixStatusLine(fix)),
          proposal: oneLine(fixProposalLine(fix)),
          buttons: fixButtons(fix, view.status, ctx),
          flags: scriptFlagLines(fix),
          scriptButtons: scriptButtons(fix, view.status, ctx),
          script: canCopyScript(fix, ctx) ? (fix.script ?? '') : '',
          scriptLanguage: fix.scriptLanguage ? oneLine(fix.scriptLanguage) : '',
          payload: actionPayload(view.id, view.stateVersion, fix.id),
        }
      : null,
    sessionButtons,
    escalation: escalationSummary(view, ctx),
    payload: actionPayload(view.id, view.stateVersion),
    url: safeUrl(ctx.sessionUrl(view.id)),
    footer: `State v${view.stateVersion} · Session ${view.id.slice(0, 8)}`,
  };
}
