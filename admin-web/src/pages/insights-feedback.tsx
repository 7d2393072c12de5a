import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { feedbackExportUrl, type InsightsFilter, type InsightsView } from '../api/insights.ts';
import { CategoryBars, ChartCard, COLORS, pct } from './insights-charts.tsx';

type Format = 'jsonl' | 'csv';
type RatingFilter = 'helpful' | 'not_helpful' | 'all';

/**
 * Thumbs on assistant answers from Slack, Teams and Try the bot: the helpful-answer rate overall,
 * by engine and by the knowledge article the answer was given, plus the export for evaluation.
 */
export function AnswerFeedbackSection({
  data,
  shown,
  csv,
}: {
  data: InsightsView['answerFeedback'];
  shown: InsightsFilter;
  csv: (chart: string) => string;
}) {
  const { totals } = data;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard
          title="Helpful answers by engine"
          headline={`Helpful ${pct(totals.helpfulRate)} of ${totals.rated} rated ${totals.rated === 1 ? 'answer' : 'answers'}`}
          csvHref={csv('answers-by-engine')}
          empty={totals.rated === 0}
        >
          <CategoryBars
            stacked
            category="label"
            data={data.byEngine.map((e) => ({ ...e, label: `${e.engine} (${pct(e.helpfulRate)})` }))}
            series={[
              { key: 'helpful', label: 'Helpful', color: COLORS.resolved },
              { key: 'notHelpful', label: 'Not helpful', color: COLORS.failed },
            ]}
          />
        </ChartCard>
        <ChartCard
          title="Helpful answers by article"
          headline="Each rating counts for every article its answer was given"
          csvHref={csv('answers-by-article')}
          empty={data.byArticle.length === 0}
        >
          <Table striped withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Article</Table.Th>
                <Table.Th ta="right">Rated</Table.Th>
                <Table.Th ta="right">Helpful</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.byArticle.map((a) => (
                <Table.Tr key={`${a.source}:${a.documentId}`} data-article={a.title}>
                  <Table.Td>
                    {a.url ? (
                      <Anchor href={a.url} target="_blank" rel="noreferrer" size="sm">
                        {a.title}
                      </Anchor>
                    ) : (
                      a.title
                    )}{' '}
                    <Text span size="xs" c="dimmed">
                      ({a.source})
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{a.rated}</Table.Td>
                  <Table.Td ta="right">{pct(a.helpfulRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ChartCard>
      </SimpleGrid>
      <FeedbackExport shown={shown} />
    </Stack>
  );
}

/** A plain download link, like the charts' CSVs: the cookie signs it and the server names the file. */
function FeedbackExport({ shown }: { shown: InsightsFilter }) {
  const [format, setFormat] = useState<Format>('jsonl');
  const [rating, setRating] = useState<RatingFilter>('all');
  const href = feedbackExportUrl(shown, {
    format,
    rating: rating === 'all' ? undefined : rating,
  });
  return (
    <Card withBorder padding="md" component="section" aria-label="Export feedback">
      <Title order={3} size="h4">
        Export feedback
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Every rated answer in this range, for evaluation: the engineer's message, the answer, engine, model,
        the articles it was given, the rating and the (redacted) comment.
      </Text>
      <Group align="flex-end" gap="sm">
        <Select
          label="Format"
          allowDeselect={false}
          data={[
            { value: 'jsonl', label: 'JSON Lines' },
            { value: 'csv', label: 'CSV' },
          ]}
          value={format}
          onChange={(v) => setFormat((v as Format | null) ?? 'jsonl')}
        />
        <Select
          label="Ratings"
          allowDeselect={false}
          data={[
            { value: 'all', label: 'All ratings' },
            { value: 'helpful', label: 'Helpful only' },
            { value: 'not_helpful', label: 'Not helpful only' },
          ]}
          value={rating}
          onChange={(v) => setRating((v as RatingFilter | null) ?? 'all')}
        />
        <Button component="a" href={href} download variant="default">
          Export feedback
        </Button>
      </Group>
    </Card>
  );
}
