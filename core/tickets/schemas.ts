import { z } from 'zod';
import { TICKET_PRIORITIES } from '../db/schema/tickets.ts';

export const TicketIdInput = z.string().uuid('must be a ticket id (UUID)');

export const CreateWalkInInput = z
  .object({
    contactName: z.string().trim().min(1, 'who walked in?').max(200),
    contactEmail: z.string().trim().toLowerCase().email('must be an email address').max(320).optional(),
    /** The client company by name; with a PSA connected, `clientId` is its PSA company id. */
    client: z.string().trim().min(1, 'pick the client company').max(200),
    clientId: z.string().trim().min(1).max(100).optional(),
    summary: z.string().trim().min(3, 'describe the problem in a few words').max(500),
    details: z.string().trim().max(8_000).default(''),
    priority: z.enum(TICKET_PRIORITIES).default('medium'),
  })
  .strict();
export type CreateWalkInInput = z.input<typeof CreateWalkInInput>;

export const QUEUE_FILTERS = ['all', 'mine', 'unassigned', 'escalated'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export const ListQueueInput = z
  .object({
    filter: z.enum(QUEUE_FILTERS).default('all'),
    search: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type ListQueueInput = z.input<typeof ListQueueInput>;

export const StartTicketInput = z
  .object({
    channel: z
      .object({
        kind: z.enum(['slack', 'teams', 'web']),
        ref: z.record(z.string().min(1).max(100), z.string().max(500)).default({}),
      })
      .default({ kind: 'web', ref: {} }),
  })
  .strict()
  .default({ channel: { kind: 'web', ref: {} } });
