import {
  createConnector,
  deleteConnector,
  getConnector,
  listConnectors,
  testConnector,
  updateConnector,
} from '../../core/kb/connectors/index.ts';
import { CreateConnectorInput, UpdateConnectorInput } from '../../core/kb/connectors/manage.ts';
import { SearchKnowledgeInput, searchKnowledge } from '../../core/kb/index/search.ts';
import { requestSync } from '../../core/kb/sync/index.ts';
import type { JobDeps } from '../../jobs/definition.ts';
import { kbSyncConnector } from '../../jobs/definitions/kb-sync.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

export interface KbApiDeps {
  /** Seals and opens connector credentials at rest. */
  secretsKey: Buffer;
  /** Starts a sync job now; resolves null when this process has no job queue. */
  enqueue: JobDeps['enqueue'];
}

/**
 * Knowledge-base connectors and search under `/api/v1/kb` (issue 7). Credentials go in on create
 * and edit and never come back out: views carry `hasSecret` only.
 */
export function kbRoutes(deps: KbApiDeps): RouteGroup {
  const r = routeGroup('/kb', { tag: 'knowledge' });
  const connectorDeps = { secretsKey: deps.secretsKey };
  r.get('/connectors', { summary: 'Connectors with sync status (engineer+)' }, async (_req, res) => {
    res.json({ connectors: await listConnectors({ ctx: tenantContext(res) }) });
  });
  r.post(
    '/connectors',
    { summary: 'Add IT Glue, Hudu or SharePoint (admin)', body: CreateConnectorInput, status: 201 },
    async (req, res) => {
      res
        .status(201)
        .json(await createConnector({ ctx: tenantContext(res), deps: connectorDeps, input: req.body }));
    },
  );
  r.get('/connectors/:connectorId', { summary: 'One connector' }, async (req, res) => {
    res.json(await getConnector({ ctx: tenantContext(res), connectorId: req.params.connectorId }));
  });
  r.patch(
    '/connectors/:connectorId',
    { summary: 'Change settings, key, schedule or enabled (admin)', body: UpdateConnectorInput },
    async (req, res) => {
      res.json(
        await updateConnector({
          ctx: tenantContext(res),
          deps: connectorDeps,
          connectorId: req.params.connectorId,
          input: req.body,
        }),
      );
    },
  );
  r.delete(
    '/connectors/:connectorId',
    { summary: 'Remove a connector and its documents (admin)' },
    async (req, res) => {
      res.json(await deleteConnector({ ctx: tenantContext(res), connectorId: req.params.connectorId }));
    },
  );
  r.post(
    '/connectors/:connectorId/test',
    { summary: 'Test the connection, with a reason when it fails (admin)' },
    async (req, res) => {
      res.json(
        await testConnector({
          ctx: tenantContext(res),
          deps: connectorDeps,
          connectorId: req.params.connectorId,
        }),
      );
    },
  );
  r.post('/connectors/:connectorId/sync', { summary: 'Sync now (admin)', status: 202 }, async (req, res) => {
    const payload = await requestSync({ ctx: tenantContext(res), connectorId: req.params.connectorId });
    // null: a sync of this connector is already queued (singletonKey), or this process has no queue
    // (then the worker's 5-minute sweep starts it).
    const jobId = await deps.enqueue(kbSyncConnector, payload, { singletonKey: payload.connectorId });
    res.status(202).json({ accepted: true, jobId });
  });
  r.post(
    '/search',
    { summary: 'Search as the assistant does; noAnswer when nothing scores', body: SearchKnowledgeInput },
    async (req, res) => {
      const passages = await searchKnowledge(tenantContext(res), req.body);
      // An empty list is the honest "no answer": nothing scored above the calibrated threshold.
      res.json({ passages, noAnswer: passages.length === 0 });
    },
  );
  return r;
}
