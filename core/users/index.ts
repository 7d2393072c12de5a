export { createUser } from './create-user.ts';
export { getUser, getUserInAccount, listUsers } from './get-user.ts';
export { updateUserAccess } from './update-user-access.ts';
export type { UserView } from './user-view.ts';
