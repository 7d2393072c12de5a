import type { MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages';

/**
 * One content block a scripted reply should produce. Kept deliberately smaller than the SDK's
 * `ContentBlock` union: tests script text and client tool calls; the simulator fills in the
 * wire-only fields (`id`, `citations`, `caller`) so scripts stay short.
 */
export type SimContentBlock =
  | { type: 'text'; text: string }
  | { type: 'tool_use'; name: string; input: Record<string, unknown>; id?: string };

/** A successful assistant turn. `stopReason` defaults to `tool_use` when a tool_use block is present, else `end_turn`. */
export interface SimMessageReply {
  kind: 'message';
  content: SimContentBlock[];
  stopReason?: 'end_turn' | 'tool_use' | 'max_tokens';
  /** Latency before the first response byte, so benchmarks can model slow turns. */
  delayMs?: number;
}

/**
 * An HTTP error returned before any body is streamed. The body is the API's error envelope
 * `{type:'error', error:{type, message}, request_id}`; `errorType` defaults from the status
 * (400 invalid_request_error, 401 authentication_error, 429 rate_limit_error, 500 api_error,
 * 529 overloaded_error).
 */
export interface SimErrorReply {
  kind: 'error';
  status: 429 | 529 | 500 | 400 | 401;
  errorType?: string;
  message?: string;
  /** Sent as the standard `retry-after` header (seconds). The real API always sends it on 429. */
  retryAfterSeconds?: number;
  /**
   * Sent as `retry-after-ms`, which the SDK prefers over `retry-after`. When neither retry field
   * is given, retryable statuses (429/5xx) get a small default so SDK retries stay fast in tests.
   */
  retryAfterMs?: number;
  delayMs?: number;
}

/**
 * A stream that starts with HTTP 200, emits `message_start` and `afterBlocks` complete content
 * blocks, then an SSE `event: error` frame and closes — the failure mode the docs warn about
 * ("errors can occur after returning a 200 response"). Sent to a non-streaming request it
 * degrades to a plain HTTP 529/500 error, as the status is not yet committed there.
 */
export interface SimMidstreamErrorReply {
  kind: 'midstream-error';
  afterBlocks: number;
  errorType?: 'overloaded_error' | 'api_error';
  /** Blocks streamed before the failure; defaults to `afterBlocks` filler text blocks. */
  content?: SimContentBlock[];
}

export type SimReply = SimMessageReply | SimErrorReply | SimMidstreamErrorReply;

/** Every request the simulator received (including rejected ones), for test assertions. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** Lower-cased header names, as node:http delivers them. */
  headers: Record<string, string>;
  /** Parsed JSON body, or `null` when the body was absent or not a JSON object. */
  body: Partial<MessageCreateParamsBase> | null;
  receivedAt: number;
}

/** A request that passed auth and validation; what `setDefaultReply` callbacks receive. */
export interface SimRequest extends RecordedRequest {
  body: MessageCreateParamsBase;
}

export interface AnthropicSimulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Prefix length (estimated tokens) below which a breakpoint is silently not cached. Default 1024. */
  minCacheableTokens?: number;
  /** When set, only this key is accepted; otherwise any non-empty key is. */
  apiKey?: string;
  /** Clock for cache TTLs (ms since epoch); inject one to test expiry without waiting. */
  now?: () => number;
}

/** Handle returned by `startAnthropicSimulator`. */
export interface AnthropicSimulator {
  /** Base URL to pass as the SDK's `baseURL` (no trailing slash, no `/v1`). */
  readonly url: string;
  /** Every received request in arrival order; cleared (in place) by `reset()`. */
  readonly requests: RecordedRequest[];
  /** Replies still queued. */
  readonly pendingReplies: number;
  /** Queue replies for the next valid `/v1/messages` requests, in order. */
  enqueue(...replies: SimReply[]): void;
  /** Reply used when the queue is empty. Default: a text block echoing the last user message. */
  setDefaultReply(fn: (request: SimRequest) => SimReply): void;
  /** Clears queue, recorded requests and prompt cache, and restores the echo default reply. */
  reset(): void;
  close(): Promise<void>;
}
