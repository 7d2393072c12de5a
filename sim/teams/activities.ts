import {
  type BaseActivityOptions,
  botOf,
  type ConversationContext,
  envelope,
  messageIds,
  personalContext,
  recipientOf,
  type TeamsActivity,
  tenantOf,
} from './envelope.ts';
import {
  DEFAULT_CHANNEL,
  DEFAULT_GROUP_CHAT_ID,
  DEFAULT_TEAM,
  DEFAULT_TENANT_ID,
  newEventActivityId,
  threadConversationId,
} from './ids.ts';

export {
  type BaseActivityOptions,
  type BotIdentity,
  type ConversationContext,
  personalContext,
  type TeamsActivity,
  type TeamsUser,
} from './envelope.ts';
export * from './invokes.ts';

/** A team and one of its channels (in Teams the team id is its General channel's id). */
export interface TeamRef {
  id: string;
  name?: string;
  aadGroupId?: string;
}
export interface ChannelRef {
  id: string;
  name?: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An @mention of the bot: Teams puts `<at>{bot name}</at>` in `text`, a `mention` entity whose
 * `text` is that same tag, and an HTML rendering in a `text/html` attachment.
 */
function mentionBot(o: BaseActivityOptions, text: string) {
  const bot = botOf(o);
  const tag = `<at>${bot.name}</at>`;
  return {
    text: `${tag} ${text}`,
    textFormat: 'plain',
    mention: { type: 'mention', mentioned: recipientOf(o), text: tag },
    attachments: [
      {
        contentType: 'text/html',
        content: `<p><span itemtype="http://schema.skype.com/Mention" itemscope="" itemid="0">${escapeHtml(bot.name)}</span>&nbsp;${escapeHtml(text)}</p>`,
      },
    ],
  };
}

function withMention(activity: TeamsActivity, o: BaseActivityOptions, text: string): TeamsActivity {
  const { mention, ...fields } = mentionBot(o, text);
  const entities = Array.isArray(activity.entities) ? activity.entities : [];
  return { ...activity, ...fields, entities: [mention, ...entities] };
}

export interface ChannelMessageOptions extends BaseActivityOptions {
  /** What the user typed after the @mention. */
  text: string;
  team?: TeamRef;
  channel?: ChannelRef;
  /** Reply inside this thread (its root message id); default: a new post, its own thread root. */
  threadRootId?: string;
}

/** Channel context: `conversationType: 'channel'` and Teams' channel/team/tenant channel data. */
export function channelContext(
  o: Pick<BaseActivityOptions, 'tenantId'> & { team?: TeamRef; channel?: ChannelRef },
  conversationId: string,
): ConversationContext {
  const team = o.team ?? DEFAULT_TEAM;
  const channel = o.channel ?? DEFAULT_CHANNEL;
  const tenantId = o.tenantId ?? DEFAULT_TENANT_ID;
  return {
    conversation: { isGroup: true, conversationType: 'channel', tenantId, id: conversationId },
    channelData: {
      teamsChannelId: channel.id,
      teamsTeamId: team.id,
      channel: { id: channel.id },
      team: { id: team.id },
      tenant: { id: tenantId },
    },
  };
}

/**
 * A channel post (or thread reply) that @mentions the bot — bots in channels only receive messages
 * that mention them. The conversation id is `{channelId};messageid={threadRootId}`.
 */
export function channelMessage(o: ChannelMessageOptions): TeamsActivity {
  const id = o.id ?? messageIds.next();
  const channel = o.channel ?? DEFAULT_CHANNEL;
  const conversationId = threadConversationId(channel.id, o.threadRootId ?? id);
  const context = channelContext(o, conversationId);
  return withMention(envelope('message', id, o, context), o, o.text);
}

/** A message in the user's 1:1 chat with the bot (no mention needed). */
export function personalMessage(o: BaseActivityOptions & { text: string }): TeamsActivity {
  return {
    ...envelope('message', o.id ?? messageIds.next(), o, personalContext(o)),
    text: o.text,
    textFormat: 'plain',
  };
}

/** A group chat message that @mentions the bot (`conversationType: 'groupChat'`, `@thread.v2`). */
export function groupChatMessage(o: BaseActivityOptions & { text: string; chatId?: string }): TeamsActivity {
  const tenantId = tenantOf(o);
  const context: ConversationContext = {
    conversation: {
      isGroup: true,
      conversationType: 'groupChat',
      tenantId,
      id: o.chatId ?? DEFAULT_GROUP_CHAT_ID,
    },
    channelData: { tenant: { id: tenantId } },
  };
  return withMention(envelope('message', o.id ?? messageIds.next(), o, context), o, o.text);
}

export interface TeamInstallOptions extends BaseActivityOptions {
  team?: TeamRef;
  /** The channel picked during installation; default the team's General channel. */
  channel?: ChannelRef;
}

function teamInstallContext(o: TeamInstallOptions, eventType?: string): ConversationContext {
  const team = { ...DEFAULT_TEAM, ...o.team };
  const channel = o.channel ?? { id: team.id, name: 'General' };
  const tenantId = tenantOf(o);
  return {
    conversation: {
      isGroup: true,
      conversationType: 'channel',
      tenantId,
      id: channel.id,
      ...(channel.name ? { name: channel.name } : {}),
    },
    channelData: {
      settings: { selectedChannel: { id: channel.id } },
      ...(eventType ? {} : { channel: { id: channel.id } }),
      team: { aadGroupId: team.aadGroupId, name: team.name, id: team.id },
      ...(eventType ? { eventType } : {}),
      tenant: { id: tenantId },
      ...(eventType ? {} : { source: { name: 'message' } }),
    },
  };
}

/**
 * `conversationUpdate` with `membersAdded` as Teams sends it when the app is added to a team
 * (`channelData.eventType: 'teamMemberAdded'`, conversation = the selected channel, `from` without
 * a name). `members` defaults to the bot itself; pass users for "user joined the team".
 */
export function membersAddedToTeam(
  o: TeamInstallOptions & { members?: { id: string; aadObjectId?: string }[] },
): TeamsActivity {
  const activity = envelope(
    'conversationUpdate',
    o.id ?? newEventActivityId(),
    o,
    teamInstallContext(o, 'teamMemberAdded'),
  );
  const {
    entities: _entities,
    locale: _locale,
    localTimestamp: _local,
    localTimezone: _tz,
    ...rest
  } = activity;
  return {
    ...rest,
    from: { id: o.from.id, aadObjectId: o.from.aadObjectId },
    membersAdded: o.members ?? [{ id: recipientOf(o).id }],
  };
}

/**
 * `installationUpdate` — `action` is `add` / `remove` (or `add-upgrade` / `remove-upgrade` when the
 * app is upgraded). Team installs carry the team, selected channel and `source` in channel data;
 * personal installs carry only the tenant.
 */
export function installationUpdate(
  o: TeamInstallOptions & {
    action?: 'add' | 'remove' | 'add-upgrade' | 'remove-upgrade';
    scope?: 'team' | 'personal';
  },
): TeamsActivity {
  const context = o.scope === 'personal' ? personalContext(o) : teamInstallContext(o);
  const activity = envelope('installationUpdate', o.id ?? newEventActivityId(), o, context);
  return { ...activity, from: { id: o.from.id, aadObjectId: o.from.aadObjectId }, action: o.action ?? 'add' };
}

/** What `sendActivity` got back from the bot. */
export interface SendResult {
  status: number;
  headers: Headers;
  /** Raw response body. */
  text: string;
  /** The body parsed as JSON when it is JSON (invoke responses), else undefined. */
  body: unknown;
}

/**
 * POSTs an activity to the bot's messaging endpoint the way the Bot Connector does: JSON body and
 * `Authorization: Bearer {token}` when a token is given (none → the SDK's anonymous dev mode).
 * Invokes are answered in the HTTP response body, so `body` holds e.g. the adaptive card response.
 */
export async function sendActivity(
  botUrl: string,
  activity: Record<string, unknown>,
  options: { token?: string; authorization?: string } = {},
): Promise<SendResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'Microsoft-SkypeBotApi (Microsoft-BotFramework/3.0)',
  };
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  if (authorization) headers.authorization = authorization;
  const response = await fetch(botUrl, { method: 'POST', headers, body: JSON.stringify(activity) });
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}
