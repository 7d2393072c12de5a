import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** Distinguishable in colour and in greyscale print; the same series keep the same colour across charts. */
export const COLORS = {
  opened: '#1c7ed6',
  resolved: '#2f9e44',
  escalated: '#e8590c',
  deflected: '#7048e8',
  claimed: '#0c8599',
  partial: '#f59f00',
  failed: '#c92a2a',
  abandoned: '#868e96',
  fixOutcomes: '#ae3ec9',
  walks: '#5c940d',
  p50: '#1c7ed6',
  p90: '#e8590c',
} as const;

export interface Series {
  key: string;
  label: string;
  color: string;
}

/** A chart's frame: title, a headline, the CSV link (named so a test or screen reader can find it). */
export function ChartCard({
  title,
  headline,
  csvHref,
  empty,
  children,
}: {
  title: string;
  headline?: ReactNode;
  csvHref: string;
  empty: boolean;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title} data-chart={title}>
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Anchor href={csvHref} download size="sm" aria-label={`Download ${title} as CSV`}>
          Download CSV
        </Anchor>
      </Group>
      {headline ? (
        <Text size="sm" c="dimmed" mb="xs" data-headline>
          {headline}
        </Text>
      ) : null}
      {empty ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          Nothing recorded in this range.
        </Text>
      ) : (
        children
      )}
    </Card>
  );
}

// Animation off: numbers should be readable the moment they arrive (and screenshots deterministic).
export function DailyLines<T extends object>({
  data,
  series,
  percent = false,
}: {
  data: T[];
  series: Series[];
  percent?: boolean;
}) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} minTickGap={16} />
        <YAxis
          allowDecimals={percent}
          domain={percent ? [0, 1] : [0, 'auto']}
          tickFormatter={percent ? (v: number) => `${Math.round(v * 100)}%` : undefined}
          width={44}
        />
        <Tooltip
          formatter={percent ? (v) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : '—') : undefined}
        />
        <Legend />
        {series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            dot={{ r: 2 }}
            isAnimationActive={false}
            connectNulls
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Bars per category (a flow, an article, a client, a person), stacked when the parts add up. */
export function CategoryBars<T extends object>({
  data,
  category,
  series,
  stacked = false,
  unit,
}: {
  data: T[];
  category: string;
  series: Series[];
  stacked?: boolean;
  unit?: string;
}) {
  const height = Math.max(200, 40 + data.length * 32);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} unit={unit} />
        <YAxis type="category" dataKey={category} width={230} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.color}
            stackId={stacked ? 'all' : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
export const minutes = (m: number | null) =>
  m === null ? '—' : m < 90 ? `${Math.round(m)} min` : `${(m / 60).toFixed(1)} h`;
