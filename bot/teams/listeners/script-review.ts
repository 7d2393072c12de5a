import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import {
  type AdaptiveCardJson,
  parseDraftAction,
  readTeamsDraftEdits,
  renderDraftReviewCard,
  renderErrorCard,
  SCRIPT_REVIEW_VERBS,
} from '../../../cards/index.ts';
import type { ScriptDraftReviewView } from '../../../core/scripts/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { ServiceError } from '../../../core/shared/errors.ts';
import { currentDraftView, draftsToOffer, runDraftReview, scriptReviewContext } from '../../script-verbs.ts';
import { GENERIC_TITLE, teamsErrorFor, withNotice } from '../errors.ts';
import { identifyOrErrorCard } from '../identity.ts';
import { cardBody, post } from '../outbound.ts';
import { targetOfRef } from '../places.ts';
import { renderContext, type TeamsRuntime } from '../runtime.ts';
import type { ExecuteAction } from './actions.ts';
import { replaceSharedCardLater } from './walk.ts';

function reviewCard(rt: TeamsRuntime, ctx: TenantContext, view: ScriptDraftReviewView): AdaptiveCardJson {
  return renderDraftReviewCard(view, scriptReviewContext(ctx, renderContext(rt, ctx), view.draftId));
}

/**
 * After a resolution note is posted from a card: one review card per pending script draft of the
 * session, in its thread, for the person who resolved it. Runs after the invoke is answered
 * (Teams waits about 5 s); the session's own place is where the cards go.
 */
export function offerTeamsScriptDraftsLater(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  session: { id: string; channel: { ref: Record<string, string> } },
): void {
  rt.later(context, `drafts:${session.id}`, 'script draft offer', async (later) => {
    const drafts = await draftsToOffer(ctx, session.id);
    const target = targetOfRef(session.channel.ref);
    if (!target) return;
    for (const draft of drafts) {
      await post(
        later,
        target,
        cardBody(reviewCard(rt, ctx, draft), `Template from this fix: ${draft.name}`),
      );
    }
  });
}

/**
 * The review card's `Action.Execute` verbs: accept (with the ShowCard's edits merged into the
 * data), reject, "don't ask again". The answer is the decided card, and the shared message is
 * replaced too; a refused decision (409: decided already; 422: an edit the rules refuse) answers
 * with the card as it stands and the reason on top, and changes nothing.
 */
export function registerScriptReview(agent: AgentApplication<TurnState>, rt: TeamsRuntime): void {
  for (const verb of SCRIPT_REVIEW_VERBS) {
    if (verb === 'script.draft.edit') continue; // Slack's modal opener; Teams edits in the card.
    agent.adaptiveCards.actionExecute<ExecuteAction>(verb, async (context, _state, action) =>
      pressReview(rt, context, action),
    );
  }
}

async function pressReview(
  rt: TeamsRuntime,
  context: TurnContext,
  action: ExecuteAction,
): Promise<AdaptiveCardJson> {
  const who = await identifyOrErrorCard(rt, context);
  if (!who.ok) return who.card;
  const parsed = parseDraftAction(action.verb, action.data);
  if (!parsed.ok || parsed.verb === 'script.draft.edit') {
    rt.logger.warn({ verb: action.verb }, 'Teams script draft action refused');
    return renderErrorCard({
      title: 'This card is out of date',
      message: 'Open the draft on the Scripts page.',
    });
  }
  const { ctx } = who;
  const draftId = parsed.payload.d;
  try {
    const view = await runDraftReview({
      ctx,
      verb: parsed.verb,
      draftId,
      edits: parsed.verb === 'script.draft.accept' ? readTeamsDraftEdits(action.data) : {},
    });
    const card = reviewCard(rt, ctx, view);
    replaceSharedCardLater(rt, context, card, 'script-draft');
    return card;
  } catch (error) {
    const notice = teamsErrorFor(error, rt.config.publicUrl);
    if (notice.title === GENERIC_TITLE)
      rt.logger.error({ err: error, verb: parsed.verb }, 'Teams script draft action failed');
    if (!(error instanceof ServiceError) || error.code === 'not_found') return renderErrorCard(notice);
    const current = await currentDraftView(ctx, draftId)
      .then((view) => reviewCard(rt, ctx, view))
      .catch(() => null);
    return current ? withNotice(current, notice) : renderErrorCard(notice);
  }
}
