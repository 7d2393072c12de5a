import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages';
import { assertBreakpointLimit, CacheControlError, estimatePromptTokens, PromptCache } from './cache.ts';
import {
  buildMessage,
  DEFAULT_ERROR_MESSAGE,
  ERROR_TYPE_BY_STATUS,
  echoReply,
  errorBody,
  fillerBlocks,
  newId,
  validateBody,
} from './reply.ts';
import { messageEvents, midstreamErrorEvents, type SimStreamEvent, sseFrame } from './sse.ts';
import type {
  AnthropicSimulator,
  AnthropicSimulatorOptions,
  RecordedRequest,
  SimErrorReply,
  SimReply,
  SimRequest,
} from './types.ts';

/** `retry-after-ms` sent on retryable errors that script no retry timing: keeps SDK retries ~instant. */
const DEFAULT_RETRY_AFTER_MS = 5;

interface Exchange {
  res: ServerResponse;
  requestId: string;
}

function sendJson(
  { res, requestId }: Exchange,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
) {
  if (res.destroyed) return;
  // Every API response carries a `request-id` header (the SDK exposes it as `_request_id`/`requestID`).
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId, ...extra });
  res.end(JSON.stringify(body));
}

function sendApiError(
  ex: Exchange,
  status: number,
  message?: string,
  type?: string,
  extra?: Record<string, string>,
) {
  const errorType = type ?? ERROR_TYPE_BY_STATUS[status] ?? 'api_error';
  const text = message ?? DEFAULT_ERROR_MESSAGE[errorType] ?? errorType;
  sendJson(ex, status, errorBody(errorType, text, ex.requestId), extra);
}

function sendScriptedError(ex: Exchange, reply: SimErrorReply) {
  const headers: Record<string, string> = {};
  if (reply.retryAfterSeconds !== undefined) headers['retry-after'] = String(reply.retryAfterSeconds);
  if (reply.retryAfterMs !== undefined) headers['retry-after-ms'] = String(reply.retryAfterMs);
  const retryable = reply.status === 429 || reply.status >= 500;
  if (retryable && reply.retryAfterSeconds === undefined && reply.retryAfterMs === undefined) {
    headers['retry-after-ms'] = String(DEFAULT_RETRY_AFTER_MS);
    // The real API always tells a rate-limited client how long to wait.
    if (reply.status === 429) headers['retry-after'] = '1';
  }
  sendApiError(ex, reply.status, reply.message, reply.errorType, headers);
}

function sendStream({ res, requestId }: Exchange, events: SimStreamEvent[]) {
  if (res.destroyed) return;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'request-id': requestId,
  });
  for (const event of events) res.write(sseFrame(event));
  res.end();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseObject(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * The API key a request presents. The API documents `x-api-key`; SDK 1.x sends the key as
 * `Authorization: Bearer <key>` instead, so both are accepted.
 */
function presentedKey(headers: Record<string, string>): string {
  const direct = headers['x-api-key']?.trim();
  if (direct) return direct;
  const match = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '');
  return match?.[1]?.trim() ?? '';
}

/**
 * Starts a local stand-in for the Anthropic Messages API on 127.0.0.1, so tests and benchmarks can
 * drive the real `@anthropic-ai/sdk` (constructed with `baseURL: sim.url`) without network, cost or
 * flakiness, while still exercising its real retry, streaming and error-mapping code paths.
 * Responses are scripted with `enqueue`/`setDefaultReply`; usage (including prompt-cache reads and
 * writes) is computed from what was actually sent.
 */
export async function startAnthropicSimulator(
  options: AnthropicSimulatorOptions = {},
): Promise<AnthropicSimulator> {
  const now = options.now ?? Date.now;
  const cache = new PromptCache(options.minCacheableTokens ?? 1024, now);
  const requests: RecordedRequest[] = [];
  const queue: SimReply[] = [];
  let defaultReply: (request: SimRequest) => SimReply = echoReply;

  async function handleMessages(ex: Exchange, recorded: RecordedRequest, countOnly: boolean) {
    const key = presentedKey(recorded.headers);
    if (!key) return sendApiError(ex, 401, 'x-api-key header is required');
    if (options.apiKey !== undefined && key !== options.apiKey) {
      return sendApiError(ex, 401, 'invalid x-api-key');
    }
    // The real API answers a missing version header with 400 invalid_request_error, not 401.
    if (!recorded.headers['anthropic-version']) {
      return sendApiError(ex, 400, 'anthropic-version: header is required');
    }
    const problem = validateBody(recorded.body, countOnly);
    if (problem) return sendApiError(ex, 400, problem);
    const body = recorded.body as MessageCreateParamsBase;
    try {
      assertBreakpointLimit(body);
    } catch (error) {
      if (error instanceof CacheControlError) return sendApiError(ex, 400, error.message);
      throw error;
    }
    if (countOnly) return sendJson(ex, 200, { input_tokens: estimatePromptTokens(body) });

    const reply = queue.shift() ?? defaultReply({ ...recorded, body });
    const delayMs = reply.kind === 'midstream-error' ? 0 : (reply.delayMs ?? 0);
    if (delayMs > 0) await sleep(delayMs);
    const streaming = body.stream === true;

    if (reply.kind === 'error') return sendScriptedError(ex, reply);
    if (reply.kind === 'midstream-error') {
      const errorType = reply.errorType ?? 'overloaded_error';
      if (!streaming) {
        return sendApiError(ex, errorType === 'overloaded_error' ? 529 : 500, undefined, errorType);
      }
      const content = reply.content ?? fillerBlocks(reply.afterBlocks);
      const message = buildMessage(body, content, undefined, cache.account(body));
      return sendStream(ex, midstreamErrorEvents(message, reply.afterBlocks, errorType));
    }
    const message = buildMessage(body, reply.content, reply.stopReason, cache.account(body));
    if (streaming) return sendStream(ex, messageEvents(message));
    return sendJson(ex, 200, message);
  }

  const server = createServer((req, res) => {
    const ex: Exchange = { res, requestId: newId('req_') };
    void (async () => {
      const raw = await readBody(req);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path,
        headers: flatHeaders(req),
        body: raw ? (parseObject(raw) as RecordedRequest['body']) : null,
        receivedAt: now(),
      };
      requests.push(recorded);
      if (req.method === 'POST' && (path === '/v1/messages' || path === '/v1/messages/count_tokens')) {
        if (raw && recorded.body === null) return sendApiError(ex, 400, 'request body is not valid JSON');
        return handleMessages(ex, recorded, path.endsWith('/count_tokens'));
      }
      return sendApiError(ex, 404, `${req.method} ${path} not found`, 'not_found_error');
    })().catch((error: unknown) => {
      if (!res.headersSent) sendApiError(ex, 500, `simulator failure: ${String(error)}`);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get pendingReplies() {
      return queue.length;
    },
    enqueue(...replies) {
      queue.push(...replies);
    },
    setDefaultReply(fn) {
      defaultReply = fn;
    },
    reset() {
      queue.length = 0;
      requests.length = 0;
      cache.clear();
      defaultReply = echoReply;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
