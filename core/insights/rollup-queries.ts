import { sql } from 'drizzle-orm';
import { selectRows } from '../db/raw.ts';
import {
  type ArticleFixRow,
  type ChartQuery,
  type FlowFixRow,
  fixesByArticleQuery,
  fixesByFlowQuery,
  type OutcomeRow,
  type PersonRow,
  peopleQuery,
  type VolumeRow,
} from './queries.ts';
import type { InsightsRange } from './range.ts';

/*
 * The same charts as queries.ts, read from the daily rollups of migration 0033 (kept exact by
 * triggers): a year is at most 366 × clients rows instead of every session. Each returns exactly
 * what its raw twin returns; core/insights/rollups.test.ts holds them equal on random data.
 */

const dayRange = (r: InsightsRange) => sql`d.day >= ${r.fromDay}::date and d.day <= ${r.toDay}::date`;
const clientOf = (r: InsightsRange) => (r.client ? sql`and d.client = ${r.client}` : sql``);
const days = (r: InsightsRange) =>
  sql`select g::date as day from generate_series(${r.fromDay}::date, ${r.toDay}::date, interval '1 day') as g`;

export const volumeRollupQuery: ChartQuery<VolumeRow> = (tx, accountId, r) =>
  selectRows<VolumeRow>(
    tx,
    sql`with days as (${days(r)}),
    rolled as (
      select d.day, sum(d.opened)::int as opened, sum(d.resolved)::int as resolved, sum(d.escalated)::int as escalated
      from insights_daily d
      where d.account_id = ${accountId} and ${dayRange(r)} ${clientOf(r)}
      group by d.day)
    select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(x.opened, 0) as opened,
      coalesce(x.resolved, 0) as resolved, coalesce(x.escalated, 0) as escalated
    from days left join rolled x on x.day = days.day
    order by days.day`,
  );

export const outcomesRollupQuery: ChartQuery<OutcomeRow> = (tx, accountId, r) =>
  selectRows<OutcomeRow>(
    tx,
    sql`with days as (${days(r)}),
    rolled as (
      select d.day, sum(d.opened)::int as opened, sum(d.cohort_resolved)::int as resolved,
        sum(d.cohort_deflected)::int as deflected, sum(d.cohort_escalated)::int as escalated
      from insights_daily d
      where d.account_id = ${accountId} and ${dayRange(r)} ${clientOf(r)}
      group by d.day)
    select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(x.opened, 0) as opened,
      coalesce(x.resolved, 0) as resolved, coalesce(x.deflected, 0) as deflected,
      coalesce(x.escalated, 0) as escalated
    from days left join rolled x on x.day = days.day
    order by days.day`,
  );

/**
 * Per-person activity from the audit rollup. With a client chosen the raw query answers: the rollup
 * has no client (an audit entry's session may be linked to a client after the fact), and one
 * client's share of the log is small.
 */
export const peopleRollupQuery: ChartQuery<PersonRow> = (tx, accountId, r) => {
  if (r.client) return peopleQuery(tx, accountId, r);
  return selectRows<PersonRow>(
    tx,
    sql`select d.actor_user_id as "userId", coalesce(max(u.name), max(d.actor_label)) as name,
      coalesce(sum(d.n) filter (where d.action = 'session.created'), 0)::int as opened,
      coalesce(sum(d.n) filter (where d.action = 'session.resolved'), 0)::int as resolved,
      coalesce(sum(d.n) filter (where d.action = 'session.escalated'), 0)::int as escalated,
      coalesce(sum(d.n) filter (where d.action = 'escalation.claimed'), 0)::int as claimed,
      coalesce(sum(d.n) filter (where d.action = 'fix.outcome_recorded'), 0)::int as "fixOutcomes",
      coalesce(sum(d.n) filter (where d.action = 'flow.walk_started'), 0)::int as walks,
      sum(d.n)::int as total
    from insights_people_daily d left join users u on u.id = d.actor_user_id
    where d.account_id = ${accountId} and ${dayRange(r)}
    group by d.actor_user_id
    having sum(d.n) > 0
    order by total desc, name
    limit 100`,
  );
};

/** Walks by flow from the walk rollup; with a client chosen the raw query answers (see people). */
export const fixesByFlowRollupQuery: ChartQuery<FlowFixRow> = (tx, accountId, r) => {
  if (r.client) return fixesByFlowQuery(tx, accountId, r);
  return selectRows<FlowFixRow>(
    tx,
    sql`select f.id as "flowId", f.title, sum(d.walks)::int as walks, sum(d.worked)::int as worked,
      sum(d.partial)::int as partial, sum(d.failed)::int as failed, sum(d.escalated)::int as escalated,
      sum(d.abandoned)::int as abandoned
    from insights_flows_daily d join flows f on f.id = d.flow_id
    where d.account_id = ${accountId} and ${dayRange(r)}
    group by f.id, f.title
    having sum(d.walks) > 0
    order by walks desc, f.title
    limit 50`,
  );
};

/** Fixes by knowledge passage from the fix rollup; with a client chosen the raw query answers. */
export const fixesByArticleRollupQuery: ChartQuery<ArticleFixRow> = (tx, accountId, r) => {
  if (r.client) return fixesByArticleQuery(tx, accountId, r);
  return selectRows<ArticleFixRow>(
    tx,
    sql`select d.title, max(d.url) as url, sum(d.proposed)::int as proposed, sum(d.success)::int as success,
      sum(d.partial)::int as partial, sum(d.failed)::int as failed, sum(d.dismissed)::int as dismissed
    from insights_articles_daily d
    where d.account_id = ${accountId} and ${dayRange(r)}
    group by d.title
    having sum(d.proposed) > 0
    order by proposed desc, d.title
    limit 50`,
  );
};
