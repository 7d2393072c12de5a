import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GraphSimulator, startGraphSimulator } from './index.ts';
import { accessToken, graph, requestToken } from './test-helpers.ts';

// Throttling, https://learn.microsoft.com/graph/throttling: 429 Too Many Requests (or 503) with a
// `Retry-After` header; error codes from https://learn.microsoft.com/graph/errors.

let sim: GraphSimulator;

beforeAll(async () => {
  sim = await startGraphSimulator();
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

describe('fault injection', () => {
  it('429 with Retry-After on the next N matching calls, then success', async () => {
    const token = await accessToken(sim);
    const path = `/drives/${sim.defaultDriveId}/root/delta`;
    sim.failNext(
      { service: 'graph', method: 'GET', path: /\/root\/delta$/ },
      { status: 429, retryAfter: 3 },
      2,
    );
    expect(sim.pendingFaults).toBe(2);
    for (let n = 0; n < 2; n++) {
      const limited = await graph<{ error: { code: string } }>(sim, path, token);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('3');
      expect(limited.body.error.code).toBe('activityLimitReached');
    }
    expect((await graph(sim, `/drives/${sim.defaultDriveId}`, token)).status).toBe(200);
    expect((await graph(sim, path, token)).status).toBe(200);
    expect(sim.pendingFaults).toBe(0);
    expect(sim.calls.filter((c) => c.service === 'graph').map((c) => c.status)).toEqual([429, 429, 200, 200]);
  });

  it('503 with Retry-After, and faults on the token endpoint', async () => {
    sim.failNext({ service: 'login' }, { status: 503, retryAfter: 10 });
    const unavailable = await requestToken(sim);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('10');
    expect((await requestToken(sim)).status).toBe(200);
  });
});
