import { z } from 'zod';
import {
  addWalkNote,
  answerStep,
  ExportFlowInput,
  escalateWalkToEngineer,
  exportFlow,
  FlowDiffInput,
  finishWalk,
  flowDocumentJsonSchema,
  getFlow,
  getFlowDiff,
  getSessionFlowMatch,
  getWalk,
  importFlow,
  listFlows,
  matchOrBuildFlow,
  publishFlow,
  replaceFlowDraft,
  retireFlow,
  reviewDraftFlow,
  StartWalkInput,
  startWalk,
  stepBack,
  updateFlowDraft,
} from '../../core/flows/index.ts';
import {
  AnswerStepInput,
  EscalateWalkInput,
  FinishWalkInput,
  FlowTicketInput,
  ImportFlowInput,
  ListFlowsInput,
  PublishFlowInput,
  ReviewDraftInput,
  UpdateFlowDraftInput,
  WalkNoteInput,
  WalkPressInput,
} from '../../core/flows/schemas.ts';
import type { DiagnosisDeps } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { parseInput } from '../../core/shared/validation.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

/** The body as an object (or empty), so a verb's strict schema reports the fields, not "expected object". */
function bodyOf(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/**
 * Troubleshooting flows (issue 12) under `/api/v1`: authoring (`/flows`), match-or-build
 * (`/flows/match`), walking (`/flows/:id/walks`, `/walks/:id/...`) and the recorded decision for a
 * session (`/sessions/:id/flow-match`). Roles, tenancy and validation live in the core verbs.
 */
export function flowsRoutes(deps: DiagnosisDeps): RouteGroup {
  const r = routeGroup('', { tag: 'flows' });

  r.get(
    '/flows',
    { summary: 'Flows with usage and success rate', query: ListFlowsInput },
    async (req, res) => {
      res.json({ flows: await listFlows({ ctx: tenantContext(res), input: req.query }) });
    },
  );
  // The published JSON Schema of the import/export format (docs/flows.schema.json is generated from it).
  r.get('/flows/schema', { summary: 'JSON Schema of the flow import/export format' }, (_req, res) => {
    tenantContext(res);
    res.json(flowDocumentJsonSchema());
  });
  r.post(
    '/flows/import',
    { summary: 'Import a YAML or JSON flow as a draft', body: ImportFlowInput, status: 201 },
    async (req, res) => {
      res.status(201).json(await importFlow({ ctx: tenantContext(res), input: req.body }));
    },
  );
  r.post(
    '/flows/match',
    {
      summary: 'Match-or-build: the flow for a ticket and why (optionally recorded on a session)',
      body: FlowTicketInput.extend({ sessionId: z.string().uuid().optional() }),
    },
    async (req, res) => {
      const { sessionId = null, ...ticket } = bodyOf(req.body);
      res.json(
        await matchOrBuildFlow({
          ctx: tenantContext(res),
          deps: {
            knowledge: deps.knowledge,
            ...(deps.flowComposer ? { composer: deps.flowComposer } : {}),
          },
          input: ticket,
          sessionId,
        }),
      );
    },
  );

  r.get(
    '/flows/:flowId',
    {
      summary: 'One flow: working copy, versions, usage; ?from&to for a diff',
      query: FlowDiffInput.partial(),
    },
    async (req, res) => {
      const ctx = tenantContext(res);
      const flow = await getFlow({ ctx, flowId: req.params.flowId });
      const wantsDiff = req.query.from !== undefined || req.query.to !== undefined;
      const diff = wantsDiff ? await getFlowDiff({ ctx, flowId: flow.id, input: req.query }) : null;
      res.json({ ...flow, diff });
    },
  );
  r.get(
    '/flows/:flowId/export',
    { summary: 'Download the flow as YAML or JSON', query: ExportFlowInput },
    async (req, res) => {
      const { format } = parseInput(ExportFlowInput, req.query, 'export');
      const file = await exportFlow({ ctx: tenantContext(res), flowId: req.params.flowId, format });
      // attachment() sets a type from the extension; ours (RFC 9512's application/yaml) goes after it.
      res
        .status(200)
        .attachment(file.filename)
        .type(format === 'json' ? 'application/json' : 'application/yaml')
        .send(file.content);
    },
  );
  // A body with `format` and `content` replaces the working copy from a YAML/JSON document (the
  // editor); otherwise individual fields are changed.
  r.patch(
    '/flows/:flowId',
    {
      summary: 'Edit the draft (fields, or a whole YAML/JSON document)',
      body: UpdateFlowDraftInput.or(ImportFlowInput),
    },
    async (req, res) => {
      const body = bodyOf(req.body);
      const args = { ctx: tenantContext(res), flowId: req.params.flowId, input: req.body };
      res.json('content' in body ? await replaceFlowDraft(args) : await updateFlowDraft(args));
    },
  );
  r.post(
    '/flows/:flowId/publish',
    { summary: 'Freeze the draft as the next version', body: PublishFlowInput },
    async (req, res) => {
      res.json(
        await publishFlow({ ctx: tenantContext(res), flowId: req.params.flowId, input: req.body ?? {} }),
      );
    },
  );
  r.post('/flows/:flowId/retire', { summary: 'Retire a flow (never matched again)' }, async (req, res) => {
    res.json(await retireFlow({ ctx: tenantContext(res), flowId: req.params.flowId }));
  });
  r.post(
    '/flows/:flowId/review',
    { summary: 'Accept or reject an assistant draft (engineer+)', body: ReviewDraftInput },
    async (req, res) => {
      res.json(
        await reviewDraftFlow({ ctx: tenantContext(res), flowId: req.params.flowId, input: req.body }),
      );
    },
  );

  r.post(
    '/flows/:flowId/walks',
    { summary: 'Start walking the current version', body: StartWalkInput, status: 201 },
    async (req, res) => {
      const ctx = tenantContext(res);
      const { sessionId } = parseInput(StartWalkInput, bodyOf(req.body), 'walk');
      res.status(201).json(await startWalk({ ctx, flowId: req.params.flowId, sessionId }));
    },
  );
  r.get(
    '/walks/:walkId',
    { summary: 'A walk: the current step, its answers and the path' },
    async (req, res) => {
      res.json(await getWalk({ ctx: tenantContext(res), walkId: req.params.walkId }));
    },
  );
  const press = {
    answer: { verb: answerStep, body: AnswerStepInput, summary: 'Answer the current step' },
    back: { verb: stepBack, body: WalkPressInput, summary: 'Go back one step' },
    note: { verb: addWalkNote, body: WalkNoteInput, summary: 'Add a note (kept as a session fact)' },
    escalate: {
      verb: (args: { ctx: TenantContext; walkId: string; input: unknown }) =>
        escalateWalkToEngineer({ ...args, deps }).then((r) => r.walk),
      body: EscalateWalkInput,
      summary: "I'm stuck: escalate with the walked path",
    },
    finish: { verb: finishWalk, body: FinishWalkInput, summary: 'Record whether the fix worked' },
  } as const;
  for (const [name, { verb, body, summary }] of Object.entries(press)) {
    r.post(`/walks/:walkId/${name}`, { summary, body }, async (req, res) => {
      res.json(await verb({ ctx: tenantContext(res), walkId: req.params.walkId, input: req.body }));
    });
  }

  r.get(
    '/sessions/:sessionId/flow-match',
    { summary: 'What match-or-build decided for a session, and why' },
    async (req, res) => {
      res.json({
        match: await getSessionFlowMatch({ ctx: tenantContext(res), sessionId: req.params.sessionId }),
      });
    },
  );
  return r;
}
