import type { App, ExpressReceiver, ReceiverEvent } from '@slack/bolt';
import { firstDelivery } from '../../core/chat/index.ts';
import { withAckPriority } from '../../core/db/client.ts';
import { findSessionByChannel } from '../../core/sessions/index.ts';
import type { ChatInboxPort } from '../chat-inbox-port.ts';
import { slackChannelRef } from './conversation.ts';
import type { FirstPosts } from './first-post.ts';
import { durableInteractionKey, HandedToInbox } from './inbox-interactions.ts';
import { type SlackRuntime, workspaceContext } from './runtime.ts';
import { processAckingUnhandled } from './unhandled-requests.ts';

export type { ChatInboxPort } from '../chat-inbox-port.ts';

interface EventCallback {
  type: 'event_callback';
  event_id: string;
  team_id?: string;
  event: {
    type?: string;
    subtype?: string;
    user?: string;
    text?: string;
    channel?: string;
    channel_type?: string;
    ts?: string;
    thread_ts?: string;
  };
}

function isEventCallback(body: unknown): body is EventCallback {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return (
    b.type === 'event_callback' &&
    typeof b.event_id === 'string' &&
    typeof b.event === 'object' &&
    b.event !== null
  );
}

/**
 * Puts the inbox between Bolt's receiver (which has verified the signature) and Bolt's listeners.
 * Messages and mentions that need an answer are written to Postgres, then acked, then processed
 * from the job queue by whichever process gets there first (`replay`). Message chatter the bot
 * takes no part in is acked and dropped here. Interactions that write after an empty ack (see
 * inbox-interactions.ts) run in the request up to that ack, which stores them and hands the rest
 * to the queue. Everything else goes through Bolt as before, its acks carrying answers of their own.
 */
export function installInboxGate(
  receiver: ExpressReceiver,
  app: App,
  rt: SlackRuntime,
  inbox: ChatInboxPort,
  /** The first sign of work on new turns, shown right after the ack (first-post.ts). */
  firstPosts?: FirstPosts,
): { replay(body: unknown): Promise<void> } {
  const store = (body: EventCallback) => inbox.record(body.event_id, body);
  const queue = async (inboxId: string | null | undefined) => {
    if (!inboxId) return; // a retry of an event already stored
    await inbox
      .queue(inboxId)
      .catch((error: unknown) =>
        rt.logger.warn({ err: error, inboxId }, 'could not queue a Slack event; inbox recovery will'),
      );
  };
  /**
   * The listener runs in the request until it acks. Field errors and other answers in the ack go
   * out as before; an empty ack stores the interaction, acks, queues it, and throws so the rest of
   * the listener runs from the job (its replay acks into the void and carries on past that point).
   */
  const handOffOnAck = (event: ReceiverEvent, key: string) =>
    app.processEvent({
      ...event,
      ack: async (response?: unknown) => {
        if (response !== undefined) return event.ack(response as never);
        let inboxId: string | null;
        try {
          inboxId = await withAckPriority(rt.database, () => inbox.record(key, event.body));
        } catch (error) {
          // Better answered from memory than not at all: the click is not lost unless we crash too.
          rt.logger.error({ err: error }, 'could not store a Slack interaction; handling it in memory');
          return event.ack();
        }
        await event.ack();
        await queue(inboxId);
        throw new HandedToInbox();
      },
    });
  const gate = {
    async processEvent(event: ReceiverEvent): Promise<void> {
      const body: unknown = event.body;
      const interaction = durableInteractionKey(body, rt.config.slashCommand);
      if (interaction) return handOffOnAck(event, interaction);
      if (isEventCallback(body) && isInstallationEvent(body)) {
        // Uninstall and token revocation forget the workspace's token: not to be lost either.
        const inboxId = await withAckPriority(rt.database, () => store(body));
        await event.ack();
        await queue(inboxId);
        return;
      }
      if (!isEventCallback(body) || !isMessageLike(body)) return processAckingUnhandled(app, rt, event);
      const kind = classify(body);
      if (kind === 'drop') {
        await event.ack();
        return;
      }
      if (kind === 'store') {
        // Slack is waiting: on an embedded database this write goes ahead of queued turns.
        const inboxId = await withAckPriority(rt.database, () => store(body));
        await event.ack();
        const threadTs = body.event.thread_ts ?? body.event.ts;
        const { channel, user } = body.event;
        // Before the job is queued: on an embedded database that send waits while acks are being
        // written, which in a burst is as long as the burst arrives; the sign of work must not.
        if (inboxId && firstPosts && body.team_id && channel && threadTs && user)
          firstPosts.add({ inboxId, teamId: body.team_id, channel, threadTs, userId: user });
        await queue(inboxId);
        return;
      }
      // A channel thread reply: most are chatter in threads the bot is not in (most of what a
      // workspace sends an app), so the ack does not wait for the "is this thread a session?"
      // lookup; the few that are turns are stored right after it.
      await event.ack();
      if (await isSessionThread(rt, body)) await queue(await store(body));
    },
  };
  receiver.init(gate as unknown as App);
  return {
    async replay(body) {
      // A job that runs twice (expired, retried) must not press the button twice; messages have
      // the same check in their listeners (chat_event_receipts).
      const interaction = durableInteractionKey(body, rt.config.slashCommand);
      if (interaction && !(await firstDelivery(rt.database, 'slack', `inbox:${interaction}`))) return;
      await app.processEvent({
        body: body as ReceiverEvent['body'],
        ack: async () => {},
        customProperties: {},
      });
    },
  };
}

function isInstallationEvent(body: EventCallback): boolean {
  return body.event.type === 'app_uninstalled' || body.event.type === 'tokens_revoked';
}

function isMessageLike(body: EventCallback): boolean {
  return body.event.type === 'app_mention' || body.event.type === 'message';
}

/**
 * The same tests the message listeners apply (listeners/messages.ts), without the database: an
 * @mention or a DM is stored; a plain reply in a channel thread needs the session lookup; the
 * rest (edits, joins, bot posts, top-level chatter) is dropped. An @mention in a channel also
 * arrives as a `message`; only the `app_mention` copy is kept.
 */
function classify(body: EventCallback): 'store' | 'lookup' | 'drop' {
  const { event } = body;
  if (event.type === 'app_mention') return 'store';
  if (event.subtype !== undefined || !event.user || !event.text || !body.team_id || !event.channel)
    return 'drop';
  if (event.channel_type === 'im') return 'store';
  return event.thread_ts ? 'lookup' : 'drop';
}

async function isSessionThread(rt: SlackRuntime, body: EventCallback): Promise<boolean> {
  const { event } = body;
  if (!body.team_id || !event.channel || !event.thread_ts || !event.text) return false;
  const installation = await rt.installations.get(body.team_id);
  if (!installation || event.text.includes(`<@${installation.botUserId}>`)) return false;
  const workspace = await workspaceContext(rt, body.team_id);
  if (!workspace) return false;
  const session = await findSessionByChannel(
    workspace,
    slackChannelRef(body.team_id, event.channel, event.thread_ts),
  );
  return Boolean(session);
}
