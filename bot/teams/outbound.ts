import { Activity } from '@microsoft/agents-activity';
import type { ConnectorClient, TurnContext } from '@microsoft/agents-hosting';
import type { AdaptiveCardJson } from '../../cards/index.ts';
import { type RetryOptions, withRetry } from './retry.ts';

/** Attachment content type of an Adaptive Card in a Bot Framework activity. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Where a new activity goes: a conversation, optionally as a reply to one of its activities. */
export interface Target {
  conversationId: string;
  replyToId?: string | undefined;
}

/** The fields of an outgoing activity we set; the envelope comes from the turn. */
export type Body = Partial<
  Pick<Activity, 'type' | 'text' | 'attachments' | 'entities' | 'summary' | 'channelData'>
>;

/** A message that carries one Adaptive Card. */
export function cardBody(card: AdaptiveCardJson, summary?: string): Body {
  return {
    type: 'message',
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
    ...(summary ? { summary } : {}),
  };
}

function connectorOf(context: TurnContext): ConnectorClient {
  const client = context.turnState.get<ConnectorClient | undefined>(context.adapter.ConnectorClientKey);
  if (!client) throw new Error('Teams: this turn has no connector client');
  return client;
}

/**
 * The activity as the connector wants it: channel, service URL, bot and user from the turn, then
 * our conversation and reply target. We call the connector client ourselves (not
 * `context.sendActivity`) to address conversations other than the turn's — a card in another
 * thread, the technician channel — and to put every call behind {@link withRetry}.
 */
function outgoing(context: TurnContext, conversationId: string, body: Body): Activity {
  const activity = Activity.fromObject({ type: 'message', ...body });
  activity.applyConversationReference(context.activity.getConversationReference());
  activity.conversation = { ...activity.conversation, id: conversationId };
  delete activity.replyToId;
  return activity;
}

/**
 * Posts an activity and returns its id. `POST v3/conversations/{id}/activities` starts a new thread
 * when `id` is a bare channel; `…/activities/{replyToId}` replies in the thread of that activity.
 */
export async function post(
  context: TurnContext,
  target: Target,
  body: Body,
  retry?: RetryOptions,
): Promise<string> {
  const client = connectorOf(context);
  const activity = outgoing(context, target.conversationId, body);
  const { replyToId } = target;
  if (replyToId) activity.replyToId = replyToId;
  const response = await withRetry(
    () =>
      replyToId
        ? client.replyToActivity(target.conversationId, replyToId, activity)
        : client.sendToConversation(target.conversationId, activity),
    retry,
  );
  return response?.id ?? '';
}

/** Replaces an activity in place: `PUT v3/conversations/{id}/activities/{activityId}`. */
export async function update(
  context: TurnContext,
  conversationId: string,
  activityId: string,
  body: Body,
  retry?: RetryOptions,
): Promise<void> {
  const client = connectorOf(context);
  const activity = outgoing(context, conversationId, body);
  activity.id = activityId;
  await withRetry(() => client.updateActivity(conversationId, activityId, activity), retry);
}
