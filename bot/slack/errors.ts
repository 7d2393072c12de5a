import { type ErrorCode, ServiceError } from '../../core/shared/errors.ts';

export interface ChatError {
  title: string;
  message: string;
  hint?: string;
}

/**
 * The chat face of a core error: what a person in a Slack thread (or Teams) should read. Known
 * errors keep their own clear message; anything else becomes a generic line, and the caller logs
 * the original. One switch, exhaustive, so a new error code must decide how it reads in chat.
 */
export function chatErrorFor(error: unknown): ChatError {
  if (!(error instanceof ServiceError)) {
    return {
      title: 'Something went wrong',
      message: 'That did not work on our side. Try again in a moment.',
    };
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
        hint: 'The card has been refreshed with the latest state.',
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
