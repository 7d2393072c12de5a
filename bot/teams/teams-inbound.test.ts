import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TeamsWorld, teamsWorld } from './teams-test-kit.ts';

describe('Teams inbound: only activity objects reach the SDK', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    w = await teamsWorld();
  });
  afterAll(() => w.close());

  it('answers non-object bodies and objects without a type with 400 at once, touching nothing', async () => {
    const before = w.connector.calls.length;
    for (const body of ['[1,2,3]', '{}', '{"type":7}', '[{"type":"message","text":"hi"}]', 'null']) {
      const started = Date.now();
      const res = await fetch(w.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status, body).toBe(400);
      expect(Date.now() - started, body).toBeLessThan(1_500);
      if (body !== 'null') {
        // `null` is refused by the strict JSON parser itself, before the route.
        expect(await res.json()).toEqual({
          error: 'invalid_activity',
          message: 'The body must be an activity object with a type.',
        });
      }
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(w.connector.calls.length).toBe(before);
    expect(w.logs.filter((line) => line.includes('Teams request failed'))).toEqual([]);
  });

  it('still answers a real activity', async () => {
    const res = await w.send(w.personal('vpn drops every hour'));
    expect(res.status).toBeLessThan(300);
  });
});
