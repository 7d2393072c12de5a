import type { ContentBlock, Message, RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';

/**
 * Server-sent-event encoding of a Message, in the order the Messages API streams it:
 * `message_start` (message with empty content, null stop_reason, input usage) → per block
 * `content_block_start` / one or more `content_block_delta` / `content_block_stop` → `message_delta`
 * (stop_reason + cumulative usage) → `message_stop`. A `ping` keep-alive is interleaved where
 * recorded real streams put it: right after the first `content_block_start` (or after
 * `message_start` when there are no blocks). Errors after the 200 arrive as `event: error`.
 */

/** Keep-alive the API interleaves; the SDK drops it before yielding events. */
export interface PingEvent {
  type: 'ping';
}

/** In-stream failure frame; the SDK turns it into a thrown `APIError`. */
export interface StreamErrorEvent {
  type: 'error';
  error: { type: string; message: string };
}

export type SimStreamEvent = RawMessageStreamEvent | PingEvent | StreamErrorEvent;

/** One SSE frame: `event: <type>\ndata: <json>\n\n` — the event name always equals `data.type`. */
export function sseFrame(event: SimStreamEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** Splits a string into up to `parts` non-empty chunks, as the API streams text in fragments. */
export function splitChunks(text: string, parts = 3): string[] {
  if (text.length === 0) return [];
  const size = Math.ceil(text.length / parts);
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks;
}

function blockEvents(block: ContentBlock, index: number): RawMessageStreamEvent[] {
  const events: RawMessageStreamEvent[] = [];
  if (block.type === 'text') {
    events.push({ type: 'content_block_start', index, content_block: { ...block, text: '' } });
    for (const text of splitChunks(block.text)) {
      events.push({ type: 'content_block_delta', index, delta: { type: 'text_delta', text } });
    }
  } else if (block.type === 'tool_use') {
    // tool_use starts with `input: {}`; the input then arrives as `input_json_delta.partial_json`
    // fragments (the first one empty, as in recorded streams) that concatenate to the JSON input.
    events.push({ type: 'content_block_start', index, content_block: { ...block, input: {} } });
    for (const partial_json of ['', ...splitChunks(JSON.stringify(block.input))]) {
      events.push({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json } });
    }
  } else {
    throw new Error(`simulator cannot stream content block type ${block.type}`);
  }
  events.push({ type: 'content_block_stop', index });
  return events;
}

/** The complete event sequence for a finished message (including one `ping`). */
export function messageEvents(message: Message): SimStreamEvent[] {
  const { usage } = message;
  const events: SimStreamEvent[] = [
    {
      type: 'message_start',
      // message_start carries input-side usage; output_tokens is a small placeholder there and the
      // final count arrives in message_delta.
      message: {
        ...message,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { ...usage, output_tokens: 1 },
      },
    },
  ];
  message.content.forEach((block, index) => {
    const perBlock: SimStreamEvent[] = blockEvents(block, index);
    if (index === 0) perBlock.splice(1, 0, { type: 'ping' });
    events.push(...perBlock);
  });
  if (message.content.length === 0) events.push({ type: 'ping' });
  events.push(
    {
      type: 'message_delta',
      delta: {
        stop_reason: message.stop_reason,
        stop_sequence: message.stop_sequence,
        stop_details: null,
        container: null,
      },
      // message_delta usage counters are cumulative totals for the whole message.
      usage: {
        output_tokens: usage.output_tokens,
        input_tokens: usage.input_tokens,
        cache_creation_input_tokens: usage.cache_creation_input_tokens,
        cache_read_input_tokens: usage.cache_read_input_tokens,
        output_tokens_details: null,
        server_tool_use: null,
      },
    },
    { type: 'message_stop' },
  );
  return events;
}

/**
 * Events for a stream that fails after `afterBlocks` complete blocks: the normal prefix, cut just
 * before the next block would start, followed by an `error` frame.
 */
export function midstreamErrorEvents(
  message: Message,
  afterBlocks: number,
  errorType: string,
): SimStreamEvent[] {
  const all = messageEvents(message);
  let cut = all.findIndex(
    (e) => e.type === 'message_delta' || (e.type === 'content_block_start' && e.index >= afterBlocks),
  );
  if (cut === -1) cut = all.length;
  const message_ = errorType === 'overloaded_error' ? 'Overloaded' : 'Internal server error';
  return [...all.slice(0, cut), { type: 'error', error: { type: errorType, message: message_ } }];
}
