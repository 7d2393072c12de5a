import { z } from 'zod';
import { NewPassword } from '../auth/schemas.ts';
import { DisplayName } from '../shared/validation.ts';

/** Bounds from the session-security policy: idle 15 min – 30 days, absolute 1 h – 90 days. */
export const SESSION_IDLE_BOUNDS = { min: 15, max: 30 * 24 * 60 } as const;
export const SESSION_ABSOLUTE_BOUNDS = { min: 60, max: 90 * 24 * 60 } as const;

export const ESCALATION_REMINDER_MAX = 1_440;

export const UpdateAccountSettingsInput = z
  .object({
    name: DisplayName.optional(),
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
    flowPromoteMinWalks: z
      .number()
      .int()
      .min(1, 'must be at least 1 walk')
      .max(100, 'must be at most 100 walks')
      .optional(),
    flowPromoteMinSuccessPercent: z
      .number()
      .int()
      .min(50, 'must be at least 50%')
      .max(100, 'must be at most 100%')
      .optional(),
    /** Unclaimed escalations: remind the technician channel after this many minutes, admins at twice it; 0 is off. */
    escalationReminderMinutes: z
      .number()
      .int('must be whole minutes')
      .min(0, 'must be 0 (off) or more')
      .max(ESCALATION_REMINDER_MAX, 'must be at most 1440 minutes (a day)')
      .optional(),
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
    password: NewPassword.optional(),
  }),
});
