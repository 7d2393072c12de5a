import { createHash } from 'node:crypto';
import { newChannelId, newImId, newTriggerId, newUserId, TsClock } from './ids.ts';
import type {
  SimChannel,
  SimEphemeral,
  SimFailure,
  SimMessage,
  SimThreadEvent,
  SimUser,
  SimView,
  SlackWorkspace,
} from './types.ts';

/** What a token stands for: the bot installation in one workspace. */
export interface TokenGrant {
  teamId: string;
  teamName: string;
  botUserId: string;
  botId: string;
  /** Comma-separated scopes, echoed in the `x-oauth-scopes` response header. */
  scope: string;
  /** Issued by `oauth.v2.access` (dropped by `reset`), rather than configured. */
  issued: boolean;
}

export interface OAuthGrant {
  teamId: string;
  teamName: string;
  userId: string;
  scope: string;
  userScope?: string;
}

export const DEFAULT_BOT_SCOPE =
  'app_mentions:read,assistant:write,channels:history,chat:write,commands,im:history,im:write,users:read,users:read.email';

/** All mutable workspace state behind one simulator instance. */
export class SimState {
  readonly users = new Map<string, SimUser>();
  readonly channels = new Map<string, SimChannel>();
  readonly messages: SimMessage[] = [];
  /** Messages taken down with chat.delete (gone from `messages`, as from the channel). */
  readonly deleted: SimMessage[] = [];
  readonly ephemerals: SimEphemeral[] = [];
  readonly views: SimView[] = [];
  readonly tokens = new Map<string, TokenGrant>();
  readonly oauthCodes = new Map<string, OAuthGrant>();
  /** trigger id → who caused it and when it was issued (ms). */
  readonly triggers = new Map<string, { userId?: string; issuedAt: number; used: boolean }>();
  readonly failures = new Map<string, SimFailure[]>();
  /** `channel:thread_ts` → the assistant status shown under that thread now. */
  readonly threadStatus = new Map<string, string>();
  /** Every accepted assistant.threads.* call, in order. */
  readonly threadEvents: SimThreadEvent[] = [];
  readonly ts: TsClock;
  /** Trigger ids expire 3 s after the interaction that produced them. */
  triggerTtlMs = 3000;

  constructor(
    readonly workspace: SlackWorkspace,
    readonly now: () => number,
  ) {
    this.ts = new TsClock(now);
    this.addUser({ id: workspace.botUserId, name: workspace.botName, isBot: true });
  }

  addUser(input: {
    id?: string;
    teamId?: string;
    email?: string;
    name: string;
    realName?: string;
    isBot?: boolean;
  }): SimUser {
    const user: SimUser = {
      id: input.id ?? newUserId(),
      teamId: input.teamId ?? this.workspace.teamId,
      name: input.name,
      realName: input.realName ?? input.name,
      isBot: input.isBot ?? false,
      tz: 'America/New_York',
      ...(input.email === undefined ? {} : { email: input.email }),
    };
    this.users.set(user.id, user);
    return user;
  }

  addChannel(input: { id?: string; name: string; isPrivate?: boolean }): SimChannel {
    const channel: SimChannel = {
      id: input.id ?? newChannelId(),
      name: input.name,
      isPrivate: input.isPrivate ?? false,
      isIm: false,
      created: Math.floor(this.now() / 1000),
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  openIm(userId: string): SimChannel {
    for (const channel of this.channels.values()) if (channel.isIm && channel.user === userId) return channel;
    const im: SimChannel = {
      id: newImId(),
      name: userId,
      isPrivate: true,
      isIm: true,
      user: userId,
      created: Math.floor(this.now() / 1000),
    };
    this.channels.set(im.id, im);
    return im;
  }

  /**
   * Resolves a `channel` argument like Slack does: a conversation id, a `#name`/`name`, or a user id
   * (`U…`/`W…`), which addresses the app's IM with that user.
   */
  resolveChannel(ref: string): SimChannel | undefined {
    const direct = this.channels.get(ref);
    if (direct) return direct;
    if (this.users.has(ref)) return this.openIm(ref);
    const name = ref.replace(/^#/, '');
    for (const channel of this.channels.values()) if (!channel.isIm && channel.name === name) return channel;
    return undefined;
  }

  findMessage(channel: string, ts: string): SimMessage | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts);
  }

  history(channel: string, threadTs?: string): SimMessage[] {
    return this.messages
      .filter(
        (m) =>
          m.channel === channel && (threadTs === undefined || m.ts === threadTs || m.thread_ts === threadTs),
      )
      .sort((a, b) => Number(a.ts) - Number(b.ts));
  }

  issueTriggerId(userId?: string): string {
    const id = newTriggerId();
    this.triggers.set(id, { issuedAt: this.now(), used: false, ...(userId ? { userId } : {}) });
    return id;
  }

  nextFailure(method: string): SimFailure | undefined {
    const queue = this.failures.get(method);
    const failure = queue?.shift();
    if (queue && queue.length === 0) this.failures.delete(method);
    return failure;
  }

  reset(): void {
    this.messages.length = 0;
    this.deleted.length = 0;
    this.ephemerals.length = 0;
    this.views.length = 0;
    this.failures.clear();
    this.threadStatus.clear();
    this.threadEvents.length = 0;
    this.triggers.clear();
    this.oauthCodes.clear();
    for (const [token, grant] of this.tokens) if (grant.issued) this.tokens.delete(token);
  }
}

/** Gravatar-style avatar hash Slack exposes as `profile.avatar_hash`. */
function avatarHash(id: string): string {
  return createHash('md5').update(id).digest('hex').slice(0, 12);
}

/**
 * The `user` object of `users.info`, limited to fields of the Web API spec's non-enterprise
 * `objs_user` (which forbids others). `profile.email` is present only when the user has one and,
 * on the real API, only with the `users:read.email` scope.
 */
export function wireUser(user: SimUser, workspace: SlackWorkspace, updated: number): Record<string, unknown> {
  const profile: Record<string, unknown> = {
    avatar_hash: avatarHash(user.id),
    status_text: '',
    status_emoji: '',
    real_name: user.realName,
    display_name: user.isBot ? user.realName : user.name,
    real_name_normalized: user.realName,
    display_name_normalized: user.isBot ? user.realName : user.name,
    title: '',
    phone: '',
    skype: '',
    fields: null,
    team: user.teamId,
  };
  if (user.email !== undefined) profile.email = user.email;
  if (user.isBot && user.id === workspace.botUserId) {
    profile.bot_id = workspace.botId;
    profile.api_app_id = workspace.apiAppId;
    profile.always_active = true;
  }
  return {
    id: user.id,
    team_id: user.teamId,
    name: user.name,
    deleted: false,
    color: '9f69e7',
    real_name: user.realName,
    tz: user.tz,
    tz_label: 'Eastern Standard Time',
    tz_offset: -18000,
    profile,
    is_admin: false,
    is_owner: false,
    is_primary_owner: false,
    is_restricted: false,
    is_ultra_restricted: false,
    is_bot: user.isBot,
    is_app_user: false,
    updated,
  };
}

/** The `channel` object of `conversations.info` (fields of the spec's `objs_conversation`). */
export function wireChannel(channel: SimChannel, workspace: SlackWorkspace): Record<string, unknown> {
  if (channel.isIm) {
    return {
      id: channel.id,
      created: channel.created,
      is_archived: false,
      is_im: true,
      is_org_shared: false,
      user: channel.user,
      is_user_deleted: false,
      priority: 0,
    };
  }
  const empty = { value: '', creator: '', last_set: 0 };
  return {
    id: channel.id,
    name: channel.name,
    is_channel: !channel.isPrivate,
    is_group: channel.isPrivate,
    is_im: false,
    is_mpim: false,
    is_private: channel.isPrivate,
    created: channel.created,
    is_archived: false,
    is_general: channel.name === 'general',
    unlinked: 0,
    name_normalized: channel.name,
    is_shared: false,
    is_org_shared: false,
    is_pending_ext_shared: false,
    pending_shared: [],
    parent_conversation: null,
    creator: workspace.botUserId,
    is_ext_shared: false,
    shared_team_ids: [workspace.teamId],
    pending_connected_team_ids: [],
    is_member: true,
    topic: empty,
    purpose: empty,
    previous_names: [],
  };
}
