import {
  type BaseActivityOptions,
  type ConversationContext,
  envelope,
  personalContext,
  type TeamsActivity,
  type TeamsUser,
} from './envelope.ts';
import { baseConversationId, DEFAULT_BOT, newEventActivityId } from './ids.ts';

/**
 * Invokes need an answer in the HTTP response within about 5 s (Teams retries, then shows "Unable to
 * reach the app"); the builders below produce the request side.
 */
export interface InvokeOptions extends BaseActivityOptions {
  /**
   * Where the invoke happens: pass an activity built earlier (e.g. the channel message the card was
   * posted under) to reuse its conversation and channel data. Default: the user's 1:1 chat.
   */
  in?: ConversationContext;
}

const contextOf = (o: InvokeOptions): ConversationContext =>
  o.in ? { conversation: o.in.conversation, channelData: o.in.channelData } : personalContext(o);

function invoke(name: string, o: InvokeOptions, value: Record<string, unknown>): TeamsActivity {
  return { ...envelope('invoke', o.id ?? newEventActivityId(), o, contextOf(o)), name, value };
}

export interface AdaptiveCardActionOptions extends InvokeOptions {
  verb: string;
  data?: Record<string, unknown>;
  /** Id of the message that carries the card (Teams sets the invoke's `replyToId` to it). */
  replyToId?: string;
  /** `manual` for a button press, `automatic` for a Universal Actions refresh. */
  trigger?: 'manual' | 'automatic';
  /** The `Action.Execute` element's `id`, when the card sets one. */
  actionId?: string;
}

/**
 * `invoke` / `adaptiveCard/action`: an `Action.Execute` press (Universal Actions). The bot answers
 * in the HTTP body with `{ statusCode, type, value }` — a card (`application/vnd.microsoft.card.adaptive`)
 * or a message (`application/vnd.microsoft.activity.message`).
 */
export function adaptiveCardAction(o: AdaptiveCardActionOptions): TeamsActivity {
  const action = {
    type: 'Action.Execute',
    ...(o.actionId ? { id: o.actionId } : {}),
    verb: o.verb,
    data: o.data ?? {},
  };
  const activity = invoke('adaptiveCard/action', o, { action, trigger: o.trigger ?? 'manual' });
  return o.replyToId ? { ...activity, replyToId: o.replyToId } : activity;
}

export interface MessagePayloadOptions {
  /** Message id (epoch ms). */
  id: string;
  /** HTML body as Teams stores it. */
  html: string;
  /** The author; omitted → the bot (an `application` author). */
  from?: TeamsUser;
  /** Thread or chat id the message lives in (for `linkToMessage`). */
  conversationId?: string;
  createdAt?: Date;
  bot?: { appId: string; name: string };
}

/**
 * `value.messagePayload` of a message action: the message acted on, in Graph's chatMessage shape
 * (`body.content` is HTML; authors are `{ user: { userIdentityType: 'aadUser', id: <Entra id> } }`).
 */
export function messagePayload(o: MessagePayloadOptions): Record<string, unknown> {
  const bot = o.bot ?? DEFAULT_BOT;
  const from = o.from
    ? {
        device: null,
        conversation: null,
        user: { userIdentityType: 'aadUser', id: o.from.aadObjectId, displayName: o.from.name },
        application: null,
      }
    : {
        device: null,
        conversation: null,
        user: null,
        application: { applicationIdentityType: 'bot', id: bot.appId, displayName: bot.name },
      };
  const link = o.conversationId
    ? {
        linkToMessage: `https://teams.microsoft.com/l/message/${baseConversationId(o.conversationId)}/${o.id}`,
      }
    : {};
  return {
    ...link,
    id: o.id,
    replyToId: null,
    createdDateTime: (o.createdAt ?? new Date()).toISOString(),
    lastModifiedDateTime: null,
    deleted: false,
    subject: null,
    summary: null,
    importance: 'normal',
    locale: 'en-us',
    body: { contentType: 'html', content: o.html },
    from,
    reactions: [],
    mentions: [],
    attachments: [],
  };
}

export interface MessageActionOptions extends InvokeOptions {
  /** The command's `id` in the app manifest's `composeExtensions[].commands`. */
  commandId: string;
  /** `message` (the "…" menu on a message), `compose` or `commandBox`. Default `message`. */
  commandContext?: 'message' | 'compose' | 'commandbox';
  /** The message acted on (`messagePayload(...)`); sent when `commandContext` is `message`. */
  message?: Record<string, unknown>;
}

function actionValue(o: MessageActionOptions): Record<string, unknown> {
  return {
    commandId: o.commandId,
    commandContext: o.commandContext ?? 'message',
    context: { theme: 'default' },
    ...(o.message ? { messagePayload: o.message } : {}),
  };
}

/**
 * `invoke` / `composeExtension/fetchTask`: the user picked an action command with `fetchTask: true`;
 * the bot answers with the dialog to show (`{ task: { type: 'continue', value: … } }`).
 */
export function fetchTask(o: MessageActionOptions): TeamsActivity {
  return invoke('composeExtension/fetchTask', o, actionValue(o));
}

/**
 * `invoke` / `composeExtension/submitAction`: the dialog was submitted; `value.data` holds its inputs
 * (Adaptive Card input ids → values). The bot answers with a `MessagingExtensionActionResponse`.
 */
export function submitAction(o: MessageActionOptions & { data: Record<string, unknown> }): TeamsActivity {
  return invoke('composeExtension/submitAction', o, { ...actionValue(o), data: o.data });
}

export interface TaskModuleOptions extends InvokeOptions {
  /**
   * `task/fetch`: the pressed `Action.Submit`'s `data` (with its `msteams: {type: 'task/fetch'}`).
   * `task/submit`: the dialog's input values merged with its submit button's `data`.
   */
  data: Record<string, unknown>;
  /** Id of the message whose card button opened the dialog (Teams sets the invoke's `replyToId`). */
  replyToId?: string;
}

function taskInvoke(name: 'task/fetch' | 'task/submit', o: TaskModuleOptions): TeamsActivity {
  const activity = invoke(name, o, { type: name, data: o.data, context: { theme: 'default' } });
  return o.replyToId ? { ...activity, replyToId: o.replyToId } : activity;
}

/**
 * `invoke` / `task/fetch`: a card button with `msteams.type = task/fetch` was pressed; the bot
 * answers with `{ task: { type: 'continue', value: { title, card, … } } }` (the dialog to open) or
 * `{ task: { type: 'message', value } }` (a short message instead of a dialog).
 */
export function taskFetch(o: TaskModuleOptions): TeamsActivity {
  return taskInvoke('task/fetch', o);
}

/**
 * `invoke` / `task/submit`: the dialog's `Action.Submit` was pressed. The answer closes the dialog
 * with a message (`type: 'message'`) or shows another card in it (`type: 'continue'`).
 */
export function taskSubmit(o: TaskModuleOptions): TeamsActivity {
  return taskInvoke('task/submit', o);
}

export interface FeedbackOptions extends InvokeOptions {
  /** Id of the bot message whose 👍/👎 was pressed (Teams sets the invoke's `replyToId` to it). */
  replyToId: string;
  reaction: 'like' | 'dislike';
  /** What the person typed into the default feedback form; omitted → an empty form. */
  text?: string;
  /** The raw `actionValue.feedback` to send instead (e.g. a custom form's fields). */
  feedback?: string | Record<string, unknown>;
}

/**
 * `invoke` / `message/submitAction` with `actionName: 'feedback'`: the person pressed 👍 or 👎 under
 * a bot message sent with `channelData.feedbackLoopEnabled` and submitted the form. Teams sends the
 * form's fields as a JSON string (`{"feedbackText":"…"}` for the default form); the bot answers
 * with status 200.
 */
export function feedbackInvoke(o: FeedbackOptions): TeamsActivity {
  const feedback = o.feedback ?? JSON.stringify({ feedbackText: o.text ?? '' });
  const activity = invoke('message/submitAction', o, {
    actionName: 'feedback',
    actionValue: { reaction: o.reaction, feedback },
  });
  return { ...activity, replyToId: o.replyToId };
}
