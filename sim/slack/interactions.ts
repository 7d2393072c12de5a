import { newChannelId, newResponseUrl, newTriggerId, newViewHash, newViewId, tsNow } from './ids.ts';
import { type SlackRequest, type WorkspaceOverride, ws } from './requests.ts';
import type { SlackWorkspace } from './types.ts';

/** Interactivity payloads are JSON inside a single form field: `payload=<url-encoded JSON>`. */
export function interactionRequest<P extends Record<string, unknown>>(payload: P): SlackRequest<P> {
  return {
    contentType: 'application/x-www-form-urlencoded',
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    payload,
  };
}

/** The acting user as interaction payloads describe them. */
export interface ActingUser {
  id: string;
  username?: string;
}

function userObject(user: ActingUser, w: SlackWorkspace) {
  const username = user.username ?? 'user';
  return { id: user.id, username, name: username, team_id: w.teamId };
}

function teamObject(w: SlackWorkspace) {
  return { id: w.teamId, domain: w.teamDomain };
}

/** A message as it appears inside interaction payloads (`message`): what the app posted earlier. */
export interface SourceMessage extends Record<string, unknown> {
  ts: string;
  text?: string;
  user?: string;
  blocks?: unknown[];
  thread_ts?: string;
}

export interface BlockActionOptions extends WorkspaceOverride {
  user: ActingUser;
  actions: { actionId: string; blockId: string; value?: string; type?: string; text?: string }[];
  /** Message surface: the channel and the message holding the clicked element. */
  channel?: { id: string; name?: string };
  message?: SourceMessage;
  /** View surface (modal / Home tab) instead of a message: the view as returned by views.* methods. */
  view?: Record<string, unknown>;
  stateValues?: Record<string, Record<string, unknown>>;
  triggerId?: string;
  responseUrl?: string;
}

/**
 * `block_actions`: a click/selection on an interactive element. `container` says where it lives:
 * `{type:'message', message_ts, channel_id, is_ephemeral}` or `{type:'view', view_id}`. Message
 * surfaces carry `channel`, `message` and a `response_url`; view surfaces carry `view`.
 */
export function blockActions(o: BlockActionOptions) {
  const w = ws(o.workspace);
  const actionTs = tsNow();
  const payload: Record<string, unknown> = {
    type: 'block_actions',
    user: userObject(o.user, w),
    api_app_id: w.apiAppId,
    token: w.verificationToken,
    trigger_id: o.triggerId ?? newTriggerId(),
    team: teamObject(w),
    enterprise: null,
    is_enterprise_install: false,
  };
  if (o.view) {
    payload.container = { type: 'view', view_id: o.view.id };
    payload.view = o.view;
  } else {
    const message = o.message ?? { ts: tsNow(), text: '' };
    const channelId = o.channel?.id ?? newChannelId();
    payload.container = {
      type: 'message',
      message_ts: message.ts,
      channel_id: channelId,
      is_ephemeral: false,
      ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
    };
    payload.channel = { id: channelId, name: o.channel?.name ?? 'general' };
    payload.message = { type: 'message', ...message };
    payload.response_url = o.responseUrl ?? newResponseUrl('actions', w.teamId);
  }
  payload.state = { values: o.stateValues ?? {} };
  payload.actions = o.actions.map((a) => ({
    action_id: a.actionId,
    block_id: a.blockId,
    type: a.type ?? 'button',
    ...(a.text === undefined ? {} : { text: { type: 'plain_text', text: a.text, emoji: true } }),
    ...(a.value === undefined ? {} : { value: a.value }),
    action_ts: actionTs,
  }));
  return interactionRequest(payload);
}

export interface MessageActionOptions extends WorkspaceOverride {
  callbackId: string;
  user: ActingUser;
  channel: { id: string; name?: string };
  message: SourceMessage;
  triggerId?: string;
  responseUrl?: string;
}

/** `message_action`: a message shortcut picked from a message's context menu. */
export function messageAction(o: MessageActionOptions) {
  const w = ws(o.workspace);
  return interactionRequest({
    type: 'message_action',
    token: w.verificationToken,
    action_ts: tsNow(),
    team: teamObject(w),
    user: userObject(o.user, w),
    channel: { id: o.channel.id, name: o.channel.name ?? 'general' },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: o.callbackId,
    trigger_id: o.triggerId ?? newTriggerId(),
    response_url: o.responseUrl ?? newResponseUrl('actions', w.teamId),
    message_ts: o.message.ts,
    message: { type: 'message', ...o.message },
  });
}

export interface ViewSubmissionOptions extends WorkspaceOverride {
  user: ActingUser;
  /**
   * The modal being submitted. Pass the `view` a views.open/update response returned (or a
   * simulator `SimView.view`) to keep its id/hash; a bare view payload gets server fields added.
   */
  view: Record<string, unknown>;
  /** `view.state.values`: `{ [block_id]: { [action_id]: { type, value | selected_option … } } }`. */
  values: Record<string, Record<string, unknown>>;
  triggerId?: string;
  responseUrls?: { block_id: string; action_id: string; channel_id: string; response_url: string }[];
}

/** `view_submission`: the user pressed a modal's submit button. */
export function viewSubmission(o: ViewSubmissionOptions) {
  const w = ws(o.workspace);
  const id = typeof o.view.id === 'string' ? o.view.id : newViewId();
  const view = {
    id,
    team_id: w.teamId,
    type: 'modal',
    private_metadata: '',
    callback_id: '',
    hash: newViewHash(Date.now()),
    clear_on_close: false,
    notify_on_close: false,
    close: null,
    submit: null,
    previous_view_id: null,
    root_view_id: id,
    app_id: w.apiAppId,
    external_id: '',
    app_installed_team_id: w.teamId,
    bot_id: w.botId,
    ...o.view,
    state: { values: o.values },
  };
  return interactionRequest({
    type: 'view_submission',
    team: teamObject(w),
    user: userObject(o.user, w),
    api_app_id: w.apiAppId,
    token: w.verificationToken,
    trigger_id: o.triggerId ?? newTriggerId(),
    view,
    response_urls: o.responseUrls ?? [],
    is_enterprise_install: false,
    enterprise: null,
  });
}

export interface GlobalShortcutOptions extends WorkspaceOverride {
  callbackId: string;
  user: ActingUser;
  triggerId?: string;
}

/** `shortcut`: a global shortcut picked from the ⚡ menu or the search bar (no channel, no message). */
export function globalShortcut(o: GlobalShortcutOptions) {
  const w = ws(o.workspace);
  return interactionRequest({
    type: 'shortcut',
    token: w.verificationToken,
    action_ts: tsNow(),
    team: teamObject(w),
    user: userObject(o.user, w),
    is_enterprise_install: false,
    enterprise: null,
    callback_id: o.callbackId,
    trigger_id: o.triggerId ?? newTriggerId(),
  });
}
