import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../core/shared/context.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD } from '../../test/factories.ts';
import { insertHistory } from '../../test/insights-dataset.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

const idOf = (ctx: TenantContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : '');

interface Insights {
  range: { from: string; to: string; client: string | null };
  clients: string[];
  volume: Array<{ day: string; opened: number; resolved: number; escalated: number }>;
  outcomes: { totals: Record<string, number | null>; days: Array<Record<string, unknown>> };
  responseTimes: { totals: Record<string, number | null>; days: Array<Record<string, unknown>> };
  fixesByFlow: Array<Record<string, unknown>>;
  fixesByArticle: Array<Record<string, unknown>>;
  escalationsByClient: Array<Record<string, unknown>>;
  people: Array<Record<string, unknown>>;
}

describe('GET /api/v1/insights', () => {
  let server: RunningServer;
  const tokens: Record<string, string> = {};
  let engineerId = '';
  let adminId = '';

  beforeAll(async () => {
    const database = await testDatabase();
    const a = await createTestAccount(database, 'Insights MSP');
    const admin = await a.member('admin', { name: 'Ada Admin' });
    const engineer = await a.member('engineer', { name: 'Eli Engineer' });
    const viewer = await a.member('viewer');
    engineerId = idOf(engineer);
    adminId = idOf(admin);
    const e = engineerId;
    // Four sessions opened 1–3 March, one opened the day before and resolved on the 1st.
    await insertHistory(database, a.accountId, [
      {
        ownerUserId: e,
        client: 'Fabrikam',
        createdAt: '2026-03-01T09:00:00Z',
        firstReplyAt: '2026-03-01T09:10:00Z',
        resolvedAt: '2026-03-01T10:00:00Z',
        fix: {
          status: 'applied_success',
          source: { title: 'Reset the spooler', url: 'https://kb.example/spooler' },
        },
        audit: [
          { action: 'session.created', actorUserId: e, at: '2026-03-01T09:00:00Z' },
          { action: 'fix.outcome_recorded', actorUserId: e, at: '2026-03-01T09:50:00Z', targetType: 'fix' },
          { action: 'session.resolved', actorUserId: e, at: '2026-03-01T10:00:00Z' },
        ],
      },
      {
        ownerUserId: e,
        client: 'Fabrikam',
        createdAt: '2026-03-01T11:00:00Z',
        walk: {
          flowTitle: 'Printer offline',
          startedAt: '2026-03-01T11:20:00Z',
          status: 'resolved',
          outcome: 'worked',
        },
        escalatedAt: '2026-03-01T12:00:00Z',
        claim: { byUserId: adminId, at: '2026-03-01T12:30:00Z' },
        resolvedAt: '2026-03-02T09:00:00Z',
        fix: { status: 'applied_failed' },
        audit: [
          { action: 'session.created', actorUserId: e, at: '2026-03-01T11:00:00Z' },
          { action: 'session.escalated', actorUserId: e, at: '2026-03-01T12:00:00Z' },
          { action: 'escalation.claimed', actorUserId: adminId, at: '2026-03-01T12:30:00Z' },
        ],
      },
      {
        ownerUserId: e,
        client: 'Northwind',
        createdAt: '2026-03-02T08:00:00Z',
        walk: { flowTitle: 'Printer offline', startedAt: '2026-03-02T08:05:00Z', status: 'escalated' },
        escalatedAt: '2026-03-02T09:00:00Z',
        claim: { byUserId: adminId, at: '2026-03-02T09:10:00Z' },
        fix: { status: 'proposed', source: { title: 'VPN guide', url: null } },
        audit: [{ action: 'escalation.claimed', actorUserId: adminId, at: '2026-03-02T09:10:00Z' }],
      },
      {
        ownerUserId: e,
        client: null,
        createdAt: '2026-03-03T10:00:00Z',
        firstReplyAt: '2026-03-03T10:30:00Z',
        fix: {
          status: 'applied_failed',
          source: { title: 'Reset the spooler', url: 'https://kb.example/spooler' },
        },
      },
      { ownerUserId: e, client: null, createdAt: '2026-02-28T15:00:00Z', resolvedAt: '2026-03-01T08:00:00Z' },
    ]);

    // Another tenant, busy on the same days with the same client name: none of it may show up.
    const b = await createTestAccount(database, 'Other MSP');
    const bOwner = idOf(b.owner);
    await insertHistory(
      database,
      b.accountId,
      Array.from({ length: 3 }, () => ({
        ownerUserId: bOwner,
        client: 'Fabrikam',
        createdAt: '2026-03-01T09:30:00Z',
        firstReplyAt: '2026-03-01T09:31:00Z',
        escalatedAt: '2026-03-01T09:40:00Z',
        claim: { byUserId: bOwner, at: '2026-03-01T09:41:00Z' },
        resolvedAt: '2026-03-01T10:30:00Z',
        walk: {
          flowTitle: 'Printer offline',
          startedAt: '2026-03-01T09:32:00Z',
          status: 'resolved' as const,
          outcome: 'worked' as const,
        },
        fix: { status: 'applied_success' as const, source: { title: 'Reset the spooler', url: null } },
        audit: [{ action: 'escalation.claimed', actorUserId: bOwner, at: '2026-03-01T09:41:00Z' }],
      })),
    );

    server = await startTestServer(database, {}, { now: () => new Date('2026-03-03T18:00:00Z') });
    tokens.admin = await signIn(server, admin.email, TEST_PASSWORD);
    tokens.engineer = await signIn(server, engineer.email, TEST_PASSWORD);
    tokens.viewer = await signIn(server, viewer.email, TEST_PASSWORD);
    const bAdmin = await b.member('admin');
    tokens.otherAdmin = await signIn(server, bAdmin.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const get = async (query: string, token = tokens.admin) =>
    api(server, `/api/v1/insights?${query}`, { token });
  const insights = async (query: string, token = tokens.admin) => {
    const res = await get(query, token);
    expect(res.status, res.text).toBe(200);
    return res.body as unknown as Insights;
  };

  it('refuses viewers and engineers with a reason', async () => {
    for (const role of ['viewer', 'engineer']) {
      const res = await get('from=2026-03-01&to=2026-03-03', tokens[role]);
      expect(res.status).toBe(403);
      expect(res.body.error?.message).toBe(`Your role (${role}) cannot view Insights.`);
      const csv = await api(server, '/api/v1/insights/export.csv?chart=volume', { token: tokens[role] });
      expect(csv.status).toBe(403);
    }
  });

  it('counts sessions in and out per day, each on the day it happened', async () => {
    const body = await insights('from=2026-03-01&to=2026-03-03');
    expect(body.range).toEqual({ from: '2026-03-01', to: '2026-03-03', client: null });
    expect(body.volume).toEqual([
      { day: '2026-03-01', opened: 2, resolved: 2, escalated: 1 },
      { day: '2026-03-02', opened: 1, resolved: 1, escalated: 1 },
      { day: '2026-03-03', opened: 1, resolved: 0, escalated: 0 },
    ]);
    expect(body.clients).toEqual(['Fabrikam', 'Northwind']);
  });

  it('computes resolution and deflection over the sessions opened in the range', async () => {
    const { totals } = (await insights('from=2026-03-01&to=2026-03-03')).outcomes;
    expect(totals).toMatchObject({ opened: 4, resolved: 2, deflected: 1, escalated: 2 });
    expect(totals.resolutionRate).toBe(0.5);
    expect(totals.deflectionRate).toBe(0.25);
  });

  it('gives p50 and p90 of time to first action and time to claim, in minutes', async () => {
    const body = await insights('from=2026-03-01&to=2026-03-03');
    // First action: 10 (reply), 20 (walk), 5 (walk), 30 (reply). Claims: 30 and 10 minutes.
    expect(body.responseTimes.totals).toMatchObject({
      day: null,
      firstActionCount: 4,
      firstActionP50Minutes: 15,
      firstActionP90Minutes: 27,
      claimCount: 2,
      claimP50Minutes: 20,
      claimP90Minutes: 28,
    });
    expect(body.responseTimes.days).toHaveLength(3);
    expect(body.responseTimes.days[1]).toMatchObject({
      day: '2026-03-02',
      claimCount: 1,
      claimP50Minutes: 10,
    });
  });

  it('rates fixes by flow and by the article they came from, and escalations by client', async () => {
    const body = await insights('from=2026-03-01&to=2026-03-03');
    expect(body.fixesByFlow).toEqual([
      expect.objectContaining({
        title: 'Printer offline',
        walks: 2,
        worked: 1,
        escalated: 1,
        successRate: 0.5,
      }),
    ]);
    expect(body.fixesByArticle).toEqual([
      expect.objectContaining({
        title: 'Reset the spooler',
        url: 'https://kb.example/spooler',
        proposed: 2,
        success: 1,
        failed: 1,
        successRate: 0.5,
      }),
      expect.objectContaining({ title: 'VPN guide', proposed: 1, success: 0, successRate: null }),
    ]);
    expect(body.escalationsByClient).toEqual([
      { client: 'Fabrikam', escalated: 1, claimed: 1, claimP50Minutes: 30 },
      { client: 'Northwind', escalated: 1, claimed: 1, claimP50Minutes: 10 },
    ]);
  });

  it('lists what each person did, from the audit log', async () => {
    const { people } = await insights('from=2026-03-01&to=2026-03-03');
    expect(people).toEqual([
      expect.objectContaining({
        userId: engineerId,
        name: 'Eli Engineer',
        opened: 2,
        resolved: 1,
        escalated: 1,
        fixOutcomes: 1,
        total: 5,
      }),
      expect.objectContaining({ userId: adminId, name: 'Ada Admin', claimed: 2, total: 2 }),
    ]);
  });

  it('narrows every chart to one client', async () => {
    const body = await insights('from=2026-03-01&to=2026-03-03&client=Fabrikam');
    expect(body.volume[0]).toEqual({ day: '2026-03-01', opened: 2, resolved: 1, escalated: 1 });
    expect(body.outcomes.totals).toMatchObject({ opened: 2, resolved: 2, deflected: 1, escalated: 1 });
    expect(body.escalationsByClient).toEqual([expect.objectContaining({ client: 'Fabrikam', escalated: 1 })]);
    expect(body.fixesByArticle).toEqual([
      expect.objectContaining({ title: 'Reset the spooler', proposed: 1, success: 1 }),
    ]);
    expect(body.people).toEqual([
      expect.objectContaining({ userId: engineerId, total: 5 }),
      expect.objectContaining({ userId: adminId, claimed: 1, total: 1 }),
    ]);
  });

  it("never counts another tenant's sessions, and shows that tenant only its own", async () => {
    const other = await insights('from=2026-03-01&to=2026-03-03', tokens.otherAdmin);
    expect(other.volume[0]).toEqual({ day: '2026-03-01', opened: 3, resolved: 3, escalated: 3 });
    expect(other.people.map((p) => p.userId)).not.toContain(engineerId);
    expect(other.clients).toEqual(['Fabrikam']);
  });

  it('defaults to the last 30 days up to today', async () => {
    const body = await insights('');
    expect(body.range).toEqual({ from: '2026-02-02', to: '2026-03-03', client: null });
    expect(body.volume).toHaveLength(30);
  });

  it('refuses a bad range or filter with a clear message', async () => {
    const cases: Array<[string, RegExp]> = [
      ['from=2026-03-05&to=2026-03-01', /from 2026-03-05 is after to 2026-03-01/],
      ['from=2025-01-01&to=2026-03-01', /at most 366/],
      ['from=2026-02-30', /from: not a real date/],
      ['from=yesterday', /from: use a date like 2026-01-31/],
      ['client=', /client cannot be blank/],
      ['days=7', /unknown field: days/i],
    ];
    for (const [query, message] of cases) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect(res.body.error?.message, query).toMatch(message);
    }
  });

  it('exports each chart as CSV', async () => {
    const res = await api(server, '/api/v1/insights/export.csv?chart=volume&from=2026-03-01&to=2026-03-03', {
      token: tokens.admin,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="insights-volume-2026-03-01-to-2026-03-03.csv"',
    );
    expect(res.text).toBe(
      'day,opened,resolved,escalated\r\n2026-03-01,2,2,1\r\n2026-03-02,1,1,1\r\n2026-03-03,1,0,0\r\n',
    );
    const byClient = await api(
      server,
      '/api/v1/insights/export.csv?chart=escalations-by-client&from=2026-03-01&to=2026-03-03',
      { token: tokens.admin },
    );
    expect(byClient.text.split('\r\n')[1]).toBe('Fabrikam,1,1,30');
    const bad = await api(server, '/api/v1/insights/export.csv?chart=pie', { token: tokens.admin });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/chart must be one of: volume, outcomes/);
  });
});
