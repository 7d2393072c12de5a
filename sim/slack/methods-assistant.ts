/**
 * The AI-app methods: text streaming (`chat.startStream` / `chat.appendStream` / `chat.stopStream`)
 * and the assistant thread status (`assistant.threads.setStatus`; `setSuggestedPrompts` and
 * `setTitle` are in assistant-threads.ts). The 2020 Web API spec in test/contracts has none of them, so arguments, errors and
 * response shapes follow the method pages on docs.slack.dev and `@slack/web-api`'s response types.
 */
import {
  checkBlocks,
  fail,
  isRecord,
  MAX_MESSAGE_BLOCKS,
  type MethodContext,
  type MethodHandler,
  type MethodResult,
  scopeCheck,
  str,
} from './method-kit.ts';
import { ownMessage, postAppMessage, wireMessage } from './methods-chat.ts';
import type { SimState } from './state.ts';
import type { SimBlock, SimMessage, SimThreadEvent } from './types.ts';

/** `markdown_text` (and each markdown chunk) is limited to 12,000 characters. */
const MAX_MARKDOWN = 12_000;
/** `loading_messages`: at most 10. `prompts`: at most 4. */
const MAX_LOADING_MESSAGES = 10;
/**
 * A streamed message stops accepting appends about five minutes after it started, whatever was
 * appended since; later calls answer `message_not_in_streaming_state`.
 */
export const STREAM_LIFETIME_MS = 5 * 60_000;

const TS_FORMAT = /^\d{10}\.\d{6}$/;
const CHUNK_TYPES = new Set(['markdown_text', 'task_update', 'plan_update', 'blocks']);
const TASK_STATUSES = new Set(['pending', 'in_progress', 'complete', 'error']);

type Chunk = Record<string, unknown> & { type: string };

/** `chunks` as Slack checks them: an array of objects of a known chunk type with their fields. */
function readChunks(value: unknown): Chunk[] | 'invalid' {
  if (value === undefined || value === '') return [];
  if (!Array.isArray(value) || !value.every(isRecord)) return 'invalid';
  for (const chunk of value) {
    const type = chunk.type;
    if (typeof type !== 'string' || !CHUNK_TYPES.has(type)) return 'invalid';
    if (type === 'markdown_text' && typeof chunk.text !== 'string') return 'invalid';
    if (type === 'task_update') {
      if (typeof chunk.id !== 'string' || typeof chunk.title !== 'string') return 'invalid';
      if (!TASK_STATUSES.has(String(chunk.status))) return 'invalid';
    }
    if (type === 'plan_update' && typeof chunk.title !== 'string') return 'invalid';
    if (type === 'blocks' && !Array.isArray(chunk.blocks)) return 'invalid';
  }
  return value as Chunk[];
}

/** The content of one start/append/stop call: `markdown_text` plus `chunks`, validated. */
function readStreamContent(args: Record<string, unknown>): Chunk[] | MethodResult {
  const chunks = readChunks(args.chunks);
  if (chunks === 'invalid') return fail('invalid_chunks');
  const markdown = str(args, 'markdown_text');
  const all: Chunk[] = markdown ? [{ type: 'markdown_text', text: markdown }, ...chunks] : chunks;
  for (const chunk of all) {
    if (chunk.type === 'markdown_text' && String(chunk.text).length > MAX_MARKDOWN)
      return fail('msg_too_long');
  }
  return all;
}

/** Applies chunks to the stored message; a revision is kept when anything visible changed. */
function applyChunks(state: SimState, message: SimMessage, chunks: Chunk[]): void {
  if (!chunks.length) return;
  message.history.push({
    text: message.text,
    replacedAt: state.ts.next(),
    ...(message.blocks ? { blocks: message.blocks } : {}),
  });
  for (const chunk of chunks) {
    if (chunk.type === 'markdown_text') message.text += String(chunk.text);
    if (chunk.type === 'task_update') {
      message.tasks ??= [];
      const tasks = message.tasks;
      const task = { id: String(chunk.id), title: String(chunk.title), status: String(chunk.status) };
      const at = tasks.findIndex((t) => t.id === task.id);
      if (at >= 0) tasks[at] = task;
      else tasks.push(task);
    }
    if (chunk.type === 'blocks')
      message.blocks = [...(message.blocks ?? []), ...(chunk.blocks as SimBlock[])];
  }
}

/**
 * What appendStream and stopStream share: the scope, the app's message still streaming at
 * `channel` + `ts`, and the call's content; or the error Slack gives for the first that fails.
 */
function streamCall({ state, args, grant }: MethodContext) {
  const denied = scopeCheck(grant, ['chat:write']);
  if (denied) return denied;
  const target = ownMessage(state, args, grant, 'message_not_owned_by_app');
  if ('ok' in target) return target;
  const { message } = target;
  if (
    message.streaming_state === 'in_progress' &&
    message.stream_started_at !== undefined &&
    state.now() - message.stream_started_at > STREAM_LIFETIME_MS
  ) {
    message.streaming_state = 'completed';
  }
  if (message.streaming_state !== 'in_progress') return fail('message_not_in_streaming_state');
  const content = readStreamContent(args);
  if (!Array.isArray(content)) return content;
  return { ...target, content };
}

/** The thread's live status goes away once the app replies in it, as in Slack's client. */
function clearStatus(state: SimState, channel: string, threadTs: string | undefined): void {
  if (threadTs) state.threadStatus.delete(`${channel}:${threadTs}`);
}

const startStream: MethodHandler = ({ state, args, grant }) => {
  const denied = scopeCheck(grant, ['chat:write']);
  if (denied) return denied;
  const channel = state.resolveChannel(str(args, 'channel') ?? '');
  if (!channel) return fail('channel_not_found');
  // "Required when streaming to channels": the stream is shown to one recipient while it runs.
  const teamId = str(args, 'recipient_team_id');
  const userId = str(args, 'recipient_user_id');
  if (!channel.isIm && !teamId) return fail('missing_recipient_team_id');
  if (!channel.isIm && !userId) return fail('missing_recipient_user_id');
  if (userId && !state.users.has(userId)) return fail('user_not_found');
  if (teamId && teamId !== state.workspace.teamId) return fail('team_not_found');
  const threadTs = str(args, 'thread_ts');
  if (threadTs && !TS_FORMAT.test(threadTs)) return fail('invalid_thread_ts');
  const content = readStreamContent(args);
  if (!Array.isArray(content)) return content;
  const message = postAppMessage(state, grant, channel.id, threadTs, {
    streaming_state: 'in_progress',
    stream_started_at: state.now(),
    ...(userId ? { recipient: { teamId: teamId ?? state.workspace.teamId, userId } } : {}),
  });
  applyChunks(state, message, content);
  // The opening content is the first version, not an edit.
  message.history.length = 0;
  clearStatus(state, channel.id, threadTs);
  return { ok: true, channel: channel.id, ts: message.ts };
};

const appendStream: MethodHandler = (ctx) => {
  const call = streamCall(ctx);
  if ('ok' in call) return call;
  if (!call.content.length)
    return fail('invalid_arguments', ['[ERROR] either markdown_text or chunks is required']);
  applyChunks(ctx.state, call.message, call.content);
  return { ok: true, channel: call.channel.id, ts: call.message.ts };
};

const stopStream: MethodHandler = (ctx) => {
  const { state, args } = ctx;
  const call = streamCall(ctx);
  if ('ok' in call) return call;
  const { message, content } = call;
  const checked = checkBlocks(args.blocks, MAX_MESSAGE_BLOCKS);
  if (!checked.ok) return fail(checked.error);
  const blocks = checked.blocks ?? [];
  if ((message.blocks?.length ?? 0) + blocks.length > MAX_MESSAGE_BLOCKS) return fail('invalid_blocks');
  // "A list of blocks that will be rendered at the bottom of the finalized message."
  applyChunks(state, message, blocks.length ? [...content, { type: 'blocks', blocks }] : content);
  message.streaming_state = 'completed';
  clearStatus(state, message.channel, message.thread_ts);
  return {
    ok: true,
    channel: call.channel.id,
    ts: message.ts,
    message: { ...wireMessage(state, message), streaming_state: 'completed' },
  };
};

/** The assistant.threads.* methods take `channel_id` + `thread_ts` of an existing thread. */
function threadOf(state: SimState, args: Record<string, unknown>) {
  const channel = state.channels.get(str(args, 'channel_id') ?? '');
  if (!channel) return fail('channel_not_found');
  // Users' messages reach the app as events and are not stored here: only the ts format is checked.
  const threadTs = str(args, 'thread_ts') ?? '';
  if (!TS_FORMAT.test(threadTs)) return fail('invalid_thread_ts');
  return { channel: channel.id, threadTs };
}

function record(state: SimState, event: SimThreadEvent): void {
  state.threadEvents.push(event);
}

/** Accepts `assistant:write` or `chat:write` ("for the time being", per the method pages). */
const ASSISTANT_SCOPES = ['assistant:write', 'chat:write'];

const setStatus: MethodHandler = ({ state, args, grant }) => {
  const denied = scopeCheck(grant, ASSISTANT_SCOPES);
  if (denied) return denied;
  const thread = threadOf(state, args);
  if ('ok' in thread) return thread;
  const status = str(args, 'status');
  if (status === undefined) return fail('invalid_arguments', ['[ERROR] missing required field: status']);
  const loading = args.loading_messages;
  if (loading !== undefined && loading !== '') {
    if (!Array.isArray(loading) || !loading.every((m) => typeof m === 'string'))
      return fail('invalid_arguments', ['[ERROR] loading_messages must be an array of strings']);
    if (loading.length > MAX_LOADING_MESSAGES)
      return fail('invalid_arguments', ['[ERROR] loading_messages: no more than 10 items allowed']);
  }
  const key = `${thread.channel}:${thread.threadTs}`;
  // An empty status clears it.
  if (status === '') state.threadStatus.delete(key);
  else state.threadStatus.set(key, status);
  record(state, {
    method: 'assistant.threads.setStatus',
    channel: thread.channel,
    threadTs: thread.threadTs,
    status,
    ...(Array.isArray(loading) ? { loadingMessages: loading as string[] } : {}),
  });
  return { ok: true };
};

export const ASSISTANT_METHODS: Record<string, MethodHandler> = {
  'chat.startStream': startStream,
  'chat.appendStream': appendStream,
  'chat.stopStream': stopStream,
  'assistant.threads.setStatus': setStatus,
};
