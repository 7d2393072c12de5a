/**
 * The ConnectWise transport: authenticated JSON requests with a timeout, bounded retries where a
 * retry is safe, error mapping and `Link`-header pagination. Operations (connectwise-provider.ts)
 * speak in paths and bodies and never see headers or keys.
 */

import type { Logger } from '../../shared/logger.ts';
import { parseRetryAfter } from '../../shared/retry-after.ts';
import { annotate, withSpan } from '../../shared/telemetry.ts';
import { PsaError } from '../provider.ts';
import { errorForStatus, type RequestPurpose } from './errors.ts';
import type { CwSite } from './site.ts';

/** Lists are paged with `page` (from 1) and `pageSize`, at most 1,000 (ConnectWise "PSA Pagination" guide). */
export const MAX_PAGE_SIZE = 1000;
/** A runaway `Link` chain stops here (100,000 records at full pages). */
const MAX_PAGES = 100;
/** A `Retry-After` longer than this is not slept through in-process: the outbox reschedules instead. */
const MAX_IN_PROCESS_WAIT_MS = 20_000;
const BACKOFF_BASE_MS = 300;

export interface CwHttpOptions {
  site: CwSite;
  companyId: string;
  publicKey: string;
  privateKey: string;
  clientId: string;
  /** Value of the versioned `Accept` header. */
  accept: string;
  fetch: typeof fetch;
  timeoutMs: number;
  maxRetries: number;
  logger: Logger | undefined;
}

type Query = Record<string, string | number | undefined> | URLSearchParams;

/** One API call; `purpose` words every error message about it. */
export interface CwRequest {
  method: 'GET' | 'POST' | 'PATCH';
  /** Path below the API base, e.g. `/service/tickets/12`. */
  path: string;
  query?: Query;
  body?: unknown;
  purpose: RequestPurpose;
}

export interface CwPage<T> {
  items: T[];
  /** Query of the `rel="next"` link, or null on the last page. */
  next: URLSearchParams | null;
}

/** What operations see of the transport: JSON in, JSON out, PsaError on failure. */
export interface CwHttp {
  request<T>(request: CwRequest): Promise<T>;
  /** One page of a list, with the query of the next page from the `Link` header. */
  page<T>(path: string, query: Query, purpose: RequestPurpose): Promise<CwPage<T>>;
  /** Every page of a list (pageSize 1,000), following `rel="next"` until it is absent. */
  list<T>(path: string, query: Query, purpose: RequestPurpose): Promise<T[]>;
}

/** `Link: <https://…&page=2>; rel="next", <…>; rel="last"` → `{next: URL, last: URL}`. */
export function parseLinkHeader(header: string | null): Record<string, URL> {
  const links: Record<string, URL> = {};
  for (const match of (header ?? '').matchAll(/<([^>]+)>\s*;\s*rel="?([^",;]+)"?/g)) {
    try {
      links[(match[2] as string).toLowerCase()] = new URL(match[1] as string);
    } catch {
      // An unparsable link is treated as absent.
    }
  }
  return links;
}

function toSearch(query: Query | undefined): string {
  if (!query) return '';
  const pairs = query instanceof URLSearchParams ? [...query] : Object.entries(query);
  return pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * Builds the transport for one site and one set of API keys. One place owns the headers, the
 * retry rules and the error mapping, so no operation can forget the clientId, retry a write that
 * may have landed, or put a key into a message.
 */
export function createCwHttp(options: CwHttpOptions): CwHttp {
  const { site, logger } = options;
  // `Authorization: Basic base64("{companyId}+{publicKey}:{privateKey}")` plus the `clientId` header
  // "required … with all API requests" (https://developer.connectwise.com/ClientID). Kept in this
  // closure only: never logged, never part of an error.
  const credentials = `${options.companyId}+${options.publicKey}:${options.privateKey}`;
  const headers = {
    Authorization: `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`,
    clientId: options.clientId,
    Accept: options.accept,
  };

  async function attempt(request: CwRequest, url: string): Promise<Answer> {
    const init: RequestInit = {
      method: request.method,
      headers: request.body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      // A redirect means this is not the API (often a login page); never replay the keys elsewhere.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    };
    if (request.body !== undefined) init.body = JSON.stringify(request.body);
    try {
      const response = await options.fetch(url, init);
      const text = await response.text();
      let body: unknown;
      if (text !== '') {
        try {
          body = JSON.parse(text) as unknown;
        } catch {
          if (response.ok) {
            throw new PsaError(
              'unavailable',
              `ConnectWise sent a response that is not JSON while ${request.purpose.what}.`,
            );
          }
        }
      }
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      if (error instanceof PsaError) throw error;
      if (isTimeout(error)) {
        const ms = options.timeoutMs;
        const limit = ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
        throw new PsaError(
          'timeout',
          `ConnectWise did not answer within ${limit} while ${request.purpose.what}.`,
          {
            cause: error,
          },
        );
      }
      throw new PsaError('unavailable', `could not reach ${site.origin}: wrong site URL?`, { cause: error });
    }
  }

  /**
   * Whether a failed attempt may be sent again. 429 means ConnectWise did not process the request,
   * so any method may retry it. GET and PATCH (a JSON-Patch `replace` to the same value) are
   * idempotent and also retry 5xx and network failures. A POST that failed with 5xx or a network
   * error may have been applied: it is not retried here — the outbox retries it after checking for
   * a duplicate. Timeouts are never retried in-process: the caller's time is already spent.
   */
  function retryable(method: CwRequest['method'], outcome: Answer | PsaError): boolean {
    if (outcome instanceof PsaError) return outcome.kind === 'unavailable' && method !== 'POST';
    if (outcome.status === 429) return true;
    return method !== 'POST' && [500, 502, 503, 504].includes(outcome.status);
  }

  /** One HTTP call as a client span: method, path template and status; never the query or a key. */
  function tracedAttempt(request: CwRequest, url: string, tries: number): Promise<Answer> {
    return withSpan(
      `connectwise ${request.method}`,
      () => ({
        'psa.provider': 'connectwise',
        'http.request.method': request.method,
        'url.template': request.path.replace(/\/\d+(?=\/|$)/g, '/{id}'),
        'server.address': new URL(site.origin).host,
        'http.request.resend_count': tries > 0 ? tries : undefined,
      }),
      async () => {
        const answer = await attempt(request, url);
        annotate({ 'http.response.status_code': answer.status });
        return answer;
      },
    );
  }

  async function send(request: CwRequest): Promise<Answer> {
    const search = toSearch(request.query);
    const url = `${site.apiBase}${request.path}${search ? `?${search}` : ''}`;
    for (let tries = 0; ; tries++) {
      let outcome: Answer | PsaError;
      try {
        outcome = await tracedAttempt(request, url, tries);
      } catch (error) {
        if (!(error instanceof PsaError)) throw error;
        outcome = error;
      }
      if (!(outcome instanceof PsaError) && outcome.status < 300 && outcome.status >= 200) return outcome;
      const retryAfterMs =
        outcome instanceof PsaError ? undefined : parseRetryAfter(outcome.headers.get('retry-after'));
      const canRetry =
        tries < options.maxRetries &&
        retryable(request.method, outcome) &&
        (retryAfterMs === undefined || retryAfterMs <= MAX_IN_PROCESS_WAIT_MS);
      if (!canRetry) {
        if (outcome instanceof PsaError) throw outcome;
        throw errorForStatus(outcome.status, outcome.body, request.purpose, retryAfterMs);
      }
      const backoff = BACKOFF_BASE_MS * 2 ** tries * (0.75 + Math.random() / 2);
      const waitMs = retryAfterMs ?? backoff;
      logger?.warn(
        {
          method: request.method,
          path: request.path,
          status: outcome instanceof PsaError ? outcome.kind : outcome.status,
          attempt: tries + 1,
          waitMs: Math.round(waitMs),
        },
        'ConnectWise request failed; retrying',
      );
      await sleep(waitMs);
    }
  }

  async function page<T>(path: string, query: Query, purpose: RequestPurpose): Promise<CwPage<T>> {
    const answer = await send({ method: 'GET', path, query, purpose });
    if (!Array.isArray(answer.body)) {
      throw new PsaError(
        'unavailable',
        `ConnectWise sent something other than a list while ${purpose.what}.`,
      );
    }
    // Every mapper reads fields off each entry; a `null` or a number in the list would be a TypeError.
    if (answer.body.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))) {
      throw new PsaError(
        'unavailable',
        `ConnectWise sent a list holding something other than records while ${purpose.what}.`,
      );
    }
    // Only the next link's query is used, always against our own base URL: the keys are never
    // sent to whatever host a header names.
    const next = parseLinkHeader(answer.headers.get('link')).next;
    return { items: answer.body as T[], next: next ? next.searchParams : null };
  }

  return {
    async request<T>(request: CwRequest): Promise<T> {
      return (await send(request)).body as T;
    },
    page,
    async list<T>(path: string, query: Query, purpose: RequestPurpose): Promise<T[]> {
      const first = new URLSearchParams(toSearch(query));
      if (!first.has('pageSize')) first.set('pageSize', String(MAX_PAGE_SIZE));
      const items: T[] = [];
      let next: URLSearchParams | null = first;
      for (let n = 0; next && n < MAX_PAGES; n++) {
        const result: CwPage<T> = await page<T>(path, next, purpose);
        items.push(...result.items);
        next = result.items.length > 0 ? result.next : null;
      }
      if (next) logger?.warn({ path, pages: MAX_PAGES }, 'ConnectWise list truncated after too many pages');
      return items;
    },
  };
}
