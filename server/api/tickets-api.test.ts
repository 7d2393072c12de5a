import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '../../core/audit/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

describe('walk-ins and the L1 queue over HTTP', () => {
  let server: RunningServer;
  let a: TestAccount;
  let l1: string;
  let engineer: string;
  let covering: string;
  let viewer: string;
  let l1B: string;

  beforeAll(async () => {
    const database = await testDatabase();
    server = await startTestServer(database);
    a = await createTestAccount(database, 'Tickets API');
    const b = await createTestAccount(database, 'Tickets API B');
    l1 = await signIn(server, (await a.member('l1', { name: 'Lou Desk' })).email, TEST_PASSWORD);
    engineer = await signIn(server, (await a.member('engineer')).email, TEST_PASSWORD);
    covering = await signIn(server, (await a.member('engineer', { canCoverL1: true })).email, TEST_PASSWORD);
    viewer = await signIn(server, (await a.member('viewer')).email, TEST_PASSWORD);
    l1B = await signIn(server, (await b.member('l1')).email, TEST_PASSWORD);
  });
  afterAll(() => server.stop());

  const walkIn = {
    contactName: 'Ana Front',
    contactEmail: 'ana@contoso.example',
    client: 'Contoso',
    summary: 'Outlook keeps asking for a password',
    details: 'Since this morning, on the office PC.',
    priority: 'high',
  };

  it('logs a walk-in, lists it in the queue and starts it with a flow decision', async () => {
    const created = await api(server, '/api/v1/tickets/walk-ins', {
      method: 'POST',
      token: l1,
      body: walkIn,
    });
    expect(created.status).toBe(201);
    const ticket = created.body.ticket as { id: string; status: string; priority: string };
    expect(ticket).toMatchObject({ status: 'open', priority: 'high', source: 'walk_in', client: 'Contoso' });

    const queue = await api(server, '/api/v1/tickets/queue?filter=unassigned', { token: l1 });
    expect(queue.status).toBe(200);
    expect((queue.body.tickets as Array<{ id: string }>).map((t) => t.id)).toContain(ticket.id);

    const started = await api(server, `/api/v1/tickets/${ticket.id}/start`, { method: 'POST', token: l1 });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({
      started: true,
      sessionId: expect.any(String),
      ticket: { status: 'in_progress', assignee: { name: 'Lou Desk' } },
      decision: { rule: expect.any(String), reason: expect.any(String) },
    });
    const session = await api(server, `/api/v1/sessions/${started.body.sessionId as string}`, { token: l1 });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ problemSummary: walkIn.summary });

    const one = await api(server, `/api/v1/tickets/${ticket.id}`, { token: l1 });
    expect(one.body.ticket).toMatchObject({ id: ticket.id, sessionId: started.body.sessionId });
  });

  it('refuses bad input with the field named and saves nothing', async () => {
    const before = (await api(server, '/api/v1/tickets/queue', { token: l1 })).body.counts as { all: number };
    const bad = await api(server, '/api/v1/tickets/walk-ins', {
      method: 'POST',
      token: l1,
      body: { ...walkIn, summary: 'x', extra: true },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/summary|extra/);
    const filter = await api(server, '/api/v1/tickets/queue?filter=everything', { token: l1 });
    expect(filter.status).toBe(400);
    const after = (await api(server, '/api/v1/tickets/queue', { token: l1 })).body.counts as { all: number };
    expect(after.all).toBe(before.all);
  });

  it('viewers cannot log or see; engineers see the queue only with L1 coverage, which is audited', async () => {
    expect(
      (await api(server, '/api/v1/tickets/walk-ins', { method: 'POST', token: viewer, body: walkIn })).status,
    ).toBe(403);
    expect((await api(server, '/api/v1/tickets/queue', { token: viewer })).status).toBe(403);
    const refused = await api(server, '/api/v1/tickets/queue', { token: engineer });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toBe(
      'Engineers act on the L1 queue only when an admin enables L1 coverage for them.',
    );
    const created = await api(server, '/api/v1/tickets/walk-ins', {
      method: 'POST',
      token: l1,
      body: walkIn,
    });
    const id = (created.body.ticket as { id: string }).id;
    expect(
      (await api(server, `/api/v1/tickets/${id}/start`, { method: 'POST', token: engineer })).status,
    ).toBe(403);
    expect((await api(server, '/api/v1/tickets/queue', { token: covering })).status).toBe(200);
    expect(
      (await api(server, `/api/v1/tickets/${id}/start`, { method: 'POST', token: covering })).status,
    ).toBe(200);
    const tagged = await listAuditLog({ ctx: a.owner, input: { tag: 'l1_coverage' } });
    expect(tagged.entries.map((e) => e.target?.id)).toContain(id);
  });

  it("another account's ticket is a 404", async () => {
    const created = await api(server, '/api/v1/tickets/walk-ins', {
      method: 'POST',
      token: l1,
      body: walkIn,
    });
    const id = (created.body.ticket as { id: string }).id;
    expect((await api(server, `/api/v1/tickets/${id}`, { token: l1B })).status).toBe(404);
    expect((await api(server, `/api/v1/tickets/${id}/start`, { method: 'POST', token: l1B })).status).toBe(
      404,
    );
    expect((await api(server, '/api/v1/tickets/not-a-uuid', { token: l1 })).status).toBe(400);
  });

  it('offers known clients for the walk-in form when no PSA is connected', async () => {
    const res = await api(server, '/api/v1/tickets/walk-in-clients', { token: l1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ source: 'known' });
    expect((res.body.clients as Array<{ name: string }>).map((c) => c.name)).toContain('Contoso');
  });
});
