import { z } from 'zod';
import { type FieldIssue, InvalidInputError } from './errors.ts';
import { DISPLAY_UNSAFE_MESSAGE, isDisplaySafe } from './text-hygiene.ts';
// Installs the plain-words fallback for every schema's messages (imported for its effect).
import './zod-messages.ts';

/**
 * Parses untrusted input with a zod schema at a service boundary. Failures become an
 * `InvalidInputError` carrying one message per field, never zod's raw output.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what = 'input'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const first = issues[0];
  const summary = !first
    ? 'invalid'
    : first.path === '(root)'
      ? first.message
      : `${first.path}: ${first.message}`;
  throw new InvalidInputError(`Invalid ${what} (${summary})`, issues);
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An outside service's base URL (a PSA site, a knowledge-base API): https only, except a local
 * simulator or proxy on this machine. Read with the URL parser, not a prefix: a prefix check let
 * `http://localhost.evil.example` and `http://127.0.0.1@evil.example` through. Credentials in
 * the URL are refused — they would be stored and shown back in plain text; keys have own fields.
 */
export const ServiceUrl = (example: string) =>
  z
    .string()
    .trim()
    .max(2_000)
    // zod's URL check accepts some strings Node's parser refuses ("https://", a port over 65535),
    // so the string is read once with Node's parser and each rule speaks to what it found.
    .superRefine((u, ctx) => {
      const url = parsedUrl(u);
      if (url === null) {
        ctx.addIssue({ code: 'custom', message: `must be a URL, e.g. ${example}` });
        return;
      }
      if (!(url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))))
        ctx.addIssue({ code: 'custom', message: 'must use https' });
      if (url.username !== '' || url.password !== '')
        ctx.addIssue({
          code: 'custom',
          message: 'must not hold a user name or password (enter the keys in their own fields)',
        });
    })
    .transform((u) => u.replace(/\/+$/, ''));

function parsedUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.hostname === '' ? null : url;
  } catch {
    return null;
  }
}

const EARLIEST = new Date('1970-01-01T00:00:00Z');
const LATEST = new Date('9999-12-31T23:59:59Z');

/**
 * A date from a query string or body, limited to years 1970–9999. `new Date('99999-01-01')` is a
 * valid JavaScript date that PostgreSQL cannot store or compare, so a bare `z.coerce.date()` let it
 * through to a query that failed with a 500.
 */
export const QueryDate = z.coerce
  .date({ message: 'must be a date such as 2026-01-31 or 2026-01-31T09:00:00Z' })
  .min(EARLIEST, { message: 'must be on or after 1970-01-01' })
  .max(LATEST, { message: 'must be on or before 9999-12-31' });

/** A one-line name a person types (theirs, an account's): trimmed, 1–200 characters, display-safe. */
export const DisplayName = z
  .string()
  .trim()
  .min(1, 'must not be blank')
  .max(200)
  .refine(isDisplaySafe, DISPLAY_UNSAFE_MESSAGE);
