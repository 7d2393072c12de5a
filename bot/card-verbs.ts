import {
  type ActionPayload,
  type AdaptiveCardJson,
  type RenderContext,
  readTeamsNoteSections,
  readTeamsPartialNotes,
  renderNotePreviewCard,
  renderSessionCard,
  type SESSION_CARD_VERBS,
} from '../cards/index.ts';
import { claimEscalation, type EscalationClaim } from '../core/escalations/index.ts';
import { recordFixDecision, recordFixOutcome } from '../core/fixes/index.ts';
import {
  NOTE_HEADINGS,
  type PostedNote,
  postEscalationPackage,
  postResolutionNote,
  previewNote,
} from '../core/notes/index.ts';
import { type DiagnosisDeps, getSession, type SessionView } from '../core/sessions/index.ts';
import type { TenantContext } from '../core/shared/context.ts';
import { ServiceError } from '../core/shared/errors.ts';
import { runScriptVerb } from './script-verbs.ts';
import { teamsErrorFor, withNotice } from './teams/errors.ts';

export type SessionCardVerb = (typeof SESSION_CARD_VERBS)[number];

/**
 * One session-card verb → one core verb → the card to show next. Teams' `Action.Execute` listener
 * and the admin web's Try-the-bot console both answer presses with it. `onChanged` hears about
 * every press that changed the session (Teams refreshes everyone's copy of the card after the invoke).
 */
export async function runSessionCardVerb({
  ctx,
  diagnosis,
  rc,
  verb,
  payload,
  data,
  onChanged,
  onEscalated,
  onClaimed,
  onResolved,
  previewDeadlineMs,
}: {
  ctx: TenantContext;
  diagnosis: DiagnosisDeps;
  rc: RenderContext;
  verb: SessionCardVerb;
  payload: ActionPayload;
  data: unknown;
  onChanged?: (session: SessionView) => void;
  /** An escalation package was posted: the adapter sends it to the technician channel it names. */
  onEscalated?: (posted: PostedNote) => void;
  /** Claimed from the session card: the adapter redraws the technician-channel post as claimed. */
  onClaimed?: (claim: EscalationClaim) => void;
  /** The resolution note was posted: the adapter offers the session's script drafts for review. */
  onResolved?: (session: SessionView) => void;
  /** Teams must have its answer within seconds: past this a preview is the template draft. */
  previewDeadlineMs?: number;
}): Promise<AdaptiveCardJson> {
  const sessionId = payload.s;
  const fixId = payload.f;
  const changed = (session: SessionView) => {
    onChanged?.(session);
    return renderSessionCard(session, rc);
  };
  switch (verb) {
    case 'fix.apply':
    case 'fix.dismiss': {
      const decision = verb === 'fix.apply' ? 'apply' : 'dismiss';
      return changed(await recordFixDecision({ ctx, sessionId, fixId, input: { decision } }));
    }
    case 'fix.worked':
    case 'fix.failed': {
      const outcome = verb === 'fix.worked' ? 'applied_success' : 'applied_failed';
      return changed(await recordFixOutcome({ ctx, sessionId, fixId, input: { outcome } }));
    }
    case 'fix.partial': {
      // The card's inputs arrive merged into the action data; the Input.Text is required on the
      // card, but a client may still send it empty.
      const notes = readTeamsPartialNotes(data);
      if (!notes) {
        return withNotice(renderSessionCard(await getSession({ ctx, sessionId }), rc), {
          title: 'A bit more is needed',
          message: 'Say what worked and what did not, then press Save notes.',
        });
      }
      const input = { outcome: 'applied_partial', notes };
      return changed(await recordFixOutcome({ ctx, sessionId, fixId, input }));
    }
    case 'script.later':
    case 'script.build': {
      const notice = await runScriptVerb({ ctx, diagnosis, rc, verb, payload });
      return withNotice(renderSessionCard(await getSession({ ctx, sessionId }), rc), notice);
    }
    case 'note.resolution.preview':
    case 'note.resolution.edit':
    case 'note.escalation.preview':
    case 'note.escalation.edit': {
      // The preview is edited in place (one Input.Text per section), so Edit shows it too.
      const kind = verb.startsWith('note.resolution') ? 'resolution' : 'escalation';
      return renderNotePreviewCard(
        await previewNote({
          ctx,
          deps: diagnosis,
          sessionId,
          kind,
          ...(previewDeadlineMs === undefined ? {} : { deadlineMs: previewDeadlineMs }),
        }),
        rc,
      );
    }
    case 'note.resolution.post':
    case 'note.escalation.post': {
      const kind = verb === 'note.resolution.post' ? 'resolution' : 'escalation';
      const bodies = readTeamsNoteSections(data);
      const sections = bodies.length
        ? NOTE_HEADINGS[kind].map((heading, i) => ({ heading, body: bodies[i] ?? '' }))
        : undefined;
      const input = { ...(sections ? { sections } : {}), stateVersion: payload.v };
      try {
        if (kind === 'resolution') {
          const { session } = await postResolutionNote({ ctx, deps: diagnosis, sessionId, input });
          const card = changed(session);
          onResolved?.(session);
          return card;
        }
        const posted = await postEscalationPackage({ ctx, deps: diagnosis, sessionId, input });
        onEscalated?.(posted);
        return changed(posted.session);
      } catch (error) {
        // An edit the rules refuse: show the preview again with the person's own edits kept.
        const code = error instanceof ServiceError ? error.code : undefined;
        if (!sections || (code !== 'invalid_input' && code !== 'unprocessable')) throw error;
        const preview = await previewNote({ ctx, deps: diagnosis, sessionId, kind });
        return withNotice(renderNotePreviewCard({ ...preview, sections }, rc), teamsErrorFor(error));
      }
    }
    case 'session.refresh':
    case 'note.cancel':
      // Cancel on a note preview posts nothing: back to the session card as it is now.
      return renderSessionCard(await getSession({ ctx, sessionId }), rc);
    case 'session.claim': {
      const claim = await claimEscalation({ ctx, sessionId });
      onClaimed?.(claim);
      return changed(claim.session);
    }
  }
}
