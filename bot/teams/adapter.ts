import type { ConversationReference } from '@microsoft/agents-activity';
import { AgentApplication, MemoryStorage, type Request, type TurnState } from '@microsoft/agents-hosting';
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
 * The Teams adapter: the Microsoft 365 Agents SDK (1.8.1) mounted into our server. The SDK objects
 * are built from {@link TeamsConfig} — a CloudAdapter we construct, handed to the AgentApplication —
 * because `new AgentApplication()` alone builds its own adapter from environment variables. Every
 * request is checked (Bot Framework JWT: 401 on a missing or bad token; anonymous only in
 * development) before any listener runs. Listeners are thin: identify the user, call one core
 * verb, render a card from cards/, send.
 */
export function createTeamsAdapter(deps: TeamsAdapterDeps): TeamsAdapter {
  const { config, database } = deps;
  const logger = deps.logger.child({ component: 'teams' });
  const adapter = createCloudAdapter(config, logger);
  const agent = new AgentApplication<TurnState>({
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
    if (
      typeof activity !== 'object' ||
      activity === null ||
      Array.isArray(activity) ||
      typeof (activity as { type?: unknown }).type !== 'string'
    ) {
      res
        .status(400)
        .json({ error: 'invalid_activity', message: 'The body must be an activity object with a type.' });
      return;
    }
    const intake = inboxGate?.intake();
    try {
      await adapter.process(request, res, async (context) => {
        const stored = intake ? await intake.store(context) : 'pass';
        if (stored === 'failed') {
          res.status(503).json({ error: 'unavailable', message: 'Could not take the activity; retry.' });
        } else if (stored === 'pass') {
          await agent.run(context);
        }
      });
      await intake?.queueStored();
    } catch (error) {
      // Turn errors are handled by onError; what lands here failed before the turn (a malformed
      // activity, no outbound token). The connector retries a 5xx.
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
