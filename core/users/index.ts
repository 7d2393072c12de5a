export { createUser } from './create-user.ts';
export { getUser, getUserInAccount, listUsers } from './get-user.ts';
export {
  acceptInvite,
  createInvite,
  INVITE_TTL_MS,
  type InviteView,
  listInvites,
  revokeInvite,
} from './invites.ts';
export {
  AcceptInviteInput,
  CreateInviteInput,
  CreateUserInput,
  INVITABLE_ROLES,
  ListUsersInput,
  TransferOwnershipInput,
  UpdateUserAccessInput,
} from './schemas.ts';
export { transferOwnership } from './transfer-ownership.ts';
export { updateUserAccess } from './update-user-access.ts';
export { toUserView, type UserView } from './user-view.ts';
