import Anthropic from '@anthropic-ai/sdk';
import { ServiceError } from '../../shared/errors.ts';
import { EngineBusyError } from '../types.ts';

/** What the engineer sees when the model service is saturated; their message is kept by the core. */
export const BUSY_MESSAGE = 'The assistant is busy right now. Your message was saved; try again in a moment.';

/**
 * Maps whatever the SDK threw — after its own retries — to what the core understands:
 * - `EngineBusyError` for transient capacity problems the engineer can simply retry: 429
 *   rate_limit_error, 529 overloaded_error, other 5xx, connection failures and timeouts, and an SSE
 *   `event: error` frame after a 200 (the docs: "errors can occur after returning a 200 response";
 *   the SDK raises those as an `APIError` without a status, and never retries them).
 * - `ServiceError('upstream_failed')` with a message written for operators for everything that
 *   retrying will not fix: a bad key (401), missing permission (403), an unknown model (404), a
 *   request the API rejects (400/413), or a spend limit (429 with `enforced_spend_limit_reached`,
 *   which the docs say lasts until the limit is raised or the month ends).
 * - A user abort (`APIUserAbortError`) is passed through unchanged: the caller asked for it.
 */
export function toEngineError(error: unknown, model: string): Error {
  if (error instanceof EngineBusyError || error instanceof ServiceError) return error;
  if (error instanceof Anthropic.APIUserAbortError) return error;
  // Covers APIConnectionTimeoutError too, which extends it.
  if (error instanceof Anthropic.APIConnectionError) {
    return new EngineBusyError(BUSY_MESSAGE, { cause: error });
  }
  if (!(error instanceof Anthropic.APIError)) {
    // A stream cut short by the network: undici's "terminated", or the SDK noticing the stream ended
    // before a complete message ("stream ended without…", "request ended without sending any chunks").
    const cutShort =
      (error instanceof TypeError && error.message === 'terminated') ||
      (error instanceof Anthropic.AnthropicError && /\bended without\b/.test(error.message));
    if (cutShort) return new EngineBusyError(BUSY_MESSAGE, { cause: error });
    return new ServiceError('upstream_failed', 'The Claude engine failed unexpectedly', { cause: error });
  }

  const details = {
    status: error.status ?? null,
    type: error.type,
    requestId: error.requestID ?? null,
    model,
  };
  const status = error.status;
  if (status === undefined) {
    // No HTTP status: an in-stream `error` event (overloaded_error, api_error) after the 200.
    return new EngineBusyError(BUSY_MESSAGE, { cause: error });
  }
  if (status === 429 && error.errorCode === 'enforced_spend_limit_reached') {
    return operatorError(
      'Anthropic refused the request because the organisation reached its spend limit',
      error,
      details,
    );
  }
  if (status === 429 || status === 408 || status === 409 || status >= 500) {
    return new EngineBusyError(BUSY_MESSAGE, { cause: error });
  }
  switch (status) {
    case 401:
      return operatorError(
        'Anthropic rejected the API key (401 authentication_error); check the configured key',
        error,
        details,
      );
    case 403:
      return operatorError(
        'Anthropic denied this API key permission for the request (403 permission_error)',
        error,
        details,
      );
    case 404:
      return operatorError(
        `Anthropic does not recognise the model or endpoint (404) for model "${model}"`,
        error,
        details,
      );
    case 413:
      return operatorError(
        'Anthropic rejected the request as too large (413 request_too_large)',
        error,
        details,
      );
    default:
      return operatorError(
        `Anthropic rejected the request (${status} ${error.type ?? 'error'}): ${error.apiMessage ?? 'no message'}`,
        error,
        details,
      );
  }
}

function operatorError(message: string, cause: unknown, details: Record<string, unknown>): ServiceError {
  return new ServiceError('upstream_failed', message, { cause, details });
}

/**
 * True when the API refused a forced `tool_choice`. Newer models (Claude Opus 5.5, Sonnet 5.5,
 * Fable 5.1) reject forced tool use with 400 invalid_request_error, and models that think by default
 * reject it while thinking is on; both messages name `tool_choice`.
 */
export function isForcedToolChoiceRejection(error: unknown): boolean {
  return (
    error instanceof Anthropic.BadRequestError &&
    /tool_choice|forced tool|forces tool/i.test(error.apiMessage ?? '')
  );
}
