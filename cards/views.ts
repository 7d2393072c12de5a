import type { FixView, SessionSummary, SessionView } from '../core/sessions/index.ts';

/*
 * View models for cards that core does not (yet) shape itself. They are compositions of core's
 * own view types, so nothing here invents data core does not return.
 */

/** The suggested-fix card: the fix plus the session facts its buttons need. */
export interface FixCardView {
  sessionId: string;
  stateVersion: number;
  sessionStatus: SessionView['status'];
  fix: FixView;
}

/** The fix card for a session's active fix, or null when there is none. */
export function fixCardViewOf(session: SessionView): FixCardView | null {
  return session.activeFix
    ? {
        sessionId: session.id,
        stateVersion: session.stateVersion,
        sessionStatus: session.status,
        fix: session.activeFix,
      }
    : null;
}

/** What the partial-notes modal can show; a {@link FixCardView} fits. */
export interface PartialNotesModalView {
  sessionId: string;
  stateVersion: number;
  fix: Pick<FixView, 'id' | 'title' | 'partialNotes'>;
}

/**
 * The post in the technician channel once a session is escalated: the package as posted, who it
 * is meant for, and — once someone has taken it — who claimed it.
 */
export interface EscalationPostView {
  session: Pick<SessionView, 'id' | 'problemSummary' | 'ticket' | 'stateVersion'>;
  /** The escalation package's sections as posted (the five escalation headings). */
  sections: ReadonlyArray<{ heading: string; body: string }>;
  /** The board or person it is meant for, if the escalating engineer named one. */
  target?: string | null;
  /** The escalating engineer's own words to the technicians. */
  note?: string | null;
  escalatedByName?: string | null;
  /** Name of whoever claimed it; null while unclaimed (then the card offers Claim). */
  claimedBy: string | null;
  claimedAt?: string | null;
  /** Claimed and still being worked: offer Hand over (the holder may pass it to another engineer). */
  canHandOver?: boolean;
  /** Teams, after Hand over was pressed: the engineers to choose from (shown as a choice set). */
  handOverChoices?: ReadonlyArray<{ userId: string; name: string }> | null;
}

/**
 * A failure shown to a chat user: a short title, a plain message, optionally what to do next and
 * a reference for support. Never an exception message or stack — the transport mapper picks words.
 */
export interface ErrorView {
  title: string;
  message: string;
  hint?: string | null;
  reference?: string | null;
  /** One way out, as a link button (e.g. "Verify or resend" to the admin web). */
  link?: { label: string; url: string } | null;
}

/** The Slack App Home / Teams personal tab: the viewer's open sessions and recent resolutions. */
export interface HomeView {
  /** The viewer's open sessions, newest first. */
  open: SessionSummary[];
  /** The viewer's recently resolved sessions, newest first. */
  recent: SessionSummary[];
}
