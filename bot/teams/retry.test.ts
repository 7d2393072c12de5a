import { describe, expect, it } from 'vitest';
import { retryAfterMs, withRetry } from './retry.ts';

/** Shaped like the SDK's HttpError: `status` and the fetch `Headers` of the response. */
function httpError(status: number, retryAfter?: string) {
  const headers = new Headers(retryAfter ? { 'retry-after': retryAfter } : {});
  return Object.assign(new Error(`Request failed with status ${status}`), { status, response: { headers } });
}

function script(...outcomes: Array<Error | string>) {
  let calls = 0;
  const op = async () => {
    const next = outcomes[calls++];
    if (next instanceof Error) throw next;
    return next;
  };
  return { op, calls: () => calls };
}

describe('withRetry', () => {
  it('waits Retry-After on a 429 and tries again', async () => {
    const waits: number[] = [];
    const s = script(httpError(429, '2'), 'sent');
    const result = await withRetry(s.op, { sleep: async (ms) => void waits.push(ms) });
    expect(result).toBe('sent');
    expect(waits).toEqual([2_000]);
  });

  it('backs off without Retry-After, and retries 412/502/503/504 as well', async () => {
    const waits: number[] = [];
    const s = script(httpError(502), httpError(412), httpError(504), 'sent');
    await withRetry(s.op, { sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([500, 1_000, 2_000]);
  });

  it('gives up after the bounded number of retries, and caps each wait', async () => {
    const waits: number[] = [];
    const s = script(httpError(429, '120'), httpError(429, '120'), httpError(429, '120'));
    await expect(
      withRetry(s.op, { retries: 2, maxWaitMs: 5_000, sleep: async (ms) => void waits.push(ms) }),
    ).rejects.toMatchObject({ status: 429 });
    expect(s.calls()).toBe(3);
    expect(waits).toEqual([5_000, 5_000]);
  });

  it('does not retry errors that will not get better', async () => {
    for (const error of [httpError(400), httpError(403), httpError(404), new Error('socket hang up')]) {
      const s = script(error, 'sent');
      await expect(withRetry(s.op, { sleep: async () => {} })).rejects.toBe(error);
      expect(s.calls()).toBe(1);
    }
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs(httpError(429, '3'))).toBe(3_000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs(httpError(429, 'Wed, 01 Jan 2025 00:00:05 GMT'), now)).toBe(5_000);
    expect(retryAfterMs(httpError(429))).toBeUndefined();
  });
});
