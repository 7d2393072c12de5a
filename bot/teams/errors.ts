import { type AdaptiveCardJson, type ErrorView, renderErrorCard } from '../../cards/index.ts';
import { errorViewFor } from '../error-view.ts';

export { GENERIC_TITLE } from '../error-view.ts';

/** How a core error reads in a Teams thread, dialog or card. */
export function teamsErrorFor(error: unknown, publicUrl?: string): ErrorView {
  return errorViewFor(error, 'The card shows the latest state.', { publicUrl });
}

/** One line for plain-text answers (dialog messages, thread replies). */
export function errorLine(view: ErrorView): string {
  return `${view.title}: ${view.message}`;
}

/**
 * A refreshed card with the problem shown on top of it, so a refused button press answers with the
 * current state plus why — never a bare "something went wrong" that hides the card. The notice is
 * the error card's own body (cards/ renders it), so both stay valid Adaptive Cards 1.5.
 */
export function withNotice(card: AdaptiveCardJson, view: ErrorView): AdaptiveCardJson {
  const notice = renderErrorCard(view);
  return {
    ...card,
    body: [{ type: 'Container', style: 'attention', items: notice.body }, ...card.body],
    // The notice's way out (verify your email) comes first among the card's buttons.
    ...(notice.actions ? { actions: [...notice.actions, ...(card.actions ?? [])] } : {}),
  };
}
