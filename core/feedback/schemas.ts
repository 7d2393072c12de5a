import { z } from 'zod';
import { FEEDBACK_RATINGS, FEEDBACK_SURFACES } from '../db/schema/feedback.ts';
import { InsightsFilterInput } from '../insights/index.ts';
import { stripUnsafeText } from '../shared/text-hygiene.ts';

export const RecordFeedbackInput = z
  .object({
    turnId: z.string().uuid('must be an assistant answer id (UUID)'),
    /** When the caller addressed the answer through its session (the HTTP route): it must match. */
    sessionId: z.string().uuid('must be a session id (UUID)').optional(),
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

export const FEEDBACK_EXPORT_FORMATS = ['jsonl', 'csv'] as const;

/**
 * The evaluation export: the Insights page's range (UTC days, `to` inclusive, the last 30 days by
 * default, at most 366), optionally one client (as the PSA spells it) and one verdict. The format is JSON Lines unless CSV is asked for.
 */
export const ExportFeedbackInput = z
  .object({
    from: InsightsFilterInput.shape.from,
    to: InsightsFilterInput.shape.to,
    client: InsightsFilterInput.shape.client,
    rating: z.enum(FEEDBACK_RATINGS, { message: 'rating must be helpful or not_helpful' }).optional(),
    format: z.enum(FEEDBACK_EXPORT_FORMATS, { message: 'format must be jsonl or csv' }).default('jsonl'),
  })
  .strict();
