import { z } from 'zod';
import type { SlackStateValues } from './inputs.ts';

/**
 * The flow walker's buttons. Kept apart from the session card's {@link ACTION_VERBS}: a walk press
 * names a walk (not a session) and, for an answer, the step and the exit taken.
 */
export const WALK_VERBS = [
  'walk.answer',
  'walk.back',
  'walk.note',
  'walk.escalate',
  'walk.worked',
  'walk.failed',
  'walk.partial',
  'walk.accept_draft',
  'walk.reject_draft',
] as const;
export type WalkVerb = (typeof WALK_VERBS)[number];

/** Button text on both platforms; an answer button shows the exit's own label instead. */
export const WALK_ACTION_LABELS = {
  'walk.answer': 'Answer',
  'walk.back': 'Back',
  'walk.note': 'Add a note',
  'walk.escalate': "I'm stuck — escalate",
  'walk.worked': 'It worked',
  'walk.failed': "Didn't work",
  'walk.partial': 'Partly',
  'walk.accept_draft': 'Accept this draft',
  'walk.reject_draft': 'Reject this draft',
} as const satisfies Record<WalkVerb, string>;

/** Slack: the note input's `block_id` / `action_id`; Teams: the Input.Text `id` merged into `data`. */
export const WALK_NOTE_BLOCK_ID = 'walk_note';
export const WALK_NOTE_ACTION_ID = 'note';
export const WALK_NOTE_INPUT_ID = 'walkNote';
export const WALK_NOTE_MAX_CHARS = 1_000;

/**
 * What a walk button carries: the walk, the state version the card was drawn from (core refuses a
 * press on an older card), and for an answer the step and exit label. Keys are short because Slack
 * caps a button `value` at 2,000 characters; Teams adds the card's inputs beside them, so unknown
 * keys are ignored rather than refused.
 */
export const WalkPayloadSchema = z.object({
  w: z.string().uuid(),
  v: z.number().int().min(0),
  st: z.string().min(1).max(64).optional(),
  a: z.string().min(1).max(75).optional(),
});
export type WalkPayload = z.infer<typeof WalkPayloadSchema>;

export type ParsedWalkAction =
  | { ok: true; verb: WalkVerb; payload: WalkPayload }
  | { ok: false; reason: string };

export function walkPayload(
  walkId: string,
  stateVersion: number,
  answer?: { stepId: string; label: string },
) {
  const base: WalkPayload = { w: walkId, v: stateVersion };
  return answer ? { ...base, st: answer.stepId, a: answer.label } : base;
}

export function isWalkVerb(verb: unknown): verb is WalkVerb {
  return typeof verb === 'string' && (WALK_VERBS as readonly string[]).includes(verb);
}

/**
 * Slack wants action ids unique within a block, so answer buttons are `walk.answer.0`, `.1`, …;
 * this maps them back to the verb.
 */
export function slackWalkVerb(actionId: string): string {
  return actionId.replace(/^(walk\.answer)\.\d+$/, '$1');
}

/** Teams `Action.Execute` (verb, data) or a Slack button (verb, parsed value): a press to act on. */
export function parseWalkAction(verb: unknown, data: unknown): ParsedWalkAction {
  if (!isWalkVerb(verb)) return { ok: false, reason: 'unknown walk action' };
  const parsed = WalkPayloadSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: 'walk action payload is malformed' };
  const { w, v, st, a } = parsed.data;
  if (verb === 'walk.answer' && (!st || !a))
    return { ok: false, reason: 'an answer needs its step and label' };
  return { ok: true, verb, payload: { w, v, ...(st ? { st } : {}), ...(a ? { a } : {}) } };
}

/** A Slack button `value` (JSON) as a press; anything unreadable is refused. */
export function parseSlackWalkAction(actionId: string, value: unknown): ParsedWalkAction {
  if (typeof value !== 'string' || value.length > 2_000) return { ok: false, reason: 'missing action value' };
  try {
    return parseWalkAction(slackWalkVerb(actionId), JSON.parse(value));
  } catch {
    return { ok: false, reason: 'action value is not JSON' };
  }
}

/** The typed note from the card's input (Slack `state.values`), or null when empty. */
export function readSlackWalkNote(values: SlackStateValues | undefined): string | null {
  return clean(values?.[WALK_NOTE_BLOCK_ID]?.[WALK_NOTE_ACTION_ID]?.value);
}

/** The typed note from a Teams Action.Execute `data`, or null when empty. */
export function readTeamsWalkNote(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  return clean((data as Record<string, unknown>)[WALK_NOTE_INPUT_ID]);
}

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, WALK_NOTE_MAX_CHARS) : null;
}
