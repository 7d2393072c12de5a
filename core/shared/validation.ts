import type { z } from 'zod';
import { type FieldIssue, InvalidInputError } from './errors.ts';

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
