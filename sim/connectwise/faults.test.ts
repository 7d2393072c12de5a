import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from './index.ts';
import { cw } from './test-helpers.ts';
import type { CwStatus, CwTicket } from './types.ts';

let sim: ConnectWiseSimulator;

beforeAll(async () => {
  sim = await startConnectWiseSimulator();
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

const statusId = (name: string) => (sim.state.statuses.find((s) => s.name === name) as CwStatus).id;

describe('fault injection', () => {
  it('status_not_applied: PATCH answers 200 with the new status, a re-read shows the old one', async () => {
    const ticket = sim.addTicket({ summary: 'Reset MFA' });
    sim.failNext({ method: 'PATCH', path: `/service/tickets/${ticket.id}` }, 'status_not_applied');
    const ops = [
      { op: 'replace', path: 'status', value: { id: statusId('Closed') } },
      { op: 'replace', path: 'summary', value: 'Reset MFA for CFO' },
    ];
    const patched = await cw<CwTicket>(sim, `/service/tickets/${ticket.id}`, { method: 'PATCH', body: ops });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      status: { name: 'Closed' },
      closedFlag: true,
      summary: 'Reset MFA for CFO',
    });
    const reread = await cw<CwTicket>(sim, `/service/tickets/${ticket.id}`);
    expect(reread.body).toMatchObject({
      status: { name: 'New' },
      closedFlag: false,
      summary: 'Reset MFA for CFO',
    });
    expect(sim.pendingFaults).toBe(0);
    // Only once: the retry goes through.
    await cw(sim, `/service/tickets/${ticket.id}`, { method: 'PATCH', body: ops });
    expect((await cw<CwTicket>(sim, `/service/tickets/${ticket.id}`)).body.status.name).toBe('Closed');
  });

  it('status_not_applied waits for a PATCH that changes the status', async () => {
    const ticket = sim.addTicket({ summary: 'Rename only' });
    sim.failNext({ path: /^\/service\/tickets\/\d+$/ }, 'status_not_applied');
    await cw(sim, `/service/tickets/${ticket.id}`);
    await cw(sim, `/service/tickets/${ticket.id}`, {
      method: 'PATCH',
      body: [{ op: 'replace', path: 'summary', value: 'Renamed' }],
    });
    expect(sim.pendingFaults).toBe(1);
  });

  it('429 with Retry-After, then the request succeeds', async () => {
    sim.failNext({ method: 'GET', path: '/service/tickets' }, { status: 429, retryAfter: 7 });
    const limited = await cw<{ code: string }>(sim, '/service/tickets');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body).toEqual({ code: expect.any(String), message: expect.any(String) });
    expect((await cw(sim, '/service/tickets')).status).toBe(200);
  });

  it('500 and 503 for the next N matching calls only', async () => {
    sim.failNext({ path: '/system/info' }, { status: 503 }, 2);
    sim.failNext({ method: 'POST' }, { status: 500 });
    expect((await cw(sim, '/system/members')).status).toBe(200);
    expect((await cw(sim, '/system/info')).status).toBe(503);
    expect((await cw(sim, '/system/info')).status).toBe(503);
    expect((await cw(sim, '/system/info')).status).toBe(200);
    const post = await cw(sim, '/service/tickets/1/notes', {
      method: 'POST',
      body: { text: 'x', resolutionFlag: true },
    });
    expect(post.status).toBe(500);
    expect(sim.calls.map((c) => c.status)).toEqual([200, 503, 503, 200, 500]);
  });

  it('slow responses trip a client timeout', async () => {
    sim.failNext({ path: '/system/info' }, { timeoutMs: 400 });
    const started = Date.now();
    await expect(cw(sim, '/system/info', { signal: AbortSignal.timeout(100) })).rejects.toThrow(
      /abort|timeout/i,
    );
    expect(Date.now() - started).toBeLessThan(350);
    sim.failNext({ path: '/system/info' }, { timeoutMs: 150 });
    const slow = await cw(sim, '/system/info');
    expect(slow.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });
});
