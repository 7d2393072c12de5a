import { z } from 'zod';
import { runSessionCardVerb, type SessionCardVerb } from '../../bot/card-verbs.ts';
import { teamsErrorFor, withNotice } from '../../bot/teams/errors.ts';
import {
  type AdaptiveCardJson,
  parseTeamsAction,
  type RenderContext,
  renderSessionCard,
  SESSION_CARD_VERBS,
} from '../../cards/index.ts';
import { can } from '../../core/auth/index.ts';
import {
  createSession,
  type DiagnosisDeps,
  getSession,
  handleTurn,
  type SessionView,
  type TurnResult,
} from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { InvalidInputError, ServiceError } from '../../core/shared/errors.ts';
import { parseInput } from '../../core/shared/validation.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

const MessageInput = z
  .object({
    message: z
      .string()
      .trim()
      .min(3, 'describe the problem in a few words')
      // handleTurn enforces the real cap (8,000 characters) with its own message.
      .max(8_000, 'keep messages under 8000 characters'),
  })
  .strict();

const ActionInput = z
  .object({
    verb: z.string().min(1).max(100),
    data: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/** What the console shows after each step: the card exactly as Teams would receive it. */
export interface ConsoleResult {
  session: SessionView;
  card: AdaptiveCardJson;
  /** `turnId` is what the page's thumbs rate; `sources` the passages the answer was given. */
  reply?: ConsoleReply;
}

type ConsoleReply = Pick<TurnResult['reply'], 'text' | 'engine' | 'turnId' | 'sources'>;

/**
 * The admin web's "Try the bot" console under `/api/v1/console`: a chat in the `web` channel that
 * runs the same core verbs as Slack and Teams and answers with the same Adaptive Cards (cards/), so
 * the page can render them with the `adaptivecards` renderer and post `Action.Execute` presses back.
 */
export function consoleRoutes(diagnosis: DiagnosisDeps): RouteGroup {
  const r = routeGroup('/console', { tag: 'console' });

  // Start: the first message is the problem (as a first mention in Teams), then its first turn.
  r.post(
    '/sessions',
    {
      summary: 'Try the bot: start a web-channel session with its first message',
      body: MessageInput,
      status: 201,
    },
    async (req, res) => {
      const ctx = tenantContext(res);
      const { message } = parseInput(MessageInput, req.body, 'message');
      const started = await createSession({
        ctx,
        input: { problemSummary: message, channel: { kind: 'web', ref: { surface: 'console' } } },
      });
      const turn = await handleTurn({ ctx, deps: diagnosis, sessionId: started.id, input: { message } });
      res.status(201).json(resultOf(ctx, turn.session, turn.reply));
    },
  );

  r.post(
    '/sessions/:sessionId/messages',
    { summary: 'Try the bot: send the next message', body: MessageInput },
    async (req, res) => {
      const ctx = tenantContext(res);
      const input = parseInput(MessageInput, req.body, 'message');
      const turn = await handleTurn({ ctx, deps: diagnosis, sessionId: req.params.sessionId, input });
      res.json(resultOf(ctx, turn.session, turn.reply));
    },
  );

  r.get(
    '/sessions/:sessionId/card',
    { summary: 'Try the bot: the session card as Teams would receive it' },
    async (req, res) => {
      const ctx = tenantContext(res);
      res.json(resultOf(ctx, await getSession({ ctx, sessionId: req.params.sessionId })));
    },
  );

  // An `Action.Execute` press: `{verb, data}` exactly as Teams sends it (inputs merged into data).
  r.post(
    '/sessions/:sessionId/actions',
    { summary: 'Try the bot: press a card button (Action.Execute verb and data)', body: ActionInput },
    async (req, res) => {
      const ctx = tenantContext(res);
      const { verb, data } = parseInput(ActionInput, req.body, 'card action');
      const parsed = parseTeamsAction(verb, data);
      if (!parsed.ok || parsed.payload.s !== req.params.sessionId || !isSessionCardVerb(parsed.verb)) {
        throw new InvalidInputError('This card is out of date; start again from the latest card.', [
          { path: 'verb', message: parsed.ok ? 'not a session card action' : parsed.reason },
        ]);
      }
      const rc = consoleRenderContext(ctx);
      let card: AdaptiveCardJson;
      try {
        card = await runSessionCardVerb({
          ctx,
          diagnosis,
          rc,
          verb: parsed.verb,
          payload: parsed.payload,
          data,
        });
      } catch (error) {
        // As in Teams: a refused press answers with the current card and the reason on top.
        if (!(error instanceof ServiceError) || error.code === 'not_found') throw error;
        const current = await getSession({ ctx, sessionId: parsed.payload.s });
        card = withNotice(renderSessionCard(current, rc), teamsErrorFor(error));
      }
      const session = await getSession({ ctx, sessionId: parsed.payload.s });
      res.json({ session, card } satisfies ConsoleResult);
    },
  );

  return r;
}

function isSessionCardVerb(verb: string): verb is SessionCardVerb {
  return (SESSION_CARD_VERBS as readonly string[]).includes(verb);
}

/** Try the bot runs no bot in a channel, so an escalation from it cannot reach a technician channel. */
const CONSOLE_NO_TECH_CHANNEL =
  'Try the bot posts to no chat channel (in Slack or Teams an admin sets a technician channel with “techchannel”)';

function consoleRenderContext(ctx: TenantContext): RenderContext {
  return {
    canAct: can(ctx.actor, 'sessions.work'),
    canClaim: can(ctx.actor, 'escalations.claim'),
    sessionUrl: (id) => `/sessions/${id}`,
    noTechnicianChannel: CONSOLE_NO_TECH_CHANNEL,
  };
}

function resultOf(ctx: TenantContext, session: SessionView, reply?: ConsoleReply): ConsoleResult {
  const card = renderSessionCard(session, consoleRenderContext(ctx));
  return reply
    ? {
        session,
        card,
        reply: { text: reply.text, engine: reply.engine, turnId: reply.turnId, sources: reply.sources },
      }
    : { session, card };
}
