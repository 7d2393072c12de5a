import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { rateLimitWindowsTable } from '../db/schema/rate-limits.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { ServiceError } from '../shared/errors.ts';
import { limitKeyHash } from './keys.ts';

/** The shortest window any limiter counts in: nothing younger than two of them is ever pruned. */
const MINUTE_MS = 60_000;

export interface WindowLimit {
  /** Requests allowed per window; 0 turns the limit off. */
  max: number;
  windowMs: number;
}

/** One key to count a request against, with its own limit (e.g. this user, this account). */
export interface LimitedKey {
  limiter: string;
  key: string;
  limit: WindowLimit;
  /** How the refusal names what was limited: "your requests", "this account's requests". */
  label: string;
}

/**
 * Fixed-window request counters in PostgreSQL, shared by every process: each request adds one to
 * its keys' current windows in one statement and learns the new totals. A fixed window lets a
 * burst of up to 2 × max straddle a boundary; for an abuse limit (not billing) that is fine, and
 * it costs one upsert per request instead of a row per request.
 */
export class WindowLimiter {
  private lastPrunedAt = 0;

  constructor(
    private readonly database: Database,
    private readonly now: () => Date = () => new Date(),
    private readonly namespace = 'default',
  ) {}

  /**
   * Counts one hit against every key; throws `rate_limited` (429, `Retry-After`) when any of them
   * is over its limit. A refused request still counts, so hammering does not reset anything.
   */
  async hit(keys: LimitedKey[]): Promise<void> {
    const active = keys.filter((k) => k.limit.max > 0);
    if (active.length === 0) return;
    const now = this.now().getTime();
    const t = rateLimitWindowsTable;
    const rows = active.map((k) => ({
      namespace: this.namespace,
      keyHash: limitKeyHash(this.namespace, k.limiter, k.key),
      windowStart: new Date(Math.floor(now / k.limit.windowMs) * k.limit.windowMs),
      windowMs: k.limit.windowMs,
      hits: 1,
    }));
    const counted = await withSystemTransaction(this.database, 'request rate limit', async (tx) => {
      const result = await tx
        .insert(t)
        .values(rows)
        .onConflictDoUpdate({ target: [t.keyHash, t.windowStart], set: { hits: sql`${t.hits} + 1` } })
        .returning({ keyHash: t.keyHash, hits: t.hits });
      // At most once a minute per process: windows that ended are only history. (By the clock,
      // not by the keys' window: minute and hour keys in turn would prune on every request.)
      if (now - this.lastPrunedAt >= MINUTE_MS) {
        this.lastPrunedAt = now;
        // Each row two of its own windows after it started: limiters sharing the namespace count
        // in minutes and in hours, and a minute limiter must not prune an hour's count.
        await tx
          .delete(t)
          .where(
            and(
              eq(t.namespace, this.namespace),
              lt(t.windowStart, new Date(now - 2 * MINUTE_MS)),
              sql`${t.windowStart} < ${new Date(now)}::timestamptz - (2 * ${t.windowMs}) * interval '1 millisecond'`,
            ),
          );
      }
      return result;
    });
    const hitsByKey = new Map(counted.map((r) => [r.keyHash, r.hits]));
    for (const [i, k] of active.entries()) {
      const row = rows[i];
      if (!row) continue;
      const hits = hitsByKey.get(row.keyHash) ?? 0;
      if (hits > k.limit.max) {
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil((row.windowStart.getTime() + k.limit.windowMs - now) / 1000),
        );
        throw new ServiceError(
          'rate_limited',
          `Too many requests (${k.label}: more than ${k.limit.max} per ${Math.round(k.limit.windowMs / 1000)} s); try again in ${retryAfterSeconds} s.`,
          { details: { retryAfterSeconds, limit: k.limiter } },
        );
      }
    }
  }
}
