import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { FailureLimiter } from './failure-limiter.ts';
import { WindowLimiter } from './window-limiter.ts';

const MINUTE = 60_000;

/**
 * Every limiter of a deployment shares its namespace. Each used to prune the namespace's rows by
 * its own window, so a busy short limit (sign-in, 15 minutes; API requests, 1 minute) erased a
 * longer one's count (signup per address and verification resends, an hour).
 */
describe('limiters sharing a namespace', () => {
  it("keep a long failure window's count when a shorter limiter prunes", async () => {
    const database = await testDatabase();
    let clock = Date.parse('2026-12-07T10:00:00Z');
    const now = () => new Date(clock);
    const namespace = `test-${crypto.randomUUID()}`;
    const hourly = new FailureLimiter(
      database,
      'signup:ip',
      { max: 2, windowMs: 60 * MINUTE },
      now,
      namespace,
    );
    const quarter = new FailureLimiter(
      database,
      'sign-in:ip',
      { max: 5, windowMs: 15 * MINUTE },
      now,
      namespace,
    );
    await hourly.fail('203.0.113.9');
    await hourly.fail('203.0.113.9');
    expect(await hourly.retryAfterSeconds('203.0.113.9')).toBe(3_600);
    clock += 20 * MINUTE;
    await quarter.fail('198.51.100.1'); // prunes the sign-in rows older than 15 minutes, only those
    expect(await hourly.retryAfterSeconds('203.0.113.9')).toBe(40 * 60);
    clock += 41 * MINUTE;
    expect(await hourly.retryAfterSeconds('203.0.113.9')).toBe(0);
  });

  it("keep an hour window's count when per-minute windows prune", async () => {
    const database = await testDatabase();
    let clock = Date.parse('2026-12-07T10:00:00Z');
    const limiter = new WindowLimiter(database, () => new Date(clock), `test-${crypto.randomUUID()}`);
    const hourly = {
      limiter: 'users:add',
      key: 'acct',
      limit: { max: 3, windowMs: 60 * MINUTE },
      label: 'adds',
    };
    const perMinute = {
      limiter: 'api:user',
      key: 'u1',
      limit: { max: 100, windowMs: MINUTE },
      label: 'requests',
    };
    for (let i = 0; i < 3; i++) await limiter.hit([hourly]);
    // Requests over the next ten minutes: each new minute window prunes what is two windows old.
    for (let m = 1; m <= 10; m++) {
      clock += MINUTE;
      await limiter.hit([perMinute]);
    }
    await expect(limiter.hit([hourly])).rejects.toMatchObject({ code: 'rate_limited' });
    // The next hour starts a new count.
    clock += 60 * MINUTE;
    await expect(limiter.hit([hourly])).resolves.toBeUndefined();
  });
});
