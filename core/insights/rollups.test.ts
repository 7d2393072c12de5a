import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDatabaseRefusal } from '../../test/assertions.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import type { Database } from '../db/client.ts';
import { selectRows } from '../db/raw.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { getInsights } from './get-insights.ts';
import { fixesByArticleQuery, fixesByFlowQuery, outcomesQuery, peopleQuery, volumeQuery } from './queries.ts';
import { type InsightsRange, resolveRange } from './range.ts';
import {
  fixesByArticleRollupQuery,
  fixesByFlowRollupQuery,
  outcomesRollupQuery,
  peopleRollupQuery,
  volumeRollupQuery,
} from './rollup-queries.ts';

const NOW = new Date('2026-06-30T15:00:00Z');
const ACTIONS = [
  'session.created',
  'session.resolved',
  'session.escalated',
  'escalation.claimed',
  'flow.walk_started',
];

const userIdOf = (ctx: TenantContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : '');
const uuids = (ids: string[]) => sql.raw(`array[${ids.map((id) => `'${id}'`).join(',')}]::uuid[]`);

/**
 * Random history written the way the product writes it — rows inserted, then updated (resolved,
 * escalated, re-dated, linked to another client), audit entries inserted and purged — so the
 * triggers see every kind of change. `seed` keeps a failing run reproducible.
 */
async function randomHistory(database: Database, accountId: string, users: string[], seed: number) {
  await withSystemTransaction(database, 'rollup test history', async (tx) => {
    await tx.execute(sql`select setseed(${seed})`);
    const clients = sql.raw(`array['Contoso','Fabrikam','Northwind']`);
    await tx.execute(sql`
      insert into diagnosis_sessions (account_id, owner_user_id, channel_kind, status, problem_summary,
        ticket_company_name, created_at)
      select ${accountId}, (${uuids(users)})[1 + floor(random() * ${users.length})::int], 'web', 'active',
        'Rollup problem ' || g, case when random() < 0.2 then null else (${clients})[1 + floor(random() * 3)::int] end,
        ${NOW.toISOString()}::timestamptz - random() * interval '75 days'
      from generate_series(1, 400) g`);
    // Outcomes arrive later, some across midnight and out of the range; then some are undone.
    await tx.execute(sql`
      update diagnosis_sessions set status = 'resolved_local',
        resolved_at = created_at + random() * interval '3 days'
      where account_id = ${accountId} and random() < 0.55`);
    await tx.execute(sql`
      update diagnosis_sessions set escalated_at = created_at + random() * interval '30 hours'
      where account_id = ${accountId} and random() < 0.35`);
    await tx.execute(sql`
      update diagnosis_sessions set resolved_at = null, status = 'active'
      where account_id = ${accountId} and resolved_at is not null and random() < 0.1`);
    await tx.execute(sql`
      update diagnosis_sessions set ticket_company_name = (${clients})[1 + floor(random() * 3)::int]
      where account_id = ${accountId} and random() < 0.15`);
    await tx.execute(sql`
      update diagnosis_sessions set created_at = created_at - interval '1 day'
      where account_id = ${accountId} and random() < 0.1`);
    // Touching other columns must change nothing in the rollups.
    await tx.execute(sql`
      update diagnosis_sessions set problem_summary = problem_summary || ' (edited)'
      where account_id = ${accountId} and random() < 0.3`);
    await tx.execute(sql`
      insert into flows (account_id, title, origin, status, draft_graph, current_version)
      select ${accountId}, 'Rollup flow ' || g, 'authored', 'published', '{}'::jsonb, 1 from generate_series(1, 5) g`);
    await tx.execute(sql`
      insert into flow_versions (account_id, flow_id, version, title, graph)
      select f.account_id, f.id, 1, f.title, '{}'::jsonb from flows f where f.account_id = ${accountId}`);
    await tx.execute(sql`
      with fl as (select f.id, v.id as version_id, row_number() over (order by f.id) - 1 as n
                  from flows f join flow_versions v on v.flow_id = f.id where f.account_id = ${accountId})
      insert into flow_walks (account_id, flow_id, flow_version_id, session_id, walker_user_id, current_step_id,
        status, started_at)
      select s.account_id, fl.id, fl.version_id, s.id, s.owner_user_id, 'a', 'active', s.created_at + random() * interval '20 hours'
      from (select s.*, random() as pick from diagnosis_sessions s where s.account_id = ${accountId}) s
      join fl on fl.n = floor(s.pick * 5)
      where random() < 0.5`);
    // Walks end after they start, some are abandoned, and one flow is deleted with its walks.
    await tx.execute(sql`
      update flow_walks set status = 'resolved', outcome = (array['worked','partial','failed'])[1 + floor(random() * 3)::int]
      where account_id = ${accountId} and random() < 0.6`);
    await tx.execute(sql`
      update flow_walks set status = (array['escalated','abandoned'])[1 + floor(random() * 2)::int]
      where account_id = ${accountId} and status = 'active' and random() < 0.7`);
    await tx.execute(sql`
      insert into suggested_fixes (account_id, session_id, title, steps, confidence, status, source_title, source_url, created_at)
      select s.account_id, s.id, 'Rollup fix', '["step"]'::jsonb, 60, 'proposed',
        case when random() < 0.8 then 'Article ' || floor(random() * 6)::int end,
        'https://kb.example/' || floor(random() * 3)::int, s.created_at + random() * interval '2 days'
      from diagnosis_sessions s where s.account_id = ${accountId} and random() < 0.6`);
    await tx.execute(sql`
      update suggested_fixes set status = (array['applied_success','applied_failed','dismissed'])[1 + floor(random() * 3)::int]
      where account_id = ${accountId} and random() < 0.6`);
    await tx.execute(sql`
      update suggested_fixes set status = 'applied_partial', partial_notes = 'half of it'
      where account_id = ${accountId} and status = 'proposed' and random() < 0.3`);
    await tx.execute(sql`
      delete from suggested_fixes where account_id = ${accountId} and random() < 0.05`);
    await tx.execute(sql`
      insert into audit_log (account_id, actor_user_id, actor_label, action, target_type, target_id, metadata, occurred_at)
      select ${accountId}, case when random() < 0.1 then null else (${uuids(users)})[1 + floor(random() * ${users.length})::int] end,
        'rollup test', (${sql.raw(`array[${ACTIONS.map((a) => `'${a}'`).join(',')}]`)})[1 + floor(random() * ${ACTIONS.length})::int],
        'session', gen_random_uuid()::text, '{}'::jsonb, ${NOW.toISOString()}::timestamptz - random() * interval '75 days'
      from generate_series(1, 900) g`);
    await tx.execute(sql`
      delete from audit_log where account_id = ${accountId} and random() < 0.1`);
  });
}

describe('Insights daily rollups (migration 0033)', () => {
  let database: Database;
  let a: TestAccount;
  let b: TestAccount;
  let adminA: TenantContext;

  // Random history for two accounts through the triggers: slow on a loaded CI machine.
  beforeAll(async () => {
    database = await testDatabase();
    a = await createTestAccount(database, 'Rollups A');
    b = await createTestAccount(database, 'Rollups B');
    adminA = await a.member('admin', { name: 'Ada Rollup' });
    const usersA = [
      userIdOf(a.owner),
      userIdOf(adminA),
      userIdOf(await a.member('engineer', { name: 'Eve' })),
    ];
    const usersB = [userIdOf(b.owner)];
    await randomHistory(database, a.accountId, usersA, 0.13);
    await randomHistory(database, b.accountId, usersB, 0.71);
  }, 180_000);

  const ranges: Array<[string, { from?: string; to?: string; client?: string }]> = [
    ['the default 30 days', {}],
    ['60 days', { from: '2026-05-02', to: '2026-06-30' }],
    ['a year', { from: '2025-07-01', to: '2026-06-30' }],
    ['one client', { from: '2026-04-15', to: '2026-06-30', client: 'Fabrikam' }],
    ['a client with no sessions', { client: 'Nobody Ltd' }],
  ];

  it.each(ranges)('answers exactly what the raw queries answer: %s', async (_label, filter) => {
    const range: InsightsRange = resolveRange(filter, NOW);
    await withTransaction(adminA, async (tx) => {
      expect(await volumeRollupQuery(tx, a.accountId, range)).toEqual(
        await volumeQuery(tx, a.accountId, range),
      );
      expect(await outcomesRollupQuery(tx, a.accountId, range)).toEqual(
        await outcomesQuery(tx, a.accountId, range),
      );
      expect(await peopleRollupQuery(tx, a.accountId, range)).toEqual(
        await peopleQuery(tx, a.accountId, range),
      );
      expect(await fixesByFlowRollupQuery(tx, a.accountId, range)).toEqual(
        await fixesByFlowQuery(tx, a.accountId, range),
      );
      expect(await fixesByArticleRollupQuery(tx, a.accountId, range)).toEqual(
        await fixesByArticleQuery(tx, a.accountId, range),
      );
    });
    // And the data is not trivially empty where it should not be.
    if (!filter.client) {
      const view = await getInsights({ ctx: adminA, input: filter, now: NOW });
      expect(view.outcomes.totals.opened).toBeGreaterThan(0);
      expect(view.people.length).toBeGreaterThan(0);
      expect(view.fixesByFlow.length).toBeGreaterThan(0);
      expect(view.fixesByArticle.length).toBeGreaterThan(0);
    }
  });

  it('holds one tenant to its own rollup rows (RLS)', async () => {
    const seen = await withTransaction(adminA, (tx) =>
      selectRows<{ account_id: string; n: number }>(
        tx,
        sql`select account_id, count(*)::int as n from insights_daily group by account_id
            union all select account_id, count(*)::int from insights_people_daily group by account_id`,
      ),
    );
    expect(seen.length).toBe(2);
    expect(new Set(seen.map((r) => r.account_id))).toEqual(new Set([a.accountId]));
    // Even asking for B's rows by id finds nothing.
    const bRows = await withTransaction(adminA, (tx) =>
      selectRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from insights_daily where account_id = ${b.accountId}`,
      ),
    );
    expect(bRows[0]?.n).toBe(0);
    // A tenant cannot write another tenant's rollup.
    await expectDatabaseRefusal(
      withTransaction(adminA, (tx) =>
        tx.execute(
          sql`insert into insights_daily (account_id, day, client, opened) values (${b.accountId}, '2026-06-01', 'X', 5)`,
        ),
      ),
      /row-level security/,
    );
    const untouched = await withSystemTransaction(database, 'rollup test check', (tx) =>
      selectRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from insights_daily where account_id = ${b.accountId} and client = 'X'`,
      ),
    );
    expect(untouched[0]?.n).toBe(0);
  });

  it('a session written by a tenant updates that tenant’s rollup in the same transaction', async () => {
    const range = resolveRange({ from: '2026-06-29', to: '2026-06-30', client: 'Solo Client' }, NOW);
    await withTransaction(adminA, async (tx) => {
      await tx.execute(sql`
        insert into diagnosis_sessions (account_id, owner_user_id, channel_kind, status, problem_summary, ticket_company_name, created_at, resolved_at)
        values (${a.accountId}, ${userIdOf(adminA)}, 'web', 'resolved_local', 'Solo problem', 'Solo Client',
          '2026-06-29T23:30:00Z', '2026-06-30T00:15:00Z')`);
      const rolled = await volumeRollupQuery(tx, a.accountId, range);
      expect(rolled).toEqual([
        { day: '2026-06-29', opened: 1, resolved: 0, escalated: 0 },
        { day: '2026-06-30', opened: 0, resolved: 1, escalated: 0 },
      ]);
      expect(rolled).toEqual(await volumeQuery(tx, a.accountId, range));
    });
  });

  it('deleting an account takes its rollups with it (the cascade does not trip the triggers)', async () => {
    const c = await createTestAccount(database, 'Rollups C');
    await randomHistory(database, c.accountId, [userIdOf(c.owner)], 0.5);
    const count = () =>
      withSystemTransaction(database, 'rollup test count', (tx) =>
        selectRows<{ n: number }>(
          tx,
          sql`select (select count(*) from insights_daily where account_id = ${c.accountId})
            + (select count(*) from insights_people_daily where account_id = ${c.accountId}) as n`,
        ),
      );
    expect(Number((await count())[0]?.n)).toBeGreaterThan(0);
    await withSystemTransaction(database, 'rollup test delete', (tx) =>
      tx.execute(sql`delete from accounts where id = ${c.accountId}`),
    );
    expect(Number((await count())[0]?.n)).toBe(0);
  }, 120_000);
});
