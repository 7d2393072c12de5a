import { z } from 'zod';
import { teamsErrorFor, withNotice } from '../../bot/teams/errors.ts';
import { runWalkVerb, startWalkForTicket, walkRenderContext } from '../../bot/walk-verbs.ts';
import {
  type AdaptiveCardJson,
  parseWalkAction,
  readTeamsWalkNote,
  renderWalkCard,
} from '../../cards/index.ts';
import { getWalk, type WalkView } from '../../core/flows/index.ts';
import { createSession, type DiagnosisDeps } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { InvalidInputError, ServiceError } from '../../core/shared/errors.ts';
import { parseInput } from '../../core/shared/validation.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

const TicketInput = z
  .object({
    summary: z.string().trim().min(3, 'describe the problem in a few words').max(500),
    details: z.string().trim().max(8_000).default(''),
    client: z.string().trim().max(200).default(''),
  })
  .strict();

const ActionInput = z
  .object({ verb: z.string().min(1).max(100), data: z.record(z.string(), z.unknown()).default({}) })
  .strict();

/** What the L1 view shows: the decision in words and the walk card exactly as Teams would get it. */
export interface ConsoleWalkResult {
  sessionId: string;
  decision?: { rule: string; text: string; reason: string };
  walk: WalkView | null;
  card: AdaptiveCardJson | null;
}

async function cardOf(ctx: TenantContext, walk: WalkView): Promise<AdaptiveCardJson> {
  return renderWalkCard(walk, await walkRenderContext(ctx, walk));
}

/**
 * The Try-the-bot console's L1 view under `/api/v1/console/walks`: a ticket (summary, details,
 * client) → a web session → match-or-build → the first walk card; then `Action.Execute` presses of
 * the walk verbs. The resolution note preview and post use the session console routes.
 */
export function consoleWalkRoutes(diagnosis: DiagnosisDeps): RouteGroup {
  const r = routeGroup('/console/walks', { tag: 'console' });

  r.post(
    '/',
    {
      summary: 'Try the bot (L1): match or build a flow for a ticket and start walking it',
      body: TicketInput,
      permission: 'flows.walk',
      status: 201,
    },
    async (req, res) => {
      const ctx = tenantContext(res);
      const ticket = parseInput(TicketInput, req.body, 'ticket');
      const session = await createSession({
        ctx,
        input: { problemSummary: ticket.summary, channel: { kind: 'web', ref: { surface: 'console' } } },
      });
      const started = await startWalkForTicket({
        ctx,
        diagnosis,
        ticket: { summary: ticket.summary, details: ticket.details, client: ticket.client || null },
        sessionId: session.id,
      });
      res.status(201).json({
        sessionId: session.id,
        decision: { rule: started.decision.rule, text: started.text, reason: started.decision.reason },
        walk: started.walk,
        card: started.walk ? await cardOf(ctx, started.walk) : null,
      } satisfies ConsoleWalkResult);
    },
  );

  r.post(
    '/:walkId/actions',
    {
      summary: 'Try the bot (L1): press a walk card button (Action.Execute verb and data)',
      body: ActionInput,
      permission: 'flows.walk',
    },
    async (req, res) => {
      const ctx = tenantContext(res);
      const { verb, data } = parseInput(ActionInput, req.body, 'card action');
      const parsed = parseWalkAction(verb, data);
      if (!parsed.ok || parsed.payload.w !== req.params.walkId) {
        throw new InvalidInputError('This card is out of date; start again from the latest card.', [
          { path: 'verb', message: parsed.ok ? 'the press names another walk' : parsed.reason },
        ]);
      }
      let walk: WalkView;
      let card: AdaptiveCardJson;
      try {
        walk = await runWalkVerb({
          ctx,
          diagnosis,
          verb: parsed.verb,
          payload: parsed.payload,
          note: readTeamsWalkNote(data),
        });
        card = await cardOf(ctx, walk);
      } catch (error) {
        // As in Teams: a refused press answers with the current card and the reason on top.
        if (!(error instanceof ServiceError) || error.code === 'not_found') throw error;
        walk = await getWalk({ ctx, walkId: parsed.payload.w });
        card = withNotice(await cardOf(ctx, walk), teamsErrorFor(error));
      }
      res.json({ sessionId: walk.sessionId ?? '', walk, card } satisfies ConsoleWalkResult);
    },
  );

  return r;
}
