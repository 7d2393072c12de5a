import type { ReceiverEvent } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { STALE_BUTTON_TEXT } from '../error-view.ts';
import type { SlackRuntime } from './runtime.ts';

interface Press {
  teamId: string;
  userId: string;
  channel: string | undefined;
  threadTs: string | undefined;
  actionIds: string[];
}

/** A message-surface `block_actions` press, read defensively: the request guard only checked its shape. */
function pressOf(body: unknown): Press | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as {
    type?: unknown;
    team?: { id?: unknown } | null;
    user?: { id?: unknown } | null;
    channel?: { id?: unknown } | null;
    container?: { channel_id?: unknown } | null;
    message?: { ts?: unknown; thread_ts?: unknown } | null;
    actions?: unknown;
  };
  if (b.type !== 'block_actions' || !Array.isArray(b.actions)) return null;
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const teamId = text(b.team?.id);
  const userId = text(b.user?.id);
  if (!teamId || !userId) return null;
  return {
    teamId,
    userId,
    channel: text(b.channel?.id) ?? text(b.container?.channel_id),
    threadTs: text(b.message?.thread_ts) ?? text(b.message?.ts),
    actionIds: b.actions.map((a) => String((a as { action_id?: unknown } | null)?.action_id ?? '')),
  };
}

/**
 * Runs an event through Bolt and, when no listener acked a button press, acks it: otherwise Bolt
 * holds the request for its 3 s unhandled timeout, answers 404 and Slack shows the presser a
 * warning. That happens to buttons on cards an older version posted whose action ids have since
 * changed. The presser is told privately, in the thread, that the button is out of date.
 */
export async function processAckingStrayPresses(
  app: { processEvent(event: ReceiverEvent): Promise<void> },
  rt: SlackRuntime,
  event: ReceiverEvent,
): Promise<void> {
  const press = pressOf(event.body);
  if (!press) return app.processEvent(event);
  let acked = false;
  await app.processEvent({
    ...event,
    ack: (response?: unknown) => {
      acked = true;
      return event.ack(response as never);
    },
  });
  if (acked) return;
  await event.ack();
  rt.logger.warn(
    { actionIds: press.actionIds, teamId: press.teamId },
    'Slack button press no listener handles',
  );
  const installation = press.channel ? await rt.installations.get(press.teamId) : null;
  if (!installation || !press.channel) return; // a Home tab or modal button: nowhere to say it
  const client = new WebClient(
    installation.botToken,
    rt.config.apiUrl ? { slackApiUrl: rt.config.apiUrl } : {},
  );
  await client.chat
    .postEphemeral({
      channel: press.channel,
      user: press.userId,
      text: STALE_BUTTON_TEXT,
      ...(press.threadTs ? { thread_ts: press.threadTs } : {}),
    })
    .catch((error: unknown) =>
      rt.logger.warn({ err: error }, 'could not tell a presser their button is stale'),
    );
}
