import { type SQL, sql } from 'drizzle-orm';
import { selectRows } from '../db/raw.ts';
import type { ChartQuery } from './queries.ts';
import type { InsightsRange } from './range.ts';

/*
 * Helpful-answer rates from answer_feedback (migration 0040): thumbs from Slack, Teams and Try the
 * bot, one row per person per answer. Read raw rather than from a rollup: ratings are a small
 * fraction of turns (one per rated answer per person), and the (account_id, created_at) index bounds
 * the scan to the range. A rating counts on the day it was first given (created_at); changing a
 * thumb later moves the verdict, not the day.
 */

/** The rated answers in range, narrowed to one client's sessions when one is chosen. */
function rated(accountId: string, r: InsightsRange): SQL {
  const byClient = r.client
    ? sql`join diagnosis_sessions s on s.id = f.session_id and s.ticket_company_name = ${r.client}`
    : sql``;
  return sql`select f.id, f.rating, f.engine, f.sources from answer_feedback f ${byClient}
    where f.account_id = ${accountId}
      and f.created_at >= ${r.from.toISOString()}::timestamptz
      and f.created_at < ${r.toExclusive.toISOString()}::timestamptz`;
}

export interface FeedbackTotalsRow {
  rated: number;
  helpful: number;
  notHelpful: number;
}

export const feedbackTotalsQuery: ChartQuery<FeedbackTotalsRow> = (tx, accountId, r) =>
  selectRows<FeedbackTotalsRow>(
    tx,
    sql`with fb as (${rated(accountId, r)})
    select count(*)::int as rated, count(*) filter (where fb.rating = 'helpful')::int as helpful,
      count(*) filter (where fb.rating = 'not_helpful')::int as "notHelpful"
    from fb`,
  );

export interface FeedbackByEngineRow extends FeedbackTotalsRow {
  /** `claude`, `offline` …; "unknown" for answers saved before engines were recorded. */
  engine: string;
}

export const feedbackByEngineQuery: ChartQuery<FeedbackByEngineRow> = (tx, accountId, r) =>
  selectRows<FeedbackByEngineRow>(
    tx,
    sql`with fb as (${rated(accountId, r)})
    select coalesce(fb.engine, 'unknown') as engine, count(*)::int as rated,
      count(*) filter (where fb.rating = 'helpful')::int as helpful,
      count(*) filter (where fb.rating = 'not_helpful')::int as "notHelpful"
    from fb
    group by 1
    order by rated desc, engine`,
  );

export interface FeedbackByArticleRow extends FeedbackTotalsRow {
  documentId: string;
  /** The connector the passage came from; a document id is unique only within one. */
  source: string;
  title: string;
  url: string | null;
}

/**
 * Per knowledge passage: a rating counts once for every passage the rated answer was given with,
 * so an article that keeps appearing under unhelpful answers stands out.
 */
export const feedbackByArticleQuery: ChartQuery<FeedbackByArticleRow> = (tx, accountId, r) =>
  selectRows<FeedbackByArticleRow>(
    tx,
    sql`with fb as (${rated(accountId, r)}),
    -- An answer given two passages of one article counts once for that article.
    cited as (
      select distinct on (fb.id, p ->> 'documentId', coalesce(p ->> 'source', ''))
        fb.rating, p ->> 'documentId' as doc, coalesce(p ->> 'source', '') as src,
        p ->> 'title' as title, p ->> 'url' as url
      from fb cross join lateral jsonb_array_elements(fb.sources) as p
      where p ->> 'documentId' is not null)
    select c.doc as "documentId", c.src as source, max(c.title) as title, max(c.url) as url,
      count(*)::int as rated, count(*) filter (where c.rating = 'helpful')::int as helpful,
      count(*) filter (where c.rating = 'not_helpful')::int as "notHelpful"
    from cited c
    group by c.doc, c.src
    order by rated desc, title, "documentId"
    limit 50`,
  );
