import {
  botAccountId,
  DEFAULT_BOT,
  DEFAULT_TENANT_ID,
  MessageIdClock,
  personalConversationId,
} from './ids.ts';

/** A Teams user as it appears in `from` (a roster `TeamsMember` fits). */
export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

/** The bot app: `recipient` is `28:{appId}` with the bot's display name. */
export interface BotIdentity {
  appId: string;
  name: string;
}

/** The conversation and Teams channel data of an activity, reusable for follow-up activities. */
export interface ConversationContext {
  conversation: TeamsConversation;
  channelData: Record<string, unknown>;
}

export interface TeamsConversation {
  id: string;
  /** `personal`, `groupChat` or `channel`. */
  conversationType: string;
  tenantId: string;
  isGroup?: boolean;
  name?: string;
}

/** An inbound activity as Teams POSTs it to the bot's messaging endpoint. */
export interface TeamsActivity extends Record<string, unknown> {
  type: string;
  id: string;
  channelId: 'msteams';
  serviceUrl: string;
  timestamp: string;
  from: { id: string; name?: string; aadObjectId?: string };
  recipient: { id: string; name: string };
  conversation: TeamsConversation;
  channelData: Record<string, unknown>;
}

/** Fields every builder takes. */
export interface BaseActivityOptions {
  /** The connector's URL (`TeamsConnector.url`); where the bot sends its replies. */
  serviceUrl: string;
  from: TeamsUser;
  bot?: BotIdentity;
  tenantId?: string;
  /** Activity id; default a fresh message id (epoch ms) or `f:{guid}` for events and invokes. */
  id?: string;
  /** When the user acted (default now). */
  at?: Date;
  /** The user's IANA time zone, reported in `localTimezone` and the `clientInfo` entity. */
  timeZone?: string;
  locale?: string;
}

export const messageIds = new MessageIdClock();

export const botOf = (o: BaseActivityOptions): BotIdentity => o.bot ?? DEFAULT_BOT;
export const tenantOf = (o: BaseActivityOptions): string => o.tenantId ?? DEFAULT_TENANT_ID;
export const recipientOf = (o: BaseActivityOptions) => ({
  id: botAccountId(botOf(o).appId),
  name: botOf(o).name,
});

/** `2024-01-15T09:03:04.123-05:00`: the user's wall clock with its UTC offset. */
export function localTimestamp(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    timeZoneName: 'longOffset',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  const ms = String(at.getUTCMilliseconds()).padStart(3, '0');
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}.${ms}${offset}`;
}

/**
 * The fields Teams puts on every user-initiated activity: `channelId: 'msteams'`, the service URL,
 * `from` (with `aadObjectId`), `recipient` (`28:{appId}`), timestamps in UTC and the user's
 * local time, locale and a `clientInfo` entity.
 */
export function envelope(
  type: string,
  id: string,
  o: BaseActivityOptions,
  context: ConversationContext,
): TeamsActivity {
  const at = o.at ?? new Date();
  const timeZone = o.timeZone ?? 'America/New_York';
  const locale = o.locale ?? 'en-US';
  return {
    type,
    id,
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: at.toISOString(),
    localTimestamp: localTimestamp(at, timeZone),
    localTimezone: timeZone,
    from: { id: o.from.id, name: o.from.name, aadObjectId: o.from.aadObjectId },
    recipient: recipientOf(o),
    conversation: context.conversation,
    channelData: context.channelData,
    entities: [{ type: 'clientInfo', locale, country: 'US', platform: 'Web', timezone: timeZone }],
    locale,
  };
}

/** 1:1 chat context: `conversationType: 'personal'`, one `a:…` conversation per user and bot. */
export function personalContext(o: BaseActivityOptions): ConversationContext {
  const tenantId = tenantOf(o);
  const conversationId = personalConversationId(o.from.id, recipientOf(o).id);
  return {
    conversation: { conversationType: 'personal', tenantId, id: conversationId },
    channelData: { tenant: { id: tenantId } },
  };
}
