import { z } from 'zod';

export const FactIdInput = z.string().uuid('must be a fact id (UUID)');

export const AddFactInput = z
  .object({ text: z.string().trim().min(1, 'must not be blank').max(2_000) })
  .strict();

export const UpdateFactInput = AddFactInput;

export const PromoteItemInput = z
  .object({
    itemId: z.string().uuid('must be an item id (UUID)'),
    answer: z.string().trim().min(1, 'say what the answer or result was').max(2_000),
  })
  .strict();
