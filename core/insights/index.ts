export { exportInsightsCsv, getInsights, type InsightsView } from './get-insights.ts';
export {
  CHART_IDS,
  type ChartId,
  InsightsExportInput,
  InsightsFilterInput,
  MAX_RANGE_DAYS,
} from './schemas.ts';
export { toCsv } from './csv.ts';
export { type InsightsRange, resolveRange } from './range.ts';
