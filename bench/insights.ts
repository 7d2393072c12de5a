/**
 * `npm run bench:insights` — every Insights chart over 100,000 sessions (with their turns, claims,
 * walks, fixes and audit entries, bulk-inserted into a throwaway account beside a 20,000-session
 * neighbour) on the PostgreSQL server in DATABASE_URL, then over 10,000 sessions on PGlite. Each
 * chart runs through the real verb (RLS transaction, CSV export path) for three filters — the
 * default 30 days, a whole year, 30 days for one client — and prints p50/p95 in ms next to the
 * same chart computed from the raw rows (the queries in core/insights/queries.ts, without the
 * daily rollups of migration 0033), in the same run. Target: p95 < 150 ms per chart.
 *
 *   RF_TEST_DB=insightsbench bash .ci/start-postgres.sh   # prints a DATABASE_URL
 *   DATABASE_URL=… npm run bench:insights
 */
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../core/db/client.ts';
import { runMigrations } from '../core/db/migrate.ts';
import { withSystemTransaction, withTransaction } from '../core/db/transactions.ts';
import { feedbackByArticleQuery, feedbackByEngineQuery } from '../core/insights/feedback-queries.ts';
import { CHART_IDS, type ChartId, exportInsightsCsv } from '../core/insights/index.ts';
import {
  type ChartQuery,
  escalationsByClientQuery,
  fixesByArticleQuery,
  fixesByFlowQuery,
  outcomesQuery,
  peopleQuery,
  responseTimesQuery,
  volumeQuery,
} from '../core/insights/queries.ts';
import { resolveRange } from '../core/insights/range.ts';
import type { TenantContext } from '../core/shared/context.ts';
import { createTestAccount } from '../test/factories.ts';

/** The charts as computed from the raw rows, before the rollups: what the rollups are measured against. */
const RAW: Record<ChartId, ChartQuery<unknown>> = {
  volume: volumeQuery,
  outcomes: outcomesQuery,
  'response-times': responseTimesQuery,
  'fixes-by-flow': fixesByFlowQuery,
  'fixes-by-article': fixesByArticleQuery,
  'escalations-by-client': escalationsByClientQuery,
  people: peopleQuery,
  // No rollup: these read answer_feedback directly either way.
  'answers-by-engine': feedbackByEngineQuery,
  'answers-by-article': feedbackByArticleQuery,
};

const NOW = new Date();
const day = (offset: number) => new Date(NOW.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
const FILTERS = {
  '30 days': {},
  '365 days': { from: day(364), to: day(0) },
  '30 days, one client': { client: 'Client 7' },
} as const;

const uuidArray = (ids: string[]) => sql.raw(`array[${ids.map((id) => `'${id}'`).join(',')}]::uuid[]`);

/** Bulk history in one system transaction: set-based inserts, a fixed seed so every run is the same. */
async function generate(database: Database, accountId: string, users: string[], sessions: number) {
  const started = Date.now();
  await withSystemTransaction(database, 'insights bench data', async (tx) => {
    const u = uuidArray(users);
    await tx.execute(sql`select setseed(0.42)`);
    await tx.execute(sql`
      insert into diagnosis_sessions (account_id, owner_user_id, channel_kind, status, problem_summary,
        ticket_company_name, created_at, resolved_at, escalated_at)
      select ${accountId}, (${u})[1 + g % ${users.length}], 'web',
        case when r < 0.6 or (r < 0.85 and r2 < 0.5) then 'resolved' when r < 0.85 then 'escalated' else 'active' end,
        'Bench problem ' || g, 'Client ' || (g % 40), c,
        case when r < 0.6 then c + (5 + r2 * 600) * interval '1 minute'
             when r < 0.85 and r2 < 0.5 then c + interval '4 hours' end,
        case when r >= 0.6 and r < 0.85 then c + (10 + r2 * 120) * interval '1 minute' end
      from (select g, now() - random() * interval '365 days' as c, random() as r, random() as r2
            from generate_series(1, ${sessions}) g) x`);
    await tx.execute(sql`
      insert into session_turns (account_id, session_id, seq, role, author_user_id, text, created_at)
      select s.account_id, s.id, t.seq, t.role, case when t.role = 'engineer' then s.owner_user_id end, 'bench turn',
        s.created_at + case t.seq when 0 then interval '0' when 1 then interval '5 seconds'
          else (1 + random() * 240) * interval '1 minute' end
      from diagnosis_sessions s
      cross join (values (0, 'engineer'), (1, 'assistant'), (2, 'engineer')) t(seq, role)
      where s.account_id = ${accountId} and (t.seq < 2 or random() < 0.8)`);
    await tx.execute(sql`
      insert into escalation_claims (account_id, session_id, claimed_by_user_id, claimed_at)
      select s.account_id, s.id, (${u})[1 + floor(random() * ${users.length})::int], s.escalated_at + (1 + random() * 90) * interval '1 minute'
      from diagnosis_sessions s where s.account_id = ${accountId} and s.escalated_at is not null and random() < 0.9`);
    await tx.execute(sql`
      insert into flows (account_id, title, origin, status, draft_graph, current_version)
      select ${accountId}, 'Flow ' || g, 'authored', 'published', '{}'::jsonb, 1 from generate_series(1, 30) g`);
    await tx.execute(sql`
      insert into flow_versions (account_id, flow_id, version, title, graph)
      select f.account_id, f.id, 1, f.title, '{}'::jsonb from flows f where f.account_id = ${accountId}`);
    await tx.execute(sql`
      with fl as (select f.id, v.id as version_id, row_number() over (order by f.id) - 1 as n
                  from flows f join flow_versions v on v.flow_id = f.id where f.account_id = ${accountId})
      insert into flow_walks (account_id, flow_id, flow_version_id, session_id, walker_user_id, current_step_id,
        status, outcome, started_at)
      select s.account_id, fl.id, fl.version_id, s.id, s.owner_user_id, 'a',
        case when r < 0.7 then 'resolved' when r < 0.9 then 'escalated' else 'abandoned' end,
        case when r < 0.5 then 'worked' when r < 0.6 then 'partial' when r < 0.7 then 'failed' end,
        s.created_at + interval '2 minutes'
      from (select s.*, random() as r, random() as pick, random() as walked
            from diagnosis_sessions s where s.account_id = ${accountId}) s
      join fl on fl.n = floor(s.pick * 30)
      where s.walked < 0.4`);
    await tx.execute(sql`
      insert into suggested_fixes (account_id, session_id, title, steps, confidence, status, partial_notes,
        source_title, source_url, created_at)
      select s.account_id, s.id, 'Bench fix', '["step"]'::jsonb, 60,
        case when r < 0.45 then 'applied_success' when r < 0.55 then 'applied_partial'
             when r < 0.75 then 'applied_failed' when r < 0.85 then 'dismissed' else 'proposed' end,
        case when r >= 0.45 and r < 0.55 then 'some users' end,
        case when r2 < 0.7 then 'Article ' || floor(r2 * 200)::int end,
        case when r2 < 0.7 then 'https://kb.example/' || floor(r2 * 200)::int end,
        s.created_at + interval '3 minutes'
      from (select s.*, random() as r, random() as r2 from diagnosis_sessions s where s.account_id = ${accountId}) s
      where random() < 0.5`);
    await tx.execute(sql`
      insert into audit_log (account_id, actor_user_id, actor_label, action, target_type, target_id, metadata, occurred_at)
      select s.account_id, s.owner_user_id, 'bench', e.action, 'session', s.id::text, '{}'::jsonb, e.at
      from diagnosis_sessions s
      cross join lateral (values ('session.created', s.created_at), ('session.resolved', s.resolved_at),
        ('session.escalated', s.escalated_at)) e(action, at)
      where s.account_id = ${accountId} and e.at is not null`);
    await tx.execute(sql`
      insert into audit_log (account_id, actor_user_id, actor_label, action, target_type, target_id, metadata, occurred_at)
      select c.account_id, c.claimed_by_user_id, 'bench', 'escalation.claimed', 'session', c.session_id::text, '{}'::jsonb, c.claimed_at
      from escalation_claims c where c.account_id = ${accountId}`);
    await tx.execute(sql`
      insert into audit_log (account_id, actor_user_id, actor_label, action, target_type, target_id, metadata, occurred_at)
      select f.account_id, s.owner_user_id, 'bench', 'fix.outcome_recorded', 'fix', f.id::text,
        jsonb_build_object('sessionId', f.session_id), f.created_at + interval '20 minutes'
      from suggested_fixes f join diagnosis_sessions s on s.id = f.session_id
      where f.account_id = ${accountId} and f.status <> 'proposed'`);
  });
  return Date.now() - started;
}

async function counts(database: Database, accountId: string) {
  return withSystemTransaction(database, 'insights bench counts', async (tx) => {
    const result = (await tx.execute(sql`select
      (select count(*) from diagnosis_sessions where account_id = ${accountId})::int as sessions,
      (select count(*) from session_turns where account_id = ${accountId})::int as turns,
      (select count(*) from flow_walks where account_id = ${accountId})::int as walks,
      (select count(*) from suggested_fixes where account_id = ${accountId})::int as fixes,
      (select count(*) from audit_log where account_id = ${accountId})::int as audit`)) as {
      rows: unknown[];
    };
    return result.rows[0];
  });
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? Number.NaN;
}

type Timings = Record<string, Record<string, { p50: number; p95: number }>>;

/** One raw chart query in a tenant transaction with the verb's settings (no JIT, 32 MB work_mem). */
async function rawChart(ctx: TenantContext, chart: ChartId, filter: object) {
  const range = resolveRange(filter, NOW);
  await withTransaction(ctx, async (tx) => {
    await tx.execute(sql`select set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`);
    await RAW[chart](tx, ctx.accountId, range);
  });
}

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

/**
 * Each chart through the verb (rollups) and as the raw query, runs interleaved so both see the
 * same machine load (this one is shared); the raw side runs fewer times, being slower.
 */
async function timeCharts(ctx: TenantContext, runs: number, rawRuns: number) {
  const rolled: Timings = {};
  const raw: Timings = {};
  for (const [label, filter] of Object.entries(FILTERS)) {
    rolled[label] = {};
    raw[label] = {};
    for (const chart of CHART_IDS) {
      const verb = () => exportInsightsCsv({ ctx, input: { ...filter, chart }, now: NOW });
      const direct = () => rawChart(ctx, chart, filter);
      await verb(); // warm the plans and buffers
      await direct();
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        let t = performance.now();
        await verb();
        a.push(performance.now() - t);
        if (i % Math.ceil(runs / rawRuns) !== 0) continue;
        t = performance.now();
        await direct();
        b.push(performance.now() - t);
      }
      rolled[label][chart] = stats(a);
      raw[label][chart] = stats(b);
      process.stderr.write(
        `  ${label} / ${chart}: p95 ${rolled[label][chart].p95.toFixed(1)} ms (raw ${raw[label][chart].p95.toFixed(1)} ms)\n`,
      );
    }
  }
  return { rolled, raw };
}

/** VACUUM as autovacuum would after a bulk load: sets the visibility map for index-only scans. */
async function analyze(database: Database) {
  for (const table of [
    'diagnosis_sessions',
    'session_turns',
    'escalation_claims',
    'flow_walks',
    'suggested_fixes',
    'audit_log',
    'insights_daily',
    'insights_people_daily',
    'insights_flows_daily',
    'insights_articles_daily',
  ]) {
    await database.db.execute(sql.raw(`vacuum analyze ${table}`));
  }
}

function print(title: string, withIdx: Timings, without: Timings) {
  console.log(`\n${title}`);
  console.log(
    `${'filter'.padEnd(22)}${'chart'.padEnd(24)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}   | raw rows, no rollups: p50, p95`,
  );
  let worst = 0;
  for (const label of Object.keys(withIdx)) {
    for (const [chart, t] of Object.entries(withIdx[label] ?? {})) {
      const w = without[label]?.[chart];
      worst = Math.max(worst, t.p95);
      console.log(
        `${label.padEnd(22)}${chart.padEnd(24)}${t.p50.toFixed(1).padStart(9)}${t.p95.toFixed(1).padStart(9)}   | ${w ? `${w.p50.toFixed(1)}, ${w.p95.toFixed(1)}` : '—'}`,
      );
    }
  }
  console.log(
    `worst p95 (rollups + indexes): ${worst.toFixed(1)} ms (target < 150 ms) ${worst < 150 ? 'PASS' : 'FAIL'}`,
  );
}

async function bench(database: Database, title: string, sessions: number, neighbour: number, runs: number) {
  await runMigrations(database);
  const account = await createTestAccount(database, 'Insights bench');
  const users: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const m = await account.member(i < 2 ? 'admin' : 'engineer', { name: `Bench person ${i}` });
    if (m.actor.kind === 'user') users.push(m.actor.userId);
  }
  const admin = await account.member('admin');
  const other = await createTestAccount(database, 'Insights bench neighbour');
  const otherOwner = other.owner.actor.kind === 'user' ? other.owner.actor.userId : '';
  const genMs = await generate(database, account.accountId, users, sessions);
  if (neighbour > 0) await generate(database, other.accountId, [otherOwner], neighbour);
  await analyze(database);
  console.log(
    `\n${title}: generated in ${(genMs / 1000).toFixed(1)} s`,
    await counts(database, account.accountId),
  );

  // The machine is shared: the load average says how much of a p95 is other people's work.
  console.log(
    `load average before timing: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  const { rolled, raw } = await timeCharts(admin, runs, Math.max(5, Math.floor(runs / 3)));
  print(title, rolled, raw);
  console.log(
    `load average after timing: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const server = await openDatabase({ kind: 'postgres', url, poolMax: 2 });
    try {
      await bench(server, 'PostgreSQL server, 100,000 sessions', 100_000, 20_000, 40);
    } finally {
      await server.close();
    }
  } else {
    console.log(
      'DATABASE_URL not set: skipping the PostgreSQL server run (see the header of bench/insights.ts).',
    );
  }
  const pglite = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  try {
    await bench(pglite, 'PGlite, 10,000 sessions', 10_000, 0, 20);
  } finally {
    await pglite.close();
  }
}

await main();
