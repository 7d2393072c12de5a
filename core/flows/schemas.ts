import { z } from 'zod';
import { DISPLAY_UNSAFE_MESSAGE, isDisplaySafe } from '../shared/text-hygiene.ts';
import { FlowGraph } from './graph.ts';

export const FlowId = z.string().uuid('must be a flow id (UUID)');
export const WalkId = z.string().uuid('must be a walk id (UUID)');

export const ImportFlowInput = z
  .object({
    format: z.enum(['yaml', 'json'], { message: 'format must be yaml or json' }),
    content: z.string().min(1, 'the flow file is empty').max(200_000, 'the flow file is larger than 200 kB'),
  })
  .strict();

export const UpdateFlowDraftInput = z
  .object({
    title: z.string().trim().min(3).max(200).refine(isDisplaySafe, DISPLAY_UNSAFE_MESSAGE).optional(),
    description: z.string().trim().max(2_000).optional(),
    symptoms: z.array(z.string().trim().min(2).max(200)).min(1).max(30).optional(),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    client: z.string().trim().min(1).max(200).nullable().optional(),
    graph: FlowGraph.optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });

export const ExportFlowInput = z
  .object({ format: z.enum(['yaml', 'json'], { message: 'format must be yaml or json' }).default('yaml') })
  .strict();

const VersionRef = z.union([
  z.literal('draft'),
  z.coerce.number().int('a version number').min(1, 'versions start at 1'),
]);

/** Two versions to compare ("draft" is the working copy); both or neither. */
export const FlowDiffInput = z.object({ from: VersionRef, to: VersionRef }).strict();

export const ReviewDraftInput = z
  .object({
    decision: z.enum(['accept', 'reject'], { message: 'decision must be accept or reject' }),
    note: z.string().trim().max(500).default(''),
  })
  .strict();

export const StartWalkInput = z
  .object({ sessionId: z.string().uuid('must be a session id (UUID)').nullable().default(null) })
  .strict();

export const PublishFlowInput = z.object({ note: z.string().trim().max(500).default('') }).strict();

export const ListFlowsInput = z
  .object({
    status: z.enum(['draft', 'published', 'retired']).optional(),
    origin: z.enum(['authored', 'ai_draft', 'kb_build']).optional(),
    q: z.string().trim().max(200).optional(),
  })
  .strict();

export const FlowTicketInput = z
  .object({
    summary: z.string().trim().min(3, 'describe the problem in a few words').max(500),
    details: z.string().trim().max(8_000).default(''),
    client: z.string().trim().min(1).max(200).nullable().default(null),
  })
  .strict();
export type FlowTicketInput = z.input<typeof FlowTicketInput>;

export const AnswerStepInput = z
  .object({
    /** The card's state version: a press on an older card is refused instead of applied twice. */
    stateVersion: z.number().int().min(0),
    stepId: z.string().min(1).max(64),
    /** The label of the exit taken (a choice, Yes/No, Done). */
    answer: z.string().trim().min(1).max(75),
    note: z.string().trim().max(1_000).optional(),
  })
  .strict();

export const WalkPressInput = z.object({ stateVersion: z.number().int().min(0) }).strict();

export const WalkNoteInput = z
  .object({ stateVersion: z.number().int().min(0), note: z.string().trim().min(1).max(1_000) })
  .strict();

export const FinishWalkInput = z
  .object({
    stateVersion: z.number().int().min(0),
    outcome: z.enum(['worked', 'failed', 'partial']),
    note: z.string().trim().max(1_000).optional(),
  })
  .strict();

export const EscalateWalkInput = z
  .object({ stateVersion: z.number().int().min(0), reason: z.string().trim().min(3).max(1_000) })
  .strict();

/** Account-level bar an assistant draft must clear before match-or-build offers it. */
export const FlywheelSettings = z
  .object({
    minSuccessfulWalks: z.number().int().min(1).max(100).default(3),
    minSuccessRate: z.number().min(0.5).max(1).default(0.8),
  })
  .strict();
export type FlywheelSettings = z.output<typeof FlywheelSettings>;
export const DEFAULT_FLYWHEEL: FlywheelSettings = { minSuccessfulWalks: 3, minSuccessRate: 0.8 };
