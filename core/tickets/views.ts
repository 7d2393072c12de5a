import type { TicketRow } from '../db/schema/tickets.ts';
import type { MatchDecision } from '../flows/index.ts';

/** A ticket as every surface shows it: the admin L1 page, the Slack App Home and the Teams card. */
export interface TicketView {
  id: string;
  source: TicketRow['source'];
  status: TicketRow['status'];
  priority: TicketRow['priority'];
  summary: string;
  details: string;
  contactName: string | null;
  contactEmail: string | null;
  client: string | null;
  psa: { provider: string; externalId: string; status: string | null; board: string | null } | null;
  /** Waiting for the PSA to create it (walk-in logged while a PSA is connected). */
  psaPending: boolean;
  assignee: { id: string; name: string } | null;
  sessionId: string | null;
  createdAt: string;
  /** When it was opened: in the PSA for a polled ticket (its `dateEntered`), else when logged. */
  openedAt: string;
  /** Whole minutes since the ticket was opened, at the time the view was built. */
  ageMinutes: number;
}

export function toTicketView(
  row: TicketRow,
  extra: { assigneeName: string | null; psaPending: boolean },
  now: Date,
): TicketView {
  return {
    id: row.id,
    source: row.source,
    status: row.status,
    priority: row.priority,
    summary: row.summary,
    details: row.details,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    client: row.clientName,
    psa:
      row.psaProvider && row.psaExternalId
        ? {
            provider: row.psaProvider,
            externalId: row.psaExternalId,
            status: row.psaStatus,
            board: row.psaBoard,
          }
        : null,
    psaPending: extra.psaPending,
    assignee: row.assigneeUserId ? { id: row.assigneeUserId, name: extra.assigneeName ?? 'someone' } : null,
    sessionId: row.sessionId,
    createdAt: row.createdAt.toISOString(),
    openedAt: row.openedAt.toISOString(),
    ageMinutes: Math.max(0, Math.floor((now.getTime() - row.openedAt.getTime()) / 60_000)),
  };
}

/** "3 h 05 m", "2 d 4 h": short enough for a queue row and an App Home line. */
export function formatAge(minutes: number): string {
  if (minutes < 60) return `${minutes} m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, '0')} m`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** What Start answers: the session opened for the ticket and the flow decision for it. */
export interface StartedTicketView {
  ticket: TicketView;
  sessionId: string;
  /** False when the starter had already started it: the same session comes back, no second match. */
  started: boolean;
  decision: {
    rule: MatchDecision['rule'];
    flowId: string | null;
    flowTitle: string | null;
    score: number | null;
    reason: string;
    matchId: string;
  } | null;
}

export function toDecisionView(d: MatchDecision): NonNullable<StartedTicketView['decision']> {
  return {
    rule: d.rule,
    flowId: d.flow?.id ?? null,
    flowTitle: d.flow?.title ?? null,
    score: d.score,
    reason: d.reason,
    matchId: d.matchId,
  };
}
