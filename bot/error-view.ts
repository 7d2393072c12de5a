import type { ErrorView } from '../cards/index.ts';
import { PlanLimitError } from '../core/billing/index.ts';
import { type ErrorCode, ServiceError } from '../core/shared/errors.ts';
import { VERIFY_TO_WRITE_REASON } from '../core/signup/index.ts';

/** What the presser of a button no listener handles (a card an older version posted) reads, in either chat. */
export const STALE_BUTTON_TEXT =
  'That button belongs to a card this version of ResolutionFlow no longer handles, so nothing happened. Mention the app in the thread for a fresh card.';

/** Title of the generic answer; callers log the original error when they see it. */
export const GENERIC_TITLE = 'Something went wrong';

/**
 * The chat face of a core error: what a person in a Slack or Teams thread should read. Known
 * errors keep their own clear message; anything else becomes a generic line, and the caller logs
 * the original. One exhaustive switch for both platforms, so a new error code must decide how it
 * reads in chat; only the conflict hint differs (each platform refreshes its card its own way).
 */
export function errorViewFor(
  error: unknown,
  conflictHint: string,
  options: { publicUrl?: string | undefined } = {},
): ErrorView {
  if (!(error instanceof ServiceError)) {
    return { title: GENERIC_TITLE, message: 'That did not work on our side. Try again in a moment.' };
  }
  // The message already names the limit and who can lift it; "ask an admin" would be wrong.
  if (error instanceof PlanLimitError) return { title: 'Plan limit reached', message: error.message };
  const code: ErrorCode = error.code;
  switch (code) {
    case 'invalid_input':
      return { title: 'That did not look right', message: error.message };
    case 'unprocessable':
      return { title: 'A bit more is needed', message: error.message };
    case 'conflict':
      return { title: 'Already done', message: error.message, hint: conflictHint };
    case 'forbidden':
      if (error.details?.reason === VERIFY_TO_WRITE_REASON)
        return verifyEmailView(error.message, options.publicUrl);
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

/**
 * An unverified signup past its grace period: reads still work, writes are refused until the
 * owner's address is confirmed. The button opens the admin web's page that resends the link.
 */
function verifyEmailView(message: string, publicUrl: string | undefined): ErrorView {
  const base = publicUrl?.replace(/\/+$/, '');
  return {
    title: 'Verify your email',
    message,
    hint: base
      ? 'Open the link we emailed to the account owner, or press the button to send a new one. Reading still works.'
      : "Open the link we emailed to the account owner, or send a new one from the admin web's banner. Reading still works.",
    link: base ? { label: 'Verify or resend the link', url: `${base}/verify-email` } : null,
  };
}
