import { z } from 'zod';
import {
  createConnector,
  deleteConnector,
  getConnector,
  listConnectors,
  testConnector,
  updateConnector,
} from '../../core/kb/connectors/index.ts';
import { CreateConnectorInput, UpdateConnectorInput } from '../../core/kb/connectors/manage.ts';
import { ListKnowledgeCompaniesInput, listKnowledgeCompanies } from '../../core/kb/index/companies.ts';
import { REQUEST_KIND_READS, REQUEST_KINDS, requestKind } from '../../core/kb/index/request-kind.ts';
import { SearchKnowledgeInput, searchKnowledgeAnswer } from '../../core/kb/index/search.ts';
import { SYMPTOM_READS, SYMPTOMS } from '../../core/kb/index/symptoms.ts';
import { type PassageReranker, searchKnowledgeReranked } from '../../core/kb/rerank/index.ts';
import { requestSync } from '../../core/kb/sync/index.ts';
import type { JobDeps } from '../../jobs/definition.ts';
import { kbSyncConnector } from '../../jobs/definitions/kb-sync.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

const SearchAnswer = z.object({
  /** Best first: the model's order when `rankedBy` is "model", else the lexical score's. */
  passages: z.array(
    z.object({
      documentId: z.string(),
      title: z.string(),
      url: z.string().nullable(),
      source: z.string(),
      snippet: z.string(),
      score: z.number(),
      lead: z.boolean().optional(),
      checks: z.array(z.string()).optional(),
      fix: z.object({ title: z.string(), steps: z.array(z.string()) }).optional(),
    }),
  ),
  noAnswer: z.boolean(),
  /** "lexical" without a model, or when the model call failed and the lexical order stood in. */
  rankedBy: z.enum(['model', 'lexical']),
  /**
   * With noAnswer: another client's documentation matches this ticket much better than this
   * client's or the MSP's own, on a word nothing in scope holds, so the ticket's client may be wrong.
   * Which client is never said, and nothing of theirs is returned.
   */
  anotherClientMatches: z.boolean(),
  /**
   * With noAnswer: the ticket reads as something other than a fault (a purchase, an HR question,
   * someone's personal phone…; core/kb/index/request-kind.ts) and no page is about it.
   */
  notAFault: z.object({ kind: z.enum(REQUEST_KINDS), reads: z.string() }).nullable(),
  /**
   * With noAnswer: the ticket tells of a symptom (a paper jam, a full mailbox…;
   * core/kb/index/symptoms.ts) that the page nearest to it never speaks of.
   */
  unspokenSymptom: z.object({ symptom: z.enum(SYMPTOMS), reads: z.string() }).nullable(),
});
/** The answer of POST /kb/search, for the admin web. */
export type KbSearchAnswer = z.output<typeof SearchAnswer>;

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
  r.get(
    '/companies',
    {
      summary: 'Clients with indexed documentation, by the name the search takes as companyId (L1+)',
      query: ListKnowledgeCompaniesInput,
    },
    async (req, res) => {
      res.json({ companies: await listKnowledgeCompanies(tenantContext(res), req.query) });
    },
  );
  r.post(
    '/search',
    {
      summary:
        'Search as the assistant does (reranked by the model when configured); noAnswer when nothing answers',
      body: SearchKnowledgeInput,
      response: SearchAnswer,
    },
    async (req, res) => {
      const ctx = tenantContext(res);
      const { passages, rankedBy, anotherClientMatches, unspokenSymptom } = deps.reranker
        ? await searchKnowledgeReranked(ctx, req.body, deps.reranker)
        : { ...(await searchKnowledgeAnswer(ctx, req.body)), rankedBy: 'lexical' as const };
      // An empty list is the honest "no answer": nothing scored above the calibrated threshold, or the
      // model judged that none of the candidates answers the ticket. `rankedBy` says whose order it is.
      const noAnswer = passages.length === 0;
      const kind = noAnswer ? requestKind(req.body.text) : null;
      res.json({
        passages,
        noAnswer,
        rankedBy,
        anotherClientMatches,
        notAFault: kind ? { kind, reads: REQUEST_KIND_READS[kind] } : null,
        unspokenSymptom:
          noAnswer && !kind && unspokenSymptom
            ? { symptom: unspokenSymptom, reads: SYMPTOM_READS[unspokenSymptom] }
            : null,
      });
    },
  );
  return r;
}
