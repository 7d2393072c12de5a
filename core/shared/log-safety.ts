import { redactText } from './redact.ts';

/**
 * What an error may say in a log line. Drizzle's `DrizzleQueryError` carries the bound parameters
 * in `params` and in its message and stack (`Failed query: …\nparams: <every value>`); PostgreSQL's
 * own error carries them again (`params`, `where: unnamed portal parameter $1 = '…'`, `detail: Key
 * (email)=(…)`). A failed insert of a user or a PSA connection therefore logged password hashes and
 * sealed credentials. Kept: the class, code, SQLSTATE, constraint, table, column and the statement
 * text (placeholders only); dropped: every value.
 */
export interface SafeError {
  type: string;
  message: string;
  stack?: string;
  statement?: string;
  cause?: SafeError;
  /** code, severity, constraint, table, column, schema, routine; our own kind/status/retryable. */
  [field: string]: unknown;
}

const MAX_CAUSES = 5;
const MAX_STATEMENT = 500;
// Fields of pg / PGlite errors that name things, never values.
const NAMING_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'routine'] as const;
// Small, value-free fields our own errors add (ServiceError, PsaError, KB errors).
const OWN_FIELDS = ['kind', 'status', 'retryable', 'retryAfterMs'] as const;

/** Strips bound values from a message or stack written by drizzle or PostgreSQL. */
export function scrubLogText(text: string): string {
  return redactText(
    text
      // drizzle: "Failed query: <sql>\nparams: <values>"; values may hold newlines, so drop up to
      // the stack's first frame (or the end).
      .replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/g, '\nparams: [dropped]')
      // PostgreSQL quotes the offending value last: invalid input syntax for type uuid: "…"
      .replace(/(: )"[^"\n]*"(\s*$|\n)/g, '$1"[value]"$2')
      // "Key (email)=(a@b.c) already exists"
      .replace(/=\([^)\n]*\)/g, '=([value])'),
  );
}

/** The pino serializer for `err`: a plain object with only the fields above, causes included. */
export function safeErrorSerializer(value: unknown): unknown {
  return serialize(value, 0);
}

function serialize(value: unknown, depth: number): SafeError | unknown {
  if (!(value instanceof Error)) {
    return typeof value === 'string' ? scrubLogText(value) : value;
  }
  const source = value as Error & Record<string, unknown>;
  const message = String(source.message ?? '');
  const safeMessage = scrubLogText(message);
  const out: SafeError = { type: source.constructor?.name || source.name || 'Error', message: safeMessage };
  // The stack repeats the message first; swap in the scrubbed one before scrubbing the rest.
  if (typeof source.stack === 'string') {
    const stack =
      message && source.stack.includes(message)
        ? source.stack.replace(message, () => safeMessage)
        : source.stack;
    out.stack = scrubLogText(stack);
  }
  for (const field of [...NAMING_FIELDS, ...OWN_FIELDS]) {
    const v = source[field];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[field] = v;
  }
  // The SQL text has placeholders ($1), not values; long statements are cut to stay readable.
  const statement = typeof source.query === 'string' ? source.query : undefined;
  if (statement) out.statement = statement.slice(0, MAX_STATEMENT);
  if (source.cause !== undefined && depth < MAX_CAUSES) {
    out.cause = serialize(source.cause, depth + 1) as SafeError;
  }
  return out;
}
