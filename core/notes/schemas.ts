import { z } from 'zod';

export const NoteKindInput = z.enum(['resolution', 'escalation']);

const Sections = z
  .array(
    z.object({
      heading: z.string().min(1).max(100),
      body: z.string().trim().min(1, 'must not be empty').max(8_000),
    }),
  )
  .min(1)
  .max(10);

export const PostResolutionInput = z
  .object({
    /** The previewed sections as the engineer edited them; omitted = post the preview as is. */
    sections: Sections.optional(),
  })
  .strict();

export const PostEscalationInput = z
  .object({
    sections: Sections.optional(),
    target: z
      .object({
        type: z.enum(['user', 'board']),
        id: z.string().trim().min(1).max(100).optional(),
        name: z.string().trim().min(1).max(200),
      })
      .strict()
      .optional(),
    note: z.string().trim().max(2_000).optional(),
  })
  .strict();
