import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import {
  type ActionPayload,
  type AdaptiveCardJson,
  parseTeamsAction,
  renderErrorCard,
  renderSessionCard,
  SESSION_CARD_VERBS,
} from '../../../cards/index.ts';
import { getSession } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { ServiceError } from '../../../core/shared/errors.ts';
import { runSessionCardVerb, type SessionCardVerb } from '../../card-verbs.ts';
import { refreshCardLater } from '../conversation.ts';
import { GENERIC_TITLE, teamsErrorFor, withNotice } from '../errors.ts';
import { identifyOrErrorCard } from '../identity.ts';
import { renderContext, type TeamsRuntime } from '../runtime.ts';
import { markTechnicianPostClaimedLater, sendToTechnicianChannel } from './escalate.ts';
import { offerTeamsScriptDraftsLater } from './script-review.ts';

/**
 * Teams wants an `adaptiveCard/action` answered in the HTTP response within a few seconds; a note
 * preview waits this long for the model, then shows the template draft (the model's note is
 * cached for the next press).
 */
export const PREVIEW_DEADLINE_MS = 4_000;

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
  const who = await identifyOrErrorCard(rt, context);
  if (!who.ok) return who.card;
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
    const view = teamsErrorFor(error, rt.config.publicUrl);
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

function perform(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  verb: SessionCardVerb,
  payload: ActionPayload,
  data: unknown,
): Promise<AdaptiveCardJson> {
  return runSessionCardVerb({
    ctx,
    diagnosis: rt.diagnosis,
    rc: renderContext(rt, ctx),
    verb,
    payload,
    data,
    onChanged: (session) => refreshCardLater(rt, context, ctx, session.id),
    onEscalated: (posted) =>
      rt.later(context, `escalate:${posted.session.id}`, 'technician channel post', async () => {
        await sendToTechnicianChannel(rt, ctx, posted);
      }),
    onClaimed: (claim) => markTechnicianPostClaimedLater(rt, context, ctx, claim),
    onResolved: (session) => offerTeamsScriptDraftsLater(rt, context, ctx, session),
    previewDeadlineMs: PREVIEW_DEADLINE_MS,
  });
}
