import { randomInt } from 'node:crypto';
import type { ContentBlock, Message, MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages';
import type { CacheUsage } from './cache.ts';
import { estimateOutputTokens } from './tokens.ts';
import type { SimContentBlock, SimReply, SimRequest } from './types.ts';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** IDs shaped like the API's (`msg_…`, `toolu_…`, `req_…`): a prefix plus 24 base62 characters. */
export function newId(prefix: 'msg_' | 'toolu_' | 'req_'): string {
  let id = `${prefix}01`;
  for (let i = 0; i < 22; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}

/** Error `type` the API uses for each HTTP status (see the API's "HTTP errors" table). */
export const ERROR_TYPE_BY_STATUS: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

export const DEFAULT_ERROR_MESSAGE: Record<string, string> = {
  invalid_request_error: 'Invalid request',
  authentication_error: 'invalid x-api-key',
  rate_limit_error: 'Number of request tokens has exceeded your per-minute rate limit',
  api_error: 'Internal server error',
  overloaded_error: 'Overloaded',
};

/** Error envelope: `{type:'error', error:{type, message}, request_id}`. */
export function errorBody(type: string, message: string, requestId: string) {
  return { type: 'error', error: { type, message }, request_id: requestId };
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .filter((b): b is { type: 'text'; text: string } => b?.type === 'text' && typeof b.text === 'string')
    .map((b) => b.text)
    .join('\n');
}

/** Default reply: one text block echoing the last user message, so unscripted tests still get a turn. */
export function echoReply(request: SimRequest): SimReply {
  const lastUser = request.body.messages.findLast((m) => m.role === 'user');
  const text = lastUser ? textOf(lastUser.content) : '';
  return { kind: 'message', content: [{ type: 'text', text: `Echo: ${text || '(no text)'}` }] };
}

function toContentBlock(block: SimContentBlock): ContentBlock {
  if (block.type === 'text') return { type: 'text', text: block.text, citations: null };
  // Client tools are invoked by the model directly, which the API reports as caller {type:'direct'}.
  return {
    type: 'tool_use',
    id: block.id ?? newId('toolu_'),
    name: block.name,
    input: block.input,
    caller: { type: 'direct' },
  };
}

/** Filler for a mid-stream failure that did not script its own blocks. */
export function fillerBlocks(count: number): SimContentBlock[] {
  return Array.from({ length: count }, (_, i) => ({
    type: 'text',
    text: `Partial block ${i + 1} before failure.`,
  }));
}

/** Builds the complete Message object (the non-streaming body, and the source for stream events). */
export function buildMessage(
  body: MessageCreateParamsBase,
  content: SimContentBlock[],
  stopReason: 'end_turn' | 'tool_use' | 'max_tokens' | undefined,
  usage: CacheUsage,
): Message {
  return {
    id: newId('msg_'),
    type: 'message',
    role: 'assistant',
    model: body.model,
    content: content.map(toContentBlock),
    stop_reason: stopReason ?? (content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn'),
    stop_sequence: null,
    stop_details: null,
    container: null,
    diagnostics: null,
    usage: {
      ...usage,
      output_tokens: estimateOutputTokens(content),
      inference_geo: 'not_available',
      output_tokens_details: null,
      server_tool_use: null,
      service_tier: 'standard',
      speed: 'standard',
    },
  };
}

/**
 * Minimal body validation; returns the API-style message for the first problem found.
 * `count_tokens` takes the same body minus `max_tokens`.
 */
export function validateBody(
  body: Partial<MessageCreateParamsBase> | null,
  countOnly = false,
): string | null {
  if (body === null) return 'request body must be a JSON object';
  if (body.model === undefined) return 'model: Field required';
  if (typeof body.model !== 'string' || body.model.length === 0) {
    return 'model: Input should be a valid string';
  }
  const maxTokens = body.max_tokens;
  if (!countOnly && maxTokens === undefined) return 'max_tokens: Field required';
  if (!countOnly && (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens) || maxTokens < 1)) {
    return 'max_tokens: Input should be a valid integer greater than or equal to 1';
  }
  if (body.messages === undefined) return 'messages: Field required';
  if (!Array.isArray(body.messages)) return 'messages: Input should be a valid list';
  if (body.messages.length === 0) return 'messages: at least one message is required';
  return validateTools(body);
}

/**
 * Client tools need a name and an object `input_schema`, and a forced `tool_choice` must name one
 * of them: the API answers 400 invalid_request_error otherwise, and a test should fail the same way.
 */
function validateTools(body: Partial<MessageCreateParamsBase>): string | null {
  const tools: unknown = body.tools;
  if (tools !== undefined && !Array.isArray(tools)) return 'tools: Input should be a valid list';
  const names = new Set<string>();
  for (const [i, tool] of ((tools as unknown[] | undefined) ?? []).entries()) {
    if (typeof tool !== 'object' || tool === null) return `tools.${i}: Input should be a valid dictionary`;
    const { name, type, input_schema: schema } = tool as Record<string, unknown>;
    if (typeof name !== 'string' || !/^[a-zA-Z0-9_-]{1,128}$/.test(name)) {
      return `tools.${i}.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'`;
    }
    // Server tools (web search, code execution …) carry a versioned `type` and no schema.
    const custom = type === undefined || type === 'custom';
    const schemaType = (schema as { type?: unknown } | undefined)?.type;
    if (custom && (typeof schema !== 'object' || schema === null || schemaType !== 'object')) {
      return `tools.${i}.custom.input_schema: input_schema must be a JSON schema of type 'object'`;
    }
    names.add(name);
  }
  const choice = body.tool_choice as { type?: unknown; name?: unknown } | undefined;
  if (choice?.type === 'tool' && !names.has(String(choice.name))) {
    return `tool_choice: Tool '${String(choice.name)}' not found in provided tools`;
  }
  return null;
}
