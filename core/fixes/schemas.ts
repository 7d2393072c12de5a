import { z } from 'zod';

export const FixIdInput = z.string().uuid('must be a fix id (UUID)');

export const FixDecisionInput = z.object({ decision: z.enum(['apply', 'dismiss']) }).strict();

export const FixOutcomeInput = z
  .object({
    outcome: z.enum(['applied_success', 'applied_failed', 'applied_partial']),
    notes: z.string().trim().max(4_000).optional(),
    failureReason: z.string().trim().max(2_000).optional(),
  })
  .strict();
