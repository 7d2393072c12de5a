import { z } from 'zod';

/** The public "Talk to sales" form. */
export const SalesLeadInput = z
  .object({
    company: z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters'),
    seats: z
      .number({ message: 'must be a number of seats' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100_000, 'must be at most 100000'),
    needs: z.string().trim().min(1, 'tell us what you need').max(4_000, 'must be at most 4000 characters'),
    contactName: z.string().trim().min(1, 'must not be blank').max(200, 'must be at most 200 characters'),
    contactEmail: z.string().trim().toLowerCase().email('must be an email address').max(254),
    phone: z.string().trim().max(50, 'must be at most 50 characters').optional(),
  })
  .strict();

export const ListLeadsInput = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    since: z.iso.datetime({ offset: true, message: 'must be an ISO date-time' }).optional(),
  })
  .strict();

export type SalesLeadBody = z.input<typeof SalesLeadInput>;
