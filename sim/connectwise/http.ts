/**
 * Wire helpers of the ConnectWise simulator: JSON replies, ConnectWise's error body
 * (`{code, message, errors?}`, the swagger's `Error` definition) and the credential checks.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CwValidationError } from './patch.ts';
import type { CwCredentials, RecordedCall } from './types.ts';

/** Version reported in the `api-current-version` response header (what the PowerShell client reads). */
export const API_CURRENT_VERSION = '2022.1';

/** A handler's answer; the server serialises it and records the status. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

/** ConnectWise's error body: `{ code, message }` plus `errors` (ValidationError[]) for invalid objects. */
export function cwError(status: number, code: string, message: string, errors?: CwValidationError[]): Reply {
  return json(status, errors ? { code, message, errors } : { code, message });
}

export function notFound(message: string): Reply {
  return cwError(404, 'NotFound', message);
}

/** 400 for malformed input (bad JSON, bad query parameters, bad conditions, bad patch document). */
export function badRequest(message: string): Reply {
  return cwError(400, 'BadRequest', message);
}

/**
 * 400 for a well-formed body that fails validation, as ConnectWise reports it: `InvalidObject` with
 * one `ValidationError` per field, e.g. `Service Status 17 not found for Service Board 21` on `status/id`.
 */
export function invalidObject(resource: string, errors: CwValidationError[]): Reply {
  return cwError(400, 'InvalidObject', `${resource} object is invalid`, errors);
}

export function validation(resource: string, code: string, field: string, message: string): Reply {
  return invalidObject(resource, [{ code, message, resource, field }]);
}

export function send(res: ServerResponse, reply: Reply, call: RecordedCall): void {
  if (res.destroyed) return;
  call.status = reply.status;
  const headers: Record<string, string> = { 'api-current-version': API_CURRENT_VERSION, ...reply.headers };
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

/** JSON when it parses, else the raw text (so tests can see what was sent); `undefined` when empty. */
export function parseBody(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

export function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** `Basic base64("{companyId}+{publicKey}:{privateKey}")`. */
export function basicAuthorization({ companyId, publicKey, privateKey }: CwCredentials): string {
  return `Basic ${Buffer.from(`${companyId}+${publicKey}:${privateKey}`, 'utf8').toString('base64')}`;
}

/**
 * Checks `Authorization` (401 `Unauthorized` when absent or not the configured member's keys; the
 * company part is compared case-insensitively, as login company ids are) and then the `clientId`
 * header. ConnectWise documents clientId as "a required header that must be included with all API
 * Requests" (https://developer.connectwise.com/ClientID) but not the exact failure; integrators
 * report a 400 mentioning `clientId` (https://mspvectis.com/docs/connectwise), so that is what this answers.
 */
export function checkCredentials(
  headers: Record<string, string>,
  expected: CwCredentials,
): Reply | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headers.authorization ?? '');
  const decoded = match ? Buffer.from(match[1] as string, 'base64').toString('utf8') : '';
  const plus = decoded.indexOf('+');
  const colon = decoded.indexOf(':', plus + 1);
  const ok =
    plus > 0 &&
    colon > plus &&
    decoded.slice(0, plus).toLowerCase() === expected.companyId.toLowerCase() &&
    decoded.slice(plus + 1, colon) === expected.publicKey &&
    decoded.slice(colon + 1) === expected.privateKey;
  if (!ok) {
    return cwError(401, 'Unauthorized', 'Authentication failed: invalid company, public key or private key');
  }
  if (!headers.clientid?.trim()) {
    return badRequest(
      'A clientId header is required on every request (https://developer.connectwise.com/ClientID)',
    );
  }
  return undefined;
}
