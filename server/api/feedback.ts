import { z } from 'zod';
import { FEEDBACK_RATINGS } from '../../core/db/schema/feedback.ts';
import {
  ExportFeedbackInput,
  exportFeedback,
  listSessionFeedback,
  RecordFeedbackInput,
  recordAnswerFeedback,
} from '../../core/feedback/index.ts';
import { parseInput } from '../../core/shared/validation.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

/** What a person sends from the web: the thumb and an optional comment; the answer is in the path. */
const FeedbackBody = z
  .object({
    rating: RecordFeedbackInput.shape.rating,
    comment: RecordFeedbackInput.shape.comment,
  })
  .strict();

/**
 * Answer feedback over HTTP (issue #17): Try the bot's thumbs (surface `web`), the session detail's
 * list, and the admins' export for evaluation. Slack and Teams call the same verb from their
 * buttons. Another account's session or answer is a 404, from the verbs.
 */
export function feedbackRoutes(deps: { now: () => Date }): RouteGroup {
  const r = routeGroup('', { tag: 'feedback' });

  r.post(
    '/sessions/:sessionId/turns/:turnId/feedback',
    {
      summary: `Rate an assistant answer (${FEEDBACK_RATINGS.join(' or ')}, optional comment; L1+). One vote per person per answer: rating again changes it`,
      body: FeedbackBody,
      permission: 'sessions.work',
    },
    async (req, res) => {
      const body = parseInput(FeedbackBody, req.body, 'feedback');
      const saved = await recordAnswerFeedback({
        ctx: tenantContext(res),
        input: { ...body, turnId: req.params.turnId, sessionId: req.params.sessionId, surface: 'web' },
      });
      res.json(saved);
    },
  );

  r.get(
    '/sessions/:sessionId/feedback',
    { summary: "Every rating on a session's answers, oldest first" },
    async (req, res) => {
      res.json({
        feedback: await listSessionFeedback({ ctx: tenantContext(res), sessionId: req.params.sessionId }),
      });
    },
  );

  r.get(
    '/feedback/export',
    {
      summary:
        'Answer feedback for evaluation, as JSON Lines or CSV: question, answer, engine, model, passages, rating, comment (admin)',
      query: ExportFeedbackInput,
      permission: 'feedback.export',
    },
    async (req, res) => {
      const exported = exportFeedback({ ctx: tenantContext(res), input: req.query, now: deps.now() });
      const chunks = exported.chunks();
      // The first piece is read before any header goes out, so a failure there is still a clean error answer.
      const first = await chunks.next();
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Type', exported.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="${exported.filename}"`);
      if (!first.done) res.write(first.value);
      try {
        for await (const chunk of chunks) res.write(chunk);
      } catch (error) {
        // Headers are gone: cut the download short rather than end it as if it were complete.
        res.destroy(error as Error);
        return;
      }
      res.end();
    },
  );
  return r;
}
