import { Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { getInsights, type InsightsFilter, insightsCsvUrl } from '../api/insights.ts';
import { ErrorState, Loading } from '../components/states.tsx';
import { CategoryBars, ChartCard, COLORS, DailyLines, minutes, pct } from './insights-charts.tsx';
import { AnswerFeedbackSection } from './insights-feedback.tsx';

const DAY_MS = 86_400_000;

/** The server's rules (core/insights/range.ts), said before asking: `to` defaults to today (UTC). */
function rangeProblem(filter: InsightsFilter): string | null {
  if (!filter.from) return null;
  const from = Date.parse(`${filter.from}T00:00:00Z`);
  const to = filter.to
    ? Date.parse(`${filter.to}T00:00:00Z`)
    : Date.parse(new Date().toISOString().slice(0, 10));
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  if (from > to) return 'From must be on or before To';
  if ((to - from) / DAY_MS + 1 > 366) return 'Pick at most 366 days';
  return null;
}

/** How the helpdesk is doing: volume, outcomes, speed, what works, who does what. Owners and admins. */
export function InsightsPage() {
  const [params, setParams] = useSearchParams();
  const filter: InsightsFilter = {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    client: params.get('client') ?? undefined,
  };
  const set = (key: keyof InsightsFilter, value: string | null) => {
    // From the address bar, not `params`: the router renders navigations in a transition, so two
    // quick edits (To, then From) would otherwise build on a render that has not seen the first.
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const problem = rangeProblem(filter);
  const insights = useQuery({
    queryKey: ['insights', filter],
    queryFn: () => getInsights(filter),
    placeholderData: keepPreviousData,
    // The server refuses these too (400); checking here keeps a half-typed range from asking.
    enabled: problem === null,
  });
  const data = insights.data;
  // The server's resolved range (defaults filled in), so the inputs and downloads say what is shown.
  const shown: InsightsFilter = data
    ? { from: data.range.from, to: data.range.to, client: data.range.client ?? undefined }
    : filter;
  const csv = (chart: string) => insightsCsvUrl(chart, shown);

  return (
    <Stack gap="md">
      <Title order={2}>Insights</Title>
      <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter Insights">
        <TextInput
          type="date"
          label="From"
          error={problem}
          value={filter.from ?? shown.from ?? ''}
          onChange={(e) => set('from', e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label="To"
          value={filter.to ?? shown.to ?? ''}
          onChange={(e) => set('to', e.currentTarget.value)}
        />
        <Select
          label="Client"
          placeholder="All clients"
          clearable
          data={data?.clients ?? []}
          value={filter.client ?? null}
          onChange={(value) => set('client', value)}
        />
      </Group>
      {insights.isPending ? (
        problem ? null : (
          <Loading label="Counting…" />
        )
      ) : insights.isError && !data ? (
        <ErrorState error={insights.error} onRetry={() => insights.refetch()} />
      ) : data ? (
        <>
          {insights.isError ? <ErrorState error={insights.error} /> : null}
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <ChartCard
              title="Sessions in and out per day"
              headline={`${data.outcomes.totals.opened} opened in range`}
              csvHref={csv('volume')}
              empty={data.volume.every((d) => d.opened + d.resolved + d.escalated === 0)}
            >
              <DailyLines
                data={data.volume}
                series={[
                  { key: 'opened', label: 'Opened', color: COLORS.opened },
                  { key: 'resolved', label: 'Resolved', color: COLORS.resolved },
                  { key: 'escalated', label: 'Escalated', color: COLORS.escalated },
                ]}
              />
            </ChartCard>
            <ChartCard
              title="Resolution rate and L1 deflection"
              headline={`Resolved ${pct(data.outcomes.totals.resolutionRate)} · resolved without escalation ${pct(data.outcomes.totals.deflectionRate)}`}
              csvHref={csv('outcomes')}
              empty={data.outcomes.totals.opened === 0}
            >
              <DailyLines
                percent
                data={data.outcomes.days}
                series={[
                  { key: 'resolutionRate', label: 'Resolution rate', color: COLORS.resolved },
                  { key: 'deflectionRate', label: 'L1 deflection', color: COLORS.deflected },
                ]}
              />
            </ChartCard>
            <ChartCard
              title="Time to first action and to claim"
              headline={`First action p50 ${minutes(data.responseTimes.totals.firstActionP50Minutes)}, p90 ${minutes(data.responseTimes.totals.firstActionP90Minutes)} · claim p50 ${minutes(data.responseTimes.totals.claimP50Minutes)}, p90 ${minutes(data.responseTimes.totals.claimP90Minutes)}`}
              csvHref={csv('response-times')}
              empty={data.responseTimes.totals.firstActionCount + data.responseTimes.totals.claimCount === 0}
            >
              <CategoryBars
                unit=" min"
                category="what"
                data={[
                  {
                    what: 'First action',
                    p50: data.responseTimes.totals.firstActionP50Minutes,
                    p90: data.responseTimes.totals.firstActionP90Minutes,
                  },
                  {
                    what: 'Claim',
                    p50: data.responseTimes.totals.claimP50Minutes,
                    p90: data.responseTimes.totals.claimP90Minutes,
                  },
                ]}
                series={[
                  { key: 'p50', label: 'p50', color: COLORS.p50 },
                  { key: 'p90', label: 'p90', color: COLORS.p90 },
                ]}
              />
            </ChartCard>
            <ChartCard
              title="Escalations by client"
              headline={`${data.escalationsByClient.reduce((n, c) => n + c.escalated, 0)} escalated`}
              csvHref={csv('escalations-by-client')}
              empty={data.escalationsByClient.length === 0}
            >
              <CategoryBars
                category="label"
                data={data.escalationsByClient.map((c) => ({ ...c, label: c.client ?? 'No client' }))}
                series={[
                  { key: 'escalated', label: 'Escalated', color: COLORS.escalated },
                  { key: 'claimed', label: 'Claimed', color: COLORS.claimed },
                ]}
              />
            </ChartCard>
            <ChartCard
              title="Fix success by flow"
              csvHref={csv('fixes-by-flow')}
              empty={data.fixesByFlow.length === 0}
            >
              <CategoryBars
                stacked
                category="label"
                data={data.fixesByFlow.map((f) => ({ ...f, label: barLabel(f.title, f.successRate) }))}
                series={[
                  { key: 'worked', label: 'Worked', color: COLORS.resolved },
                  { key: 'partial', label: 'Partly', color: COLORS.partial },
                  { key: 'failed', label: 'Failed', color: COLORS.failed },
                  { key: 'escalated', label: 'Escalated', color: COLORS.escalated },
                  { key: 'abandoned', label: 'Abandoned', color: COLORS.abandoned },
                ]}
              />
            </ChartCard>
            <ChartCard
              title="Fix success by article"
              csvHref={csv('fixes-by-article')}
              empty={data.fixesByArticle.length === 0}
            >
              <CategoryBars
                stacked
                category="label"
                data={data.fixesByArticle.map((a) => ({ ...a, label: barLabel(a.title, a.successRate) }))}
                series={[
                  { key: 'success', label: 'Worked', color: COLORS.resolved },
                  { key: 'partial', label: 'Partly', color: COLORS.partial },
                  { key: 'failed', label: 'Failed', color: COLORS.failed },
                  { key: 'dismissed', label: 'Dismissed', color: COLORS.abandoned },
                ]}
              />
            </ChartCard>
          </SimpleGrid>
          <ChartCard title="Activity per person" csvHref={csv('people')} empty={data.people.length === 0}>
            <CategoryBars
              stacked
              category="name"
              data={data.people}
              series={[
                { key: 'opened', label: 'Opened', color: COLORS.opened },
                { key: 'resolved', label: 'Resolved', color: COLORS.resolved },
                { key: 'escalated', label: 'Escalated', color: COLORS.escalated },
                { key: 'claimed', label: 'Claimed', color: COLORS.claimed },
                { key: 'fixOutcomes', label: 'Fix outcomes', color: COLORS.fixOutcomes },
                { key: 'walks', label: 'Flow walks', color: COLORS.walks },
              ]}
            />
          </ChartCard>
          <AnswerFeedbackSection data={data.answerFeedback} shown={shown} csv={csv} />
        </>
      ) : null}
    </Stack>
  );
}

/**
 * A bar's label short enough for one line beside the chart, with its rate kept: long flow and
 * article titles wrapped onto the next bar's label and were unreadable. The full title is in the
 * CSV and the tooltip.
 */
function barLabel(title: string, rate: number | null): string {
  const short = title.length > 30 ? `${title.slice(0, 29).trimEnd()}…` : title;
  return `${short} (${pct(rate)})`;
}
