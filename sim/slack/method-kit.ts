import type { IncomingHttpHeaders } from 'node:http';
import type { SimState, TokenGrant } from './state.ts';
import type { SimBlock } from './types.ts';

/** What a Web API method handler gets: decoded arguments and the authenticated installation. */
export interface MethodContext {
  state: SimState;
  args: Record<string, unknown>;
  /** The grant behind the presented token; absent only for methods that need no token. */
  grant: TokenGrant | undefined;
  headers: IncomingHttpHeaders;
}

/** A Web API response body: always a JSON object with boolean `ok`. */
export type MethodResult = { ok: boolean } & Record<string, unknown>;

export type MethodHandler = (ctx: MethodContext) => MethodResult;

/**
 * Web API errors are HTTP 200 with `{ok:false, error}`; `invalid_arguments` carries details in
 * `response_metadata.messages` (e.g. "[ERROR] missing required field: trigger_id").
 */
export function fail(error: string, messages?: string[]): MethodResult {
  return messages ? { ok: false, error, response_metadata: { messages } } : { ok: false, error };
}

/** A scalar argument as a string (form values are strings already; JSON bodies may carry numbers). */
export function str(args: Record<string, unknown>, name: string): string | undefined {
  const value = args[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Arguments the API documents as "JSON-encoded string" in form bodies (objects in JSON bodies). */
export const JSON_ARGS = [
  'blocks',
  'attachments',
  'view',
  'loading_messages',
  'metadata',
  'chunks',
  'prompts',
] as const;

/** Block Kit limits: 50 blocks per message, 100 per modal or Home tab. */
export const MAX_MESSAGE_BLOCKS = 50;
export const MAX_VIEW_BLOCKS = 100;

export type BlocksCheck = { ok: true; blocks: SimBlock[] | undefined } | { ok: false; error: string };

/**
 * Minimal Block Kit check: absent is fine; an undecodable string is `invalid_blocks_format`; anything
 * but an array of objects with a string `type` (or more than `max` of them) is `invalid_blocks`.
 */
export function checkBlocks(value: unknown, max: number): BlocksCheck {
  if (value === undefined || value === null || value === '') return { ok: true, blocks: undefined };
  if (typeof value === 'string') return { ok: false, error: 'invalid_blocks_format' };
  if (!Array.isArray(value) || value.length > max) return { ok: false, error: 'invalid_blocks' };
  for (const block of value) {
    if (typeof block !== 'object' || block === null || Array.isArray(block)) {
      return { ok: false, error: 'invalid_blocks' };
    }
    if (typeof (block as { type?: unknown }).type !== 'string') return { ok: false, error: 'invalid_blocks' };
  }
  return { ok: true, blocks: value as SimBlock[] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the token carries one of `scopes`; Slack answers `missing_scope` with needed/provided otherwise. */
export function scopeCheck(grant: TokenGrant | undefined, scopes: string[]): MethodResult | undefined {
  const held = new Set((grant?.scope ?? '').split(',').map((s) => s.trim()));
  if (scopes.some((s) => held.has(s))) return undefined;
  return { ok: false, error: 'missing_scope', needed: scopes.join(','), provided: grant?.scope ?? '' };
}
