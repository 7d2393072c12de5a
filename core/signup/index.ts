export { isBlockedEmailDomain, parseDomainList } from './disposable-domains.ts';
export { SignUpInput, type SignUpBody, VerifyEmailInput } from './schemas.ts';
export { type SignedUp, signUp } from './sign-up.ts';
export type { VerificationLink } from './verification-links.ts';
export {
  VERIFICATION_GRACE_MS,
  VERIFICATION_LINK_TTL_MS,
  type VerificationState,
  VERIFY_TO_WRITE_MESSAGE,
  VERIFY_TO_WRITE_REASON,
  verificationState,
} from './verification-state.ts';
export {
  getVerificationStatus,
  resendVerification,
  type VerificationRefusal,
  type VerificationStatusView,
  verifyEmail,
} from './verify-email.ts';
