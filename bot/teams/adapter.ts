import { Activity, ActivityTypes, Channels, type ConversationReference } from '@microsoft/agents-activity';
import {
  AgentApplication,
  MemoryStorage,
  type Request,
  type TurnContext,
  type TurnState,
} from '@microsoft/agents-hosting';
import { TeamsAgentExtension } from '@microsoft/agents-hosting-extensions-teams';
import express, { Router as createRouter, type Router } from 'express';
import { deliveryMessage, ticketLabel } from '../../cards/index.ts';
import { getTeamsConversation } from '../../core/chat/index.ts';
import type { Database } from '../../core/db/client.ts';
import type { DueReminder } from '../../core/escalations/index.ts';
import type { DeliveryReport } from '../../core/psa/index.ts';
import { type DiagnosisDeps, getSession } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { Logger } from '../../core/shared/logger.ts';
import { spanUntilResponse } from '../../core/shared/telemetry.ts';
import type { ChatInboxPort } from '../chat-inbox-port.ts';
import { teamsRequestAttributes } from '../chat-trace.ts';
import { STALE_BUTTON_TEXT } from '../error-view.ts';
import { createCloudAdapter, type TeamsConfig } from './config.ts';
import { postOrUpdateCard } from './conversation.ts';
import { notifyTeamsUser, sendTeamsReminder } from './escalation-reminders.ts';
import { TenantAccounts } from './identity.ts';
import { createTeamsInboxGate } from './inbox-gate.ts';
import { registerActions } from './listeners/actions.ts';
import { registerEscalation } from './listeners/escalate.ts';
import { registerFeedback } from './listeners/feedback.ts';
import { registerHandOver } from './listeners/hand-over.ts';
import { registerInstall } from './listeners/install.ts';
import { registerMessages } from './listeners/messages.ts';
import { registerQueue } from './listeners/queue.ts';
import { registerScriptReview } from './listeners/script-review.ts';
import { registerWalk } from './listeners/walk.ts';
import { registerWalkIn } from './listeners/walk-in.ts';
import { post } from './outbound.ts';
import { baseConversationId, targetOfRef } from './places.ts';
import { runtimeServices, sessionUrlFor, type TeamsRuntime } from './runtime.ts';

export type { TeamsConfig } from './config.ts';

export interface TeamsAdapterDeps {
  config: TeamsConfig;
  database: Database;
  diagnosis: DiagnosisDeps;
  logger: Logger;
  /** Durable hand-off of message activities; without it they run in-process after the 200. */
  inbox?: ChatInboxPort | undefined;
}

export interface TeamsAdapter {
  /** Mount on the one express app: `POST /api/messages`, with its own JSON parser. */
  router: Router;
  /** Tells the session's Teams thread or chat how its PSA update went, and refreshes the card. */
  announceDelivery(event: { accountId: string; sessionId: string; report: DeliveryReport }): Promise<void>;
  /** Sends an unclaimed-escalation reminder (technician thread reply, or admins' 1:1 chats). */
  remindEscalation(event: { accountId: string; reminder: DueReminder }): Promise<void>;
  /** A direct message to one of our users in their 1:1 chat with the bot; how many chats got it. */
  notifyUser(accountId: string, userId: string, text: string): Promise<number>;
  /** Runs a stored message activity (from the inbox job) through the listeners; it had its 200. */
  processInboxEvent(body: unknown): Promise<void>;
  /**
   * Resolves once the follow-ups queued after answering invokes (card refreshes, script draft
   * offers) have run: the point after which a turn posts nothing more.
   */
  settled(): Promise<void>;
}

/** The Bot Framework messaging endpoint Azure Bot Service is configured with. */
export const MESSAGES_PATH = '/api/messages';

/**
 * Teams activities carry the acted-on message as HTML and cards' input values; well under this.
 * Parsed on this route only, so nothing else in the server gets a JSON parser it did not ask for.
 */
const BODY_LIMIT = '1mb';

/**
 * The AgentApplication, able to say whether any of its routes takes an activity: the SDK answers an
 * invoke no route takes with a bare 501, which the connector reads as our failure.
 */
class TeamsAgentApplication extends AgentApplication<TurnState> {
  /** The SDK's own route choice (`getRoute`, private): the first route whose selector matches. */
  async hasRoute(context: TurnContext): Promise<boolean> {
    for (const route of this._routes) {
      try {
        if (await route.selector(context)) return true;
      } catch {
        // Some SDK selectors read into `value` unguarded (onFeedback: `value.actionName`); one that
        // cannot read this activity does not take it, and the SDK would fail the turn on it.
      }
    }
    return false;
  }
}

/** Dotted path of a zod issue, with indexes in brackets: `membersAdded[0].id`. */
function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** What the SDK's zod parse found wrong, field by field (its messages carry no input or stack). */
function parseProblem(error: unknown): string {
  const issues = (error as { issues?: unknown })?.issues;
  if (!Array.isArray(issues) || issues.length === 0) return 'The body is not a valid activity.';
  const listed = issues.slice(0, 3).map((issue: { path?: PropertyKey[]; message?: unknown }) => {
    const path = pathOf(issue.path ?? []);
    const message = typeof issue.message === 'string' ? issue.message : 'invalid';
    return path ? `\`${path}\`: ${message}` : message;
  });
  const more = issues.length > listed.length ? ` (and ${issues.length - listed.length} more)` : '';
  return `The activity is malformed: ${listed.join('; ')}${more}.`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const idOf = (account: unknown): unknown => (isObject(account) ? account.id : undefined);

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Why the SDK would fail on this activity, worded for the sender; null when it will not. Every rule
 * is one the SDK enforces by throwing mid-request (a 500, or a 501 for an invoke, that the connector
 * retries) or mid-turn after a message was already stored and acked. Checked before the SDK sees
 * the body, so a refused activity runs no listener and stores nothing.
 */
function activityProblem(body: Record<string, unknown>): string | null {
  // `process` renames `relatesTo.bot` to `agent` before it parses (activityWireCompat); a copy, so
  // the body the SDK gets is untouched.
  const relatesTo = body.relatesTo;
  const candidate =
    isObject(relatesTo) && relatesTo.bot
      ? { ...body, relatesTo: { ...relatesTo, bot: undefined, agent: relatesTo.bot } }
      : body;
  let activity: Activity;
  try {
    // Twice, as the SDK does: the turn re-parses the parsed activity (`runTurn`, long-running
    // messages), and a string that became an Invalid Date (`timestamp: "x"`) fails only then.
    activity = Activity.fromObject(Activity.fromObject(candidate));
  } catch (error) {
    return parseProblem(error);
  }
  // The connector client is built for `serviceUrl` (the SDK throws without one; production's host
  // check and every reply parse it as a URL).
  if (!isHttpUrl(activity.serviceUrl)) {
    return 'The activity needs a `serviceUrl`, the absolute http(s) URL its replies go to.';
  }
  // The turn state's storage keys (TurnState.onComputeStorageKeys) throw without these.
  if (!activity.channelId) return 'The activity needs a `channelId`.';
  if (!idOf(activity.recipient)) return 'The activity needs `recipient.id` (the bot).';
  if (!idOf(activity.from)) return 'The activity needs `from.id` (the sender).';
  // `removeRecipientMention` reads `mentioned.id` of every mention entity of a message.
  if (activity.type === ActivityTypes.Message) {
    const broken = (activity.entities ?? []).findIndex(
      (entity) => entity.type.toLowerCase() === 'mention' && !isObject(entity.mentioned),
    );
    if (broken !== -1) {
      return `The activity's \`entities[${broken}]\` is a mention without a \`mentioned\` account.`;
    }
  }
  if (activity.type === ActivityTypes.Invoke) {
    if (typeof activity.name !== 'string' || !activity.name) return 'An invoke activity needs a `name`.';
    // Every invoke Teams sends carries its input as an object (card action, dialog data, feedback,
    // sign-in state); route selectors read into it.
    if (!isObject(activity.value)) return `The invoke \`${activity.name}\` needs an object \`value\`.`;
  }
  return null;
}

const STALE_CARD_RESPONSE = {
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value: STALE_BUTTON_TEXT,
};

/**
 * A Teams card button (`Action.Execute`) whose verb no route takes: one on a card an older version
 * posted. Teams shows an error on the card for a 4xx; a message response tells the presser why
 * and leaves the card as it was.
 */
function isStaleCardPress(activity: Activity): boolean {
  const action = isObject(activity.value) ? activity.value.action : undefined;
  return (
    activity.channelId === Channels.Msteams &&
    activity.name === 'adaptiveCard/action' &&
    isObject(action) &&
    action.type === 'Action.Execute' &&
    typeof action.verb === 'string'
  );
}

/**
 * Anonymous mode checks no token, so anyone who can reach the server chooses where its replies go:
 * only a local `serviceUrl` (the Agents Playground's) is taken, never an address inside the
 * network (`169.254.169.254`) or elsewhere.
 */
function anonymousServiceUrlProblem(serviceUrl: unknown): string | null {
  const host = typeof serviceUrl === 'string' && URL.canParse(serviceUrl) ? new URL(serviceUrl).hostname : '';
  if (host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)) return null;
  return 'Without MICROSOFT_APP_ID (anonymous development mode) replies go only to a local serviceUrl (localhost or 127.0.0.1).';
}

/**
 * The Teams adapter: the Microsoft 365 Agents SDK (1.8.1) mounted into our server. The SDK objects
 * are built from {@link TeamsConfig} — a CloudAdapter we construct, handed to the AgentApplication —
 * because `new AgentApplication()` alone builds its own adapter from environment variables. Every
 * request is checked (Bot Framework JWT: 401 on a missing or bad token; anonymous only in
 * development), and its activity against what the SDK will accept (400), before any listener
 * runs. Listeners are thin: identify the user, call one core verb, render a card from cards/, send.
 */
export function createTeamsAdapter(deps: TeamsAdapterDeps): TeamsAdapter {
  const { config, database } = deps;
  const logger = deps.logger.child({ component: 'teams' });
  const adapter = createCloudAdapter(config, logger);
  const agent = new TeamsAgentApplication({
    adapter,
    storage: new MemoryStorage(),
    agentAppId: config.appId,
    // Messages run after Teams has its 200: a model turn can outlast the connector's ~15 s wait for
    // the HTTP answer. With the inbox they are stored, acked and replayed from the job queue (in a
    // proactive turn, where they must run to the end); without it the SDK continues them in memory.
    longRunningMessages: !deps.inbox,
    removeRecipientMention: true,
    startTypingTimer: false,
  });
  agent.onError(async (context, error) => {
    logger.error(
      { err: error, type: context.activity.type, name: context.activity.name },
      'Teams turn failed',
    );
  });

  const rt: TeamsRuntime = {
    config,
    database,
    diagnosis: deps.diagnosis,
    tenants: new TenantAccounts(database),
    logger,
    sessionUrl: sessionUrlFor(config.publicUrl),
    ...runtimeServices(adapter, config.appId, logger),
  };
  registerMessages(agent, rt);
  registerActions(agent, rt);
  registerWalk(agent, rt);
  registerScriptReview(agent, rt);
  registerInstall(agent, rt);
  registerHandOver(agent, rt);
  registerQueue(agent, rt);
  agent.registerExtension(new TeamsAgentExtension(agent), (teams) => {
    registerEscalation(agent, teams, rt);
    registerWalkIn(teams, rt);
    registerFeedback(teams, rt);
  });

  /**
   * Why no listener will answer this invoke, worded for the caller; null when one will. The SDK
   * answers such an invoke with a bare 501, which reads as our failure; it is the caller's mistake
   * (a name we do not register, a card verb, dialog or feedback value no selector matches). Asked of
   * the routes themselves rather than a list of names kept beside them, so a listener added later
   * is reachable without touching this. An invoke a route takes keeps the SDK's answer: a handler
   * that fails is still a 5xx.
   */
  const invokeRefusal = async (context: TurnContext): Promise<string | null> => {
    const { name, channelId } = context.activity;
    // With `authorization` handlers configured, the SDK's authorization manager, not a route,
    // answers `signin/*`.
    if (agent.options.authorization && name?.startsWith('signin/')) return null;
    // The Teams extension's invoke handlers act on Teams activities only and answer nothing for
    // another channel, even where a selector of ours (walk-in's `task/submit`) matched.
    if (channelId !== Channels.Msteams) {
      return 'This app answers invokes from Teams (`channelId` msteams) only.';
    }
    if (!(await agent.hasRoute(context))) {
      return `This app does not handle the invoke \`${name}\` with this value.`;
    }
    return null;
  };

  const inboxGate = deps.inbox ? createTeamsInboxGate(agent, rt, deps.inbox) : undefined;
  const router = createRouter();
  // The ack as a span (a no-op unless traced); the job it queues continues the same trace.
  const ackSpan = spanUntilResponse('teams.ack', teamsRequestAttributes);
  router.post(MESSAGES_PATH, express.json({ limit: BODY_LIMIT }), ackSpan, async (req, res) => {
    const request = req as unknown as Request;
    let authorized = false;
    // The same check `createAgentRequestHandler` runs, with the adapter's own configuration.
    await adapter.authorizeRequest(request, res, () => {
      authorized = true;
    });
    if (!authorized || res.headersSent) return;
    // express.json passes arrays and `{}`; the SDK would fail on them as a 500 the connector retries.
    const activity: unknown = req.body;
    if (!isObject(activity) || typeof activity.type !== 'string') {
      res
        .status(400)
        .json({ error: 'invalid_activity', message: 'The body must be an activity object with a type.' });
      return;
    }
    const problem =
      activityProblem(activity) ?? (config.appId ? null : anonymousServiceUrlProblem(activity.serviceUrl));
    if (problem) {
      res.status(400).json({ error: 'invalid_activity', message: problem });
      return;
    }
    const intake = inboxGate?.intake();
    try {
      await adapter.process(request, res, async (context) => {
        const refusal = context.activity.type === ActivityTypes.Invoke ? await invokeRefusal(context) : null;
        if (refusal) {
          // Before any listener runs, so a refused invoke changes nothing.
          const answer = new Activity(ActivityTypes.InvokeResponse);
          answer.value = isStaleCardPress(context.activity)
            ? { status: 200, body: STALE_CARD_RESPONSE }
            : { status: 400, body: { error: 'unsupported_invoke', message: refusal } };
          await context.sendActivity(answer);
          return;
        }
        const stored = intake ? await intake.store(context) : 'pass';
        if (stored === 'failed') {
          res.status(503).json({ error: 'unavailable', message: 'Could not take the activity; retry.' });
        } else if (stored === 'pass') {
          await agent.run(context);
        }
      });
      await intake?.queueStored();
    } catch (error) {
      // Turn errors are handled by onError; what lands here failed before the turn on our side (no
      // outbound token; malformed activities were refused above). The connector retries a 5xx.
      logger.error({ err: error }, 'Teams request failed');
      if (!res.headersSent) res.status(500).json({ error: 'internal_error' });
    }
  });
  return {
    router,
    remindEscalation: ({ accountId, reminder }) => sendTeamsReminder(rt, accountId, reminder),
    notifyUser: (accountId, userId, text) => notifyTeamsUser(rt, accountId, userId, text),
    settled: () => rt.settled(),
    processInboxEvent: async (body) => {
      if (!inboxGate) throw new Error('this Teams adapter was built without an inbox');
      await inboxGate.replay(body);
    },
    async announceDelivery({ accountId, sessionId, report }) {
      const ctx: TenantContext = { db: database, accountId, actor: { kind: 'system', name: 'psa-outbox' } };
      const session = await getSession({ ctx, sessionId });
      if (session.channel.kind !== 'teams' || !session.ticket) return;
      const target = targetOfRef(session.channel.ref);
      const conversationId = session.channel.ref.conversationId;
      const stored = conversationId
        ? await getTeamsConversation(ctx, baseConversationId(conversationId))
        : null;
      if (!target || !stored) {
        logger.warn({ sessionId }, 'Teams: no stored conversation to announce the PSA delivery in');
        return;
      }
      const reference = {
        ...stored.reference,
        serviceUrl: stored.serviceUrl,
        conversation: { ...(stored.reference.conversation as object), id: target.conversationId },
      } as unknown as ConversationReference;
      const text = deliveryMessage(ticketLabel({ ...session.ticket, writes: [] }), report);
      await rt.proactive(reference, async (turn) => {
        if (text) await post(turn, target, { type: 'message', text });
        await postOrUpdateCard(rt, turn, ctx, session);
      });
    },
  };
}
