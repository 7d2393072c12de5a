/**
 * Text every store and renderer can hold. PostgreSQL `text` and `jsonb` refuse U+0000, and a lone
 * UTF-16 surrogate (half of an emoji, `"\ud800"` in JSON) has no UTF-8 form: either one reaching a
 * query used to fail the whole request with a 500. Checked once at the HTTP boundary for every
 * body, query string and path (server/http/json-body.ts), so no route can forget it.
 */

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * For chat text, where a person expects their message to go through: drops NUL and turns a lone
 * surrogate into U+FFFD (what a UTF-8 round trip would show). The HTTP gate refuses both instead;
 * Slack and Teams text arrives by other routes and is cleaned by the schemas that use this.
 */
export function stripUnsafeText(value: string): string {
  return value.replaceAll('\u0000', '').replace(LONE_SURROGATE_ALL, '\ufffd');
}

/**
 * A JSON value with every string and key passed through {@link stripUnsafeText}: for a chat event
 * stored whole (the inbox), where one NUL in a message would otherwise make `jsonb` refuse the row.
 * Inbound chat bodies are shallow; below 64 levels the value is kept as it is.
 */
export function cleanJsonText(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return stripUnsafeText(value);
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) return value.map((v) => cleanJsonText(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [stripUnsafeText(k), cleanJsonText(v, depth + 1)]),
  );
}

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
  // Each node points at its parent; the path is spelled out only for the one that fails, so a
  // deep value costs linear time, not a path copy per level.
  interface Node {
    value: unknown;
    key: string | undefined;
    parent: Node | undefined;
  }
  const pathOf = (node: Node | undefined, tail: string[] = []): string => {
    const keys = [...tail];
    for (let n = node; n; n = n.parent) if (n.key !== undefined) keys.unshift(n.key);
    return [...prefix, ...keys].join('.') || '(root)';
  };
  const stack: Node[] = [{ value: root, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const { value } = node;
    if (typeof value === 'string') {
      const reason = unsafeTextReason(value);
      if (reason) return { path: pathOf(node), message: reason };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], key: String(i), parent: node });
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        const keyReason = unsafeTextReason(key);
        if (keyReason) return { path: pathOf(node, ['(key)']), message: keyReason };
        stack.push({ value: child, key, parent: node });
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

/**
 * Characters a one-line name never needs, which change how it is shown or read: C0 and C1 controls
 * (ESC starts terminal escape sequences in a log or a CSV opened in a terminal) and the
 * bidirectional overrides and isolates, which reorder the text around them (U+202E before "fdp.exe"
 * shows it as "exe.pdf").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NOT_DISPLAY_SAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export const DISPLAY_UNSAFE_MESSAGE = 'must not contain control characters or text-direction overrides';

/** Whether a one-line name (a person, an account, a flow, a script, a connector) is safe to show. */
export function isDisplaySafe(value: string): boolean {
  return !NOT_DISPLAY_SAFE.test(value);
}
