export { isBlockedEmailDomain, parseDomainList } from './disposable-domains.ts';
export { type SignUpBody, SignUpInput, VerifyEmailInput } from './schemas.ts';
export { type SignedUp, signUp } from './sign-up.ts';
export { signUpWithIdentity } from './sign-up-with-identity.ts';
export type { VerificationLink } from './verification-links.ts';
export {
  VERIFICATION_GRACE_MS,
  VERIFICATION_LINK_TTL_MS,
  VERIFY_TO_WRITE_MESSAGE,
  VERIFY_TO_WRITE_REASON,
  type VerificationState,
  verificationState,
  writeLockedError,
} from './verification-state.ts';
export {
  getVerificationStatus,
  resendVerification,
  type VerificationRefusal,
  type VerificationStatusView,
  verifyEmail,
} from './verify-email.ts';
