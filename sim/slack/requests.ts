import { createHmac, randomBytes } from 'node:crypto';
import { DEFAULT_WORKSPACE, newClientMsgId, newEventId, newResponseUrl, newTriggerId, tsNow } from './ids.ts';
import type { SlackWorkspace } from './types.ts';

/**
 * A request exactly as Slack would send it to the app: the raw body (what gets signed) and its
 * content type, plus the decoded payload for assertions.
 */
export interface SlackRequest<P = Record<string, unknown>> {
  /**
   * Events API deliveries are `application/json`; slash commands and interactivity are
   * `application/x-www-form-urlencoded` (interactions wrap their JSON in a `payload` field).
   * Bolt compares the header to these exact strings, so no `charset` parameter is added.
   */
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  body: string;
  payload: P;
}

/** Overrides for the ids a builder stamps into payloads (defaults: `DEFAULT_WORKSPACE`). */
export type WorkspaceOverride = { workspace?: Partial<SlackWorkspace> };

export function ws(override?: Partial<SlackWorkspace>): SlackWorkspace {
  return { ...DEFAULT_WORKSPACE, ...override };
}

/**
 * Slack's request signature: `v0=` + hex HMAC-SHA256 over `v0:{timestamp}:{raw body}` keyed with
 * the app's signing secret; the timestamp (epoch seconds) travels in `X-Slack-Request-Timestamp`.
 * Receivers reject timestamps more than 5 minutes old.
 */
export function signSlackRequest(input: { secret: string; body: string; timestamp?: number }): {
  'X-Slack-Signature': string;
  'X-Slack-Request-Timestamp': string;
} {
  const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000);
  const digest = createHmac('sha256', input.secret).update(`v0:${timestamp}:${input.body}`).digest('hex');
  return { 'X-Slack-Signature': `v0=${digest}`, 'X-Slack-Request-Timestamp': String(timestamp) };
}

export interface SendSignedOptions {
  secret: string;
  /** Events API redeliveries carry `X-Slack-Retry-Num` (1–3) … */
  retryNum?: number;
  /** … and `X-Slack-Retry-Reason` (`http_timeout`, `http_error`, `connection_failed`, …). */
  retryReason?: string;
  /** Epoch seconds to sign with (default now); use an old one to exercise staleness checks. */
  timestamp?: number;
  /** Send this body instead of `request.body` after signing the original (tamper tests). */
  tamperedBody?: string;
}

export interface SignedResponse {
  status: number;
  headers: Headers;
  body: string;
  /** `body` parsed as JSON when it is JSON, else undefined. */
  json: unknown;
}

/** POSTs `request` to the app the way Slack does: right content type, signature headers, retry headers. */
export async function sendSigned(
  url: string,
  request: SlackRequest<unknown>,
  options: SendSignedOptions,
): Promise<SignedResponse> {
  const headers: Record<string, string> = {
    'Content-Type': request.contentType,
    'User-Agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    ...signSlackRequest({
      secret: options.secret,
      body: request.body,
      ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
    }),
  };
  if (options.retryNum !== undefined) headers['X-Slack-Retry-Num'] = String(options.retryNum);
  if (options.retryReason !== undefined) headers['X-Slack-Retry-Reason'] = options.retryReason;
  const response = await fetch(url, { method: 'POST', headers, body: options.tamperedBody ?? request.body });
  const body = await response.text();
  let json: unknown;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, body, json };
}

export function jsonRequest<P extends Record<string, unknown>>(payload: P): SlackRequest<P> {
  return { contentType: 'application/json', body: JSON.stringify(payload), payload };
}

export function formRequest<P extends Record<string, string>>(fields: P): SlackRequest<P> {
  return {
    contentType: 'application/x-www-form-urlencoded',
    body: new URLSearchParams(fields).toString(),
    payload: fields,
  };
}

/** The Events API outer envelope (`type: 'event_callback'`). */
export interface EventEnvelope<E extends Record<string, unknown> = Record<string, unknown>>
  extends Record<string, unknown> {
  token: string;
  team_id: string;
  api_app_id: string;
  event: E;
  type: 'event_callback';
  event_id: string;
  event_time: number;
  authorizations: {
    enterprise_id: string | null;
    team_id: string;
    user_id: string;
    is_bot: boolean;
    is_enterprise_install: boolean;
  }[];
  authed_users: string[];
  is_ext_shared_channel: boolean;
  event_context: string;
}

export interface EnvelopeOptions extends WorkspaceOverride {
  /** Reuse an id to model a redelivery (retries keep the same `event_id`). */
  eventId?: string;
  eventTime?: number;
}

/**
 * Wraps an inner event like the Events API does. Since 2021 `authorizations` holds one installation
 * the event is visible to; `authed_users` (required by the published wrapper schema) is truncated to
 * that single entry.
 */
export function eventCallback<E extends Record<string, unknown>>(
  event: E,
  options: EnvelopeOptions = {},
): SlackRequest<EventEnvelope<E>> {
  const w = ws(options.workspace);
  const eventTime = options.eventTime ?? Math.floor(Date.now() / 1000);
  const eventId = options.eventId ?? newEventId();
  return jsonRequest<EventEnvelope<E>>({
    token: w.verificationToken,
    team_id: w.teamId,
    api_app_id: w.apiAppId,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: eventTime,
    authorizations: [
      {
        enterprise_id: null,
        team_id: w.teamId,
        user_id: w.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    authed_users: [w.botUserId],
    is_ext_shared_channel: false,
    event_context: `4-${Buffer.from(JSON.stringify({ et: event.type, tid: w.teamId, aid: w.apiAppId })).toString('base64url')}`,
  });
}

export interface MessageLikeOptions extends EnvelopeOptions {
  channel: string;
  user: string;
  text: string;
  /** Message ts (default: now). */
  ts?: string;
  /** Set for messages inside a thread (the parent's ts). */
  threadTs?: string;
  /** For thread replies: author of the parent message. */
  parentUserId?: string;
}

/** Inner event of `app_mention` and `message` deliveries. */
export interface MessageLikeEvent extends Record<string, unknown> {
  type: 'app_mention' | 'message';
  user: string;
  text: string;
  ts: string;
  client_msg_id: string;
  team: string;
  channel: string;
  event_ts: string;
  thread_ts?: string;
  parent_user_id?: string;
  channel_type?: 'channel' | 'group' | 'im' | 'mpim';
}

function messageFields(type: MessageLikeEvent['type'], o: MessageLikeOptions): MessageLikeEvent {
  const ts = o.ts ?? tsNow();
  const event: MessageLikeEvent = {
    type,
    user: o.user,
    text: o.text,
    ts,
    client_msg_id: newClientMsgId(),
    team: ws(o.workspace).teamId,
    channel: o.channel,
    event_ts: ts,
  };
  if (o.threadTs) event.thread_ts = o.threadTs;
  if (o.threadTs && o.parentUserId) event.parent_user_id = o.parentUserId;
  return event;
}

/** `app_mention`: someone wrote `<@BOT>` in a channel (top level or, with `threadTs`, in a thread). */
export function appMentionEvent(options: MessageLikeOptions): SlackRequest<EventEnvelope<MessageLikeEvent>> {
  return eventCallback(messageFields('app_mention', options), options);
}

/**
 * `message` (message.channels / message.im …): `channelType: 'im'` for DMs with the app (channel `D…`),
 * `'channel'` for public channels; add `threadTs` for replies in a thread.
 */
export function messageEvent(
  options: MessageLikeOptions & { channelType?: MessageLikeEvent['channel_type'] },
): SlackRequest<EventEnvelope<MessageLikeEvent>> {
  return eventCallback(
    { ...messageFields('message', options), channel_type: options.channelType ?? 'channel' },
    options,
  );
}

/** `app_home_opened`: the user opened the app's Home (`tab: 'home'`) or Messages tab. */
export function appHomeOpenedEvent(
  options: EnvelopeOptions & {
    user: string;
    channel: string;
    tab?: 'home' | 'messages';
    view?: Record<string, unknown>;
  },
) {
  const event: Record<string, unknown> = {
    type: 'app_home_opened',
    user: options.user,
    channel: options.channel,
    tab: options.tab ?? 'home',
    event_ts: tsNow(),
  };
  if (options.view) event.view = options.view;
  return eventCallback(event, options);
}

/** The one-off `url_verification` handshake; the app must echo `challenge`. */
export function urlVerification(options: { challenge?: string; token?: string } = {}) {
  return jsonRequest({
    token: options.token ?? DEFAULT_WORKSPACE.verificationToken,
    challenge: options.challenge ?? randomBytes(39).toString('base64url'),
    type: 'url_verification',
  });
}

export interface SlashCommandOptions extends WorkspaceOverride {
  command: string;
  text?: string;
  userId: string;
  userName?: string;
  channelId: string;
  channelName?: string;
  triggerId?: string;
  responseUrl?: string;
}

/** A slash command invocation: form-encoded fields in the order Slack sends them. */
export function slashCommand(o: SlashCommandOptions) {
  const w = ws(o.workspace);
  return formRequest({
    token: w.verificationToken,
    team_id: w.teamId,
    team_domain: w.teamDomain,
    channel_id: o.channelId,
    channel_name: o.channelName ?? (o.channelId.startsWith('D') ? 'directmessage' : 'general'),
    user_id: o.userId,
    user_name: o.userName ?? 'user',
    command: o.command,
    text: o.text ?? '',
    api_app_id: w.apiAppId,
    is_enterprise_install: 'false',
    response_url: o.responseUrl ?? newResponseUrl('commands', w.teamId),
    trigger_id: o.triggerId ?? newTriggerId(),
  });
}
