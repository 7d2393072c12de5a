import type {
  DiagnosisSessionRow,
  FactRow,
  FactSource,
  FixStatus,
  ModelOutcomeProposal,
  NoteKind,
  SessionNoteRow,
  SuggestedFixRow,
  TaskItemRow,
} from '../db/schema/diagnosis.ts';
import type { PsaOutboxRow } from '../db/schema/psa.ts';
import { allowedOutcomes } from '../fixes/transitions.ts';
import { flagDestructive } from '../scripts/destructive.ts';
import { scriptLanguageOfFix } from '../scripts/language.ts';

/** A fact as every channel shows it; `editable` tells the card whether to offer an edit button. */
export interface FactView {
  id: string;
  text: string;
  source: FactSource;
  sourceRef: string | null;
  editable: boolean;
  createdAt: string;
}

export interface TaskItemView {
  id: string;
  kind: TaskItemRow['kind'];
  text: string;
  status: TaskItemRow['status'];
  answer: string | null;
}

export interface FixView {
  id: string;
  title: string;
  steps: string[];
  script: string | null;
  scriptLanguage: string | null;
  confidence: number;
  status: FixStatus;
  superseded: boolean;
  appliedAt: string | null;
  verifiedAt: string | null;
  partialNotes: string | null;
  failureReason: string | null;
  modelOutcomeProposal: ModelOutcomeProposal | null;
  /** Outcomes the engineer may still record; empty means the fix is settled. */
  allowedOutcomes: readonly FixStatus[];
  /** Destructive commands in the script, with why (the product never runs it; the engineer does). */
  scriptFlags: Array<{ label: string; reason: string; line: number }>;
}

export interface TicketWriteView {
  id: string;
  kind: PsaOutboxRow['kind'];
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError: string | null;
  lastErrorKind: string | null;
}

export function toTicketWriteView(row: PsaOutboxRow): TicketWriteView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    lastErrorKind: row.lastErrorKind,
  };
}

export interface PostedNoteView {
  id: string;
  kind: NoteKind;
  sections: Array<{ heading: string; body: string }>;
  postedAt: string;
  destination: string;
  target: Record<string, string> | null;
}

/** The session as a card renders it: everything Slack, Teams and the admin web show comes from here. */
export interface SessionView {
  id: string;
  status: DiagnosisSessionRow['status'];
  problemSummary: string;
  stateVersion: number;
  ownerUserId: string;
  channel: { kind: DiagnosisSessionRow['channelKind']; ref: Record<string, string> };
  /** Where the live card is posted (adapter-specific), or null before the first post. */
  cardRef: Record<string, string> | null;
  ticket: {
    provider: string;
    externalId: string;
    summary: string | null;
    /** Note, status and reassignment writes to the ticket, and whether they have landed. */
    writes: TicketWriteView[];
  } | null;
  facts: FactView[];
  openItems: TaskItemView[];
  closedItems: TaskItemView[];
  activeFix: FixView | null;
  previousFixes: FixView[];
  notes: PostedNoteView[];
  createdAt: string;
  resolvedAt: string | null;
  escalatedAt: string | null;
  /** Where the escalation went and who took it; null until the session is escalated. */
  escalation: EscalationView | null;
}

/**
 * An escalation as every surface tells it: where the package went (the technician channel, the
 * PSA ticket and its reassignment, or only here) and who claimed it. Claiming reopens the session
 * for the claimer, so `claimedBy` set means the session is active again.
 */
export interface EscalationView {
  escalatedAt: string;
  /** The technician channel it was sent to, or null when the account had none for this platform. */
  channel: { platform: 'slack' | 'teams'; ref: Record<string, string> } | null;
  /** The PSA ticket it was written to, with the reassignment asked for; null without a linked PSA. */
  psa: { provider: string; ticketExternalId: string; reassignTo: ReassignTarget | null } | null;
  /** The board or person the escalating engineer named (also without a PSA). */
  target: ReassignTarget | null;
  /** Who escalated it (an L1 as often as an engineer); null when their account is gone. */
  escalatedBy: { userId: string; name: string } | null;
  claimedBy: { userId: string; name: string; at: string } | null;
}

export interface ReassignTarget {
  type: 'board' | 'user';
  name: string;
}

export function toEscalationView(
  session: DiagnosisSessionRow,
  note: (SessionNoteRow & { postedBy?: { name: string } | null }) | undefined,
  claim: { claimedByUserId: string; claimedAt: Date; claimer: { name: string } | null } | null | undefined,
): EscalationView | null {
  if (!session.escalatedAt || !note) return null;
  const t = note.target;
  const target: ReassignTarget | null = t?.name
    ? { type: t.type === 'user' ? 'user' : 'board', name: t.name }
    : null;
  const ch = note.technicianChannel;
  const platform = ch?.platform;
  return {
    escalatedAt: session.escalatedAt.toISOString(),
    channel:
      platform === 'slack' || platform === 'teams'
        ? { platform, ref: Object.fromEntries(Object.entries(ch ?? {}).filter(([k]) => k !== 'platform')) }
        : null,
    psa:
      note.destination !== 'session' && session.ticketExternalId
        ? { provider: note.destination, ticketExternalId: session.ticketExternalId, reassignTo: target }
        : null,
    target,
    escalatedBy:
      note.postedByUserId && note.postedBy ? { userId: note.postedByUserId, name: note.postedBy.name } : null,
    claimedBy: claim
      ? {
          userId: claim.claimedByUserId,
          name: claim.claimer?.name ?? 'Someone',
          at: claim.claimedAt.toISOString(),
        }
      : null,
  };
}

export function toFactView(row: FactRow): FactView {
  return {
    id: row.id,
    text: row.text,
    source: row.source,
    sourceRef: row.sourceRef,
    editable: row.source === 'engineer_note' || row.source === 'ai_promoted',
    createdAt: row.createdAt.toISOString(),
  };
}

export function toTaskItemView(row: TaskItemRow): TaskItemView {
  return { id: row.id, kind: row.kind, text: row.text, status: row.status, answer: row.answer };
}

export function toFixView(row: SuggestedFixRow): FixView {
  return {
    id: row.id,
    title: row.title,
    steps: row.steps,
    script: row.script,
    scriptLanguage: row.scriptLanguage,
    confidence: row.confidence,
    status: row.status,
    superseded: row.supersededAt !== null,
    appliedAt: row.appliedAt?.toISOString() ?? null,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    partialNotes: row.partialNotes,
    failureReason: row.failureReason,
    modelOutcomeProposal: row.modelOutcomeProposal,
    allowedOutcomes: allowedOutcomes(row.status),
    scriptFlags: row.script
      ? flagDestructive(row.script, scriptLanguageOfFix(row.scriptLanguage, row.script)).map(
          ({ label, reason, line }) => ({
            label,
            reason,
            line,
          }),
        )
      : [],
  };
}

export function toPostedNoteView(row: SessionNoteRow): PostedNoteView {
  return {
    id: row.id,
    kind: row.kind,
    sections: row.sections,
    postedAt: row.postedAt.toISOString(),
    destination: row.destination,
    target: row.target,
  };
}
