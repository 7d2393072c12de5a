import { type Response, Router } from 'express';
import { addFact, deleteFact, promoteItemToFact, updateFact } from '../../core/facts/index.ts';
import { getActiveFix, recordFixDecision, recordFixOutcome } from '../../core/fixes/index.ts';
import { postEscalationPackage, postResolutionNote, previewNote } from '../../core/notes/index.ts';
import {
  createSession,
  type DiagnosisDeps,
  getSession,
  getTranscript,
  handleTurn,
  listSessions,
  updateTaskItem,
} from '../../core/sessions/index.ts';
import { tenantContext } from '../http/auth.ts';

/**
 * `/api/v1/sessions`: the diagnosis core over HTTP for the admin web's console and for tests. The
 * Slack and Teams adapters call the same verbs directly.
 */
export function sessionsRouter(deps: DiagnosisDeps): Router {
  const r = Router();
  const ctx = (res: Response) => tenantContext(res);

  r.get('/', async (req, res) => {
    res.json(await listSessions({ ctx: ctx(res), input: req.query }));
  });
  r.post('/', async (req, res) => {
    res.status(201).json(await createSession({ ctx: ctx(res), input: req.body }));
  });
  r.get('/:sessionId', async (req, res) => {
    res.json(await getSession({ ctx: ctx(res), sessionId: req.params.sessionId }));
  });
  r.get('/:sessionId/transcript', async (req, res) => {
    res.json({ turns: await getTranscript({ ctx: ctx(res), sessionId: req.params.sessionId }) });
  });

  // A turn answers with JSON, or as server-sent events when the client asks for a stream:
  // `delta` events carry text as the model writes it, then one `result` (or `error`) event.
  r.post('/:sessionId/turns', async (req, res) => {
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
  });

  r.post('/:sessionId/facts', async (req, res) => {
    res.status(201).json(await addFact({ ctx: ctx(res), sessionId: req.params.sessionId, input: req.body }));
  });
  r.post('/:sessionId/facts/promote', async (req, res) => {
    res.json(await promoteItemToFact({ ctx: ctx(res), sessionId: req.params.sessionId, input: req.body }));
  });
  r.patch('/:sessionId/facts/:factId', async (req, res) => {
    res.json(
      await updateFact({
        ctx: ctx(res),
        sessionId: req.params.sessionId,
        factId: req.params.factId,
        input: req.body,
      }),
    );
  });
  r.delete('/:sessionId/facts/:factId', async (req, res) => {
    res.json(await deleteFact({ ctx: ctx(res), sessionId: req.params.sessionId, factId: req.params.factId }));
  });
  r.patch('/:sessionId/items/:itemId', async (req, res) => {
    res.json(
      await updateTaskItem({
        ctx: ctx(res),
        sessionId: req.params.sessionId,
        itemId: req.params.itemId,
        input: req.body,
      }),
    );
  });

  r.get('/:sessionId/fix', async (req, res) => {
    res.json({ fix: await getActiveFix({ ctx: ctx(res), sessionId: req.params.sessionId }) });
  });
  r.post('/:sessionId/fixes/:fixId/decision', async (req, res) => {
    res.json(
      await recordFixDecision({
        ctx: ctx(res),
        sessionId: req.params.sessionId,
        fixId: req.params.fixId,
        input: req.body,
      }),
    );
  });
  r.post('/:sessionId/fixes/:fixId/outcome', async (req, res) => {
    res.json(
      await recordFixOutcome({
        ctx: ctx(res),
        sessionId: req.params.sessionId,
        fixId: req.params.fixId,
        input: req.body,
      }),
    );
  });

  r.post('/:sessionId/resolution-note/preview', async (req, res) => {
    res.json(await previewNote({ ctx: ctx(res), deps, sessionId: req.params.sessionId, kind: 'resolution' }));
  });
  r.post('/:sessionId/resolution-note/post', async (req, res) => {
    res.json(
      await postResolutionNote({ ctx: ctx(res), deps, sessionId: req.params.sessionId, input: req.body }),
    );
  });
  r.post('/:sessionId/escalation-package/preview', async (req, res) => {
    res.json(await previewNote({ ctx: ctx(res), deps, sessionId: req.params.sessionId, kind: 'escalation' }));
  });
  r.post('/:sessionId/escalation-package/post', async (req, res) => {
    res.json(
      await postEscalationPackage({ ctx: ctx(res), deps, sessionId: req.params.sessionId, input: req.body }),
    );
  });
  return r;
}
