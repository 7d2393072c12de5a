import { createHash, randomBytes, randomUUID } from 'node:crypto';

/**
 * Id shapes Teams uses on the wire (see the JSON samples in Microsoft's "Conversation events in your
 * Teams bot" page): users `29:…`, bots `28:{appId}`, channels and teams `19:{hex}@thread.tacv2`,
 * group chats `19:{hex}@thread.v2`, personal chats `a:…`, message ids are epoch milliseconds and
 * event/invoke ids `f:{guid}`.
 */
export const botAccountId = (appId: string) => `28:${appId}`;
export const newUserId = () => `29:1${randomBytes(33).toString('base64url')}`;
export const newEventActivityId = () => `f:${randomUUID()}`;

/** Teams keeps one 1:1 conversation per user and bot, so the id is derived from both. */
export function personalConversationId(userId: string, botId: string): string {
  return `a:1${createHash('sha256').update(`${userId}|${botId}`).digest('base64url').slice(0, 40)}`;
}

/**
 * A channel thread is addressed as `{channelId};messageid={rootMessageId}`; the bare channel id
 * (before `;messageid=`) names the channel itself.
 */
export const threadConversationId = (channelId: string, rootId: string) => `${channelId};messageid=${rootId}`;
export const baseConversationId = (conversationId: string) => conversationId.split(';messageid=')[0] ?? '';
/** Message ids are epoch milliseconds; event and invoke ids (`f:…`) name no message. */
export const isMessageId = (id: string) => /^\d+$/.test(id);
/** Team channels are `@thread.tacv2` (older ones `@thread.skype`); group chats are `@thread.v2`. */
export const isChannelId = (conversationId: string) => /@thread\.(tacv2|skype)$/.test(conversationId);

/**
 * Message ids are epoch milliseconds (`1700000000000`), increasing; bumped by one when two
 * messages land in the same millisecond.
 */
export class MessageIdClock {
  #last = 0;
  constructor(private readonly now: () => number = Date.now) {}

  next(): string {
    let ms = Math.floor(this.now());
    if (ms <= this.#last) ms = this.#last + 1;
    this.#last = ms;
    return String(ms);
  }
}

/** The tenant, bot and team every builder and the connector use unless told otherwise. */
export const DEFAULT_TENANT_ID = '6e1c3c2a-8f5d-4b7e-9a10-2c4f8d9e0b31';
export const DEFAULT_BOT = { appId: '3a9f1c7e-52b4-4d8a-b6e0-7c1d2e3f4a5b', name: 'ResolutionFlow' };
/** In Teams the team id is the id of its General channel. */
export const DEFAULT_TEAM = {
  id: '19:5b2e8c1d9f3a4e7b8c6d0a1f2e3b4c5d@thread.tacv2',
  name: 'Helpdesk',
  aadGroupId: 'c7d2e1f0-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
};
export const DEFAULT_CHANNEL = {
  id: '19:9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5b@thread.tacv2',
  name: 'Escalations',
};
/** A group chat the bot is in (group chats are `@thread.v2`). */
export const DEFAULT_GROUP_CHAT_ID = '19:4d3c2b1a0f9e4d8c7b6a5f4e3d2c1b0a@thread.v2';
