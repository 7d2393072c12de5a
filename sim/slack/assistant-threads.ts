import { tsNow } from './ids.ts';
import {
  fail,
  isRecord,
  type MethodContext,
  type MethodHandler,
  type MethodResult,
  scopeCheck,
  str,
} from './method-kit.ts';
import { type EnvelopeOptions, eventCallback, ws } from './requests.ts';
import type { SimState } from './state.ts';
import type { SimChannel } from './types.ts';

/**
 * The assistant split view ("Agents & AI Apps"): the thread the user opens beside a channel lives
 * in their DM with the app. These are the Web API methods that decorate such a thread
 * (`assistant.threads.setSuggestedPrompts`, `assistant.threads.setTitle`; `setStatus` is in
 * methods-assistant.ts) and the events Slack sends when one is opened or the user moves elsewhere.
 * Shapes from docs.slack.dev/reference/methods/assistant.threads.* and /reference/events/assistant_*.
 */

/** A suggested prompt as Slack takes it: the button's `title` and the `message` it sends. */
export interface SimAssistantPrompt {
  title: string;
  message: string;
}

/** What the app has set on one assistant thread, as the user would see it. */
export interface SimAssistantThread {
  channel: string;
  threadTs: string;
  userId: string;
  title?: string;
  /** Latest `setSuggestedPrompts`: the list's heading and its prompts. */
  prompts?: { title?: string; prompts: SimAssistantPrompt[] };
}

/** Test-side handle on the split view, exposed as `sim.assistant`. */
export interface SimAssistantThreads {
  /** The user opens the assistant: Slack makes a thread root in their DM with the app. */
  start(userId: string): { channel: string; threadTs: string };
  /** What the app has set on a thread; undefined for a thread nobody opened or decorated. */
  thread(channel: string, threadTs: string): SimAssistantThread | undefined;
}

/** Bot tokens without it get `missing_scope` with `needed` and `provided`, as Slack answers. */
const ASSISTANT_SCOPE = 'assistant:write';
/** "Use this method to set up to four suggested prompts". */
const MAX_PROMPTS = 4;

const threadsByState = new WeakMap<SimState, Map<string, SimAssistantThread>>();

function threadsOf(state: SimState): Map<string, SimAssistantThread> {
  let threads = threadsByState.get(state);
  if (!threads) {
    threads = new Map();
    threadsByState.set(state, threads);
  }
  return threads;
}

export function assistantThreads(state: SimState): SimAssistantThreads {
  return {
    start(userId) {
      const im = state.openIm(userId);
      const threadTs = state.ts.next();
      // The root Slack creates when the container opens (message subtype `assistant_app_thread`).
      state.messages.push({
        channel: im.id,
        ts: threadTs,
        thread_ts: threadTs,
        text: `Chats from ${new Date(state.now()).toISOString()}`,
        user: userId,
        reply_count: 0,
        reply_users: [],
        history: [],
      });
      threadsOf(state).set(`${im.id}:${threadTs}`, { channel: im.id, threadTs, userId });
      return { channel: im.id, threadTs };
    },
    thread(channel, threadTs) {
      if (!state.findMessage(channel, threadTs)) return undefined;
      return threadsOf(state).get(`${channel}:${threadTs}`);
    },
  };
}

/**
 * What both methods check first: the `assistant:write` scope, then `channel_id`. Assistant threads
 * live in a DM with the app; any other channel is `channel_not_found`.
 */
function assistantDm({ state, args, grant }: MethodContext): SimChannel | MethodResult {
  const denied = scopeCheck(grant, [ASSISTANT_SCOPE]);
  if (denied) return denied;
  const channel = state.channels.get(str(args, 'channel_id') ?? '');
  if (!channel?.isIm) return { ok: false, error: 'channel_not_found', detail: 'Invalid channel_id' };
  return channel;
}

function threadRecord(state: SimState, channel: SimChannel, threadTs: string): SimAssistantThread {
  const threads = threadsOf(state);
  const key = `${channel.id}:${threadTs}`;
  let thread = threads.get(key);
  if (!thread) {
    thread = { channel: channel.id, threadTs, userId: channel.user ?? '' };
    threads.set(key, thread);
  }
  return thread;
}

function readPrompts(value: unknown): SimAssistantPrompt[] | string {
  if (value === undefined || value === '') return '[ERROR] missing required field: prompts';
  if (!Array.isArray(value)) return '[ERROR] must provide an array [json-pointer:/prompts]';
  if (value.length === 0 || value.length > MAX_PROMPTS)
    return `[ERROR] must provide between 1 and ${MAX_PROMPTS} items [json-pointer:/prompts]`;
  const prompts: SimAssistantPrompt[] = [];
  for (const [i, prompt] of value.entries()) {
    if (!isRecord(prompt) || typeof prompt.title !== 'string' || !prompt.title)
      return `[ERROR] missing required field: title [json-pointer:/prompts/${i}]`;
    if (typeof prompt.message !== 'string' || !prompt.message)
      return `[ERROR] missing required field: message [json-pointer:/prompts/${i}]`;
    prompts.push({ title: prompt.title, message: prompt.message });
  }
  return prompts;
}

/** `channel_id`, `prompts` (JSON-encoded in form bodies), optional `thread_ts` and `title`. */
const setSuggestedPrompts: MethodHandler = (ctx) => {
  const { state, args } = ctx;
  const channel = assistantDm(ctx);
  if ('ok' in channel) return channel;
  // Without thread_ts the prompts go to the latest message in the channel.
  const threadTs = str(args, 'thread_ts') ?? state.history(channel.id).at(-1)?.ts;
  if (!threadTs) return fail('message_not_found');
  if (!state.findMessage(channel.id, threadTs)) return fail('invalid_thread_ts');
  const prompts = readPrompts(typeof args.prompts === 'string' ? safeJson(args.prompts) : args.prompts);
  if (typeof prompts === 'string') return fail('invalid_arguments', [prompts]);
  const title = str(args, 'title');
  threadRecord(state, channel, threadTs).prompts = { prompts, ...(title ? { title } : {}) };
  state.threadEvents.push({
    method: 'assistant.threads.setSuggestedPrompts',
    channel: channel.id,
    threadTs,
    prompts,
    ...(title ? { title } : {}),
  });
  return { ok: true };
};

/** `channel_id`, `thread_ts`, `title`, all required. */
const setTitle: MethodHandler = (ctx) => {
  const { state, args } = ctx;
  const channel = assistantDm(ctx);
  if ('ok' in channel) return channel;
  const threadTs = str(args, 'thread_ts');
  if (!threadTs) return fail('invalid_arguments', ['[ERROR] missing required field: thread_ts']);
  const title = str(args, 'title');
  if (!title) return fail('invalid_arguments', ['[ERROR] missing required field: title']);
  if (!state.findMessage(channel.id, threadTs)) return fail('invalid_thread_ts');
  threadRecord(state, channel, threadTs).title = title;
  state.threadEvents.push({ method: 'assistant.threads.setTitle', channel: channel.id, threadTs, title });
  return { ok: true };
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const ASSISTANT_THREAD_METHODS: Record<string, MethodHandler> = {
  'assistant.threads.setSuggestedPrompts': setSuggestedPrompts,
  'assistant.threads.setTitle': setTitle,
};

/** The channel the user is looking at while the container is open (any field may be absent). */
export interface AssistantContext {
  channel_id?: string;
  team_id?: string;
  enterprise_id?: string | null;
}

export interface AssistantThreadEventOptions extends EnvelopeOptions {
  user: string;
  /** The DM (`D…`) holding the thread, and its root's ts (from `sim.assistant.start`). */
  channel: string;
  threadTs: string;
  /** Default: no channel in view (`{}`); pass `null` to leave `context` out entirely. */
  context?: AssistantContext | Record<string, unknown> | null;
}

function assistantThreadEvent(
  type: 'assistant_thread_started' | 'assistant_thread_context_changed',
  o: AssistantThreadEventOptions,
) {
  const thread: Record<string, unknown> = { user_id: o.user };
  if (o.context !== null) thread.context = o.context ?? {};
  thread.channel_id = o.channel;
  thread.thread_ts = o.threadTs;
  return eventCallback({ type, assistant_thread: thread, event_ts: tsNow() }, o);
}

/** `assistant_thread_started`: the user opened the assistant container (a new thread). */
export function assistantThreadStartedEvent(o: AssistantThreadEventOptions) {
  return assistantThreadEvent('assistant_thread_started', o);
}

/** `assistant_thread_context_changed`: with the container open, the user moved to another channel. */
export function assistantThreadContextChangedEvent(o: AssistantThreadEventOptions) {
  return assistantThreadEvent('assistant_thread_context_changed', o);
}

/** The context Slack reports for a channel of the simulated workspace. */
export function channelContext(channelId: string, override?: EnvelopeOptions['workspace']): AssistantContext {
  return { channel_id: channelId, team_id: ws(override).teamId, enterprise_id: null };
}
