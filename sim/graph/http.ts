/**
 * Wire helpers of the Microsoft Graph simulator: replies, Graph's error body
 * (`{ error: { code, message, innerError: { date, request-id, client-request-id } } }`,
 * https://learn.microsoft.com/graph/errors) and the Entra ID token endpoint's error body
 * (`{ error, error_description, error_codes, timestamp, trace_id, correlation_id }`).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedCall, TokenErrorBody } from './types.ts';

/** A handler's answer; `raw` bodies are sent as bytes, anything else as JSON. */
export interface Reply {
  status: number;
  body?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

/** Graph error reply; `requestId` is echoed in `innerError` and the `request-id` header. */
export function graphError(status: number, code: string, message: string, nowIso: string): Reply {
  const requestId = randomUUID();
  return json(
    status,
    {
      error: {
        code,
        message,
        innerError: { date: nowIso.slice(0, 19), 'request-id': requestId, 'client-request-id': requestId },
      },
    },
    { 'request-id': requestId, 'client-request-id': requestId },
  );
}

export function itemNotFound(nowIso: string): Reply {
  return graphError(404, 'itemNotFound', 'The resource could not be found.', nowIso);
}

/** Entra ID (AADSTS) token endpoint error, e.g. 401 `invalid_client` AADSTS7000215. */
export function tokenError(status: number, error: string, code: number, text: string, nowIso: string): Reply {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = `${nowIso.slice(0, 10)} ${nowIso.slice(11, 19)}Z`;
  const body: TokenErrorBody = {
    error,
    error_description: `AADSTS${code}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
  };
  return json(status, body);
}

export function send(res: ServerResponse, reply: Reply, call: RecordedCall): void {
  if (res.destroyed) return;
  call.status = reply.status;
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.raw !== undefined) {
    res.writeHead(reply.status, { 'content-length': String(reply.raw.length), ...headers });
    res.end(reply.raw);
    return;
  }
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(reply.body));
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
