import { and, desc, eq, gt, lte, or } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { rateLimitFailuresTable } from '../db/schema/rate-limits.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { limitKeyHash } from './keys.ts';

const DAY_MS = 86_400_000;

export interface FailureLimit {
  /** Failures allowed inside the window; the next attempt is refused until the oldest one ages out. */
  max: number;
  windowMs: number;
}

/**
 * Counts recent failures per key (sign-in per email and per address, invite tokens per address) in
 * PostgreSQL, so every server process sees the same count: behind two replicas an attacker gets
 * `max` tries, not `max × replicas`. A sliding window: each failure ages out on its own.
 */
export class FailureLimiter {
  constructor(
    private readonly database: Database,
    private readonly name: string,
    private readonly limit: FailureLimit,
    private readonly now: () => Date = () => new Date(),
    private readonly namespace = 'default',
  ) {}

  /** Seconds until another attempt is allowed, or 0 when one is allowed now. */
  async retryAfterSeconds(key: string): Promise<number> {
    const now = this.now().getTime();
    const t = rateLimitFailuresTable;
    const recent = await withSystemTransaction(this.database, `${this.name} limit check`, (tx) =>
      tx
        .select({ failedAt: t.failedAt })
        .from(t)
        .where(and(eq(t.keyHash, this.hash(key)), gt(t.failedAt, new Date(now - this.limit.windowMs))))
        .orderBy(desc(t.failedAt))
        .limit(this.limit.max),
    );
    if (recent.length < this.limit.max) return 0;
    // The max-th most recent failure is the one whose ageing out frees the next attempt.
    const freeing = recent[recent.length - 1]?.failedAt.getTime() ?? now;
    return Math.max(1, Math.ceil((freeing + this.limit.windowMs - now) / 1000));
  }

  async fail(key: string): Promise<void> {
    const now = this.now();
    const t = rateLimitFailuresTable;
    await withSystemTransaction(this.database, `${this.name} limit failure`, async (tx) => {
      await tx
        .insert(t)
        .values({ namespace: this.namespace, limiter: this.name, keyHash: this.hash(key), failedAt: now });
      // This limiter's aged-out rows, every key's, go with each new failure, so its rows stay the
      // size of one window. Only its own: other limiters share the namespace with longer windows.
      // Rows from before limiters were recorded ('') go once they are a day old.
      await tx
        .delete(t)
        .where(
          and(
            eq(t.namespace, this.namespace),
            or(
              and(eq(t.limiter, this.name), lte(t.failedAt, new Date(now.getTime() - this.limit.windowMs))),
              and(eq(t.limiter, ''), lte(t.failedAt, new Date(now.getTime() - DAY_MS))),
            ),
          ),
        );
    });
  }

  async reset(key: string): Promise<void> {
    const t = rateLimitFailuresTable;
    await withSystemTransaction(this.database, `${this.name} limit reset`, (tx) =>
      tx.delete(t).where(eq(t.keyHash, this.hash(key))),
    );
  }

  private hash(key: string): string {
    return limitKeyHash(this.namespace, this.name, key);
  }
}
