import type { FactView, FixView, SessionView, TaskItemView } from '../core/sessions/index.ts';

/**
 * How much of each list and text a card shows. Chosen so the largest session still fits Slack's
 * 50 blocks / 3,000-character sections and Teams' ~28 KB card; the rest sits behind "view all".
 */
export const CAPS = {
  facts: 15,
  factChars: 500,
  openItems: 10,
  itemChars: 300,
  steps: 20,
  stepChars: 500,
  scriptChars: 2_600,
  titleChars: 150,
  noteSectionChars: 2_800,
  homeOpen: 20,
  homeRecent: 10,
  homeLineChars: 200,
  detailChars: 600,
  fallbackChars: 300,
} as const;

const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `max` UTF-16 units (never more characters than Slack counts), cutting
 * at a word boundary when one is near and marking the cut with "…", so a shortened fact reads as
 * shortened rather than broken. Never splits a surrogate pair (emoji).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let cut = dropBrokenPair(text.slice(0, max - 1));
  const lastSpace = cut.search(/\s\S*$/);
  if (lastSpace >= cut.length * 0.6) cut = cut.slice(0, lastSpace);
  return `${cut.replace(/[\s,;:]+$/, '')}${ELLIPSIS}`;
}

/**
 * Like {@link truncate} but for code: cuts at a line end and appends `note` on its own line, so a
 * shortened script is visibly incomplete instead of silently missing its tail.
 */
export function truncateLines(text: string, max: number, note: string): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - note.length - 1);
  let cut = dropBrokenPair(text.slice(0, room));
  const lastBreak = cut.lastIndexOf('\n');
  if (lastBreak >= cut.length * 0.5) cut = cut.slice(0, lastBreak);
  return `${cut.replace(/\s+$/, '')}\n${note}`;
}

/** Collapses line breaks and runs of spaces: for headers and one-line summaries. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "2025-03-04 14:05 UTC": the same on every client, where a raw ISO string is hard to read. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const s = date.toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, 16)} UTC`;
}

/** "72% confident": how every card states a fix's confidence. */
export function confidenceLabel(confidence: number): string {
  const pct = Math.min(100, Math.max(0, Math.round(confidence)));
  return `${pct}% confident`;
}

/** Words for the session status, shared by both platforms. */
export const SESSION_STATUS_LABELS = {
  active: 'Active',
  resolved: 'Resolved',
  resolved_local: 'Resolved (note kept in ResolutionFlow)',
  escalated: 'Escalated',
  escalated_local: 'Escalated (package kept in ResolutionFlow)',
} as const satisfies Record<SessionView['status'], string>;

/** Words for a fix's recorded outcome. */
export const FIX_STATUS_LABELS = {
  proposed: 'Suggested',
  applied_success: 'Worked',
  applied_failed: "Didn't work",
  applied_partial: 'Partly worked',
  dismissed: 'Dismissed',
} as const satisfies Record<FixView['status'], string>;

/**
 * Marks a fact that came from an answered question or a finished check, so the engineer can tell
 * confirmed answers from the model's own notes. Empty for the other sources.
 */
export const FACT_SOURCE_MARKERS = {
  question: '❓ answer',
  check: '🔎 check',
  engineer_note: '',
  ai_promoted: '',
  flow_step: '🧭 flow',
} as const satisfies Record<FactView['source'], string>;

/** Prefix for an open task item in a list. */
export const ITEM_KIND_MARKERS = {
  question: '❓',
  check: '🔎',
} as const satisfies Record<TaskItemView['kind'], string>;

/** Status label for any session-shaped status string; unknown values pass through readable. */
export function sessionStatusLabel(status: string): string {
  return status in SESSION_STATUS_LABELS
    ? SESSION_STATUS_LABELS[status as SessionView['status']]
    : status.replace(/_/g, ' ');
}

/** "ConnectWise #12345" or '' — the ticket the session is tied to, if any. */
const PROVIDER_NAMES: Record<string, string> = { connectwise: 'ConnectWise', local: 'Ticket' };

/**
 * "ConnectWise #48213 — Outlook cannot connect · updates: 2 delivered, 1 failed (status not applied)".
 * The delivery part appears once something was queued, so the engineer sees whether the PSA has it.
 */
export function ticketLabel(
  ticket: {
    provider: string;
    externalId: string;
    summary?: string | null;
    writes?: ReadonlyArray<{ status: string; lastErrorKind: string | null }>;
  } | null,
): string {
  if (!ticket) return '';
  const name = PROVIDER_NAMES[ticket.provider] ?? ticket.provider;
  const head = `${name} #${ticket.externalId}${ticket.summary ? ` — ${oneLine(ticket.summary)}` : ''}`;
  const writes = ticket.writes ?? [];
  if (writes.length === 0) return head;
  const count = (status: string) => writes.filter((w) => w.status === status).length;
  const failed = writes.find((w) => w.status === 'failed');
  const parts = [
    count('delivered') ? `${count('delivered')} delivered` : '',
    count('pending') ? `${count('pending')} queued for retry` : '',
    failed ? `${count('failed')} failed (${(failed.lastErrorKind ?? 'error').replace(/_/g, ' ')})` : '',
  ].filter(Boolean);
  return `${head} · updates: ${parts.join(', ')}`;
}

/** Only http(s) links are rendered; anything else from config is treated as "no page". */
export function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

function dropBrokenPair(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? s.slice(0, -1) : s;
}
