export {
  acceptInvite,
  acceptInviteWithIdentity,
  type InvitePreview,
  type InviteRefusal,
  inviteRefused,
  previewInvite,
} from './accept-invite.ts';
export { createUser } from './create-user.ts';
export { getUser, getUserInAccount, listUsers } from './get-user.ts';
export {
  createInvite,
  type DevInviteLinks,
  INVITE_TTL_MS,
  type InviteView,
  listInvites,
  rememberInviteLink,
  revokeInvite,
} from './invites.ts';
export {
  AcceptInviteInput,
  CreateInviteInput,
  CreateUserInput,
  INVITABLE_ROLES,
  InviteTokenInput,
  ListUsersInput,
  TransferOwnershipInput,
  UpdateUserAccessInput,
} from './schemas.ts';
export { transferOwnership } from './transfer-ownership.ts';
export { updateUserAccess } from './update-user-access.ts';
export { toUserView, type UserView } from './user-view.ts';
