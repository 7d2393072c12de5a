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
export { contextForUser, SignInInput, signInWithPassword } from './sign-in.ts';
export {
  type AccessTokenSubject,
  issueAccessToken,
  issueTicket,
  verifyAccessToken,
  verifyTicket,
} from './tokens.ts';
