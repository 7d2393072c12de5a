import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLabelFor, listAuditLog } from '../audit/index.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { selectRows } from '../db/raw.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { getSession, listSessions } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { DAY_MS, DEMO_CLIENTS, DEMO_OUTCOME_COUNTS } from './demo-plan.ts';
import { seedDemoAccount } from './seed-demo.ts';
import { seedDemoHistory } from './seed-history.ts';

// A fixed first start, so two seeds can be compared row for row.
const NOW = new Date('2026-11-20T15:00:00Z');

async function rows<T>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return withSystemTransaction(database, 'test read-back', (tx) => selectRows<T>(tx, query));
}

/** What a person sees of the month, without ids or timestamps that differ between databases. */
async function story(database: Database) {
  return rows<Record<string, unknown>>(
    database,
    sql`select s.problem_summary, s.status, s.channel_kind, s.ticket_external_id, s.ticket_company_name,
          s.created_at, s.resolved_at, s.escalated_at,
          (select string_agg(f.status, ',' order by f.ord) from suggested_fixes f where f.session_id = s.id) as fixes,
          (select count(*)::int from facts f where f.session_id = s.id and f.deleted_at is null) as facts
        from diagnosis_sessions s order by s.created_at`,
  );
}

async function ownerContext(database: Database, accountId: string): Promise<TenantContext> {
  const [owner] = await rows<{ id: string; name: string }>(
    database,
    sql`select id, name from users where account_id = ${accountId} and role = 'owner'`,
  );
  if (!owner) throw new Error('no owner');
  return {
    db: database,
    accountId,
    actor: { kind: 'user', userId: owner.id, role: 'owner', canCoverL1: false, name: owner.name },
  };
}

describe('demo history', () => {
  let database: Database;
  let accountId: string;
  let owner: TenantContext;
  let seedMs: number;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await runMigrations(database);
    const result = await seedDemoAccount(database, { now: NOW });
    if (!result.accountId || !result.history) throw new Error('demo not seeded');
    accountId = result.accountId;
    seedMs = result.history.ms;
    owner = await ownerContext(database, accountId);
  }, 180_000);
  afterAll(async () => {
    await database?.close();
  });

  it('has the planned sessions in every state, across the clients', async () => {
    const byStatus = await rows<{ status: string; n: number }>(
      database,
      sql`select status, count(*)::int as n from diagnosis_sessions group by 1 order by 1`,
    );
    const c = DEMO_OUTCOME_COUNTS;
    const resolved =
      c.worked + c.failed_then_worked + c.partial + c.dismissed_then_worked + c.escalated_claimed_resolved;
    const count = (s: string) => byStatus.find((r) => r.status === s)?.n ?? 0;
    // A claim hands an escalation back to work: claimed sessions are active again, with the claimer.
    expect(count('active')).toBe(c.active_questions + c.active_fix + c.escalated_claimed);
    expect(count('escalated')).toBe(c.escalated);
    expect(count('resolved') + count('resolved_local')).toBe(resolved);
    expect(count('resolved')).toBeGreaterThan(0);
    expect(count('resolved_local')).toBeGreaterThan(0);
    expect(byStatus.reduce((n, r) => n + r.n, 0)).toBeGreaterThanOrEqual(24);

    const claims = await rows<{ n: number }>(database, sql`select count(*)::int as n from escalation_claims`);
    expect(claims[0]?.n).toBe(c.escalated_claimed + c.escalated_claimed_resolved);
    const clients = await rows<{ name: string }>(
      database,
      sql`select distinct ticket_company_name as name from diagnosis_sessions where ticket_company_name is not null`,
    );
    expect(clients.length).toBeGreaterThanOrEqual(4);
    for (const { name } of clients) expect(DEMO_CLIENTS).toContain(name);

    const outcomes = await rows<{ status: string }>(
      database,
      sql`select distinct status from suggested_fixes`,
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(
      ['applied_failed', 'applied_partial', 'applied_success', 'dismissed', 'proposed'].sort(),
    );
  });

  it('tells a consistent story in every session: facts, fixes, notes, ticket and times agree', async () => {
    const { sessions: list } = await listSessions({ ctx: owner, input: { limit: 100 } });
    expect(list.length).toBeGreaterThanOrEqual(24);
    const tickets = await rows<{ number: number; status: string; notes: number; company: string }>(
      database,
      sql`select t.number, t.status, t.company_name as company,
            (select count(*)::int from local_ticket_notes n where n.ticket_id = t.id) as notes
          from local_tickets t`,
    );
    for (const summary of list) {
      const s = await getSession({ ctx: owner, sessionId: summary.id });
      const label = `${s.problemSummary} (${s.status})`;
      const created = Date.parse(s.createdAt);
      expect(NOW.getTime() - created, label).toBeLessThanOrEqual(31 * DAY_MS);
      expect(created, label).toBeLessThan(NOW.getTime());
      expect(s.facts.length, label).toBeGreaterThanOrEqual(2);
      const fixes = [...s.previousFixes, ...(s.activeFix ? [s.activeFix] : [])];
      const resolution = s.notes.find((n) => n.kind === 'resolution');
      const escalation = s.notes.find((n) => n.kind === 'escalation');
      if (s.status === 'active' && !escalation) {
        expect(s.notes, label).toEqual([]);
        expect(
          fixes.every((f) => f.status === 'proposed'),
          label,
        ).toBe(true);
      }
      if (s.status === 'active' && escalation) {
        // Escalated, then claimed: the package stays, the claimer carries on.
        expect(
          s.notes.map((n) => n.kind),
          label,
        ).toEqual(['escalation']);
        expect(s.escalatedAt, label).toBeTruthy();
      }
      if (s.status === 'resolved' || s.status === 'resolved_local') {
        expect(resolution, label).toBeDefined();
        expect(s.resolvedAt && Date.parse(s.resolvedAt) > created, label).toBe(true);
        // Resolved straight away after a fix that worked or partly worked, or after escalation.
        expect(
          fixes.some((f) => f.status === 'applied_success' || f.status === 'applied_partial') || escalation,
          label,
        ).toBeTruthy();
      }
      if (s.status === 'escalated') {
        expect(escalation, label).toBeDefined();
        expect(
          fixes.some((f) => f.status === 'applied_failed'),
          label,
        ).toBe(true);
        expect(s.escalatedAt && Date.parse(s.escalatedAt) > created, label).toBe(true);
      }
      // Linked sessions posted to the built-in PSA, and the delivery landed on the ticket.
      if (s.ticket) {
        const ticket = tickets.find((t) => String(t.number) === s.ticket?.externalId);
        expect(ticket, label).toBeDefined();
        expect(
          s.ticket.writes.every((w) => w.status === 'delivered'),
          label,
        ).toBe(true);
        if (s.status === 'resolved') expect(ticket?.status, label).toBe('Resolved');
        if (s.status === 'escalated') expect(ticket?.status, label).toBe('Escalated');
        if (s.notes.length > 0) expect(ticket?.notes, label).toBeGreaterThan(0);
      } else {
        expect(s.status, label).not.toBe('resolved');
      }
    }
  });

  it('writes a dated audit trail across the month, labelled and tagged, newest id = newest time', async () => {
    const audit = await rows<{
      id: number;
      action: string;
      occurred_at: Date;
      tags: string[];
      account_id: string;
    }>(database, sql`select id, action, occurred_at, tags, account_id from audit_log order by id`);
    expect(audit.length).toBeGreaterThan(100);
    const days = new Set(audit.map((a) => new Date(a.occurred_at).toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(20);
    for (let i = 1; i < audit.length; i++) {
      expect(new Date(audit[i]?.occurred_at ?? 0).getTime()).toBeGreaterThanOrEqual(
        new Date(audit[i - 1]?.occurred_at ?? 0).getTime(),
      );
    }
    expect(audit.every((a) => new Date(a.occurred_at) < NOW)).toBe(true);
    expect(audit.every((a) => auditLabelFor(a.action) !== a.action)).toBe(true);
    const actions = new Set(audit.map((a) => a.action));
    for (const action of [
      'auth.signed_in',
      'session.created',
      'session.resolved',
      'session.escalated',
      'escalation.claimed',
      'fix.outcome_recorded',
      'psa.configured',
    ]) {
      expect(actions, action).toContain(action);
    }
    const security = await listAuditLog({ ctx: owner, input: { tag: 'security', limit: 200 } });
    expect(security.entries.length).toBeGreaterThan(20);
    const page = await listAuditLog({ ctx: owner, input: { action: 'session.resolved', limit: 5 } });
    expect(page.entries[0]?.target?.name).toMatch(/ — /);
    expect(page.entries[0]?.target?.link).toEqual({ kind: 'session', id: page.entries[0]?.target?.id });
  });

  it('puts everything in the demo account and nowhere else', async () => {
    const others = await rows<{ t: string; n: number }>(
      database,
      sql`select 'sessions' as t, count(*)::int as n from diagnosis_sessions where account_id <> ${accountId}
          union all select 'audit', count(*)::int from audit_log where account_id <> ${accountId}
          union all select 'tickets', count(*)::int from local_tickets where account_id <> ${accountId}
          union all select 'accounts', count(*)::int from accounts where id <> ${accountId}`,
    );
    expect(others.map((r) => r.n)).toEqual([0, 0, 0, 0]);
  });

  it('adds nothing on a second start', async () => {
    const before = {
      story: await story(database),
      audit: await rows(database, sql`select * from audit_log order by id`),
    };
    expect(await seedDemoAccount(database, { now: NOW })).toEqual({ seeded: false });
    expect(await seedDemoHistory(database, accountId, NOW)).toMatchObject({ seeded: false, sessions: 0 });
    expect(await story(database)).toEqual(before.story);
    expect(await rows(database, sql`select * from audit_log order by id`)).toEqual(before.audit);
  });

  it('is the same month on every machine for the same first start, and quick', async () => {
    const other = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      await runMigrations(other);
      await seedDemoAccount(other, { now: NOW });
      expect(await story(other)).toEqual(await story(database));
    } finally {
      await other.close();
    }
    // Generous for a loaded CI machine; `npm run bench:demo-seed` measures it properly.
    expect(seedMs).toBeLessThan(60_000);
  }, 180_000);
});
