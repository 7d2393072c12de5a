import {
  exportInsightsCsv,
  getInsights,
  InsightsExportInput,
  InsightsFilterInput,
} from '../../core/insights/index.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

/** Insights for owners and admins: the charts as JSON, and each chart as a CSV download. */
export function insightsRoutes(deps: { now: () => Date }): RouteGroup {
  const router = routeGroup('/insights', { tag: 'insights' });

  router.get(
    '/',
    {
      summary: 'Insights charts for a date range (UTC days) and client (owner, admin)',
      query: InsightsFilterInput,
      permission: 'insights.read',
    },
    async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      res.json(await getInsights({ ctx: tenantContext(res), input: req.query, now: deps.now() }));
    },
  );

  router.get(
    '/export.csv',
    {
      summary: 'One Insights chart as a CSV download (owner, admin)',
      query: InsightsExportInput,
      permission: 'insights.read',
    },
    async (req, res) => {
      const ctx = tenantContext(res);
      const { filename, csv } = await exportInsightsCsv({ ctx, input: req.query, now: deps.now() });
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.send(csv);
    },
  );
  return router;
}
