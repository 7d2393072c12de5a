import { type AdaptiveCardJson, type ErrorView, renderErrorCard } from '../../cards/index.ts';
import { type ErrorCode, ServiceError } from '../../core/shared/errors.ts';

/** Title of the generic answer; callers log the original error when they see it. */
export const GENERIC_TITLE = 'Something went wrong';

/**
 * The Teams face of a core error: what a person in a Teams thread or dialog should read. Known
 * errors keep their own message; anything else becomes a generic line (the caller logs the
 * original). An exhaustive switch, so a new error code must decide how it reads in Teams.
 */
export function teamsErrorFor(error: unknown): ErrorView {
  if (!(error instanceof ServiceError)) {
    return { title: GENERIC_TITLE, message: 'That did not work on our side. Try again in a moment.' };
  }
  const code: ErrorCode = error.code;
  switch (code) {
    case 'invalid_input':
      return { title: 'That did not look right', message: error.message };
    case 'unprocessable':
      return { title: 'A bit more is needed', message: error.message };
    case 'conflict':
      return {
        title: 'Already done',
        message: error.message,
        hint: 'The card shows the latest state.',
      };
    case 'forbidden':
      return { title: 'Not allowed', message: error.message, hint: 'Ask an admin if you need this.' };
    case 'not_found':
      return { title: 'Not found', message: 'That session or item no longer exists.' };
    case 'unauthenticated':
      return { title: 'Who are you?', message: error.message };
    case 'unavailable':
      return { title: 'The assistant is busy', message: error.message };
    case 'rate_limited':
      return { title: 'Slow down', message: error.message };
    case 'payload_too_large':
      return { title: 'Too long', message: error.message };
    case 'upstream_failed':
      return { title: 'A connected service failed', message: error.message };
  }
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
  };
}
