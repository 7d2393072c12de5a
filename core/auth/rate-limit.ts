import { ServiceError } from '../shared/errors.ts';

export interface FailureLimit {
  /** Failures allowed inside the window; the next attempt is refused until the oldest one ages out. */
  max: number;
  windowMs: number;
}

/**
 * Counts recent failures per key in process memory. Good for one server process; behind several
 * replicas each counts on its own (an attacker gets max × replicas tries), so a shared store such
 * as Postgres or Redis is the upgrade path. Bounded: the oldest keys are dropped past `maxKeys`.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: FailureLimit,
    private readonly now: () => Date = () => new Date(),
    private readonly maxKeys = 50_000,
  ) {}

  /** Seconds until another attempt is allowed, or 0 when one is allowed now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit.max) return 0;
    const oldest = recent[recent.length - this.limit.max] ?? 0;
    return Math.max(1, Math.ceil((oldest + this.limit.windowMs - this.now().getTime()) / 1000));
  }

  fail(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now().getTime());
    this.failures.delete(key);
    this.failures.set(key, recent);
    if (this.failures.size > this.maxKeys) {
      const oldestKey = this.failures.keys().next().value;
      if (oldestKey !== undefined) this.failures.delete(oldestKey);
    }
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now().getTime() - this.limit.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}

export interface SignInLimiters {
  byEmail: FailureLimiter;
  byIp: FailureLimiter;
}

export const DEFAULT_SIGN_IN_LIMITS = {
  email: { max: 5, windowMs: 15 * 60_000 },
  ip: { max: 20, windowMs: 15 * 60_000 },
} as const;

export function createSignInLimiters(
  now: () => Date,
  limits: { email: FailureLimit; ip: FailureLimit } = DEFAULT_SIGN_IN_LIMITS,
): SignInLimiters {
  return { byEmail: new FailureLimiter(limits.email, now), byIp: new FailureLimiter(limits.ip, now) };
}

export function tooManyAttempts(retryAfterSeconds: number): ServiceError {
  return new ServiceError(
    'rate_limited',
    `Too many failed sign-in attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
    { details: { retryAfterSeconds } },
  );
}
