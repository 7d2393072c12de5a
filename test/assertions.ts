import { expect } from 'vitest';

/**
 * Drizzle wraps driver errors ("Failed query: …") and keeps Postgres's own message in `cause`;
 * assert on the database's words, which are what prove the guard fired.
 */
export async function expectDatabaseRefusal(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the database to refuse').toBeInstanceOf(Error);
  const messages: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    messages.push(current.message);
    current = current.cause;
  }
  expect(messages.join(' | ')).toMatch(pattern);
}
