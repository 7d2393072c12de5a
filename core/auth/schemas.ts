import { z } from 'zod';

/**
 * Request bodies of the sign-in and session-security API. The admin web imports these for typed
 * calls and the server derives `/api/v1/openapi.json` from them, so a field is declared once.
 */
export const SignInInput = z
  .object({
    email: z.string().trim().toLowerCase().email('must be an email address'),
    password: z.string().min(1, 'is required').max(200),
    /** API clients without a cookie jar ask for the refresh token in the body; browsers never do. */
    includeRefreshToken: z.boolean().optional(),
  })
  .strict();

/**
 * The rule every new password in the product follows: invites, users an admin creates, signup.
 * Long rather than complex (NIST 800-63B); sign-in itself only asks for a non-empty password.
 */
export const MIN_PASSWORD_LENGTH = 10;
export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, 'must be at most 200 characters');

export const RefreshInput = z
  .object({
    refreshToken: z.string().min(20).max(200).optional(),
    includeRefreshToken: z.boolean().optional(),
  })
  .strict();

export const SignOutInput = z.object({ refreshToken: z.string().min(20).max(200).optional() }).strict();

export const SESSION_POLICY_PRESETS = ['strict', 'standard', 'custom'] as const;
export type SessionPolicyPreset = (typeof SESSION_POLICY_PRESETS)[number];

export const SessionPolicyInput = z
  .object({
    preset: z.enum(SESSION_POLICY_PRESETS, { message: 'must be strict, standard or custom' }),
    idleMinutes: z.number().int('must be a whole number of minutes').optional(),
    absoluteMinutes: z.number().int('must be a whole number of minutes').optional(),
  })
  .strict();

export const REVOKE_SCOPES = ['others', 'everyone'] as const;
export const RevokeSessionsInput = z
  .object({
    scope: z.enum(REVOKE_SCOPES, {
      message: 'must be "others" (everyone except me) or "everyone" (including me)',
    }),
  })
  .strict();

export const OIDC_PROVIDERS = ['entra', 'slack'] as const;
export type OidcProviderName = (typeof OIDC_PROVIDERS)[number];
export const OidcProviderParam = z.enum(OIDC_PROVIDERS, { message: 'must be entra or slack' });

export type SignInBody = z.input<typeof SignInInput>;
export type RefreshBody = z.input<typeof RefreshInput>;
export type SessionPolicyBody = z.input<typeof SessionPolicyInput>;
export type RevokeSessionsBody = z.input<typeof RevokeSessionsInput>;

export const AuthSessionIdParam = z.string().uuid('must be a sign-in session id (UUID)');
