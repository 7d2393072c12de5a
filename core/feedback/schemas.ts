import { z } from 'zod';
import { FEEDBACK_RATINGS, FEEDBACK_SURFACES } from '../db/schema/feedback.ts';
import { stripUnsafeText } from '../shared/text-hygiene.ts';
import { QueryDate } from '../shared/validation.ts';

export const RecordFeedbackInput = z
  .object({
    turnId: z.string().uuid('must be an assistant answer id (UUID)'),
    rating: z.enum(FEEDBACK_RATINGS, { message: 'rating must be helpful or not_helpful' }),
    comment: z
      .string()
      .overwrite(stripUnsafeText)
      .trim()
      .max(2_000, 'keep the comment under 2,000 characters')
      .optional(),
    surface: z.enum(FEEDBACK_SURFACES, { message: 'surface must be slack, teams or web' }),
  })
  .strict();
export type RecordFeedbackInput = z.input<typeof RecordFeedbackInput>;

export const ExportFeedbackInput = z
  .object({
    from: QueryDate.optional(),
    to: QueryDate.optional(),
    rating: z.enum(FEEDBACK_RATINGS).optional(),
  })
  .strict();
