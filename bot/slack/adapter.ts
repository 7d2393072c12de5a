import {
  App,
  type Authorize,
  type Logger as BoltLogger,
  ErrorCode,
  ExpressReceiver,
  LogLevel,
} from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { Router as createRouter, type Router } from 'express';
import { deliveryMessage, ERROR_LINK_ACTION, escapeMrkdwn, ticketLabel } from '../../cards/index.ts';
import { saveSlackInstallation, slackInstallationAccountId } from '../../core/chat/index.ts';
import type { Database } from '../../core/db/client.ts';
import { accountsTable } from '../../core/db/schema/accounts.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import type { DueReminder } from '../../core/escalations/index.ts';
import { chatIdentitiesOfUser } from '../../core/identity/index.ts';
import type { DeliveryReport } from '../../core/psa/index.ts';
import { type DiagnosisDeps, getSession } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { Logger } from '../../core/shared/logger.ts';
import { spanUntilResponse } from '../../core/shared/telemetry.ts';
import { slackRequestAttributes } from '../chat-trace.ts';
import { createAnswerReplies } from './answer-replies.ts';
import type { SlackConfig } from './config.ts';
import { postOrUpdateCard } from './conversation.ts';
import { sendSlackReminder } from './escalation-reminders.ts';
import { FirstPosts, removeFirstPost } from './first-post.ts';
import { type ChatInboxPort, installInboxGate } from './inbox-gate.ts';
import { isHandedToInbox } from './inbox-interactions.ts';
import { InstallationCache } from './installations.ts';
import { registerActions } from './listeners/actions.ts';
import { registerAssistant } from './listeners/assistant.ts';
import { registerCommand } from './listeners/command.ts';
import { registerEscalation } from './listeners/escalate.ts';
import { registerFeedback } from './listeners/feedback.ts';
import { registerHandOver } from './listeners/hand-over.ts';
import { publishHome, registerHome } from './listeners/home.ts';
import { refreshQueueHomes, registerIntake } from './listeners/intake.ts';
import { registerMessageListeners } from './listeners/messages.ts';
import { registerScriptReview } from './listeners/script-review.ts';
import { registerWalk } from './listeners/walk.ts';
import { BOT_SCOPES, mountSlackOAuth } from './oauth.ts';
import { slackRequestGuard } from './request-guard.ts';
import { botClientFor, type SlackRuntime } from './runtime.ts';

export interface SlackAdapterDeps {
  config: SlackConfig;
  database: Database;
  keys: { accessToken: Buffer; secretsAtRest: Buffer };
  diagnosis: DiagnosisDeps;
  logger: Logger;
  /** Durable hand-off of events that need an answer; without it Bolt answers in-process after the ack. */
  inbox?: ChatInboxPort | undefined;
}

export interface SlackAdapter {
  /** Mount on the one express app: `/slack/events`, `/slack/install`, `/slack/oauth_redirect`. */
  router: Router;
  app: App;
  /** Single-workspace mode registers the env token's workspace; a no-op with OAuth. */
  start(): Promise<void>;
  /** Tells the session's Slack thread how its PSA update went, and refreshes the card. */
  announceDelivery(event: { accountId: string; sessionId: string; report: DeliveryReport }): Promise<void>;
  /** Redraws the L1 queue on the App Home of everyone in the account who may act on it. */
  refreshQueueHomes(accountId: string): Promise<void>;
  /** Sends an unclaimed-escalation reminder (technician thread ping, or admins' DMs). */
  remindEscalation(event: { accountId: string; reminder: DueReminder }): Promise<void>;
  /** A direct message from the app to one of our users, in every workspace they are linked in. */
  notifyUser(accountId: string, userId: string, text: string): Promise<number>;
  /** Runs a stored event (from the inbox job) through Bolt's listeners; it was acked already. */
  processInboxEvent(body: unknown): Promise<void>;
  /** Takes down the status line posted after the ack of a stored event, once it is answered. */
  removeFirstPost(body: unknown, ref: string): Promise<void>;
}

/**
 * The Slack adapter: Bolt on an ExpressReceiver mounted into our server. Bolt verifies the signing
 * secret on every request (401 otherwise) and needs the raw body, which is why nothing upstream
 * parses JSON on these routes. Listeners are thin: identify the user, call one core verb, render.
 */
export function createSlackAdapter(deps: SlackAdapterDeps): SlackAdapter {
  const { config, database, logger } = deps;
  const router = createRouter();
  // Before Bolt's own handler on the same path: timestamp window both ways, object bodies only.
  router.post(
    '/slack/events',
    ...slackRequestGuard(config.signingSecret),
    // The ack as a span (a no-op unless traced); the job it queues continues the same trace.
    spanUntilResponse('slack.ack', slackRequestAttributes),
  );
  const installations = new InstallationCache(database, deps.keys.secretsAtRest);
  const boltLogger = toBoltLogger(logger.child({ component: 'slack' }));
  const receiver = new ExpressReceiver({
    signingSecret: config.signingSecret,
    endpoints: '/slack/events',
    router,
    logger: boltLogger,
    // Ack first, work after: Slack wants an answer within 3 s and a model turn takes longer.
    processBeforeResponse: false,
  });
  const authorize: Authorize<boolean> = async ({ teamId }) => {
    const installation = teamId ? await installations.get(teamId) : null;
    if (!installation) throw new Error(`No Slack installation for team ${teamId ?? '(none)'}`);
    return {
      botToken: installation.botToken,
      botUserId: installation.botUserId,
      ...(installation.botId ? { botId: installation.botId } : {}),
      teamId: installation.teamId,
    };
  };
  const app = new App({
    receiver,
    authorize,
    logger: boltLogger,
    ...(config.apiUrl ? { clientOptions: { slackApiUrl: config.apiUrl } } : {}),
  });

  app.error(async (error) => {
    if (isHandedToInbox(error)) return; // not a failure: the rest of that listener runs from the job
    // A workspace that uninstalled us (or never installed) still has events in flight: expected,
    // and acked; one line without a stack, not an error per request.
    if (error.code === ErrorCode.AuthorizationError) {
      logger.warn({ reason: error.message }, 'Slack event from a workspace with no installation: ignored');
      return;
    }
    logger.error({ err: error }, 'Slack listener failed');
  });

  const answerReplies = createAnswerReplies({ installations, logger, slackLogger: boltLogger });
  const runtime: SlackRuntime = {
    config,
    database,
    installations,
    logger,
    conversation: {
      diagnosis: deps.diagnosis,
      logger,
      sessionUrl: (id) => (config.publicUrl ? `${config.publicUrl.replace(/\/$/, '')}/sessions/${id}` : null),
      publicUrl: config.publicUrl,
      noTechnicianChannel: `no technician channel yet — an admin sets one with ${config.slashCommand} techchannel in the channel escalations should go to`,
      answerReplies,
    },
  };
  // Link buttons (an error's "Verify or resend") open a page; Slack still posts the click, ack it.
  app.action(ERROR_LINK_ACTION, async ({ ack }) => {
    await ack();
  });
  registerMessageListeners(app, runtime);
  registerAssistant(app, runtime);
  registerCommand(app, runtime);
  registerEscalation(app, runtime);
  registerHandOver(app, runtime);
  registerActions(app, runtime);
  registerFeedback(app, runtime);
  registerWalk(app, runtime);
  registerScriptReview(app, runtime);
  registerHome(app, runtime);
  // One redraw of an account's Homes at a time, in order: each reads the queue when it runs, so the
  // last one to publish is never older than a change that came before it.
  const homeRedraws = new Map<string, Promise<void>>();
  const clientFor = (teamId: string) => botClientFor(runtime, teamId);
  const redrawQueueHomes = (accountId: string): Promise<void> => {
    const next = (homeRedraws.get(accountId) ?? Promise.resolve()).then(() =>
      refreshQueueHomes(runtime, accountId, clientFor, (client, ctx, userId) =>
        publishHome(runtime, client, ctx, userId),
      ),
    );
    const settled = next.catch(() => undefined);
    homeRedraws.set(accountId, settled);
    void settled.then(() => {
      if (homeRedraws.get(accountId) === settled) homeRedraws.delete(accountId);
    });
    return next;
  };
  registerIntake(app, runtime, redrawQueueHomes);
  const firstPosts = new FirstPosts(runtime, answerReplies);
  const inboxGate = deps.inbox
    ? installInboxGate(
        receiver,
        app,
        runtime,
        deps.inbox,
        config.statusLine === false ? undefined : firstPosts,
      )
    : undefined;
  const processInboxEvent = async (body: unknown) => {
    await firstPosts.beforeTurn();
    if (inboxGate) await inboxGate.replay(body);
    else await app.processEvent({ body: body as Record<string, unknown>, ack: async () => {} });
  };
  if (config.oauth) {
    mountSlackOAuth(router, {
      config: { ...config.oauth, apiUrl: config.apiUrl },
      database,
      keys: deps.keys,
      installations,
      logger,
      slackLogger: boltLogger,
    });
  }

  return {
    router,
    app,
    async notifyUser(accountId, userId, text) {
      const ctx: TenantContext = { db: database, accountId, actor: { kind: 'system', name: 'slack-notify' } };
      let sent = 0;
      for (const identity of await chatIdentitiesOfUser(ctx, userId, 'slack')) {
        const client = await clientFor(identity.tenantKey);
        if (!client) continue;
        // Posting to a user id lands in the app's Messages tab with them (Slack opens the DM).
        await client.chat.postMessage({ channel: identity.externalUserId, text });
        sent += 1;
      }
      return sent;
    },
    async announceDelivery({ accountId, sessionId, report }) {
      const ctx: TenantContext = { db: database, accountId, actor: { kind: 'system', name: 'psa-outbox' } };
      const session = await getSession({ ctx, sessionId });
      const { teamId, channel, threadTs } = session.channel.ref;
      if (session.channel.kind !== 'slack' || !session.ticket || !teamId || !channel || !threadTs) return;
      const client = await clientFor(teamId);
      if (!client) return;
      const text = deliveryMessage(escapeMrkdwn(ticketLabel({ ...session.ticket, writes: [] })), report);
      if (text) await client.chat.postMessage({ channel, thread_ts: threadTs, text });
      await postOrUpdateCard(runtime.conversation, client, ctx, session);
    },
    refreshQueueHomes: redrawQueueHomes,
    remindEscalation: ({ reminder }) => sendSlackReminder(runtime, clientFor, reminder),
    processInboxEvent,
    async removeFirstPost(body, ref) {
      const teamId = (body as { team_id?: unknown } | null)?.team_id;
      const client = typeof teamId === 'string' ? await clientFor(teamId) : null;
      if (client) await removeFirstPost(client, ref);
    },
    async start() {
      if (!config.botToken) return;
      const client = new WebClient(config.botToken, config.apiUrl ? { slackApiUrl: config.apiUrl } : {});
      const auth = await client.auth.test();
      if (!auth.team_id || !auth.user_id) throw new Error('SLACK_BOT_TOKEN: auth.test did not return a team');
      // Without SLACK_ACCOUNT_ID: the account this workspace was attached to before (an account
      // signing up since must not make the next start ambiguous), else the only account there is.
      const accountId =
        config.accountId ??
        (await slackInstallationAccountId(database, auth.team_id)) ??
        (await soleAccountId(database));
      await saveSlackInstallation(database, deps.keys.secretsAtRest, {
        accountId,
        teamId: auth.team_id,
        teamName: auth.team ?? null,
        botUserId: auth.user_id,
        botId: auth.bot_id ?? null,
        botToken: config.botToken,
        // What the token really carries (Slack reports it on every response), not what we would ask
        // for: a token from an older manifest lacks newer scopes, and features check this list.
        botScopes: auth.response_metadata?.scopes?.length ? auth.response_metadata.scopes : BOT_SCOPES,
      });
      installations.forget(auth.team_id);
      logger.info({ teamId: auth.team_id }, 'Slack single-workspace mode');
    },
  };
}

/** Single-workspace mode without SLACK_ACCOUNT_ID: only unambiguous when there is one account. */
async function soleAccountId(database: Database): Promise<string> {
  const rows = await withSystemTransaction(database, 'Slack single-workspace account', (tx) =>
    tx.select({ id: accountsTable.id }).from(accountsTable).limit(2),
  );
  const [only] = rows;
  if (rows.length !== 1 || !only)
    throw new Error('Set SLACK_ACCOUNT_ID: there is not exactly one account to attach Slack to');
  return only.id;
}

export function toBoltLogger(logger: Logger): BoltLogger {
  return {
    debug: (...msg: unknown[]) => logger.debug(msg.map(String).join(' ')),
    info: (...msg: unknown[]) => logger.info(msg.map(String).join(' ')),
    warn: (...msg: unknown[]) => logger.warn(msg.map(String).join(' ')),
    error: (...msg: unknown[]) => logger.error(msg.map(String).join(' ')),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
