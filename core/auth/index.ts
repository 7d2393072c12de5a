export { type ActiveSessionUserView, listActiveSessions, revokeSessions } from './active-sessions.ts';
export {
  expiredBy,
  findSessionByRefreshToken,
  getCurrentSession,
  hashToken,
  newOpaqueToken,
  refreshAuthSession,
  type SessionEndReason,
  type SessionTimes,
  type StartedSession,
  sessionEnded,
  sessionTimes,
  signOutSession,
  startAuthSession,
} from './auth-sessions.ts';
export { type BrowserSessionView, listBrowserSessions, revokeBrowserSession } from './browser-sessions.ts';
export { OidcClients, type OidcFlowState, type OidcIdentityClaims, type OidcProviderConfig } from './oidc.ts';
export { type OidcUserResult, resolveOidcUser } from './oidc-sign-in.ts';
export {
  ACTIONS,
  type Action,
  authorize,
  can,
  canAssignRole,
  type Decision,
  decide,
  type Grant,
  PERMISSIONS,
  ROLE_RANK,
} from './permissions.ts';
export {
  createSignInLimiters,
  DEFAULT_SIGN_IN_LIMITS,
  type FailureLimit,
  FailureLimiter,
  type SignInLimiters,
  tooManyAttempts,
} from './rate-limit.ts';
export {
  AuthSessionIdParam,
  MIN_PASSWORD_LENGTH,
  NewPassword,
  OIDC_PROVIDERS,
  type OidcProviderName,
  OidcProviderParam,
  REVOKE_SCOPES,
  RefreshInput,
  RevokeSessionsInput,
  SESSION_POLICY_PRESETS,
  SessionPolicyInput,
  SignOutInput,
} from './schemas.ts';
export {
  checkSessionLimits,
  DEFAULT_SESSION_POLICY,
  effectiveLimits,
  getSessionPolicy,
  SESSION_POLICY_BOUNDS,
  SESSION_PRESETS,
  type SessionPolicyView,
  updateSessionPolicy,
} from './session-policy.ts';
export { contextForUser, recordSignIn, SignInInput, signInWithPassword } from './sign-in.ts';
export {
  type AccessTokenSubject,
  issueAccessToken,
  issueTicket,
  verifyAccessToken,
  verifyTicket,
} from './tokens.ts';
export { type DeviceLabel, describeUserAgent } from './user-agent.ts';
