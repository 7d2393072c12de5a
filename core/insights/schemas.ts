import { z } from 'zod';

/** Every chart on the Insights page, in page order; also the `chart` values CSV export takes. */
export const CHART_IDS = [
  'volume',
  'outcomes',
  'response-times',
  'fixes-by-flow',
  'fixes-by-article',
  'escalations-by-client',
  'people',
  'answers-by-engine',
  'answers-by-article',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** Longest range one request may ask for: a year (plus a leap day), which keeps every query bounded. */
export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 30;

const FIRST_DAY = '1970-01-01';
const LAST_DAY = '9999-12-30';

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date like 2026-01-31')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'not a real date',
    },
  )
  // A range reaches a day past `to` and 30 days before it; year 0 or 10000 is a PostgreSQL error.
  .refine((s) => s >= FIRST_DAY && s <= LAST_DAY, {
    message: `must be between ${FIRST_DAY} and ${LAST_DAY}`,
  });

/** Days are UTC calendar days; `to` is inclusive. `client` is the ticket's company as the PSA spells it. */
export const InsightsFilterInput = z
  .object({
    from: Day.optional(),
    to: Day.optional(),
    client: z.string().trim().min(1, 'client cannot be blank').max(200).optional(),
  })
  .strict();
export type InsightsFilter = z.infer<typeof InsightsFilterInput>;

export const InsightsExportInput = InsightsFilterInput.extend({
  chart: z.enum(CHART_IDS, { message: `chart must be one of: ${CHART_IDS.join(', ')}` }),
}).strict();
