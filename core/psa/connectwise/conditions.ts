/**
 * A typed builder for ConnectWise's `conditions=` query language, so no caller ever pastes user
 * text into a filter by hand. The language, as ConnectWise and integrators document it
 * (ConnectWise "PSA API Requests" developer guide; RewstApp/docs.rewst.help
 * `integrations/psa/connectwise-manage/querying-and-filtering-in-connectwise-psa-actions.md`):
 * `field op value` with `=`, `!=`, `<`, `<=`, `>`, `>=`, `contains`, `like`, `in (…)`, combined with
 * `AND` / `OR` and parentheses; strings in double quotes, datetimes in square brackets
 * (`[2026-01-01T00:00:00Z]`), nested fields with `/` (`board/name`, `_info/lastUpdated`).
 */

/** A value a condition compares against. `Date` becomes a `[…]` datetime literal. */
export type ConditionValue = string | number | boolean | null | Date;

/** A built condition; `text` is what goes into `conditions=` (URL-encode it once, when sending). */
export interface Condition {
  readonly kind: 'compare' | 'and' | 'or';
  readonly text: string;
}

// Field paths are code, never user input: reject anything that is not `name(/name)*`.
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*$/;

function field(name: string): string {
  if (!FIELD.test(name)) throw new Error(`Invalid ConnectWise condition field: ${name}`);
  return name;
}

/**
 * A double-quoted string literal. Backslashes are escaped first, then quotes, so a value like
 * `C:\Temp\" OR id > 0` stays one literal and cannot close the string or add a clause.
 */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A datetime literal in ConnectWise's form: UTC, whole seconds, in brackets (`[2026-01-01T00:00:00Z]`).
 * Milliseconds are dropped (ConnectWise stamps `_info.lastUpdated` in whole seconds).
 */
export function datetime(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime()))
    throw new Error(`Invalid datetime for a ConnectWise condition: ${String(value)}`);
  return `[${date.toISOString().slice(0, 19)}Z]`;
}

/** Formats one value as a literal of the conditions language. */
export function literal(value: ConditionValue): string {
  if (value === null) return 'null';
  if (value instanceof Date) return datetime(value);
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (!Number.isFinite(value)) throw new Error(`Invalid number for a ConnectWise condition: ${value}`);
  return String(value);
}

function compare(name: string, op: string, value: ConditionValue): Condition {
  return { kind: 'compare', text: `${field(name)} ${op} ${literal(value)}` };
}

function join(
  kind: 'and' | 'or',
  parts: ReadonlyArray<Condition | undefined | false>,
): Condition | undefined {
  const present = parts.filter((p): p is Condition => Boolean(p));
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  // Same-kind children need no parentheses; anything else is grouped so precedence never matters.
  const text = present.map((p) => (p.kind === 'compare' || p.kind === kind ? p.text : `(${p.text})`));
  return { kind, text: text.join(kind === 'and' ? ' AND ' : ' OR ') };
}

/** Comparison and grouping constructors. `and`/`or` skip `undefined`/`false`, for optional filters. */
export const where = {
  eq: (name: string, value: ConditionValue) => compare(name, '=', value),
  ne: (name: string, value: ConditionValue) => compare(name, '!=', value),
  lt: (name: string, value: ConditionValue) => compare(name, '<', value),
  gt: (name: string, value: ConditionValue) => compare(name, '>', value),
  /** Case-insensitive substring match; the safe choice for text a person typed. */
  contains: (name: string, value: string) => compare(name, 'contains', value),
  /** Pattern match; `*` is the wildcard, so pass only patterns you built, never raw user text. */
  like: (name: string, pattern: string) => compare(name, 'like', pattern),
  in(name: string, values: readonly ConditionValue[]): Condition {
    if (values.length === 0) throw new Error(`'in' needs at least one value for ${name}`);
    return { kind: 'compare', text: `${field(name)} in (${values.map(literal).join(', ')})` };
  },
  and: (...parts: Array<Condition | undefined | false>) => join('and', parts),
  or: (...parts: Array<Condition | undefined | false>) => join('or', parts),
};
