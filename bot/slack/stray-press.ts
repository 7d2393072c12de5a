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

function typeOf(body: unknown): unknown {
  const b = (body ?? {}) as { type?: unknown; command?: unknown; view?: { callback_id?: unknown } };
  return b.command ?? b.view?.callback_id ?? b.type;
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
 * Runs a request through Bolt and acks it when no listener did: otherwise Bolt holds it for its
 * 3 s unhandled timeout, answers 404, and Slack shows the user a warning (a button on a card an
 * older version posted, whose action id has since changed; a modal or shortcut we no longer
 * register). A button's presser is also told privately, in the thread, that it is out of date.
 */
export async function processAckingStrayPresses(
  app: { processEvent(event: ReceiverEvent): Promise<void> },
  rt: SlackRuntime,
  event: ReceiverEvent,
): Promise<void> {
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
  const press = pressOf(event.body);
  if (!press) {
    rt.logger.warn({ type: typeOf(event.body) }, 'Slack request no listener handles');
    return;
  }
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
