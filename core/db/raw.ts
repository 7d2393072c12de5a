import type { SQL } from 'drizzle-orm';

/**
 * Rows from a raw SQL statement. Both drivers answer `{ rows }`, but Drizzle's driver-independent
 * type leaves the result `unknown`; this is the one place that says so.
 */
export async function selectRows<T>(
  runner: { execute: (query: SQL) => PromiseLike<unknown> },
  query: SQL,
): Promise<T[]> {
  const result = (await runner.execute(query)) as { rows: T[] };
  return result.rows;
}
