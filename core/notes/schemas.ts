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

/**
 * The session's state version the confirmed preview showed: when facts or answers arrived since,
 * the post is refused rather than sending something the person never saw.
 */
const PreviewedVersion = z.number().int().min(0).optional();

export const PostResolutionInput = z
  .object({
    /** The previewed sections as the engineer edited them; omitted = post the preview as is. */
    sections: Sections.optional(),
    stateVersion: PreviewedVersion,
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
    stateVersion: PreviewedVersion,
  })
  .strict();
