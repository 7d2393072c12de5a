import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import {
  type ActionPayload,
  type AdaptiveCardJson,
  parseTeamsAction,
  readTeamsNoteSections,
  readTeamsPartialNotes,
  renderErrorCard,
  renderNotePreviewCard,
  renderSessionCard,
  SESSION_CARD_VERBS,
} from '../../../cards/index.ts';
import { recordFixDecision, recordFixOutcome } from '../../../core/fixes/index.ts';
import {
  NOTE_HEADINGS,
  postEscalationPackage,
  postResolutionNote,
  previewNote,
} from '../../../core/notes/index.ts';
import { getSession } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { ServiceError } from '../../../core/shared/errors.ts';
import { refreshCardLater } from '../conversation.ts';
import { GENERIC_TITLE, teamsErrorFor, withNotice } from '../errors.ts';
import { identify } from '../identity.ts';
import { renderContext, type TeamsRuntime } from '../runtime.ts';

/** What `actionExecute` hands a handler (SDK 1.8.1: the whole action, not just its data). */
export interface ExecuteAction {
  verb?: unknown;
  data?: unknown;
}

interface VerbHandlers {
  run(ctx: TenantContext, payload: ActionPayload, data: unknown): Promise<AdaptiveCardJson>;
  /** The card as it is now, shown with the reason when `run` is refused with `error`. */
  current(ctx: TenantContext, payload: ActionPayload, error: ServiceError): Promise<AdaptiveCardJson>;
}

/**
 * One `adaptiveCard/action` invoke: identify, check the payload, call one core verb, answer with
 * the card to show. Teams wants the answer in the HTTP response within about 5 s, so anything
 * slower happens after (see `refreshCardLater`). A refused verb (409/422/403) answers with the
 * current card and the reason on top — never a bare error.
 */
export async function executeVerb(
  rt: TeamsRuntime,
  context: TurnContext,
  action: ExecuteAction,
  handlers: VerbHandlers,
): Promise<AdaptiveCardJson> {
  const who = await identify(rt, context);
  if (!who.ok)
    return renderErrorCard({
      title: who.reason === 'tenant' ? 'Not connected' : 'Not set up yet',
      message: who.text,
    });
  const parsed = parseTeamsAction(action.verb, action.data);
  if (!parsed.ok) {
    rt.logger.warn({ reason: parsed.reason, verb: action.verb }, 'Teams action refused');
    return renderErrorCard({
      title: 'This card is out of date',
      message: 'Start again from the latest card.',
    });
  }
  try {
    return await handlers.run(who.ctx, parsed.payload, action.data);
  } catch (error) {
    const view = teamsErrorFor(error);
    if (view.title === GENERIC_TITLE)
      rt.logger.error({ err: error, verb: parsed.verb }, 'Teams action failed');
    if (!(error instanceof ServiceError) || error.code === 'not_found') return renderErrorCard(view);
    const card = await handlers.current(who.ctx, parsed.payload, error).catch(() => null);
    return card ? withNotice(card, view) : renderErrorCard(view);
  }
}

/** Every session-card verb maps to exactly one core verb (Universal Actions, `Action.Execute`). */
export function registerActions(agent: AgentApplication<TurnState>, rt: TeamsRuntime): void {
  for (const verb of SESSION_CARD_VERBS) {
    agent.adaptiveCards.actionExecute<ExecuteAction>(verb, async (context, _state, action) =>
      executeVerb(rt, context, action, {
        run: (ctx, payload, data) => perform(rt, context, ctx, verb, payload, data),
        current: async (ctx, payload) =>
          renderSessionCard(await getSession({ ctx, sessionId: payload.s }), renderContext(rt, ctx)),
      }),
    );
  }
}

async function perform(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  verb: (typeof SESSION_CARD_VERBS)[number],
  payload: ActionPayload,
  data: unknown,
): Promise<AdaptiveCardJson> {
  const sessionId = payload.s;
  const fixId = payload.f;
  const rc = renderContext(rt, ctx);
  const changed = (session: Parameters<typeof renderSessionCard>[0]) => {
    refreshCardLater(rt, context, ctx, session.id);
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
      // Teams merges the card's inputs into the action data; the Input.Text is required on the
      // card, but a client may still send it empty.
      const notes = readTeamsPartialNotes(data);
      if (!notes) {
        const session = await getSession({ ctx, sessionId });
        return withNotice(renderSessionCard(session, rc), {
          title: 'A bit more is needed',
          message: 'Say what worked and what did not, then press Save notes.',
        });
      }
      const input = { outcome: 'applied_partial', notes };
      return changed(await recordFixOutcome({ ctx, sessionId, fixId, input }));
    }
    case 'note.resolution.preview':
    case 'note.resolution.edit':
    case 'note.escalation.preview':
    case 'note.escalation.edit': {
      // The Teams preview is edited in place (one Input.Text per section), so Edit shows it too.
      const kind = verb.startsWith('note.resolution') ? 'resolution' : 'escalation';
      return renderNotePreviewCard(await previewNote({ ctx, deps: rt.diagnosis, sessionId, kind }), rc);
    }
    case 'note.resolution.post':
    case 'note.escalation.post': {
      const kind = verb === 'note.resolution.post' ? 'resolution' : 'escalation';
      const bodies = readTeamsNoteSections(data);
      const sections = bodies.length
        ? NOTE_HEADINGS[kind].map((heading, i) => ({ heading, body: bodies[i] ?? '' }))
        : undefined;
      const input = sections ? { sections } : {};
      try {
        const posted =
          kind === 'resolution'
            ? await postResolutionNote({ ctx, deps: rt.diagnosis, sessionId, input })
            : await postEscalationPackage({ ctx, deps: rt.diagnosis, sessionId, input });
        return changed(posted.session);
      } catch (error) {
        // An edit the rules refuse: show the preview again with the person's own edits kept.
        const code = error instanceof ServiceError ? error.code : undefined;
        if (!sections || (code !== 'invalid_input' && code !== 'unprocessable')) throw error;
        const preview = await previewNote({ ctx, deps: rt.diagnosis, sessionId, kind });
        return withNotice(renderNotePreviewCard({ ...preview, sections }, rc), teamsErrorFor(error));
      }
    }
    case 'session.refresh':
      return renderSessionCard(await getSession({ ctx, sessionId }), rc);
  }
}
