/**
 * Text every store and renderer can hold. PostgreSQL `text` and `jsonb` refuse U+0000, and a lone
 * UTF-16 surrogate (half of an emoji, `"\ud800"` in JSON) has no UTF-8 form: either one reaching a
 * query used to fail the whole request with a 500. Checked once at the HTTP boundary for every
 * body, query string and path (server/http/json-body.ts), so no route can forget it.
 */

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored, or undefined when it can. */
export function unsafeTextReason(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain NUL characters (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'must not contain unpaired UTF-16 surrogates (invalid Unicode)';
  return undefined;
}

export interface UnsafeTextIssue {
  /** `name`, `steps.2.title`; `(key)` is appended when an object key itself is the problem. */
  path: string;
  message: string;
}

/**
 * The first string (value or object key) in a parsed JSON value that cannot be stored. Iterative,
 * so a deeply nested value cannot overflow the stack; visits each node once.
 */
export function findUnsafeText(root: unknown, prefix: string[] = []): UnsafeTextIssue | undefined {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: root, path: prefix }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string[] };
    if (typeof value === 'string') {
      const reason = unsafeTextReason(value);
      if (reason) return { path: path.join('.') || '(root)', message: reason };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, String(i)] });
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        const keyReason = unsafeTextReason(key);
        if (keyReason) return { path: [...path, '(key)'].join('.'), message: keyReason };
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return undefined;
}

/**
 * How deeply a JSON text nests (`[[1]]` is 2), counted over the raw bytes without parsing, so an
 * attacker's 20,000-deep document is measured in one pass and refused before anything recurses
 * into it. Stops counting once past `stopAbove`.
 */
export function jsonNestingDepth(raw: Uint8Array, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // backslash: skip the escaped byte (\" must not end the string)
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return max;
}
