import type { BlockAction, ReceiverEvent } from '@slack/bolt';
import { STALE_BUTTON_TEXT } from '../error-view.ts';
import { botClientFor, pressPlace, type SlackRuntime } from './runtime.ts';

/** What a request is, for the log: a command, a modal's callback id, or the payload type. */
function kindOf(body: unknown): unknown {
  const b = (body ?? {}) as { type?: unknown; command?: unknown; view?: { callback_id?: unknown } };
  return b.command ?? b.view?.callback_id ?? b.type;
}

/**
 * Runs a request through Bolt and acks it when no listener did: otherwise Bolt holds it for its
 * 3 s unhandled timeout, answers 404, and Slack shows the user a warning (a button on a card an
 * older version posted, whose action id has since changed; a modal or shortcut we no longer
 * register). A button's presser is also told privately, in the thread, that it is out of date.
 */
export async function processAckingUnhandled(
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
  const body = event.body as Partial<BlockAction>;
  rt.logger.warn(
    { kind: kindOf(body), actionIds: body.actions?.map((a) => a.action_id), teamId: body.team?.id },
    'Slack request no listener handles',
  );
  // The request guard has checked a press's shape: a user object with an id; channel, container and
  // message objects where present. A Home tab or modal button has no channel to answer in.
  if (body.type !== 'block_actions' || !body.team?.id) return;
  const where = pressPlace(body as BlockAction);
  const client = where.channel ? await botClientFor(rt, body.team.id) : null;
  if (!client || !where.channel) return;
  await client.chat
    .postEphemeral({
      channel: where.channel,
      user: where.user,
      text: STALE_BUTTON_TEXT,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    })
    .catch((error: unknown) =>
      rt.logger.warn({ err: error }, 'could not tell a presser their button is stale'),
    );
}
