import { z } from 'zod';
import type { SlackStateValues } from './inputs.ts';

/**
 * The script buttons kept apart from the session card's {@link ACTION_VERBS}: a review press names
 * a draft, not a session, and Copy only shows the script (Slack opens a modal; Teams reveals it in
 * an `Action.ShowCard`, so Teams never sends `script.copy`).
 *
 * - `script.copy` (Slack): the fix's script in a modal, ready to copy.
 * - `script.draft.edit` (Slack): opens the accept-with-edits modal; its submission is
 *   `script.draft.accept`, which is also the Teams verb inside the card's "Accept…" ShowCard.
 * - `script.draft.reject`, `script.draft.never`: both platforms.
 */
export const SCRIPT_COPY_ACTION = 'script.copy';
export const SCRIPT_REVIEW_VERBS = [
  'script.draft.edit',
  'script.draft.accept',
  'script.draft.reject',
  'script.draft.never',
] as const;
export type ScriptReviewVerb = (typeof SCRIPT_REVIEW_VERBS)[number];

export const SCRIPT_REVIEW_LABELS = {
  'script.draft.edit': 'Accept…',
  'script.draft.accept': 'Accept template',
  'script.draft.reject': 'Reject',
  'script.draft.never': "Don't ask again",
} as const satisfies Record<ScriptReviewVerb, string>;

/** Slack's `callback_id` of the accept modal: the submission is the accept itself. */
export const DRAFT_ACCEPT_CALLBACK_ID = 'script.draft.accept';
export const SCRIPT_COPY_CALLBACK_ID = 'script.copy';

/** Slack block ids (action id `value`) and Teams input ids of the accept form. */
export const DRAFT_FIELDS = {
  name: { block: 'draft_name', input: 'draftName' },
  params: { block: 'draft_params', input: 'draftParams' },
  body: { block: 'draft_body', input: 'draftBody' },
} as const;
export const DRAFT_FIELD_ACTION_ID = 'value';
/** A Slack `plain_text_input` holds 3,000 characters; longer bodies are edited on the Scripts page. */
export const DRAFT_BODY_EDIT_MAX = 3_000;

/**
 * What a review button carries: the draft. A Slack modal also carries where the card is (`c`
 * channel, `m` message ts) so the submission can redraw it. Teams merges the card's inputs into
 * the same object, so unknown keys are ignored.
 */
export const DraftPayloadSchema = z.object({
  d: z.string().uuid(),
  c: z.string().min(1).max(40).optional(),
  m: z.string().min(1).max(40).optional(),
});
export type DraftPayload = z.infer<typeof DraftPayloadSchema>;

export type ParsedDraftAction =
  | { ok: true; verb: ScriptReviewVerb; payload: DraftPayload }
  | { ok: false; reason: string };

export function isScriptReviewVerb(verb: unknown): verb is ScriptReviewVerb {
  return typeof verb === 'string' && (SCRIPT_REVIEW_VERBS as readonly string[]).includes(verb);
}

/** Teams `Action.Execute` (verb, data) or a Slack button/modal (verb, parsed value). */
export function parseDraftAction(verb: unknown, data: unknown): ParsedDraftAction {
  if (!isScriptReviewVerb(verb)) return { ok: false, reason: 'unknown draft action' };
  const parsed = DraftPayloadSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: 'draft action payload is malformed' };
  const { d, c, m } = parsed.data;
  return { ok: true, verb, payload: { d, ...(c ? { c } : {}), ...(m ? { m } : {}) } };
}

/** A Slack button `value` or modal `private_metadata` (JSON) as a press. */
export function parseSlackDraftAction(verb: string, value: unknown): ParsedDraftAction {
  if (typeof value !== 'string' || value.length > 2_000) return { ok: false, reason: 'missing action value' };
  try {
    return parseDraftAction(verb, JSON.parse(value));
  } catch {
    return { ok: false, reason: 'action value is not JSON' };
  }
}

/** What the accept form says; a field left out (or not on the form) keeps the draft's. */
export interface DraftEdits {
  name?: string;
  body?: string;
  paramLines?: string;
}

function edits(read: (field: keyof typeof DRAFT_FIELDS) => unknown): DraftEdits {
  const out: DraftEdits = {};
  const name = read('name');
  const body = read('body');
  const params = read('params');
  if (typeof name === 'string' && name.trim()) out.name = name.trim();
  if (typeof body === 'string' && body.trim()) out.body = body.replace(/\r\n/g, '\n');
  // An emptied parameter box means "no parameters", which is a real edit.
  if (typeof params === 'string') out.paramLines = params.replace(/\r\n/g, '\n');
  return out;
}

/** The accept modal's `view.state.values`. */
export function readSlackDraftEdits(values: SlackStateValues | undefined): DraftEdits {
  // Slack sends an emptied optional input as `value: null`; a field not on the form is absent.
  return edits((f) => {
    const input = values?.[DRAFT_FIELDS[f].block]?.[DRAFT_FIELD_ACTION_ID];
    return input ? (input.value ?? '') : undefined;
  });
}

/** The Teams `Action.Execute` data (the ShowCard's inputs merged in). */
export function readTeamsDraftEdits(data: unknown): DraftEdits {
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  return edits((f) => record[DRAFT_FIELDS[f].input]);
}
