import type { Database } from '../db/client.ts';
import { type FailureLimit, FailureLimiter } from '../rate-limits/index.ts';
import { ServiceError } from '../shared/errors.ts';

export { type FailureLimit, FailureLimiter };

/**
 * Three counters. Per email *from one client address* is the tight one (5): it stops guessing
 * without letting a stranger who knows the owner's email lock the owner out from everywhere, as a
 * per-email lock did. Per email from anywhere is loose (50) and only stops guessing spread over
 * many addresses; per address (20) stops one client trying many emails.
 */
export interface SignInLimiters {
  byEmail: FailureLimiter;
  byEmailEverywhere: FailureLimiter;
  byIp: FailureLimiter;
}

export const DEFAULT_SIGN_IN_LIMITS = {
  email: { max: 5, windowMs: 15 * 60_000 },
  emailEverywhere: { max: 50, windowMs: 15 * 60_000 },
  ip: { max: 20, windowMs: 15 * 60_000 },
} as const;

/** The per-email counter's key: one email as tried from one client address. */
export function emailFromIpKey(email: string, ip: string): string {
  return `${email} from ${ip}`;
}

/**
 * Sign-in failure limits, kept in PostgreSQL so every server process counts the same failures.
 * `namespace` separates deployments (or test servers) that share a database.
 */
export function createSignInLimiters(
  database: Database,
  now: () => Date,
  limits: { email: FailureLimit; emailEverywhere?: FailureLimit; ip: FailureLimit } = DEFAULT_SIGN_IN_LIMITS,
  namespace = 'default',
): SignInLimiters {
  return {
    byEmail: new FailureLimiter(database, 'sign-in:email-ip', limits.email, now, namespace),
    byEmailEverywhere: new FailureLimiter(
      database,
      'sign-in:email',
      limits.emailEverywhere ?? DEFAULT_SIGN_IN_LIMITS.emailEverywhere,
      now,
      namespace,
    ),
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
