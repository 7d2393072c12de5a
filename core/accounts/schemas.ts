import { z } from 'zod';

/** Bounds from the session-security policy: idle 15 min – 30 days, absolute 1 h – 90 days. */
export const SESSION_IDLE_BOUNDS = { min: 15, max: 30 * 24 * 60 } as const;
export const SESSION_ABSOLUTE_BOUNDS = { min: 60, max: 90 * 24 * 60 } as const;

export const UpdateAccountSettingsInput = z
  .object({
    name: z.string().trim().min(1, 'must not be blank').max(200).optional(),
    sessionIdleMinutes: z
      .number()
      .int()
      .min(SESSION_IDLE_BOUNDS.min, 'must be at least 15 minutes')
      .max(SESSION_IDLE_BOUNDS.max, 'must be at most 30 days')
      .nullable()
      .optional(),
    sessionAbsoluteMinutes: z
      .number()
      .int()
      .min(SESSION_ABSOLUTE_BOUNDS.min, 'must be at least 1 hour')
      .max(SESSION_ABSOLUTE_BOUNDS.max, 'must be at most 90 days')
      .nullable()
      .optional(),
    auditRetentionDays: z.number().int().min(30).max(3650).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'no settings to change' });

/** A shallow patch of preferences; `null` removes a key. */
export const PreferencesPatch = z
  .record(z.string().min(1).max(100), z.unknown())
  .refine((v) => Object.keys(v).length > 0, { message: 'no preferences to change' })
  .refine((v) => JSON.stringify(v).length <= 16_384, { message: 'preferences are limited to 16 KB' });

export const CreateAccountInput = z.object({
  name: z.string().trim().min(1).max(200),
  /** Days of the Pro reverse trial; 0 starts the account on Free at once. */
  trialDays: z.number().int().min(0).max(90).default(14),
  owner: z.object({
    email: z.string().trim().toLowerCase().email(),
    name: z.string().trim().min(1).max(200),
    password: z.string().min(10).max(200).optional(),
  }),
});
