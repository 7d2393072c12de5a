import type { SessionView } from '../core/sessions/index.ts';
import type { ActionPayload, CardAction } from './actions.ts';
import { actionPayload } from './actions.ts';
import type { RenderContext } from './context.ts';
import { type FixVerb, fixButtons, fixProposalLine, fixStatusLine } from './fix-model.ts';
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
    payload: ActionPayload;
  } | null;
  sessionButtons: CardAction[];
  payload: ActionPayload;
  url: string | null;
  footer: string;
}

/** Session statuses from which each note can still be previewed; mirrors core's posting rules. */
const NOTE_ALLOWED = {
  resolution: ['active', 'escalated', 'escalated_local'],
  escalation: ['active'],
} as const satisfies Record<'resolution' | 'escalation', readonly SessionView['status'][]>;

export function sessionModel(view: SessionView, ctx: RenderContext): SessionModel {
  const fix = view.activeFix;
  const sessionButtons: CardAction[] = [];
  if (ctx.canAct) {
    if ((NOTE_ALLOWED.resolution as readonly string[]).includes(view.status)) {
      sessionButtons.push('note.resolution.preview');
    }
    if ((NOTE_ALLOWED.escalation as readonly string[]).includes(view.status)) {
      sessionButtons.push('note.escalation.preview');
    }
    sessionButtons.push('session.refresh');
  }
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
          payload: actionPayload(view.id, view.stateVersion, fix.id),
        }
      : null,
    sessionButtons,
    payload: actionPayload(view.id, view.stateVersion),
    url: safeUrl(ctx.sessionUrl(view.id)),
    footer: `State v${view.stateVersion} · Session ${view.id.slice(0, 8)}`,
  };
}
