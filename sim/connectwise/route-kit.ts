/** Shared plumbing for the simulator's endpoint handlers: request context, route table, list replies. */
import { badRequest, json, type Reply } from './http.ts';
import {
  applyOrderBy,
  ConditionsError,
  conditionFilter,
  paginate,
  paginateForwardOnly,
  projectFields,
  QueryError,
} from './query.ts';
import type { SimStore } from './state.ts';

export interface Ctx {
  store: SimStore;
  method: string;
  /** Path relative to the API base. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  /** Absolute URL of this path without query (base of `Link` URLs). */
  selfUrl: string;
  /** Consumes a queued `'status_not_applied'` fault for this request, if one matches. */
  takeStatusNotApplied(): boolean;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH';
  pattern: RegExp;
  handle(ctx: Ctx, params: string[]): Reply;
}

/** Runs `fn`, turning query problems into ConnectWise 400 replies. */
function guarded(fn: () => Reply): Reply {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ConditionsError) return badRequest(`Invalid conditions: ${error.message}`);
    if (error instanceof QueryError) return badRequest(error.message);
    throw error;
  }
}

/**
 * A collection GET: `conditions` → `orderBy` → pagination (navigable, or forward-only when the
 * `pagination-type: forward-only` header is sent) → `fields`. The body is a bare JSON array.
 */
export function listReply<T extends { id: number }>(ctx: Ctx, records: T[]): Reply {
  return guarded(() => {
    const keep = conditionFilter(ctx.query.get('conditions'));
    const filtered = records.filter(keep);
    const forwardOnly = ctx.headers['pagination-type']?.toLowerCase() === 'forward-only';
    const page = forwardOnly
      ? paginateForwardOnly(filtered, ctx.query, ctx.selfUrl)
      : paginate(applyOrderBy(filtered, ctx.query.get('orderBy')), ctx.query, ctx.selfUrl);
    const fields = ctx.query.get('fields');
    const body = page.items.map((item) => projectFields(item, fields));
    return json(200, body, page.link ? { link: page.link } : undefined);
  });
}

/** `GET …/count`: `{count}` of the records matching `conditions`. */
export function countReply(ctx: Ctx, records: unknown[]): Reply {
  return guarded(() => {
    const keep = conditionFilter(ctx.query.get('conditions'));
    return json(200, { count: records.filter(keep).length });
  });
}

/** A single-record GET with `fields` applied. */
export function recordReply(ctx: Ctx, record: unknown): Reply {
  return json(200, projectFields(record, ctx.query.get('fields')));
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{id}` / `{name}` / `{identifier}` reference in a request body → lookup key. */
export function refKeyOf(value: unknown): string | number | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.id === 'number') return value.id;
  if (typeof value.identifier === 'string') return value.identifier;
  if (typeof value.name === 'string') return value.name;
  return undefined;
}

/** Deep copy for replies, so later mutations of stored records do not leak into recorded bodies. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}
