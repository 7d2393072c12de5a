export { toCsv } from './csv.ts';
export { exportInsightsCsv, getInsights, type InsightsView } from './get-insights.ts';
export { type InsightsRange, resolveRange } from './range.ts';
export {
  CHART_IDS,
  type ChartId,
  InsightsExportInput,
  InsightsFilterInput,
  MAX_RANGE_DAYS,
} from './schemas.ts';
