import { z } from 'zod';
import { CHANNEL_KINDS, SESSION_STATUSES } from '../db/schema/diagnosis.ts';
import { stripUnsafeText } from '../shared/text-hygiene.ts';
import { QueryDate } from '../shared/validation.ts';

export const SessionIdInput = z.string().uuid('must be a session id (UUID)');
export const ItemIdInput = z.string().uuid('must be an item id (UUID)');

const ChannelRef = z
  .record(z.string().min(1).max(100), z.string().max(500))
  .refine((v) => Object.keys(v).length <= 10, {
    message: 'at most 10 keys',
  });

export const CreateSessionInput = z
  .object({
    problemSummary: z
      .string()
      .overwrite(stripUnsafeText)
      .trim()
      .min(3, 'describe the problem in a few words')
      .max(2_000, 'the problem is too long (at most 2,000 characters): put the detail in a message'),
    channel: z
      .object({ kind: z.enum(CHANNEL_KINDS), ref: ChannelRef.default({}) })
      .default({ kind: 'web', ref: {} }),
    ticket: z
      .object({ provider: z.string().trim().min(1).max(50), externalId: z.string().trim().min(1).max(100) })
      .optional(),
  })
  .strict();

export const ListSessionsInput = z
  .object({
    status: z.enum(SESSION_STATUSES).optional(),
    channel: z.enum(CHANNEL_KINDS).optional(),
    ownerUserId: z.string().uuid().optional(),
    createdAfter: QueryDate.optional(),
    createdBefore: QueryDate.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();

export const MAX_MESSAGE_LENGTH = 8_000;

export const TurnInput = z
  .object({
    message: z
      .string()
      .overwrite(stripUnsafeText)
      .trim()
      .min(1, 'say something to the assistant')
      .max(MAX_MESSAGE_LENGTH, `keep messages under ${MAX_MESSAGE_LENGTH} characters`),
  })
  .strict();

export const UpdateTaskItemInput = z
  .object({
    text: z.string().trim().min(1).max(1_000).optional(),
    status: z.enum(['open', 'answered', 'done', 'dismissed']).optional(),
    answer: z.string().trim().min(1).max(2_000).nullable().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
