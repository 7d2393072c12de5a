import { z } from 'zod';

/**
 * Every button either adapter can receive. Slack sends the verb as the button's `action_id`, Teams
 * as the `Action.Execute` `verb`; one list means a verb cannot exist on one platform only, and
 * manifest/adapter tests can check each one has a handler.
 */
export const ACTION_VERBS = [
  'fix.apply',
  'fix.worked',
  'fix.failed',
  'fix.partial',
  'fix.dismiss',
  'script.later',
  'script.build',
  'note.resolution.preview',
  'note.resolution.edit',
  'note.resolution.post',
  'note.escalation.preview',
  'note.escalation.edit',
  'note.escalation.post',
  'session.refresh',
  'session.claim',
  'note.cancel',
  'escalation.claim',
  'escalation.handover',
] as const;

/**
 * The verbs of the session and note-preview cards, handled by each adapter's action listener;
 * `escalation.claim` and `escalation.handover` (the technician-channel post) live with the
 * escalation listeners. Claiming
 * from the session card is `session.claim`: same core verb, but it answers with the session card.
 */
export const SESSION_CARD_VERBS = [
  'fix.apply',
  'fix.dismiss',
  'fix.worked',
  'fix.failed',
  'fix.partial',
  'script.later',
  'script.build',
  'note.resolution.preview',
  'note.resolution.edit',
  'note.resolution.post',
  'note.escalation.preview',
  'note.escalation.edit',
  'note.escalation.post',
  'session.refresh',
  'session.claim',
  'note.cancel',
] as const satisfies readonly (typeof ACTION_VERBS)[number][];

/** One of {@link ACTION_VERBS}: the name both adapters route on. */
export type CardAction = (typeof ACTION_VERBS)[number];

/** Visual weight of a button; mapped to Slack `style` and Adaptive Card `style` by the renderers. */
export type ActionTone = 'primary' | 'default';

interface ActionSpec {
  /** Button text on both platforms (Slack caps button text at 75 characters). */
  label: string;
  /** The payload must name a fix (`f`); the adapter gets a clear rejection when it does not. */
  needsFix: boolean;
  tone: ActionTone;
}

/** Labels and payload rules per verb, so Slack and Teams buttons read the same. */
export const CARD_ACTIONS = {
  'fix.apply': { label: 'Apply', needsFix: true, tone: 'primary' },
  'fix.worked': { label: 'It worked', needsFix: true, tone: 'primary' },
  'fix.failed': { label: "Didn't work", needsFix: true, tone: 'default' },
  'fix.partial': { label: 'Partly', needsFix: true, tone: 'default' },
  'fix.dismiss': { label: 'Dismiss', needsFix: true, tone: 'default' },
  // A fix that carries a script: keep it as a template (drafted now, reviewed after resolve).
  'script.later': { label: 'Run now, templatize later', needsFix: true, tone: 'default' },
  'script.build': { label: 'Build a template', needsFix: true, tone: 'default' },
  'note.resolution.preview': { label: 'Preview resolution note', needsFix: false, tone: 'default' },
  'note.resolution.edit': { label: 'Edit', needsFix: false, tone: 'default' },
  'note.resolution.post': { label: 'Confirm & post', needsFix: false, tone: 'primary' },
  'note.escalation.preview': { label: 'Escalate', needsFix: false, tone: 'default' },
  'note.escalation.edit': { label: 'Edit', needsFix: false, tone: 'default' },
  'note.escalation.post': { label: 'Confirm & escalate', needsFix: false, tone: 'primary' },
  'session.refresh': { label: 'Refresh', needsFix: false, tone: 'default' },
  'session.claim': { label: 'Claim and carry on', needsFix: false, tone: 'primary' },
  'note.cancel': { label: 'Cancel', needsFix: false, tone: 'default' },
  'escalation.claim': { label: 'Claim', needsFix: false, tone: 'primary' },
  'escalation.handover': { label: 'Hand over', needsFix: false, tone: 'default' },
} as const satisfies Record<CardAction, ActionSpec>;

const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an id');

/**
 * What a button carries: session id, optional fix id, and the state version the card was drawn
 * from, so core can refuse (409) a click on a stale card instead of acting on changed state.
 * Keys are one letter because Slack caps a button `value` at 2,000 characters.
 */
export const ActionPayloadSchema = z.object({
  s: Id,
  f: Id.optional(),
  v: z.number().int().min(0),
});

/** The decoded button payload; see {@link ActionPayloadSchema}. */
export type ActionPayload = z.infer<typeof ActionPayloadSchema>;

/** Slack's published cap on a button `value`. */
const MAX_VALUE_CHARS = 2_000;

/** Builds the payload for a button; the fix id is left out (not `undefined`) when there is none. */
export function actionPayload(sessionId: string, stateVersion: number, fixId?: string | null): ActionPayload {
  return fixId ? { s: sessionId, f: fixId, v: stateVersion } : { s: sessionId, v: stateVersion };
}

/**
 * The Slack button `value` (and modal `private_metadata`). Throws on a payload that would not fit,
 * which only a programming error can produce: ids are at most 64 characters.
 */
export function encodeActionValue(payload: ActionPayload): string {
  const parsed = ActionPayloadSchema.parse(payload);
  const value = JSON.stringify(actionPayload(parsed.s, parsed.v, parsed.f));
  if (value.length > MAX_VALUE_CHARS) throw new RangeError('action value exceeds 2,000 characters');
  return value;
}

/** Either a valid payload or the reason it was refused, for the adapter's log and error card. */
export type DecodeResult = { ok: true; payload: ActionPayload } | { ok: false; reason: string };

/** A button action the adapter may act on: a known verb and a payload that satisfies its rules. */
export type ParsedAction =
  | { ok: true; verb: CardAction; payload: ActionPayload }
  | { ok: false; reason: string };

/** Reads a Slack button `value` or `private_metadata`; anything else a client sends is refused. */
export function decodeActionValue(value: unknown): DecodeResult {
  if (typeof value !== 'string' || value.length === 0) return { ok: false, reason: 'missing action value' };
  if (value.length > MAX_VALUE_CHARS) return { ok: false, reason: 'action value too long' };
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return { ok: false, reason: 'action value is not JSON' };
  }
  return checkPayload(json);
}

/** True when `verb` is one of ours; narrows a string from a platform payload. */
export function isCardAction(verb: unknown): verb is CardAction {
  return typeof verb === 'string' && (ACTION_VERBS as readonly string[]).includes(verb);
}

/** Slack `block_actions`: the button's `action_id` and `value`. */
export function parseSlackAction(actionId: unknown, value: unknown): ParsedAction {
  if (!isCardAction(actionId)) return { ok: false, reason: 'unknown action' };
  const decoded = decodeActionValue(value);
  return decoded.ok ? withVerb(actionId, decoded.payload) : decoded;
}

/**
 * Teams `adaptiveCard/action`: the `verb` and `data`. Teams merges card inputs into `data`
 * (e.g. the partial-notes text); those keys are ignored here and read with the input helpers.
 */
export function parseTeamsAction(verb: unknown, data: unknown): ParsedAction {
  if (!isCardAction(verb)) return { ok: false, reason: 'unknown action' };
  const checked = checkPayload(data);
  return checked.ok ? withVerb(verb, checked.payload) : checked;
}

function checkPayload(json: unknown): DecodeResult {
  const parsed = ActionPayloadSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'action payload is malformed' };
  return { ok: true, payload: actionPayload(parsed.data.s, parsed.data.v, parsed.data.f) };
}

function withVerb(verb: CardAction, payload: ActionPayload): ParsedAction {
  if (CARD_ACTIONS[verb].needsFix && !payload.f) return { ok: false, reason: `${verb} needs a fix id` };
  return { ok: true, verb, payload };
}
