import { z } from 'zod';
import { NewPassword } from '../auth/schemas.ts';
import { DISPLAY_UNSAFE_MESSAGE, isDisplaySafe } from '../shared/text-hygiene.ts';

/** The public signup form: the company becomes the account, the person its owner. */
export const SignUpInput = z
  .object({
    companyName: z
      .string()
      .trim()
      .min(1, 'must not be blank')
      .max(200, 'must be at most 200 characters')
      .refine(isDisplaySafe, DISPLAY_UNSAFE_MESSAGE),
    name: z
      .string()
      .trim()
      .min(1, 'must not be blank')
      .max(200, 'must be at most 200 characters')
      .refine(isDisplaySafe, DISPLAY_UNSAFE_MESSAGE),
    email: z.string().trim().toLowerCase().email('must be an email address').max(254),
    password: NewPassword,
  })
  .strict();

export const VerifyEmailInput = z
  .object({ token: z.string().min(20, 'is not a valid verification link').max(200) })
  .strict();

export type SignUpBody = z.input<typeof SignUpInput>;
