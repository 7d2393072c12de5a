import type { App, ExpressReceiver, ReceiverEvent } from '@slack/bolt';
import { withAckPriority } from '../../core/db/client.ts';
import { findSessionByChannel } from '../../core/sessions/index.ts';
import { slackChannelRef } from './conversation.ts';
import { type SlackRuntime, workspaceContext } from './runtime.ts';

/** Where the adapter hands an event it owes work: stored before the ack, queued after it. */
export interface ChatInboxPort {
  /** Stores the event; the inbox id, or null when this event id is already stored (a retry). */
  record(eventId: string, body: unknown): Promise<string | null>;
  /** Queues a stored event for a worker (a lost send is recovered from the inbox later). */
  queue(inboxId: string): Promise<void>;
}

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
 * takes no part in is acked and dropped here. Everything else (interactivity, slash commands, App
 * Home) goes through Bolt as before, since those acks carry answers of their own.
 */
export function installInboxGate(
  receiver: ExpressReceiver,
  app: App,
  rt: SlackRuntime,
  inbox: ChatInboxPort,
): { replay(body: unknown): Promise<void> } {
  const gate = {
    async processEvent(event: ReceiverEvent): Promise<void> {
      const body: unknown = event.body;
      if (!isEventCallback(body) || !isMessageLike(body)) return app.processEvent(event);
      // Slack is waiting: on an embedded database these statements go ahead of queued turns.
      const inboxId = await withAckPriority(rt.database, async () =>
        (await owesWork(rt, body)) ? await inbox.record(body.event_id, body) : undefined,
      );
      await event.ack();
      if (inboxId === undefined) return; // chatter the bot takes no part in
      if (!inboxId) return;
      await inbox
        .queue(inboxId)
        .catch((error: unknown) =>
          rt.logger.warn({ err: error, inboxId }, 'could not queue a Slack event; inbox recovery will'),
        );
    },
  };
  receiver.init(gate as unknown as App);
  return {
    replay: (body) =>
      app.processEvent({ body: body as ReceiverEvent['body'], ack: async () => {}, customProperties: {} }),
  };
}

function isMessageLike(body: EventCallback): boolean {
  return body.event.type === 'app_mention' || body.event.type === 'message';
}

/**
 * The same tests the message listeners apply (listeners/messages.ts), asked before the ack: an
 * @mention, a DM, or a reply in a thread that already has a session. An @mention in a channel
 * also arrives as a `message`; only the `app_mention` copy is kept.
 */
async function owesWork(rt: SlackRuntime, body: EventCallback): Promise<boolean> {
  const { event } = body;
  if (event.type === 'app_mention') return true;
  if (event.subtype !== undefined || !event.user || !event.text || !body.team_id || !event.channel)
    return false;
  if (event.channel_type === 'im') return true;
  if (!event.thread_ts) return false;
  const installation = await rt.installations.get(body.team_id);
  if (!installation) return false;
  if (event.text.includes(`<@${installation.botUserId}>`)) return false;
  const workspace = await workspaceContext(rt, body.team_id);
  if (!workspace) return false;
  const session = await findSessionByChannel(
    workspace,
    slackChannelRef(body.team_id, event.channel, event.thread_ts),
  );
  return Boolean(session);
}
