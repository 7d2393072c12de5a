/**
 * List query semantics shared by every collection endpoint: `conditions` evaluation against stored
 * records, `orderBy`, `fields` projection and `page`/`pageSize` pagination with the `Link` header.
 */
import { type ConditionNode, ConditionsError, type ConditionValue, parseConditions } from './conditions.ts';

/** `pageSize` when the request gives none, and the hard maximum (documented: 1,000 records). */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 1000;

/** Thrown for a bad list parameter; the server answers 400 with the message. */
export class QueryError extends Error {
  override name = 'QueryError';
}

type Json = Record<string, unknown>;

/**
 * Walks a `/`-separated path. A single name missing at the top level falls back to `_info`, so
 * `lastUpdated` / `dateEntered` / `updatedBy` resolve to `_info.lastUpdated` etc. as on the real API.
 */
export function resolveField(record: unknown, path: string[]): unknown {
  let current: unknown = record;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    const obj = current as Json;
    const key = Object.keys(obj).find((k) => k.toLowerCase() === segment.toLowerCase());
    current = key === undefined ? undefined : obj[key];
  }
  if (current === undefined && path.length === 1) {
    const info = (record as Json | null)?._info;
    if (info && typeof info === 'object') return resolveField(info, path);
  }
  return current;
}

const collator = new Intl.Collator('en', { sensitivity: 'accent' });

/** -1/0/1, or `undefined` when the two are not comparable (type mismatch). Strings compare case-insensitively. */
function compareTo(actual: unknown, expected: ConditionValue): number | undefined {
  if (expected.kind === 'null') return actual === undefined || actual === null ? 0 : undefined;
  if (actual === undefined || actual === null) return undefined;
  switch (expected.kind) {
    case 'datetime': {
      const ms = typeof actual === 'string' ? Date.parse(actual) : Number.NaN;
      return Number.isNaN(ms) ? undefined : Math.sign(ms - expected.value);
    }
    case 'number':
      return typeof actual === 'number' ? Math.sign(actual - expected.value) : undefined;
    case 'boolean':
      return typeof actual === 'boolean' ? (actual === expected.value ? 0 : 1) : undefined;
    case 'string':
      return typeof actual === 'string' || typeof actual === 'number'
        ? Math.sign(collator.compare(String(actual), expected.value))
        : undefined;
  }
}

/** `like` pattern: `*` (and SQL's `%`) match any run of characters; case-insensitive. */
function likeToRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/[*%]/)
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

function evaluateCompare(node: Extract<ConditionNode, { type: 'compare' }>, record: unknown): boolean {
  const actual = resolveField(record, node.field);
  const first = node.values[0] as ConditionValue;
  let result: boolean;
  switch (node.op) {
    case 'in':
      result = node.values.some((value) => compareTo(actual, value) === 0);
      break;
    case 'contains':
      result =
        typeof actual === 'string' &&
        actual.toLowerCase().includes(String((first as { value: string }).value).toLowerCase());
      break;
    case 'like':
      result = typeof actual === 'string' && likeToRegExp((first as { value: string }).value).test(actual);
      break;
    case '!=': {
      const cmp = compareTo(actual, first);
      result = cmp !== 0;
      break;
    }
    default: {
      const cmp = compareTo(actual, first);
      if (cmp === undefined) return false;
      result =
        node.op === '='
          ? cmp === 0
          : node.op === '<'
            ? cmp < 0
            : node.op === '<='
              ? cmp <= 0
              : node.op === '>'
                ? cmp > 0
                : cmp >= 0;
    }
  }
  return node.negated ? !result : result;
}

/** True when `record` satisfies the parsed condition. */
export function evaluate(node: ConditionNode, record: unknown): boolean {
  if (node.type === 'compare') return evaluateCompare(node, record);
  return node.type === 'and'
    ? evaluate(node.left, record) && evaluate(node.right, record)
    : evaluate(node.left, record) || evaluate(node.right, record);
}

function sortKey(value: unknown): number | string | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const ms = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(ms) ? value : ms;
  }
  return undefined;
}

/** Sorts by `orderBy` (`field [asc|desc], …`); without one, by `id` ascending. */
export function applyOrderBy<T>(records: T[], orderBy: string | null): T[] {
  const clauses = (orderBy?.trim() ? orderBy.split(',') : ['id asc']).map((clause) => {
    const match = /^\s*([A-Za-z_][\w/.]*)(?:\s+(asc|desc))?\s*$/i.exec(clause);
    if (!match) throw new QueryError(`Invalid orderBy clause '${clause.trim()}'`);
    return { path: (match[1] as string).split(/[/.]/), desc: match[2]?.toLowerCase() === 'desc' };
  });
  return [...records].sort((a, b) => {
    for (const { path, desc } of clauses) {
      const x = sortKey(resolveField(a, path));
      const y = sortKey(resolveField(b, path));
      if (x === y) continue;
      if (x === undefined) return desc ? 1 : -1;
      if (y === undefined) return desc ? -1 : 1;
      const cmp =
        typeof x === 'string' || typeof y === 'string' ? collator.compare(String(x), String(y)) : x - y;
      if (cmp !== 0) return desc ? -cmp : cmp;
    }
    return 0;
  });
}

/** `fields=id,summary,board/name`: keeps only those (nested) fields. */
export function projectFields(record: unknown, fields: string | null): unknown {
  if (!fields?.trim()) return record;
  const out: Json = {};
  for (const field of fields
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)) {
    const path = field.split(/[/.]/);
    const value = resolveField(record, path);
    if (value === undefined) continue;
    let target = out;
    for (const segment of path.slice(0, -1)) {
      target[segment] ??= {};
      target = target[segment] as Json;
    }
    target[path.at(-1) as string] = value;
  }
  return out;
}

/** Parses `conditions` (if any) into a predicate; {@link ConditionsError} propagates. */
export function conditionFilter(conditions: string | null): (record: unknown) => boolean {
  if (conditions === null) return () => true;
  const node = parseConditions(conditions);
  return (record) => evaluate(node, record);
}

function positiveInt(raw: string | null, name: string, fallback: number): number {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) {
    throw new QueryError(`${name} must be a positive integer`);
  }
  return Number(raw);
}

export interface Page<T> {
  items: T[];
  /** `Link` header value, or `undefined` when everything fits on one page. */
  link: string | undefined;
}

/**
 * Slices `records` for `page` (from 1) and `pageSize` (default 25, at most 1000; more is a 400).
 * The `Link` header follows what ConnectWise sends: absolute URLs ending in `&page=N`, with
 * `prev`/`first` from page 2 on and `next`/`last` while more pages follow.
 */
export function paginate<T>(records: T[], query: URLSearchParams, selfUrl: string): Page<T> {
  const page = positiveInt(query.get('page'), 'page', 1);
  const pageSize = positiveInt(query.get('pageSize'), 'pageSize', DEFAULT_PAGE_SIZE);
  if (pageSize > MAX_PAGE_SIZE) throw new QueryError(`pageSize cannot exceed ${MAX_PAGE_SIZE}`);
  const items = records.slice((page - 1) * pageSize, page * pageSize);
  const lastPage = Math.max(1, Math.ceil(records.length / pageSize));
  if (lastPage === 1 && page === 1) return { items, link: undefined };
  const kept = new URLSearchParams([...query].filter(([key]) => key !== 'page' && key !== 'pageSize'));
  kept.append('pageSize', String(pageSize));
  const href = (n: number) => `<${selfUrl}?${kept.toString().replace(/\+/g, '%20')}&page=${n}>`;
  const parts: string[] = [];
  if (page > 1) parts.push(`${href(Math.min(page - 1, lastPage))}; rel="prev"`, `${href(1)}; rel="first"`);
  if (page < lastPage) parts.push(`${href(page + 1)}; rel="next"`, `${href(lastPage)}; rel="last"`);
  return { items, link: parts.join(', ') };
}

/**
 * Forward-only pagination (request header `pagination-type: forward-only`): records with
 * `id > pageId` in id order, and a `Link` with only `rel="next"` (carrying the last id) while more follow.
 */
export function paginateForwardOnly<T extends { id: number }>(
  records: T[],
  query: URLSearchParams,
  selfUrl: string,
): Page<T> {
  const pageSize = positiveInt(query.get('pageSize'), 'pageSize', DEFAULT_PAGE_SIZE);
  if (pageSize > MAX_PAGE_SIZE) throw new QueryError(`pageSize cannot exceed ${MAX_PAGE_SIZE}`);
  const after = query.get('pageId') === null ? 0 : positiveInt(query.get('pageId'), 'pageId', 0);
  const rest = [...records].sort((a, b) => a.id - b.id).filter((r) => r.id > after);
  const items = rest.slice(0, pageSize);
  if (rest.length <= pageSize) return { items, link: undefined };
  const kept = new URLSearchParams([...query].filter(([key]) => key !== 'pageId' && key !== 'pageSize'));
  kept.append('pageSize', String(pageSize));
  kept.append('pageId', String(items.at(-1)?.id));
  return { items, link: `<${selfUrl}?${kept.toString().replace(/\+/g, '%20')}>; rel="next"` };
}

export { ConditionsError };
