import { authorize } from '../auth/permissions.ts';
import type { NoteKind } from '../db/schema/diagnosis.ts';
import { withTransaction } from '../db/transactions.ts';
import { EngineBusyError, type NoteSections } from '../engine/types.ts';
import type { DiagnosisDeps } from '../sessions/deps.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import { assertActive } from '../sessions/session-rules.ts';
import { loadSessionState, type SessionState } from '../sessions/session-state.ts';
import type { TenantContext } from '../shared/context.ts';
import { redactText } from '../shared/redact.ts';
import { parseInput } from '../shared/validation.ts';
import { NoteKindInput } from './schemas.ts';
import { buildDraft, NOTE_HEADINGS, renderNoteText, synthesisInput } from './templates.ts';

export interface NotePreview {
  kind: NoteKind;
  sessionId: string;
  stateVersion: number;
  sections: NoteSections;
  text: string;
  engine: 'claude' | 'offline';
  /** True when served from the preview cache: no model call was made. */
  fromCache: boolean;
}

export const PREVIEW_PERMISSION = {
  resolution: 'sessions.resolve',
  escalation: 'escalations.create',
} as const;

/**
 * The note as it would be posted now. Cached by (kind, session, state_version): asking again
 * with nothing changed costs no model call, and any change to facts, fixes or the task lane
 * bumps the version and so misses.
 */
export async function previewNote({
  ctx,
  deps,
  sessionId,
  kind,
  deadlineMs,
}: {
  ctx: TenantContext;
  deps: DiagnosisDeps;
  sessionId: unknown;
  kind: unknown;
  /**
   * Longest wait for the model (a Teams button press must be answered within seconds). Past it the
   * template draft is returned at once, and the model's note, when it comes, fills the cache for
   * the next ask.
   */
  deadlineMs?: number;
}): Promise<NotePreview> {
  const noteKind = parseInput(NoteKindInput, kind, 'note kind');
  authorize(ctx, PREVIEW_PERMISSION[noteKind]);
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  const state = await withTransaction(ctx, async (tx) => loadSessionState(tx, ctx, { id }));
  // A preview leads only to Confirm & post, which an escalated or resolved session refuses: say so
  // now rather than after the engineer has read and edited the note.
  assertActive(state.session);
  return previewFromState(deps, noteKind, state, deadlineMs);
}

export async function previewFromState(
  deps: DiagnosisDeps,
  kind: NoteKind,
  state: SessionState,
  deadlineMs?: number,
): Promise<NotePreview> {
  const key = `${kind}:${state.session.id}:${state.session.stateVersion}`;
  const base = { kind, sessionId: state.session.id, stateVersion: state.session.stateVersion };
  const cached = deps.previewCache.get(key);
  if (cached)
    return {
      ...base,
      sections: cached.sections,
      text: renderNoteText(cached.sections),
      engine: cached.engine,
      fromCache: true,
    };

  const draft = buildDraft(kind, state);
  const synthesis = synthesize(deps, kind, state, draft).then((sections) => {
    deps.previewCache.set(key, { sections, engine: deps.engine.name });
    return sections;
  });
  const late = Symbol('late');
  let timer: NodeJS.Timeout | undefined;
  const sections =
    deadlineMs === undefined
      ? await synthesis
      : await Promise.race([
          synthesis,
          new Promise<typeof late>((resolve) => {
            timer = setTimeout(() => resolve(late), deadlineMs);
          }),
        ]).finally(() => clearTimeout(timer));
  if (sections === late) {
    // A slow model still leaves the engineer a correct note now: the template is built from the
    // same facts. Not cached, so asking again gets the model's note once it has arrived.
    synthesis.catch((error: unknown) =>
      deps.logger.warn({ err: error, sessionId: state.session.id }, 'late note synthesis failed'),
    );
    deps.logger.warn(
      { sessionId: state.session.id, deadlineMs },
      'note synthesis slow; showing the template',
    );
    const templated = redacted(draft);
    return {
      ...base,
      sections: templated,
      text: renderNoteText(templated),
      engine: deps.engine.name,
      fromCache: false,
    };
  }
  return { ...base, sections, text: renderNoteText(sections), engine: deps.engine.name, fromCache: false };
}

async function synthesize(
  deps: DiagnosisDeps,
  kind: NoteKind,
  state: SessionState,
  draft: NoteSections,
): Promise<NoteSections> {
  let sections: NoteSections = draft;
  try {
    const synthesized = await deps.engine.synthesizeNote(synthesisInput(kind, state, draft));
    sections = sameHeadings(synthesized.sections, kind) ? synthesized.sections : draft;
  } catch (error) {
    // A busy model still leaves the engineer a correct note: the template is built from the same facts.
    if (!(error instanceof EngineBusyError)) throw error;
    deps.logger.warn({ err: error, sessionId: state.session.id }, 'note synthesis busy; using the template');
  }
  return redacted(sections);
}

function redacted(sections: NoteSections): NoteSections {
  return sections.map((s) => ({ heading: s.heading, body: redactText(s.body) }));
}

export function sameHeadings(sections: NoteSections, kind: NoteKind): boolean {
  const want = NOTE_HEADINGS[kind];
  return sections.length === want.length && sections.every((s, i) => s.heading === want[i]);
}
