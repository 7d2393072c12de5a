import { Router } from 'express';
import { exportInsightsCsv, getInsights } from '../../core/insights/index.ts';
import { tenantContext } from '../http/auth.ts';

/** Insights for owners and admins: the charts as JSON, and each chart as a CSV download. */
export function insightsRouter(deps: { now: () => Date }): Router {
  const router = Router();
  router.get('/insights', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await getInsights({ ctx: tenantContext(res), input: req.query, now: deps.now() }));
  });
  router.get('/insights/export.csv', async (req, res) => {
    const { filename, csv } = await exportInsightsCsv({
      ctx: tenantContext(res),
      input: req.query,
      now: deps.now(),
    });
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.send(csv);
  });
  return router;
}
