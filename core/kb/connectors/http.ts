/**
 * The transport every KB connector shares: GET with a timeout, bounded retries on 429/5xx and
 * network failures (GETs are idempotent), `Retry-After` honoured, and failures turned into
 * KbConnectorError messages an admin can act on. Credentials live only in the header callback:
 * they never reach a URL, a log line or an error message.
 */
import { parseRetryAfter } from '../../shared/retry-after.ts';
import { type ConnectorRuntime, KbConnectorError, throwIfAborted } from './types.ts';

/** A Retry-After-less 429/5xx waits BASE·2^attempt (±25 %). */
const BACKOFF_BASE_MS = 500;
const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const MAX_DETAIL = 300;

export interface HttpAnswer {
  status: number;
  headers: Headers;
  bytes: Buffer;
  /** Parsed JSON when the body is JSON, else undefined. */
  json: unknown;
}

export interface RequestSpec {
  /** Absolute URL (a nextLink) or a path below `baseUrl`. */
  target: string;
  query?: Record<string, string | number | undefined>;
  /** "listing flexible assets" — words every error message. */
  purpose: string;
  signal?: AbortSignal | undefined;
  /** Send the credentials (false for pre-authenticated download URLs). */
  authenticate?: boolean;
  /** Statuses handed back to the caller instead of raised (e.g. 302, 410). */
  accept?: number[];
}

export interface ApiClientOptions {
  /** Product name in messages: "IT Glue", "Hudu", "Microsoft Graph". */
  label: string;
  /** What to check when the service cannot be reached, in the form's own words ("the Hudu URL"). */
  unreachableHint: string;
  baseUrl: string;
  /** Auth headers for one attempt (Graph fetches or refreshes its token here). */
  headers: () => Promise<Record<string, string>> | Record<string, string>;
  runtime: ConnectorRuntime;
  /** Product-specific wording for a failed status; falls back to {@link describeStatus}. */
  describe?: (status: number, detail: string | undefined, purpose: string) => KbConnectorError | undefined;
  /** Called once on a 401 (e.g. an expired Graph token); return true to retry with fresh headers. */
  onUnauthorized?: () => Promise<boolean>;
}

export interface ApiClient {
  get(spec: RequestSpec): Promise<HttpAnswer>;
  /** GET that must answer a JSON object. */
  getJson<T>(spec: RequestSpec): Promise<T>;
  readonly origin: string;
}

function buildUrl(baseUrl: string, target: string, query: RequestSpec['query']): string {
  const url = new URL(/^https?:\/\//.test(target) ? target : `${baseUrl.replace(/\/+$/, '')}${target}`);
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) url.searchParams.set(key, String(value));
  return url.toString();
}

/** The service's own explanation from a JSON:API, Graph, Hudu or plain-text error body, trimmed. */
export function errorDetail(answer: Pick<HttpAnswer, 'json' | 'bytes'>): string | undefined {
  const body = answer.json as Record<string, unknown> | undefined;
  let text: string | undefined;
  if (body && typeof body === 'object') {
    const errors = body.errors;
    const error = body.error;
    if (Array.isArray(errors) && errors[0] && typeof errors[0] === 'object')
      text = String((errors[0] as { detail?: unknown; title?: unknown }).detail ?? errors[0].title ?? '');
    else if (error && typeof error === 'object')
      text = String((error as { message?: unknown }).message ?? '');
    else if (typeof error === 'string')
      text = typeof body.error_description === 'string' ? body.error_description : error;
  } else if (answer.bytes.length > 0 && answer.bytes.length < 500) text = answer.bytes.toString('utf8');
  text = text?.trim().replace(/[.\s]+$/, '');
  if (!text) return undefined;
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

/** Generic wording for a failed status. */
export function describeStatus(
  label: string,
  status: number,
  detail: string | undefined,
  purpose: string,
): KbConnectorError {
  const said = detail ? ` (${detail})` : '';
  if (status === 401 || status === 403)
    return new KbConnectorError(
      'auth',
      `${label} rejected the credentials (${status}) while ${purpose}${said}: check the key and its permissions.`,
    );
  if (status === 404)
    return new KbConnectorError(
      'not_found',
      `${label} answered 404 while ${purpose}${said}: check the base URL/region and the ids in the settings.`,
    );
  if (status === 429)
    return new KbConnectorError(
      'rate_limited',
      `${label} is rate limiting us (429) while ${purpose}; the next sync picks up where this one stopped.`,
    );
  if (status >= 500)
    return new KbConnectorError('unavailable', `${label} failed with ${status} while ${purpose}${said}.`);
  return new KbConnectorError(
    'bad_response',
    `${label} refused the request (${status}) while ${purpose}${said}.`,
  );
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const { label, runtime } = options;
  const origin = new URL(options.baseUrl).origin;

  async function attempt(url: string, spec: RequestSpec): Promise<HttpAnswer | KbConnectorError> {
    const headers = spec.authenticate === false ? {} : await options.headers();
    const timeout = AbortSignal.timeout(runtime.timeoutMs);
    const signal = spec.signal ? AbortSignal.any([spec.signal, timeout]) : timeout;
    try {
      // Redirects are never followed with credentials attached: a 302 is handed to the caller
      // (Graph downloads) or treated as an error, so a key is never replayed to another host.
      const response = await runtime.fetch(url, { headers, redirect: 'manual', signal });
      const bytes = Buffer.from(await response.arrayBuffer());
      let json: unknown;
      if (/json/i.test(response.headers.get('content-type') ?? '') && bytes.length > 0) {
        try {
          json = JSON.parse(bytes.toString('utf8'));
        } catch {
          json = undefined;
        }
      }
      return { status: response.status, headers: response.headers, bytes, json };
    } catch (error) {
      throwIfAborted(spec.signal);
      if (isTimeout(error))
        return new KbConnectorError(
          'timeout',
          `${label} did not answer within ${Math.round(runtime.timeoutMs / 100) / 10} s while ${spec.purpose}.`,
          { cause: error },
        );
      return new KbConnectorError(
        'unavailable',
        `Could not reach ${label} at ${new URL(url).origin} while ${spec.purpose}. Check ${options.unreachableHint}.`,
        { cause: error },
      );
    }
  }

  async function get(spec: RequestSpec): Promise<HttpAnswer> {
    const url = buildUrl(options.baseUrl, spec.target, spec.query);
    let refreshed = false;
    for (let tries = 0; ; tries++) {
      throwIfAborted(spec.signal);
      const outcome = await attempt(url, spec);
      if (!(outcome instanceof KbConnectorError)) {
        if ((outcome.status >= 200 && outcome.status < 300) || spec.accept?.includes(outcome.status))
          return outcome;
        if (outcome.status === 401 && !refreshed && options.onUnauthorized && spec.authenticate !== false) {
          refreshed = true;
          if (await options.onUnauthorized()) continue;
        }
      }
      const status = outcome instanceof KbConnectorError ? undefined : outcome.status;
      const retryAfterMs =
        outcome instanceof KbConnectorError
          ? undefined
          : parseRetryAfter(outcome.headers.get('retry-after'), runtime.now());
      const retryable =
        outcome instanceof KbConnectorError ? outcome.kind === 'unavailable' : RETRYABLE.has(outcome.status);
      const waitMs = retryAfterMs ?? BACKOFF_BASE_MS * 2 ** tries * (0.75 + Math.random() / 2);
      if (!retryable || tries >= runtime.maxRetries || waitMs > runtime.maxWaitMs) {
        if (outcome instanceof KbConnectorError) throw outcome;
        const detail = errorDetail(outcome);
        throw (
          options.describe?.(outcome.status, detail, spec.purpose) ??
          describeStatus(label, outcome.status, detail, spec.purpose)
        );
      }
      runtime.logger?.warn(
        {
          connector: label,
          path: new URL(url).pathname,
          status: status ?? (outcome as KbConnectorError).kind,
          attempt: tries + 1,
          waitMs: Math.round(waitMs),
        },
        `${label} request failed; retrying`,
      );
      await runtime.sleep(waitMs, spec.signal);
    }
  }

  return {
    origin,
    get,
    async getJson<T>(spec: RequestSpec): Promise<T> {
      const answer = await get(spec);
      if (answer.json === undefined || answer.json === null || typeof answer.json !== 'object')
        throw new KbConnectorError(
          'bad_response',
          `${label} sent something other than JSON while ${spec.purpose}.`,
        );
      return answer.json as T;
    },
  };
}
