import { sql } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';
import { toCsv } from './csv.ts';
import {
  type FeedbackByArticleRow,
  type FeedbackByEngineRow,
  type FeedbackTotalsRow,
  feedbackByArticleQuery,
  feedbackByEngineQuery,
  feedbackTotalsQuery,
} from './feedback-queries.ts';
import {
  type ArticleFixRow,
  type ClientEscalationRow,
  escalationsByClientQuery,
  type FlowFixRow,
  listClients,
  type OutcomeRow,
  type PersonRow,
  type ResponseTimeRow,
  responseTimesQuery,
  type VolumeRow,
} from './queries.ts';
import { type InsightsRange, resolveRange } from './range.ts';
import {
  fixesByArticleRollupQuery,
  fixesByFlowRollupQuery,
  outcomesRollupQuery,
  peopleRollupQuery,
  volumeRollupQuery,
} from './rollup-queries.ts';
import { type ChartId, InsightsExportInput, InsightsFilterInput } from './schemas.ts';

/** A share in [0, 1] rounded to 3 places, or null when there is nothing to divide by. */
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export interface InsightsView {
  range: { from: string; to: string; client: string | null };
  clients: string[];
  volume: VolumeRow[];
  outcomes: {
    days: Array<OutcomeRow & { resolutionRate: number | null; deflectionRate: number | null }>;
    totals: Omit<OutcomeRow, 'day'> & {
      day: null;
      resolutionRate: number | null;
      deflectionRate: number | null;
    };
  };
  responseTimes: { days: ResponseTimeRow[]; totals: ResponseTimeRow };
  fixesByFlow: Array<FlowFixRow & { successRate: number | null }>;
  fixesByArticle: Array<ArticleFixRow & { successRate: number | null }>;
  escalationsByClient: ClientEscalationRow[];
  people: PersonRow[];
  /** Thumbs on assistant answers (Slack, Teams, Try the bot): helpful out of rated. */
  answerFeedback: {
    totals: FeedbackTotalsRow & { helpfulRate: number | null };
    byEngine: Array<FeedbackByEngineRow & { helpfulRate: number | null }>;
    byArticle: Array<FeedbackByArticleRow & { helpfulRate: number | null }>;
  };
}

type Tx = Parameters<Parameters<typeof withTransaction>[1]>[0];

function withRates(row: OutcomeRow) {
  return {
    ...row,
    resolutionRate: rate(row.resolved, row.opened),
    deflectionRate: rate(row.deflected, row.opened),
  };
}

function withHelpfulRate<T extends FeedbackTotalsRow>(row: T): T & { helpfulRate: number | null } {
  return { ...row, helpfulRate: rate(row.helpful, row.rated) };
}

function roundTimes(row: ResponseTimeRow): ResponseTimeRow {
  return {
    ...row,
    firstActionP50Minutes: round1(row.firstActionP50Minutes),
    firstActionP90Minutes: round1(row.firstActionP90Minutes),
    claimP50Minutes: round1(row.claimP50Minutes),
    claimP90Minutes: round1(row.claimP90Minutes),
  };
}

/**
 * Each chart's rows as the page and the CSV show them; one transaction, so they agree with each
 * other. Counts come from the daily rollups (migration 0033); percentiles (response times, claim
 * minutes by client) from the raw rows, which no daily sum can give.
 */
const CHARTS = {
  volume: (tx: Tx, id: string, r: InsightsRange) => volumeRollupQuery(tx, id, r),
  outcomes: async (tx: Tx, id: string, r: InsightsRange) =>
    (await outcomesRollupQuery(tx, id, r)).map(withRates),
  'response-times': async (tx: Tx, id: string, r: InsightsRange) =>
    (await responseTimesQuery(tx, id, r)).map(roundTimes),
  'fixes-by-flow': async (tx: Tx, id: string, r: InsightsRange) =>
    (await fixesByFlowRollupQuery(tx, id, r)).map((f) => ({
      ...f,
      // Success = the walk ended "worked" out of the walks that ended (an active walk has not).
      successRate: rate(f.worked, f.worked + f.partial + f.failed + f.escalated + f.abandoned),
    })),
  'fixes-by-article': async (tx: Tx, id: string, r: InsightsRange) =>
    (await fixesByArticleRollupQuery(tx, id, r)).map((a) => ({
      ...a,
      // Success out of the fixes someone applied; proposed-and-untried and dismissed ones are not verdicts.
      successRate: rate(a.success, a.success + a.partial + a.failed),
    })),
  'escalations-by-client': async (tx: Tx, id: string, r: InsightsRange) =>
    (await escalationsByClientQuery(tx, id, r)).map((c) => ({
      ...c,
      claimP50Minutes: round1(c.claimP50Minutes),
    })),
  people: (tx: Tx, id: string, r: InsightsRange) => peopleRollupQuery(tx, id, r),
  'answers-by-engine': async (tx: Tx, id: string, r: InsightsRange) =>
    (await feedbackByEngineQuery(tx, id, r)).map(withHelpfulRate),
  'answers-by-article': async (tx: Tx, id: string, r: InsightsRange) =>
    (await feedbackByArticleQuery(tx, id, r)).map(withHelpfulRate),
} as const satisfies Record<ChartId, (tx: Tx, accountId: string, r: InsightsRange) => Promise<unknown[]>>;

/** The Insights page: every chart for a date range and optionally one client. Owners and admins. */
export async function getInsights({
  ctx,
  input,
  now,
}: {
  ctx: TenantContext;
  input: unknown;
  now: Date;
}): Promise<InsightsView> {
  authorize(ctx, 'insights.read');
  const range = resolveRange(parseInput(InsightsFilterInput, input ?? {}, 'insights filter'), now);
  return withTransaction(ctx, async (tx) => {
    await reportSettings(tx);
    const id = ctx.accountId;
    const [
      clients,
      volume,
      outcomeDays,
      times,
      byFlow,
      byArticle,
      byClient,
      people,
      feedbackTotals,
      feedbackByEngine,
      feedbackByArticle,
    ] = await sequential([
      () => listClients(tx, id),
      () => CHARTS.volume(tx, id, range),
      () => CHARTS.outcomes(tx, id, range),
      () => CHARTS['response-times'](tx, id, range),
      () => CHARTS['fixes-by-flow'](tx, id, range),
      () => CHARTS['fixes-by-article'](tx, id, range),
      () => CHARTS['escalations-by-client'](tx, id, range),
      () => CHARTS.people(tx, id, range),
      () => feedbackTotalsQuery(tx, id, range),
      () => CHARTS['answers-by-engine'](tx, id, range),
      () => CHARTS['answers-by-article'](tx, id, range),
    ] as const);
    const sum = (key: 'opened' | 'resolved' | 'deflected' | 'escalated') =>
      outcomeDays.reduce((n, d) => n + d[key], 0);
    const totals = withRates({
      day: '',
      opened: sum('opened'),
      resolved: sum('resolved'),
      deflected: sum('deflected'),
      escalated: sum('escalated'),
    });
    const timeTotals = times.find((t) => t.day === null);
    if (!timeTotals) throw new Error('response-times query returned no whole-range row');
    return {
      range: { from: range.fromDay, to: range.toDay, client: range.client },
      clients,
      volume,
      outcomes: { days: outcomeDays, totals: { ...totals, day: null } },
      responseTimes: { days: times.filter((t) => t.day !== null), totals: timeTotals },
      fixesByFlow: byFlow,
      fixesByArticle: byArticle,
      escalationsByClient: byClient,
      people,
      answerFeedback: {
        totals: withHelpfulRate(feedbackTotals[0] ?? { rated: 0, helpful: 0, notHelpful: 0 }),
        byEngine: feedbackByEngine,
        byArticle: feedbackByArticle,
      },
    };
  });
}

/** One chart's rows as CSV, named for the chart and range so downloads do not overwrite each other. */
export async function exportInsightsCsv({
  ctx,
  input,
  now,
}: {
  ctx: TenantContext;
  input: unknown;
  now: Date;
}): Promise<{ filename: string; csv: string }> {
  authorize(ctx, 'insights.read');
  const { chart, ...filter } = parseInput(InsightsExportInput, input ?? {}, 'insights export');
  const range = resolveRange(filter, now);
  const query = CHARTS[chart] as (tx: Tx, accountId: string, r: InsightsRange) => Promise<object[]>;
  const rows = await withTransaction(ctx, async (tx) => {
    await reportSettings(tx);
    return query(tx, ctx.accountId, range);
  });
  const suffix = range.client ? `-${range.client.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40)}` : '';
  return {
    filename: `insights-${chart}-${range.fromDay}-to-${range.toDay}${suffix}.csv`,
    csv: toCsv(rows as Array<Record<string, unknown>>),
  };
}

/**
 * Settings for this transaction only. These aggregates look expensive to the planner over a year
 * of sessions, which makes PostgreSQL JIT-compile them: 0.5–1.5 s of compiling for queries that
 * run in tens of milliseconds. And a year's percentile sort (100,000 rows) spills to disk at the
 * default 4 MB of work_mem.
 */
async function reportSettings(tx: Tx): Promise<void> {
  await tx.execute(sql`select set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`);
}

/**
 * Runs the queries one after another: a transaction is one connection, and both drivers would
 * queue them anyway; sequencing keeps that explicit and the types per position.
 */
async function sequential<T extends readonly (() => Promise<unknown>)[]>(
  steps: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const out: unknown[] = [];
  for (const step of steps) out.push(await step());
  return out as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
