import type { Response } from 'express';
import {
  claimEscalation,
  HandOverInput,
  handOverEscalation,
  listHandOverChoices,
} from '../../core/escalations/index.ts';
import { addFact, deleteFact, promoteItemToFact, updateFact } from '../../core/facts/index.ts';
import { AddFactInput, PromoteItemInput, UpdateFactInput } from '../../core/facts/schemas.ts';
import { getActiveFix, recordFixDecision, recordFixOutcome } from '../../core/fixes/index.ts';
import { FixDecisionInput, FixOutcomeInput } from '../../core/fixes/schemas.ts';
import { postEscalationPackage, postResolutionNote, previewNote } from '../../core/notes/index.ts';
import { PostEscalationInput, PostResolutionInput } from '../../core/notes/schemas.ts';
import {
  createSession,
  type DiagnosisDeps,
  getSession,
  getTranscript,
  handleTurn,
  listSessions,
  updateTaskItem,
} from '../../core/sessions/index.ts';
import {
  CreateSessionInput,
  ListSessionsInput,
  TurnInput,
  UpdateTaskItemInput,
} from '../../core/sessions/schemas.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

/**
 * `/api/v1/sessions`: the diagnosis core over HTTP for the admin web's console and for tests. The
 * Slack and Teams adapters call the same verbs directly.
 */
export function sessionsRoutes(deps: DiagnosisDeps): RouteGroup {
  const r = routeGroup('/sessions', { tag: 'sessions' });
  const ctx = (res: Response) => tenantContext(res);

  r.get('/', { summary: 'List sessions', query: ListSessionsInput }, async (req, res) => {
    res.json(await listSessions({ ctx: ctx(res), input: req.query }));
  });
  r.post('/', { summary: 'Start a session', body: CreateSessionInput, status: 201 }, async (req, res) => {
    res.status(201).json(await createSession({ ctx: ctx(res), input: req.body }));
  });
  r.get(
    '/:sessionId',
    { summary: 'One session: what we know, open items, fixes, notes' },
    async (req, res) => {
      res.json(await getSession({ ctx: ctx(res), sessionId: req.params.sessionId }));
    },
  );
  r.get('/:sessionId/transcript', { summary: 'The transcript' }, async (req, res) => {
    res.json({ turns: await getTranscript({ ctx: ctx(res), sessionId: req.params.sessionId }) });
  });

  // A turn answers with JSON, or as server-sent events when the client asks for a stream:
  // `delta` events carry text as the model writes it, then one `result` (or `error`) event.
  r.post(
    '/:sessionId/turns',
    { summary: 'Send the assistant a message (SSE with Accept: text/event-stream)', body: TurnInput },
    async (req, res) => {
      const args = { ctx: ctx(res), deps, sessionId: req.params.sessionId, input: req.body };
      if (
        !req.accepts(['application/json', 'text/event-stream']) ||
        req.get('accept') !== 'text/event-stream'
      ) {
        res.json(await handleTurn(args));
        return;
      }
      const abort = new AbortController();
      res.on('close', () => {
        if (!res.writableEnded) abort.abort();
      });
      res
        .status(200)
        .set({ 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.flushHeaders();
      const send = (event: string, data: unknown) =>
        res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      try {
        const result = await handleTurn({
          ...args,
          onText: (text) => send('delta', { text }),
          signal: abort.signal,
        });
        send('result', result);
      } catch (error) {
        const e = error as { code?: string; message?: string };
        send('error', {
          code: e.code ?? 'internal',
          message: e.code ? e.message : 'Something went wrong on our side.',
        });
      }
      res.end();
    },
  );

  r.post(
    '/:sessionId/facts',
    { summary: 'Add an engineer note to what we know', body: AddFactInput, status: 201 },
    async (req, res) => {
      res
        .status(201)
        .json(await addFact({ ctx: ctx(res), sessionId: req.params.sessionId, input: req.body }));
    },
  );
  r.post(
    '/:sessionId/facts/promote',
    { summary: 'Promote an answered item to a fact', body: PromoteItemInput },
    async (req, res) => {
      res.json(await promoteItemToFact({ ctx: ctx(res), sessionId: req.params.sessionId, input: req.body }));
    },
  );
  r.patch(
    '/:sessionId/facts/:factId',
    { summary: 'Edit an engineer note', body: UpdateFactInput },
    async (req, res) => {
      res.json(
        await updateFact({
          ctx: ctx(res),
          sessionId: req.params.sessionId,
          factId: req.params.factId,
          input: req.body,
        }),
      );
    },
  );
  r.delete('/:sessionId/facts/:factId', { summary: 'Remove a fact' }, async (req, res) => {
    res.json(await deleteFact({ ctx: ctx(res), sessionId: req.params.sessionId, factId: req.params.factId }));
  });
  r.patch(
    '/:sessionId/items/:itemId',
    { summary: 'Answer, complete or dismiss a question or check', body: UpdateTaskItemInput },
    async (req, res) => {
      res.json(
        await updateTaskItem({
          ctx: ctx(res),
          sessionId: req.params.sessionId,
          itemId: req.params.itemId,
          input: req.body,
        }),
      );
    },
  );

  r.get('/:sessionId/fix', { summary: 'The active suggested fix' }, async (req, res) => {
    res.json({ fix: await getActiveFix({ ctx: ctx(res), sessionId: req.params.sessionId }) });
  });
  r.post(
    '/:sessionId/fixes/:fixId/decision',
    { summary: 'Apply or dismiss a fix', body: FixDecisionInput },
    async (req, res) => {
      res.json(
        await recordFixDecision({
          ctx: ctx(res),
          sessionId: req.params.sessionId,
          fixId: req.params.fixId,
          input: req.body,
        }),
      );
    },
  );
  r.post(
    '/:sessionId/fixes/:fixId/outcome',
    { summary: 'Record whether the fix worked', body: FixOutcomeInput },
    async (req, res) => {
      res.json(
        await recordFixOutcome({
          ctx: ctx(res),
          sessionId: req.params.sessionId,
          fixId: req.params.fixId,
          input: req.body,
        }),
      );
    },
  );

  r.post(
    '/:sessionId/resolution-note/preview',
    { summary: 'Preview the resolution note (cached per state version)' },
    async (req, res) => {
      res.json(
        await previewNote({ ctx: ctx(res), deps, sessionId: req.params.sessionId, kind: 'resolution' }),
      );
    },
  );
  r.post(
    '/:sessionId/resolution-note/post',
    { summary: 'Post the resolution note (to the PSA when linked)', body: PostResolutionInput },
    async (req, res) => {
      res.json(
        await postResolutionNote({ ctx: ctx(res), deps, sessionId: req.params.sessionId, input: req.body }),
      );
    },
  );
  r.post(
    '/:sessionId/escalation-package/preview',
    { summary: 'Preview the escalation package' },
    async (req, res) => {
      res.json(
        await previewNote({ ctx: ctx(res), deps, sessionId: req.params.sessionId, kind: 'escalation' }),
      );
    },
  );
  r.post(
    '/:sessionId/escalation-package/post',
    { summary: 'Post the escalation package', body: PostEscalationInput },
    async (req, res) => {
      res.json(
        await postEscalationPackage({
          ctx: ctx(res),
          deps,
          sessionId: req.params.sessionId,
          input: req.body,
        }),
      );
    },
  );
  r.post(
    '/:sessionId/escalation/claim',
    {
      summary:
        'Claim an escalated session (engineer+; not the person who escalated it; 409 names the holder)',
      permission: 'escalations.claim',
    },
    async (req, res) => {
      res.json(await claimEscalation({ ctx: ctx(res), sessionId: req.params.sessionId }));
    },
  );
  r.get(
    '/:sessionId/escalation/hand-over-choices',
    {
      summary: 'Engineers the holder may hand the escalation to (holder only)',
      permission: 'escalations.claim',
    },
    async (req, res) => {
      res.json({ choices: await listHandOverChoices({ ctx: ctx(res), sessionId: req.params.sessionId }) });
    },
  );
  r.post(
    '/:sessionId/escalation/hand-over',
    {
      summary:
        'Hand a claimed escalation to another engineer (holder only); reassigns the PSA member through the outbox',
      permission: 'escalations.claim',
      body: HandOverInput,
    },
    async (req, res) => {
      res.json(
        await handOverEscalation({ ctx: ctx(res), deps, sessionId: req.params.sessionId, input: req.body }),
      );
    },
  );
  return r;
}
