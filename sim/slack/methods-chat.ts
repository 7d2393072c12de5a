import {
  checkBlocks,
  fail,
  isRecord,
  MAX_MESSAGE_BLOCKS,
  type MethodHandler,
  type MethodResult,
  str,
} from './method-kit.ts';
import type { SimState, TokenGrant } from './state.ts';
import { wireChannel } from './state.ts';
import type { SimChannel, SimMessage } from './types.ts';

/** chat.postMessage truncates/refuses text over 40,000 characters (`msg_too_long`). */
const MAX_TEXT = 40_000;

/** `bot_profile` as Slack attaches it to an app's messages. */
function botProfile(state: SimState): Record<string, unknown> {
  const { workspace } = state;
  const icon = (size: number) => `https://a.slack-edge.com/80588/img/plugins/app/bot_${size}.png`;
  return {
    id: workspace.botId,
    deleted: false,
    name: workspace.botName,
    updated: 1700000000,
    app_id: workspace.apiAppId,
    icons: { image_36: icon(36), image_48: icon(48), image_72: icon(72) },
    team_id: workspace.teamId,
  };
}

/**
 * A stored message as the Web API returns it. For the app's own messages this is the shape of the
 * spec's `objs_message` (`type`, `text`, `user`, `ts`, `team`, `bot_id`, `bot_profile`, `blocks`,
 * thread fields); `edited` is added by `chat.update`.
 */
export function wireMessage(state: SimState, m: SimMessage): Record<string, unknown> {
  const out: Record<string, unknown> = { user: m.user, type: 'message', ts: m.ts };
  if (m.bot_id) out.bot_id = m.bot_id;
  out.text = m.text;
  out.team = state.workspace.teamId;
  if (m.bot_id) out.bot_profile = botProfile(state);
  if (m.blocks) out.blocks = m.blocks;
  if (m.attachments) out.attachments = m.attachments.map((a, i) => ({ id: i + 1, ...a }));
  if (m.edited) out.edited = m.edited;
  if (m.thread_ts) out.thread_ts = m.thread_ts;
  if (m.thread_ts && m.thread_ts !== m.ts) {
    const parent = state.findMessage(m.channel, m.thread_ts);
    if (parent) out.parent_user_id = parent.user;
  }
  if (m.reply_count > 0) {
    out.reply_count = m.reply_count;
    out.reply_users_count = m.reply_users.length;
    out.latest_reply = m.latest_reply;
    out.reply_users = m.reply_users;
  }
  return out;
}

/** The bot user the token acts as: the install's own, or the workspace's default app. */
function appUserId(state: SimState, grant: TokenGrant | undefined): string {
  return grant?.botUserId ?? state.workspace.botUserId;
}

/**
 * A new message from the app in `channelId`, stored; with `threadTs` it is a reply, and the parent
 * becomes a thread root: it gains thread_ts (= its own ts) and reply stats.
 */
export function postAppMessage(
  state: SimState,
  grant: TokenGrant | undefined,
  channelId: string,
  threadTs: string | undefined,
  fields: Partial<SimMessage> = {},
): SimMessage {
  const ts = state.ts.next();
  const message: SimMessage = {
    channel: channelId,
    ts,
    text: '',
    user: appUserId(state, grant),
    bot_id: grant?.botId ?? state.workspace.botId,
    reply_count: 0,
    reply_users: [],
    history: [],
    ...fields,
  };
  if (threadTs) {
    message.thread_ts = threadTs;
    const parent = state.findMessage(channelId, threadTs);
    if (parent) {
      parent.thread_ts = parent.ts;
      parent.reply_count += 1;
      if (!parent.reply_users.includes(message.user)) parent.reply_users.push(message.user);
      parent.latest_reply = ts;
    }
  }
  state.messages.push(message);
  return message;
}

/**
 * The app's own message addressed by `channel` + `ts`, or Slack's error for it. Each method has its
 * own code for a message someone else wrote (`notOwnedError`).
 */
export function ownMessage(
  state: SimState,
  args: Record<string, unknown>,
  grant: TokenGrant | undefined,
  notOwnedError: string,
): { channel: SimChannel; message: SimMessage } | MethodResult {
  const channel = state.resolveChannel(str(args, 'channel') ?? '');
  if (!channel) return fail('channel_not_found');
  const message = state.findMessage(channel.id, str(args, 'ts') ?? '');
  if (!message) return fail('message_not_found');
  if (message.user !== appUserId(state, grant)) return fail(notOwnedError);
  return { channel, message };
}

type Content = { text?: string; blocks?: SimMessage['blocks']; attachments?: SimMessage['attachments'] };

/** Reads `text`/`blocks`/`attachments`; errors are Slack's codes for chat methods. */
function readContent(args: Record<string, unknown>): { error: string } | Content {
  const checked = checkBlocks(args.blocks, MAX_MESSAGE_BLOCKS);
  if (!checked.ok) return { error: checked.error };
  const content: Content = {};
  const text = str(args, 'text');
  if (text !== undefined) content.text = text;
  if (checked.blocks) content.blocks = checked.blocks;
  if (args.attachments !== undefined && args.attachments !== '') {
    if (!Array.isArray(args.attachments) || !args.attachments.every(isRecord))
      return { error: 'invalid_attachments' };
    content.attachments = args.attachments as Record<string, unknown>[];
  }
  if (!content.text && !content.blocks && !content.attachments) return { error: 'no_text' };
  if ((content.text?.length ?? 0) > MAX_TEXT) return { error: 'msg_too_long' };
  return content;
}

const postMessage: MethodHandler = ({ state, args, grant }) => {
  const channel = state.resolveChannel(str(args, 'channel') ?? '');
  if (!channel) return fail('channel_not_found');
  const content = readContent(args);
  if ('error' in content) return fail(content.error);
  const message = postAppMessage(state, grant, channel.id, str(args, 'thread_ts'), {
    text: content.text ?? '',
    ...(content.blocks ? { blocks: content.blocks } : {}),
    ...(content.attachments ? { attachments: content.attachments } : {}),
  });
  return { ok: true, channel: channel.id, ts: message.ts, message: wireMessage(state, message) };
};

const update: MethodHandler = ({ state, args, grant }) => {
  const target = ownMessage(state, args, grant, 'cant_update_message');
  if ('ok' in target) return target;
  const { channel, message } = target;
  const content = readContent(args);
  if ('error' in content) return fail(content.error);
  const editTs = state.ts.next();
  message.history.push({
    text: message.text,
    replacedAt: editTs,
    ...(message.blocks ? { blocks: message.blocks } : {}),
  });
  if (content.text !== undefined) message.text = content.text;
  // Omitted blocks are retained; an empty array removes them (chat.update docs).
  if (args.blocks !== undefined) {
    if (content.blocks?.length) message.blocks = content.blocks;
    else delete message.blocks;
  }
  if (content.attachments) message.attachments = content.attachments;
  message.edited = { user: message.user, ts: editTs };
  return {
    ok: true,
    channel: channel.id,
    ts: message.ts,
    text: message.text,
    message: wireMessage(state, message),
  };
};

/**
 * chat.delete with a bot token: the app may delete its own messages only (`cant_delete_message`);
 * the message leaves the channel (and its thread).
 */
const remove: MethodHandler = ({ state, args, grant }) => {
  const target = ownMessage(state, args, grant, 'cant_delete_message');
  if ('ok' in target) return target;
  const { channel, message } = target;
  state.messages.splice(state.messages.indexOf(message), 1);
  state.deleted.push(message);
  return { ok: true, channel: channel.id, ts: message.ts };
};

const postEphemeral: MethodHandler = ({ state, args }) => {
  const channel = state.resolveChannel(str(args, 'channel') ?? '');
  if (!channel) return fail('channel_not_found');
  const user = str(args, 'user') ?? '';
  if (!state.users.has(user)) return fail('user_not_in_channel');
  const content = readContent(args);
  if ('error' in content) return fail(content.error);
  const messageTs = state.ts.next();
  const threadTs = str(args, 'thread_ts');
  state.ephemerals.push({
    channel: channel.id,
    user,
    message_ts: messageTs,
    text: content.text ?? '',
    ...(threadTs ? { thread_ts: threadTs } : {}),
    ...(content.blocks ? { blocks: content.blocks } : {}),
  });
  return { ok: true, message_ts: messageTs };
};

/** Permalinks: `https://{domain}.slack.com/archives/{channel}/p{ts without dot}`, plus thread params for replies. */
const getPermalink: MethodHandler = ({ state, args }) => {
  const channel = state.resolveChannel(str(args, 'channel') ?? '');
  if (!channel) return fail('channel_not_found');
  const message = state.findMessage(channel.id, str(args, 'message_ts') ?? '');
  if (!message) return fail('message_not_found');
  let permalink = `https://${state.workspace.teamDomain}.slack.com/archives/${channel.id}/p${message.ts.replace('.', '')}`;
  if (message.thread_ts && message.thread_ts !== message.ts) {
    permalink += `?thread_ts=${message.thread_ts}&cid=${channel.id}`;
  }
  return { ok: true, channel: channel.id, permalink };
};

const conversationsInfo: MethodHandler = ({ state, args }) => {
  const channel = state.channels.get(str(args, 'channel') ?? '');
  if (!channel) return fail('channel_not_found');
  return { ok: true, channel: wireChannel(channel, state.workspace) };
};

/** Cursor pagination: opaque `next_cursor` (here base64 of an offset), empty when done. */
const replies: MethodHandler = ({ state, args }) => {
  const channel = state.channels.get(str(args, 'channel') ?? '');
  if (!channel) return fail('channel_not_found');
  const root = state.findMessage(channel.id, str(args, 'ts') ?? '');
  if (!root) return fail('thread_not_found');
  const thread = state.history(channel.id, root.thread_ts ?? root.ts);
  const limit = Math.max(1, Math.min(Number(str(args, 'limit') ?? 1000) || 1000, 1000));
  const cursor = str(args, 'cursor');
  const offset = cursor
    ? Number(Buffer.from(cursor, 'base64').toString('utf8').replace('offset:', '')) || 0
    : 0;
  const page = thread.slice(offset, offset + limit);
  const hasMore = offset + limit < thread.length;
  const body: MethodResult = {
    ok: true,
    messages: page.map((m) => wireMessage(state, m)),
    has_more: hasMore,
  };
  if (hasMore) {
    body.response_metadata = { next_cursor: Buffer.from(`offset:${offset + limit}`).toString('base64') };
  }
  return body;
};

export const CHAT_METHODS: Record<string, MethodHandler> = {
  'chat.postMessage': postMessage,
  'chat.update': update,
  'chat.delete': remove,
  'chat.postEphemeral': postEphemeral,
  'chat.getPermalink': getPermalink,
  'conversations.info': conversationsInfo,
  'conversations.replies': replies,
};
