import { parseRetryAfter } from '../../core/shared/retry-after.ts';

/**
 * Statuses the Bot Connector asks bots to retry: 429 (throttled, with Retry-After), 412, 502 and 504
 * ("Optimize your bot with rate limiting and best practices in Teams"); 503 is transient too.
 */
const RETRYABLE = new Set([412, 429, 502, 503, 504]);

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries?: number;
  /** Longest single wait, whatever Retry-After says. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULTS = { retries: 3, maxWaitMs: 10_000 } as const;

/** The HTTP status of an SDK connector error (`HttpError`), if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Retry-After in ms from an SDK connector error's response, if it carried one. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  const headers = (error as { response?: { headers?: { get?: (name: string) => string | null } } } | null)
    ?.response?.headers;
  return parseRetryAfter(typeof headers?.get === 'function' ? headers.get('retry-after') : null, now);
}

/**
 * Runs `op`, retrying the connector's throttling and gateway errors a bounded number of times. The
 * Agents SDK's connector client (1.8.1) never retries and ignores Retry-After, so every send and
 * update we make goes through here. Waits honour Retry-After (capped), else back off 0.5 s, 1 s, 2 s.
 */
export async function withRetry<T>(op: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? DEFAULTS.retries;
  const maxWaitMs = options.maxWaitMs ?? DEFAULTS.maxWaitMs;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (error) {
      const status = statusOf(error);
      if (attempt >= retries || status === undefined || !RETRYABLE.has(status)) throw error;
      const backoff = 500 * 2 ** attempt;
      await sleep(Math.min(maxWaitMs, retryAfterMs(error) ?? backoff));
    }
  }
}
