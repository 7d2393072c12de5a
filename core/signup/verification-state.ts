import { ServiceError } from '../shared/errors.ts';

/** Unverified self-serve accounts work fully this long after signup; then writes are refused. */
export const VERIFICATION_GRACE_MS = 7 * 24 * 60 * 60_000;
/** How long one emailed verification link works. A resend issues a fresh one. */
export const VERIFICATION_LINK_TTL_MS = 48 * 60 * 60_000;

export const VERIFY_TO_WRITE_MESSAGE = 'Verify your email to keep making changes.';
/** `details.reason` of the refusal, for API clients and chat adapters to offer a resend. */
export const VERIFY_TO_WRITE_REASON = 'email_verification_required';

/** The one refusal of a locked account's writes: 403, a reason adapters key the resend offer on. */
export function writeLockedError(): ServiceError {
  return new ServiceError('forbidden', VERIFY_TO_WRITE_MESSAGE, {
    details: { reason: VERIFY_TO_WRITE_REASON, resend: '/api/v1/signup/resend-verification' },
  });
}

export type VerificationState =
  | { status: 'verified'; verifiedAt: string }
  | { status: 'grace'; writesLockAt: string }
  | { status: 'locked'; writesLockAt: string };

/**
 * Where an account stands, from two dates and a clock, never from a job flipping a flag: verified,
 * inside the grace period (everything works, with a reminder), or past it (reads only).
 */
export function verificationState(
  account: { emailVerifiedAt: Date | null; createdAt: Date },
  now: Date,
): VerificationState {
  if (account.emailVerifiedAt)
    return { status: 'verified', verifiedAt: account.emailVerifiedAt.toISOString() };
  const lockAt = new Date(account.createdAt.getTime() + VERIFICATION_GRACE_MS);
  return now.getTime() >= lockAt.getTime()
    ? { status: 'locked', writesLockAt: lockAt.toISOString() }
    : { status: 'grace', writesLockAt: lockAt.toISOString() };
}
