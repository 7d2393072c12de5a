import { z } from 'zod';
import {
  CreateScriptInput,
  createScript,
  getScript,
  getScriptDraft,
  ListScriptsInput,
  listScriptDrafts,
  listScriptFacets,
  listScripts,
  PreviewScriptInput,
  PublishScriptInput,
  previewScript,
  publishScript,
  QueueScriptDraftInput,
  queueScriptDraft,
  RecordScriptUseInput,
  RenderScriptInput,
  ReviewScriptDraftInput,
  recordScriptUse,
  renderScript,
  retireScript,
  reviewScriptDraft,
  scriptDraftsForReview,
  UpdateScriptInput,
  updateScript,
} from '../../core/scripts/index.ts';
import type { DiagnosisDeps } from '../../core/sessions/index.ts';
import { parseInput } from '../../core/shared/validation.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

const DraftStatusQuery = z.object({ status: z.enum(['pending', 'all']).default('all') }).strict();
const SessionIdParam = z.object({ sessionId: z.string().uuid('must be a session id (UUID)') });

/**
 * Script templates (issue 15) under `/api/v1`: the library and builder (`/scripts`), rendering for a
 * session and recording a use, and drafts from fixes with their review (`/script-drafts`). Roles,
 * tenancy and validation live in the core verbs; nothing here ever runs a script.
 */
export function scriptsRoutes(deps: DiagnosisDeps): RouteGroup {
  const r = routeGroup('', { tag: 'scripts' });
  const draftDeps = { extractor: deps.scriptExtractor };

  r.get(
    '/scripts',
    { summary: 'Script library with usage; filters for the Scripts page', query: ListScriptsInput },
    async (req, res) => {
      const ctx = tenantContext(res);
      const [scripts, facets] = await Promise.all([
        listScripts({ ctx, input: req.query }),
        listScriptFacets({ ctx }),
      ]);
      res.json({ scripts, ...facets });
    },
  );
  r.post(
    '/scripts',
    {
      summary: 'Create a template (engineer and up), optionally published as version 1',
      body: CreateScriptInput,
      status: 201,
    },
    async (req, res) => {
      res.status(201).json(await createScript({ ctx: tenantContext(res), input: req.body }));
    },
  );
  r.post(
    '/scripts/preview',
    {
      summary: "The builder's live preview: render an unsaved body and schema, with destructive flags",
      body: PreviewScriptInput,
    },
    (req, res) => {
      res.json(previewScript({ ctx: tenantContext(res), input: req.body }));
    },
  );
  r.get(
    '/scripts/:scriptId',
    { summary: 'One template: working copy, flags, versions, usage, recent uses' },
    async (req, res) => {
      res.json(await getScript({ ctx: tenantContext(res), scriptId: req.params.scriptId }));
    },
  );
  r.patch(
    '/scripts/:scriptId',
    { summary: 'Edit the working copy (engineer and up)', body: UpdateScriptInput },
    async (req, res) => {
      res.json(
        await updateScript({ ctx: tenantContext(res), scriptId: req.params.scriptId, input: req.body }),
      );
    },
  );
  r.post(
    '/scripts/:scriptId/publish',
    { summary: 'Freeze the working copy as the next version (engineer and up)', body: PublishScriptInput },
    async (req, res) => {
      res.json(
        await publishScript({
          ctx: tenantContext(res),
          scriptId: req.params.scriptId,
          input: req.body ?? {},
        }),
      );
    },
  );
  r.post(
    '/scripts/:scriptId/retire',
    { summary: 'Retire a template (never suggested again)' },
    async (req, res) => {
      res.json(await retireScript({ ctx: tenantContext(res), scriptId: req.params.scriptId }));
    },
  );
  r.post(
    '/scripts/:scriptId/render',
    {
      summary:
        'Render for a session: pre-filled from its facts, what is missing, flags (secrets only with revealSecrets, never stored)',
      body: RenderScriptInput,
    },
    async (req, res) => {
      res.json(
        await renderScript({ ctx: tenantContext(res), scriptId: req.params.scriptId, input: req.body ?? {} }),
      );
    },
  );
  r.post(
    '/scripts/:scriptId/uses',
    {
      summary: 'Record a copy or "I ran this" on a session (secrets stored as [redacted])',
      body: RecordScriptUseInput,
      status: 201,
    },
    async (req, res) => {
      res
        .status(201)
        .json(
          await recordScriptUse({ ctx: tenantContext(res), scriptId: req.params.scriptId, input: req.body }),
        );
    },
  );

  r.get(
    '/script-drafts',
    { summary: 'Drafts from fixes, newest first', query: DraftStatusQuery },
    async (req, res) => {
      const { status } = parseInput(DraftStatusQuery, req.query, 'draft filter');
      res.json({ drafts: await listScriptDrafts({ ctx: tenantContext(res), input: { status } }) });
    },
  );
  r.post(
    '/script-drafts',
    {
      summary:
        'Queue a template draft from a fix\'s script ("templatize later"); the same fix returns its draft',
      body: QueueScriptDraftInput,
      status: 201,
    },
    async (req, res) => {
      res
        .status(201)
        .json(await queueScriptDraft({ ctx: tenantContext(res), deps: draftDeps, input: req.body }));
    },
  );
  r.get('/script-drafts/:draftId', { summary: 'One draft' }, async (req, res) => {
    res.json(await getScriptDraft({ ctx: tenantContext(res), draftId: req.params.draftId }));
  });
  r.post(
    '/script-drafts/:draftId/review',
    {
      summary: 'Accept (with edits), reject, or never ask again (engineer and up); a second decision is 409',
      body: ReviewScriptDraftInput,
    },
    async (req, res) => {
      res.json(
        await reviewScriptDraft({ ctx: tenantContext(res), draftId: req.params.draftId, input: req.body }),
      );
    },
  );
  r.get(
    '/sessions/:sessionId/script-drafts',
    {
      summary: 'Drafts to offer for review on a resolved session (none after "don\'t ask again")',
      params: SessionIdParam,
    },
    async (req, res) => {
      const { sessionId } = parseInput(SessionIdParam, req.params, 'session id');
      res.json({ drafts: await scriptDraftsForReview({ ctx: tenantContext(res), sessionId }) });
    },
  );
  return r;
}
