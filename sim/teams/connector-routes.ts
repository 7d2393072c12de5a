import type { ConnectorState } from './connector-state.ts';
import { isChannelId, isMessageId, personalConversationId, threadConversationId } from './ids.ts';
import type { ConnectorOperation, WireActivity } from './types.ts';

/** What a route answers: HTTP status and JSON body (none for DELETE). */
export interface RouteReply {
  status: number;
  body?: unknown;
}

/** Path parameters and parsed JSON body of one call. */
export interface RouteInput {
  conversationId?: string;
  activityId?: string;
  memberId?: string;
  query: Record<string, string>;
  body: unknown;
}

type Handler = (state: ConnectorState, input: RouteInput) => RouteReply;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The swagger's `ErrorResponse`: `{ error: { code, message } }`. */
export const errorReply = (status: number, code: string, message: string): RouteReply => ({
  status,
  body: { error: { code, message } },
});

/** The activity in a request body, or the 400 the service answers for a malformed one. */
function parseActivity(body: unknown): { activity: WireActivity } | { error: RouteReply } {
  if (!isRecord(body))
    return { error: errorReply(400, 'BadSyntax', 'The request body must be a JSON activity.') };
  if (typeof body.type !== 'string' || body.type === '')
    return { error: errorReply(400, 'BadArgument', 'The activity must have a type.') };
  return { activity: body as WireActivity };
}

/**
 * `POST v3/conversations` (Conversations_CreateConversation). In Teams a bot can start a 1:1 chat
 * (exactly one member, tenant required; the same user always gets the same `a:…` conversation) or a
 * new thread in a channel (`channelData.channel.id` plus the thread's first `activity`). Answers the
 * swagger's `ConversationResourceResponse` `{ id, activityId? }`.
 */
function createConversation(state: ConnectorState, input: RouteInput): RouteReply {
  const params = input.body;
  if (!isRecord(params))
    return errorReply(400, 'BadSyntax', 'The request body must be ConversationParameters.');
  const channelData = isRecord(params.channelData) ? params.channelData : {};
  const channel = isRecord(channelData.channel) ? channelData.channel : undefined;
  const tenant = isRecord(channelData.tenant) ? channelData.tenant : undefined;
  const parsed = params.activity === undefined ? undefined : parseActivity(params.activity);
  if (parsed && 'error' in parsed) return parsed.error;
  const activity = parsed?.activity;

  if (typeof channel?.id === 'string') {
    if (!activity) return errorReply(400, 'BadArgument', 'A channel conversation needs an initial activity.');
    const activityId = state.ids.next();
    const id = threadConversationId(channel.id, activityId);
    state.conversation(id).parameters = params;
    state.record(id, activityId, activity);
    return { status: 201, body: { id, activityId } };
  }

  const members = Array.isArray(params.members) ? params.members : [];
  const member = members[0];
  if (members.length !== 1 || !isRecord(member) || typeof member.id !== 'string')
    return errorReply(400, 'BadArgument', 'A personal conversation takes exactly one member.');
  if (typeof params.tenantId !== 'string' && typeof tenant?.id !== 'string')
    return errorReply(400, 'BadArgument', 'The tenant id is required.');
  // The Agents SDK sends the bot as `agent`; the swagger names it `bot`.
  const bot = isRecord(params.bot) ? params.bot : isRecord(params.agent) ? params.agent : {};
  const id = personalConversationId(member.id, typeof bot.id === 'string' ? bot.id : state.botId);
  state.conversation(id).parameters = params;
  if (!activity) return { status: 201, body: { id } };
  const activityId = state.ids.next();
  state.record(id, activityId, activity);
  return { status: 201, body: { id, activityId } };
}

/**
 * `POST v3/conversations/{id}/activities` (SendToConversation). Posting to a bare channel id starts
 * a new thread, whose conversation id is `{channelId};messageid={newId}`. Answers `ResourceResponse`.
 */
function sendToConversation(state: ConnectorState, input: RouteInput): RouteReply {
  const parsed = parseActivity(input.body);
  if ('error' in parsed) return parsed.error;
  const { activity } = parsed;
  const conversationId = input.conversationId ?? '';
  const id = state.ids.next();
  const target = isChannelId(conversationId) ? threadConversationId(conversationId, id) : conversationId;
  state.record(target, id, activity);
  return { status: 201, body: { id } };
}

/**
 * `POST v3/conversations/{id}/activities/{activityId}` (ReplyToActivity). A reply addressed to a bare
 * channel id lands in the thread of the message replied to. Replying to something that is no message
 * (the `f:…` id of a conversationUpdate — the SDK replies to the incoming activity by default) is
 * treated as a new post in the channel, which is where Teams shows a bot's welcome message.
 */
function replyToActivity(state: ConnectorState, input: RouteInput): RouteReply {
  const parsed = parseActivity(input.body);
  if ('error' in parsed) return parsed.error;
  const { activity } = parsed;
  const conversationId = input.conversationId ?? '';
  const replyToId = input.activityId ?? '';
  const id = state.ids.next();
  let target = conversationId;
  if (isChannelId(conversationId))
    target = threadConversationId(conversationId, isMessageId(replyToId) ? replyToId : id);
  state.record(target, id, activity, replyToId);
  return { status: 201, body: { id } };
}

/** `PUT v3/conversations/{id}/activities/{activityId}` (UpdateActivity): keeps the old version. */
function updateActivity(state: ConnectorState, input: RouteInput): RouteReply {
  const parsed = parseActivity(input.body);
  if ('error' in parsed) return parsed.error;
  const { activity } = parsed;
  const found = state.find(input.conversationId ?? '', input.activityId ?? '');
  if (!found || found.deleted)
    return errorReply(404, 'ActivityNotFoundInConversation', 'Activity not found.');
  found.history.push(found.activity);
  found.activity = { ...activity, id: found.id };
  found.updatedAt = state.now();
  return { status: 200, body: { id: found.id } };
}

/** `DELETE v3/conversations/{id}/activities/{activityId}` (DeleteActivity). */
function deleteActivity(state: ConnectorState, input: RouteInput): RouteReply {
  const found = state.find(input.conversationId ?? '', input.activityId ?? '');
  if (!found || found.deleted)
    return errorReply(404, 'ActivityNotFoundInConversation', 'Activity not found.');
  found.deleted = true;
  found.updatedAt = state.now();
  return { status: 200 };
}

const conversationNotFound = () => errorReply(404, 'ConversationNotFound', 'Conversation not found.');

/** `GET v3/conversations/{id}/members`: the roster as `TeamsChannelAccount[]`. */
function getConversationMembers(state: ConnectorState, input: RouteInput): RouteReply {
  const roster = state.roster(input.conversationId ?? '');
  return roster ? { status: 200, body: [...roster.values()] } : conversationNotFound();
}

/** `GET v3/conversations/{id}/members/{memberId}`; `memberId` may be the `29:` id or the Entra object id. */
function getConversationMember(state: ConnectorState, input: RouteInput): RouteReply {
  if (!state.roster(input.conversationId ?? '')) return conversationNotFound();
  const member = state.member(input.conversationId ?? '', input.memberId ?? '');
  return member
    ? { status: 200, body: member }
    : errorReply(404, 'MemberNotFoundInConversation', 'Member not found in conversation.');
}

/**
 * `GET v3/conversations/{id}/pagedmembers?pageSize&continuationToken`: `PagedMembersResult`. The
 * continuation token here is the next offset; real ones are opaque.
 */
function getConversationPagedMembers(state: ConnectorState, input: RouteInput): RouteReply {
  const roster = state.roster(input.conversationId ?? '');
  if (!roster) return conversationNotFound();
  const pageSize = Math.max(1, Number(input.query.pageSize) || 200);
  const start = Number(input.query.continuationToken) || 0;
  const all = [...roster.values()];
  const members = all.slice(start, start + pageSize);
  const next = start + pageSize < all.length ? { continuationToken: String(start + pageSize) } : {};
  return { status: 200, body: { members, ...next } };
}

export const HANDLERS: Record<ConnectorOperation, Handler> = {
  createConversation,
  sendToConversation,
  replyToActivity,
  updateActivity,
  deleteActivity,
  getConversationMembers,
  getConversationMember,
  getConversationPagedMembers,
};

/** Maps method + path (after the service URL) to an operation and its decoded path parameters. */
export function matchRoute(
  method: string,
  path: string,
): { operation: ConnectorOperation; params: Omit<RouteInput, 'query' | 'body'> } | undefined {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments[0] !== 'v3' || segments[1] !== 'conversations') return undefined;
  const [, , conversationId, collection, itemId, extra] = segments;
  if (conversationId === undefined)
    return method === 'POST' ? { operation: 'createConversation', params: {} } : undefined;
  if (extra !== undefined) return undefined;
  const kind = collection?.toLowerCase();
  if (kind === 'activities') {
    if (itemId === undefined)
      return method === 'POST' ? { operation: 'sendToConversation', params: { conversationId } } : undefined;
    const params = { conversationId, activityId: itemId };
    if (method === 'POST') return { operation: 'replyToActivity', params };
    if (method === 'PUT') return { operation: 'updateActivity', params };
    if (method === 'DELETE') return { operation: 'deleteActivity', params };
    return undefined;
  }
  if (method !== 'GET') return undefined;
  if (kind === 'members' && itemId === undefined)
    return { operation: 'getConversationMembers', params: { conversationId } };
  if (kind === 'members')
    return { operation: 'getConversationMember', params: { conversationId, memberId: itemId } };
  // The swagger spells it `pagedmembers`; the Teams SDK client sends `pagedMembers`.
  if (kind === 'pagedmembers' && itemId === undefined)
    return { operation: 'getConversationPagedMembers', params: { conversationId } };
  return undefined;
}
