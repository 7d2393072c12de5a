import type { SimAssistantThreads } from './assistant-threads.ts';

/** Block Kit JSON as it travels on the wire: an object with at least a string `type`. */
export type SimBlock = { type: string } & Record<string, unknown>;

/** The workspace and app identity the simulator plays, shared with the request builders. */
export interface SlackWorkspace {
  /** `T…` workspace id (Slack's `defs_workspace_id` pattern: T + ≥8 upper-case alphanumerics). */
  teamId: string;
  teamName: string;
  /** Sub-domain in `https://{teamDomain}.slack.com/`, used in `auth.test` and permalinks. */
  teamDomain: string;
  /** `A…` app id (`api_app_id` in every payload Slack sends to the app). */
  apiAppId: string;
  /** The app's bot user (`U…`): `auth.test` `user_id`, author of its messages. */
  botUserId: string;
  /** `B…` bot id (`bot_id` on the app's messages). */
  botId: string;
  /** Bot user's handle (`auth.test` `user`). */
  botName: string;
  /** Deprecated verification token, still sent as `token` in every payload. */
  verificationToken: string;
}

/** A workspace member known to the simulator. */
export interface SimUser {
  id: string;
  teamId: string;
  name: string;
  realName: string;
  email?: string;
  isBot: boolean;
  tz: string;
}

/** A conversation known to the simulator: public/private channel or an IM (`D…`) with one user. */
export interface SimChannel {
  id: string;
  name: string;
  isPrivate: boolean;
  isIm: boolean;
  /** For IMs: the other party. */
  user?: string;
  created: number;
}

/** A previous version of an updated message. */
export interface SimMessageRevision {
  text: string;
  blocks?: SimBlock[];
  /** `ts` of the edit that replaced this version. */
  replacedAt: string;
}

/** A message in a channel, as the simulator stores it (newest last in `SlackSimulator.messages`). */
export interface SimMessage {
  channel: string;
  ts: string;
  /** Set on thread replies (the parent's `ts`) and, once it has replies, on the parent itself. */
  thread_ts?: string;
  text: string;
  blocks?: SimBlock[];
  attachments?: Record<string, unknown>[];
  user: string;
  bot_id?: string;
  /** Thread parents: replies so far and who wrote them. */
  reply_count: number;
  reply_users: string[];
  latest_reply?: string;
  /** Set by `chat.update`: who edited and the edit's `ts`. */
  edited?: { user: string; ts: string };
  /** Earlier versions, oldest first, appended by each `chat.update` (and each stream append). */
  history: SimMessageRevision[];
  /** Messages opened by `chat.startStream`: growing until `chat.stopStream` (or the stream's lifetime) ends them. */
  streaming_state?: 'in_progress' | 'completed';
  /** When the stream started (simulator clock, ms). */
  stream_started_at?: number;
  /** Who a channel stream is shown to while it runs (`recipient_team_id` / `recipient_user_id`). */
  recipient?: { teamId: string; userId: string };
  /** `task_update` chunks, latest version of each task id, in first-seen order. */
  tasks?: Array<{ id: string; title: string; status: string }>;
}

/** An accepted `assistant.threads.*` call. */
export type SimThreadEvent = { channel: string; threadTs: string } & (
  | { method: 'assistant.threads.setStatus'; status: string; loadingMessages?: string[] }
  | {
      method: 'assistant.threads.setSuggestedPrompts';
      prompts: Array<{ title: string; message: string }>;
      title?: string;
    }
  | { method: 'assistant.threads.setTitle'; title: string }
);

/** A `chat.postEphemeral` delivery (never part of channel history). */
export interface SimEphemeral {
  channel: string;
  user: string;
  message_ts: string;
  thread_ts?: string;
  text: string;
  blocks?: SimBlock[];
}

/** A modal (`views.open`/`views.update`) or Home tab (`views.publish`) the app has shown. */
export interface SimView {
  id: string;
  type: 'modal' | 'home';
  /** User the view is shown to (the trigger's user for modals, `user_id` for Home tabs). */
  user?: string;
  triggerId?: string;
  /** The view as Slack returns it (`view` in the method response), current version. */
  view: Record<string, unknown>;
  /** Earlier versions, oldest first. */
  history: Record<string, unknown>[];
  /** Last method that touched it. */
  lastAction: 'views.open' | 'views.update' | 'views.publish';
}

/** One Web API call received by the simulator (including rejected ones). */
export interface RecordedCall {
  /** Method name, e.g. `chat.postMessage`. */
  method: string;
  httpMethod: string;
  contentType: string;
  /**
   * Arguments from the query string and the body (form-encoded or JSON). JSON-encoded string
   * arguments (`blocks`, `attachments`, `view`, `loading_messages`) are decoded when they parse.
   */
  args: Record<string, unknown>;
  /** Token presented: `Authorization: Bearer` header, else a `token` field of a form POST body. */
  token?: string;
  /** What the simulator answered. */
  response: { status: number; body: Record<string, unknown> };
  at: number;
}

/** HTTP 429 with `Retry-After` seconds, as Slack's rate limiter answers. */
export interface SimRateLimit {
  status: 429;
  retryAfter: number;
}

/** A scripted failure: a Slack error code (HTTP 200, `ok:false`) or a rate-limit reply. */
export type SimFailure = string | SimRateLimit;

export interface SlackSimulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Bot tokens accepted as valid. Default: `['xoxb-sim-bot-token']`. */
  tokens?: string[];
  /** Comma-separated scopes those tokens carry (default: the manifest's bot scopes). */
  scope?: string;
  /**
   * Methods this workspace does not have (answered `unknown_method`, like an older or restricted
   * workspace), e.g. the streaming methods.
   */
  unavailableMethods?: string[];
  /** Overrides for the simulated workspace/app ids (defaults: `DEFAULT_WORKSPACE`). */
  workspace?: Partial<SlackWorkspace>;
  /** When both are set, `oauth.v2.access` checks them (HTTP Basic or `client_id`/`client_secret`). */
  clientId?: string;
  clientSecret?: string;
  /** Lifetime of issued trigger ids. Slack's trigger ids expire 3 s after the interaction. */
  triggerTtlMs?: number;
  /** Clock (ms since epoch) for message `ts`, trigger expiry and `created`; inject to control time. */
  now?: () => number;
}

/** Handle returned by `startSlackSimulator`. */
export interface SlackSimulator {
  /** Web API base: pass as `new WebClient(token, { slackApiUrl: sim.url })`. Ends with `/api/`. */
  readonly url: string;
  /** `GET` here with `client_id`, `scope`, `redirect_uri`, `state` → 302 to `redirect_uri?code&state`. */
  readonly authorizeUrl: string;
  /** First accepted bot token (from `options.tokens`). */
  readonly botToken: string;
  readonly workspace: SlackWorkspace;
  /** Every call in arrival order (cleared in place by `reset`). */
  readonly calls: RecordedCall[];
  /** Channel messages in posting order (thread replies included), updated in place by `chat.update`. */
  readonly messages: SimMessage[];
  readonly ephemerals: SimEphemeral[];
  /** Messages the app deleted (chat.delete), in the order it deleted them. */
  readonly deleted: SimMessage[];
  readonly views: SimView[];
  /** The assistant split view: open a thread as a user would; read the title and prompts the app set. */
  readonly assistant: SimAssistantThreads;
  /** Every accepted assistant.threads.* call (status, suggested prompts, titles), in order. */
  readonly threadEvents: SimThreadEvent[];
  /** The assistant status shown under a thread right now ('' when none). */
  threadStatus(channel: string, threadTs: string): string;
  /**
   * Make the next call(s) of `method` fail with `failure` (default once). Applies before token and
   * argument checks, like a platform-side refusal; the attempt is still recorded in `calls`.
   */
  failNext(method: string, failure: SimFailure, times?: number): void;
  addUser(user: {
    id?: string;
    teamId?: string;
    email?: string;
    name: string;
    realName?: string;
    isBot?: boolean;
  }): SimUser;
  addChannel(channel: { id?: string; name: string; isPrivate?: boolean }): SimChannel;
  /** The IM (`D…`) between the bot and `userId`, created on first use (as posting to a user id does). */
  openIm(userId: string): SimChannel;
  /** Register a fresh trigger id (format `123.456.abc`) that `views.open` will accept once. */
  issueTriggerId(userId?: string): string;
  /** Register a single-use OAuth `code` for `oauth.v2.access`, as the authorize redirect would carry. */
  issueOAuthCode(grant?: {
    teamId?: string;
    teamName?: string;
    userId?: string;
    scope?: string;
    userScope?: string;
  }): string;
  /** Messages of one channel in `ts` order (optionally one thread: parent + replies). */
  history(channel: string, threadTs?: string): SimMessage[];
  /** Clears calls, messages, ephemerals, views, scripted failures, triggers, codes and OAuth-issued tokens; keeps users and channels. */
  reset(): void;
  close(): Promise<void>;
}
