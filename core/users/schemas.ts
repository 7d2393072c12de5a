import { z } from 'zod';
import { NewPassword } from '../auth/schemas.ts';
import { ROLES } from '../db/schema/users.ts';
import { DisplayName } from '../shared/validation.ts';

/** At most 254 characters, as SMTP allows: longer ones were stored, listed back and logged in full. */
const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .email('must be an email address');

export const UserIdInput = z.string().uuid('must be a user id (UUID)');

export const CreateUserInput = z
  .object({
    email: Email,
    name: DisplayName,
    role: z.enum(ROLES),
    canCoverL1: z.boolean().default(false),
    password: NewPassword.optional(),
  })
  .strict();

export const UpdateUserAccessInput = z
  .object({
    role: z.enum(ROLES).optional(),
    canCoverL1: z.boolean().optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });

export const ListUsersInput = z
  .object({
    role: z.enum(ROLES).optional(),
    // Not z.coerce.boolean(): that turns the query string "false" into true.
    includeDisabled: z
      .union([z.boolean(), z.enum(['true', 'false'], { message: 'must be true or false' })])
      .transform((v) => v === true || v === 'true')
      .default(false),
  })
  .strict();

/** Roles an invite can carry: ownership moves only by transfer. */
export const INVITABLE_ROLES = ['admin', 'engineer', 'l1', 'viewer'] as const;

export const CreateInviteInput = z
  .object({
    email: Email,
    name: DisplayName.optional(),
    role: z.enum(INVITABLE_ROLES, { message: 'must be admin, engineer, l1 or viewer' }),
    canCoverL1: z.boolean().default(false),
  })
  .strict();

export const InviteIdInput = z.string().uuid('must be an invite id (UUID)');

const InviteToken = z.string().min(20, 'is not a valid invite token').max(200);

export const InviteTokenInput = z.object({ token: InviteToken }).strict();

/** The password rule is the one every password in the product follows (CreateUserInput). */
export const AcceptInviteInput = z
  .object({
    token: InviteToken,
    name: DisplayName,
    password: NewPassword,
  })
  .strict();

export const TransferOwnershipInput = z.object({ userId: UserIdInput }).strict();

export type CreateInviteBody = z.input<typeof CreateInviteInput>;
export type AcceptInviteBody = z.input<typeof AcceptInviteInput>;
export type InviteTokenBody = z.input<typeof InviteTokenInput>;
export type UpdateUserAccessBody = z.input<typeof UpdateUserAccessInput>;
export type TransferOwnershipBody = z.input<typeof TransferOwnershipInput>;
