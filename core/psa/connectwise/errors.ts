/**
 * ConnectWise HTTP answers → PsaError, with messages a person can act on. ConnectWise documents its
 * statuses in the developer guide "PSA API Requests": 400 malformed request, 401 wrong
 * authentication, 403 "improper security role settings", 404 record not found, 429 "will include a
 * Retry-After header with a numeric value that indicates the number of seconds to wait", 5xx
 * server errors. Error bodies are `{code, message, errors?: [{code, message, field}]}` (swagger
 * `Error`). Nothing here ever sees the request headers, so no key can end up in a message.
 */
import { PsaError } from '../provider.ts';

/** What a request was for, in words ("reading ticket #12"); used in every message. */
export interface RequestPurpose {
  what: string;
  /** Message for a 404, when "not found" means something specific (e.g. "Ticket #12 …"). */
  notFound?: string;
}

interface CwErrorBody {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
}

const MAX_DETAIL = 400;

/** ConnectWise's own explanation: `message`, plus each validation error's message. */
export function describeCwError(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { message, errors } = body as CwErrorBody;
  const parts: string[] = [];
  if (typeof message === 'string' && message.trim()) parts.push(message.trim());
  if (Array.isArray(errors)) {
    const details = errors
      .map((e) => (typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined))
      .filter((m): m is string => typeof m === 'string' && m.trim() !== '');
    if (details.length > 0) parts.push(details.join('; '));
  }
  // Messages are embedded in our own sentences, which add their own full stop.
  const text = parts.join(': ').replace(/[.\s]+$/, '');
  if (!text) return undefined;
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

/** The PsaError for a non-2xx answer (after any retries were spent). */
export function errorForStatus(
  status: number,
  body: unknown,
  purpose: RequestPurpose,
  retryAfterMs?: number,
): PsaError {
  const detail = describeCwError(body);
  const retry = retryAfterMs === undefined ? {} : { retryAfterMs };
  switch (true) {
    case status === 401:
      return new PsaError(
        'bad_credentials',
        'ConnectWise rejected the API keys — check company id, public and private key.',
      );
    case status === 403:
      return new PsaError(
        'forbidden',
        `ConnectWise refused: the API member lacks permission for ${purpose.what}. Check its security role.`,
      );
    case status === 404:
      return new PsaError('not_found', purpose.notFound ?? `ConnectWise found nothing for ${purpose.what}.`);
    case status === 408:
      return new PsaError('timeout', `ConnectWise timed out while ${purpose.what}.`);
    case status === 429:
      return new PsaError(
        'rate_limited',
        `ConnectWise is limiting the rate of requests (${purpose.what}); it will be retried later.`,
        retry,
      );
    case status >= 500:
      return new PsaError(
        'unavailable',
        `ConnectWise is unavailable (HTTP ${status}) while ${purpose.what}${detail ? `: ${detail}` : ''}.`,
        retry,
      );
    case status >= 400:
      return new PsaError(
        'invalid_request',
        `ConnectWise rejected ${purpose.what}${detail ? `: ${detail}` : ` (HTTP ${status})`}.`,
      );
    default:
      // 3xx with `redirect: 'manual'`: usually a login page, i.e. not the API at all.
      return new PsaError(
        'unavailable',
        `ConnectWise answered ${purpose.what} with a redirect (HTTP ${status}): wrong site URL?`,
      );
  }
}
