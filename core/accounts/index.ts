export type { AccountView } from './account-view.ts';
export {
  type CreatedAccount,
  createAccountWithOwner,
  EMAIL_TAKEN,
  insertAccountWithOwner,
} from './create-account.ts';
export { getAccount } from './get-account.ts';
export {
  CreateAccountInput,
  PreferencesPatch,
  SESSION_ABSOLUTE_BOUNDS,
  SESSION_IDLE_BOUNDS,
  UpdateAccountSettingsInput,
} from './schemas.ts';
export { mergeAccountPreferences, updateAccountSettings } from './update-account-settings.ts';
