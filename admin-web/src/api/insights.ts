import { request } from './client.ts';

/** Mirrors core/insights (get-insights.ts): what GET /insights answers. */
export interface InsightsFilter {
  from?: string;
  to?: string;
  client?: string;
}

export interface OutcomeDay {
  day: string;
  opened: number;
  resolved: number;
  deflected: number;
  escalated: number;
  resolutionRate: number | null;
  deflectionRate: number | null;
}

export interface ResponseTimes {
  day: string | null;
  firstActionCount: number;
  firstActionP50Minutes: number | null;
  firstActionP90Minutes: number | null;
  claimCount: number;
  claimP50Minutes: number | null;
  claimP90Minutes: number | null;
}

/** Helpful out of rated thumbs on assistant answers (core/insights/feedback-queries.ts). */
export interface FeedbackCounts {
  rated: number;
  helpful: number;
  notHelpful: number;
  helpfulRate: number | null;
}

export interface InsightsView {
  range: { from: string; to: string; client: string | null };
  clients: string[];
  volume: Array<{ day: string; opened: number; resolved: number; escalated: number }>;
  outcomes: { days: OutcomeDay[]; totals: Omit<OutcomeDay, 'day'> };
  responseTimes: { days: ResponseTimes[]; totals: ResponseTimes };
  fixesByFlow: Array<{
    flowId: string;
    title: string;
    walks: number;
    worked: number;
    partial: number;
    failed: number;
    escalated: number;
    abandoned: number;
    successRate: number | null;
  }>;
  fixesByArticle: Array<{
    title: string;
    url: string | null;
    proposed: number;
    success: number;
    partial: number;
    failed: number;
    dismissed: number;
    successRate: number | null;
  }>;
  escalationsByClient: Array<{
    client: string | null;
    escalated: number;
    claimed: number;
    claimP50Minutes: number | null;
  }>;
  people: Array<{
    userId: string;
    name: string;
    opened: number;
    resolved: number;
    escalated: number;
    claimed: number;
    fixOutcomes: number;
    walks: number;
    total: number;
  }>;
  answerFeedback: {
    totals: FeedbackCounts;
    byEngine: Array<FeedbackCounts & { engine: string }>;
    byArticle: Array<
      FeedbackCounts & { documentId: string; source: string; title: string; url: string | null }
    >;
  };
}

export const getInsights = (filter: InsightsFilter) =>
  request<InsightsView>('/insights', { query: { ...filter } });

/**
 * A plain link: the download rides on the rf_at cookie like any page load, and the browser saves
 * the file under the server's Content-Disposition name.
 */
export function insightsCsvUrl(chart: string, filter: InsightsFilter): string {
  const params = new URLSearchParams({ chart });
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  return `/api/v1/insights/export.csv?${params.toString()}`;
}

/** The answer-feedback export for evaluation (admins), for the page's range and client. */
export function feedbackExportUrl(
  filter: InsightsFilter,
  options: { format: 'jsonl' | 'csv'; rating?: 'helpful' | 'not_helpful' | undefined },
): string {
  const params = new URLSearchParams({ format: options.format });
  if (options.rating) params.set('rating', options.rating);
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  return `/api/v1/feedback/export?${params.toString()}`;
}
