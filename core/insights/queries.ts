import { type SQL, sql } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { selectRows } from '../db/raw.ts';
import type { InsightsRange } from './range.ts';

/**
 * One SQL statement per chart. Each names `account_id` explicitly as well as running under RLS:
 * the policy is the guarantee, the predicate is what lets the planner use the (account_id, time)
 * indexes of migration 0030. Counts are cast to int because node-postgres returns bigint as text.
 */
export type ChartQuery<Row> = (tx: AppTx, accountId: string, range: InsightsRange) => Promise<Row[]>;

const bounds = (r: InsightsRange) => ({ from: r.from.toISOString(), to: r.toExclusive.toISOString() });

/** `and s.ticket_company_name = …` when a client is chosen; nothing otherwise (a generic plan helps no one). */
function clientOf(alias: string, r: InsightsRange): SQL {
  return r.client ? sql`and ${sql.raw(alias)}.ticket_company_name = ${r.client}` : sql``;
}

/** Every day of the range, so a quiet day is a zero and not a gap in the line. */
function days(r: InsightsRange): SQL {
  return sql`select d::date as day from generate_series(${r.fromDay}::date, ${r.toDay}::date, interval '1 day') as d`;
}

export interface VolumeRow {
  day: string;
  opened: number;
  resolved: number;
  escalated: number;
}

/** Sessions in (opened) and out (resolved, escalated) per day, each counted on the day it happened. */
export const volumeQuery: ChartQuery<VolumeRow> = (tx, accountId, r) => {
  const { from, to } = bounds(r);
  return selectRows<VolumeRow>(
    tx,
    sql`with days as (${days(r)}),
    opened as (
      select (s.created_at at time zone 'UTC')::date as day, count(*)::int as n from diagnosis_sessions s
      where s.account_id = ${accountId} and s.created_at >= ${from}::timestamptz and s.created_at < ${to}::timestamptz ${clientOf('s', r)}
      group by 1),
    resolved as (
      select (s.resolved_at at time zone 'UTC')::date as day, count(*)::int as n from diagnosis_sessions s
      where s.account_id = ${accountId} and s.resolved_at >= ${from}::timestamptz and s.resolved_at < ${to}::timestamptz ${clientOf('s', r)}
      group by 1),
    escalated as (
      select (s.escalated_at at time zone 'UTC')::date as day, count(*)::int as n from diagnosis_sessions s
      where s.account_id = ${accountId} and s.escalated_at >= ${from}::timestamptz and s.escalated_at < ${to}::timestamptz ${clientOf('s', r)}
      group by 1)
    select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(o.n, 0) as opened, coalesce(rs.n, 0) as resolved,
      coalesce(e.n, 0) as escalated
    from days left join opened o on o.day = days.day left join resolved rs on rs.day = days.day
      left join escalated e on e.day = days.day
    order by days.day`,
  );
};

export interface OutcomeRow {
  day: string;
  opened: number;
  resolved: number;
  /** Resolved without ever being escalated: what L1 (and the assistant) closed on their own. */
  deflected: number;
  escalated: number;
}

/** What became of the sessions opened each day (a cohort), the base for resolution and deflection rates. */
export const outcomesQuery: ChartQuery<OutcomeRow> = (tx, accountId, r) => {
  const { from, to } = bounds(r);
  return selectRows<OutcomeRow>(
    tx,
    sql`with days as (${days(r)}),
    cohort as (
      select (s.created_at at time zone 'UTC')::date as day, count(*)::int as opened,
        count(*) filter (where s.resolved_at is not null)::int as resolved,
        count(*) filter (where s.resolved_at is not null and s.escalated_at is null)::int as deflected,
        count(*) filter (where s.escalated_at is not null)::int as escalated
      from diagnosis_sessions s
      where s.account_id = ${accountId} and s.created_at >= ${from}::timestamptz and s.created_at < ${to}::timestamptz ${clientOf('s', r)}
      group by 1)
    select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(c.opened, 0) as opened, coalesce(c.resolved, 0) as resolved,
      coalesce(c.deflected, 0) as deflected, coalesce(c.escalated, 0) as escalated
    from days left join cohort c on c.day = days.day
    order by days.day`,
  );
};

export interface ResponseTimeRow {
  /** null on the whole-range row. */
  day: string | null;
  firstActionCount: number;
  firstActionP50Minutes: number | null;
  firstActionP90Minutes: number | null;
  claimCount: number;
  claimP50Minutes: number | null;
  claimP90Minutes: number | null;
}

/**
 * Time to first action: from a session's opening to the first thing a person did after it — their
 * first message after the opening one, or starting a flow walk (`first_action_at`, kept by triggers). Time to claim: from escalation to
 * the engineer's claim (escalation_claims). Per day plus one whole-range row (day null).
 */
export const responseTimesQuery: ChartQuery<ResponseTimeRow> = (tx, accountId, r) => {
  const { from, to } = bounds(r);
  return selectRows<ResponseTimeRow>(
    tx,
    sql`with first_action as (
      select (s.created_at at time zone 'UTC')::date as day,
        extract(epoch from s.first_action_at - s.created_at)::float8 / 60.0 as minutes
      from diagnosis_sessions s
      where s.account_id = ${accountId} and s.created_at >= ${from}::timestamptz and s.created_at < ${to}::timestamptz
        and s.first_action_at is not null ${clientOf('s', r)}),
    fa as materialized (
      select day, count(*)::int as n, percentile_cont(array[0.5, 0.9]) within group (order by minutes) as p
      from first_action group by grouping sets ((day), ())),
    claim as (
      select (s.escalated_at at time zone 'UTC')::date as day,
        extract(epoch from c.claimed_at - s.escalated_at)::float8 / 60.0 as minutes
      from diagnosis_sessions s join escalation_claims c on c.session_id = s.id
      where s.account_id = ${accountId} and s.escalated_at >= ${from}::timestamptz and s.escalated_at < ${to}::timestamptz ${clientOf('s', r)}),
    cl as materialized (
      select day, count(*)::int as n, percentile_cont(array[0.5, 0.9]) within group (order by minutes) as p
      from claim group by grouping sets ((day), ())),
    days as (${days(r)} union all select null::date)
    select to_char(days.day, 'YYYY-MM-DD') as "day",
      coalesce(fa.n, 0) as "firstActionCount", fa.p[1] as "firstActionP50Minutes", fa.p[2] as "firstActionP90Minutes",
      coalesce(cl.n, 0) as "claimCount", cl.p[1] as "claimP50Minutes", cl.p[2] as "claimP90Minutes"
    from days left join fa on fa.day is not distinct from days.day left join cl on cl.day is not distinct from days.day
    order by days.day nulls last`,
  );
};

export interface FlowFixRow {
  flowId: string;
  title: string;
  walks: number;
  worked: number;
  partial: number;
  failed: number;
  escalated: number;
  abandoned: number;
}

/** Walks started in the range, by flow, with how they ended (flow_walks.outcome / status). */
export const fixesByFlowQuery: ChartQuery<FlowFixRow> = (tx, accountId, r) => {
  const { from, to } = bounds(r);
  const byClient = r.client
    ? sql`join diagnosis_sessions s on s.id = w.session_id and s.ticket_company_name = ${r.client}`
    : sql``;
  return selectRows<FlowFixRow>(
    tx,
    sql`select f.id as "flowId", f.title, count(*)::int as walks,
      count(*) filter (where w.outcome = 'worked')::int as worked,
      count(*) filter (where w.outcome = 'partial')::int as partial,
      count(*) filter (where w.outcome = 'failed')::int as failed,
      count(*) filter (where w.status = 'escalated')::int as escalated,
      count(*) filter (where w.status = 'abandoned')::int as abandoned
    from flow_walks w join flows f on f.id = w.flow_id ${byClient}
    where w.account_id = ${accountId} and w.started_at >= ${from}::timestamptz and w.started_at < ${to}::timestamptz
    group by f.id, f.title
    order by walks desc, f.title
    limit 50`,
  );
};

export interface ArticleFixRow {
  title: string;
  url: string | null;
  proposed: number;
  success: number;
  partial: number;
  failed: number;
  dismissed: number;
}

/** Fixes proposed from a knowledge passage in the range, by that passage, with their recorded outcomes. */
export const fixesByArticleQuery: ChartQuery<ArticleFixRow> = (tx, accountId, r) => {
  const { from, to } = bounds(r);
  const byClient = r.client
    ? sql`join diagnosis_sessions s on s.id = fx.session_id and s.ticket_company_name = ${r.client}`
    : sql``;
  return selectRows<ArticleFixRow>(
    tx,
    sql`select fx.source_title as title, max(fx.source_url) as url, count(*)::int as proposed,
      count(*) filter (where fx.status = 'applied_success')::int as success,
      count(*) filter (where fx.status = 'applied_partial')::int as partial,
      count(*) filter (where fx.status = 'applied_failed')::int as failed,
      count(*) filter (where fx.status = 'dismissed')::int as dismissed
    from suggested_fixes fx ${byClient}
    where fx.account_id = ${accountId} and fx.source_title is not null
      and fx.created_at >= ${from}::timestamptz and fx.created_at < ${to}::timestamptz
    group by fx.source_title
    order by proposed desc, fx.source_title
    limit 50`,
  );
};

export interface ClientEscalationRow {
  /** null: sessions without a linked ticket's client. */
  client: string | null;
  escalated: number;
  claimed: number;
  claimP50Minutes: number | null;
}

export const escalationsByClientQuery: ChartQuery<ClientEscalationRow> = (tx, accountId, r) => {
  const { from, to } = bounds(r);
  return selectRows<ClientEscalationRow>(
    tx,
    sql`select s.ticket_company_name as client, count(*)::int as escalated, count(c.id)::int as claimed,
      percentile_cont(0.5) within group (order by extract(epoch from c.claimed_at - s.escalated_at)::float8 / 60.0)
        as "claimP50Minutes"
    from diagnosis_sessions s left join escalation_claims c on c.session_id = s.id
    where s.account_id = ${accountId} and s.escalated_at >= ${from}::timestamptz and s.escalated_at < ${to}::timestamptz ${clientOf('s', r)}
    group by s.ticket_company_name
    order by escalated desc, client nulls last
    limit 50`,
  );
};

export interface PersonRow {
  userId: string;
  name: string;
  opened: number;
  resolved: number;
  escalated: number;
  claimed: number;
  fixOutcomes: number;
  walks: number;
  total: number;
}

/**
 * What each person did, from the audit log (actions with a person as actor). With a client
 * chosen, only actions on that client's sessions count: the session is the target, or for fixes
 * and walks the `sessionId` their audit entries carry.
 */
export const peopleQuery: ChartQuery<PersonRow> = (tx, accountId, r) => {
  const { from, to } = bounds(r);
  // Materialized once as text ids: audit targets are text, and the client's sessions are few.
  const clientSessions = r.client
    ? sql`with client_sessions as materialized (
        select s.id::text as id from diagnosis_sessions s
        where s.account_id = ${accountId} and s.ticket_company_name = ${r.client})`
    : sql``;
  const byClient = r.client
    ? sql`join client_sessions cs on cs.id =
        (case when a.target_type = 'session' then a.target_id else a.metadata ->> 'sessionId' end)`
    : sql``;
  return selectRows<PersonRow>(
    tx,
    sql`${clientSessions}
    select a.actor_user_id as "userId", coalesce(max(u.name), max(a.actor_label)) as name,
      count(*) filter (where a.action = 'session.created')::int as opened,
      count(*) filter (where a.action = 'session.resolved')::int as resolved,
      count(*) filter (where a.action = 'session.escalated')::int as escalated,
      count(*) filter (where a.action = 'escalation.claimed')::int as claimed,
      count(*) filter (where a.action = 'fix.outcome_recorded')::int as "fixOutcomes",
      count(*) filter (where a.action = 'flow.walk_started')::int as walks,
      count(*)::int as total
    from audit_log a ${byClient} left join users u on u.id = a.actor_user_id
    where a.account_id = ${accountId} and a.actor_user_id is not null
      and a.occurred_at >= ${from}::timestamptz and a.occurred_at < ${to}::timestamptz
    group by a.actor_user_id
    order by total desc, name
    limit 100`,
  );
};

/** The clients the filter offers: every ticket company this account has sessions for. */
export async function listClients(tx: AppTx, accountId: string): Promise<string[]> {
  const rows = await selectRows<{ client: string }>(
    tx,
    sql`select distinct s.ticket_company_name as client from diagnosis_sessions s
    where s.account_id = ${accountId} and s.ticket_company_name is not null order by 1 limit 500`,
  );
  return rows.map((row) => row.client);
}
