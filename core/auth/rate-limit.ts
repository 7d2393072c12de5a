import type { Database } from '../db/client.ts';
import { type FailureLimit, FailureLimiter } from '../rate-limits/index.ts';
import { ServiceError } from '../shared/errors.ts';

export { type FailureLimit, FailureLimiter };

export interface SignInLimiters {
  byEmail: FailureLimiter;
  byIp: FailureLimiter;
}

export const DEFAULT_SIGN_IN_LIMITS = {
  email: { max: 5, windowMs: 15 * 60_000 },
  ip: { max: 20, windowMs: 15 * 60_000 },
} as const;

/**
 * Sign-in failure limits, kept in PostgreSQL so every server process counts the same failures.
 * `namespace` separates deployments (or test servers) that share a database.
 */
export function createSignInLimiters(
  database: Database,
  now: () => Date,
  limits: { email: FailureLimit; ip: FailureLimit } = DEFAULT_SIGN_IN_LIMITS,
  namespace = 'default',
): SignInLimiters {
  return {
    byEmail: new FailureLimiter(database, 'sign-in:email', limits.email, now, namespace),
    byIp: new FailureLimiter(database, 'sign-in:ip', limits.ip, now, namespace),
  };
}

export function tooManyAttempts(retryAfterSeconds: number): ServiceError {
  return new ServiceError(
    'rate_limited',
    `Too many failed sign-in attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
    { details: { retryAfterSeconds } },
  );
}
