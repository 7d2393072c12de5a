import { Router } from 'express';
import {
  createConnector,
  deleteConnector,
  getConnector,
  listConnectors,
  testConnector,
  updateConnector,
} from '../../core/kb/connectors/index.ts';
import { searchKnowledge } from '../../core/kb/index/search.ts';
import { type PassageReranker, searchKnowledgeReranked } from '../../core/kb/rerank/index.ts';
import { requestSync } from '../../core/kb/sync/index.ts';
import type { JobDeps } from '../../jobs/definition.ts';
import { kbSyncConnector } from '../../jobs/definitions/kb-sync.ts';
import { tenantContext } from '../http/auth.ts';

export interface KbApiDeps {
  /** Seals and opens connector credentials at rest. */
  secretsKey: Buffer;
  /** Starts a sync job now; resolves null when this process has no job queue. */
  enqueue: JobDeps['enqueue'];
  /** With an Anthropic key: search results are reranked by the model, as the assistant's are. */
  reranker?: PassageReranker | null;
}

/**
 * Knowledge-base connectors and search under `/api/v1/kb` (issue 7). Credentials go in on create
 * and edit and never come back out: views carry `hasSecret` only.
 */
export function kbRouter(deps: KbApiDeps): Router {
  const r = Router();
  const connectorDeps = { secretsKey: deps.secretsKey };
  r.get('/connectors', async (_req, res) => {
    res.json({ connectors: await listConnectors({ ctx: tenantContext(res) }) });
  });
  r.post('/connectors', async (req, res) => {
    res
      .status(201)
      .json(await createConnector({ ctx: tenantContext(res), deps: connectorDeps, input: req.body }));
  });
  r.get('/connectors/:connectorId', async (req, res) => {
    res.json(await getConnector({ ctx: tenantContext(res), connectorId: req.params.connectorId }));
  });
  r.patch('/connectors/:connectorId', async (req, res) => {
    res.json(
      await updateConnector({
        ctx: tenantContext(res),
        deps: connectorDeps,
        connectorId: req.params.connectorId,
        input: req.body,
      }),
    );
  });
  r.delete('/connectors/:connectorId', async (req, res) => {
    res.json(await deleteConnector({ ctx: tenantContext(res), connectorId: req.params.connectorId }));
  });
  r.post('/connectors/:connectorId/test', async (req, res) => {
    res.json(
      await testConnector({
        ctx: tenantContext(res),
        deps: connectorDeps,
        connectorId: req.params.connectorId,
      }),
    );
  });
  r.post('/connectors/:connectorId/sync', async (req, res) => {
    const payload = await requestSync({ ctx: tenantContext(res), connectorId: req.params.connectorId });
    // null: a sync of this connector is already queued (singletonKey), or this process has no queue
    // (then the worker's 5-minute sweep starts it).
    const jobId = await deps.enqueue(kbSyncConnector, payload, { singletonKey: payload.connectorId });
    res.status(202).json({ accepted: true, jobId });
  });
  r.post('/search', async (req, res) => {
    const ctx = tenantContext(res);
    const { passages, rankedBy } = deps.reranker
      ? await searchKnowledgeReranked(ctx, req.body, deps.reranker)
      : { passages: await searchKnowledge(ctx, req.body), rankedBy: 'lexical' as const };
    // An empty list is the honest "no answer": nothing scored above the calibrated threshold, or the
    // model judged that none of the candidates answers the ticket. `rankedBy` says whose order it is.
    res.json({ passages, noAnswer: passages.length === 0, rankedBy });
  });
  return r;
}
