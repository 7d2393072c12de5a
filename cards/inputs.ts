import type { NOTE_HEADINGS } from '../core/notes/index.ts';
import type { CardAction } from './actions.ts';

/*
 * Names of the text inputs our cards and modals carry, and readers for what comes back. The
 * adapters read submitted text only through these, so a renamed input cannot silently drop notes.
 */

/** Slack: the partial-notes modal's `callback_id` is the verb it completes. */
export const PARTIAL_NOTES_CALLBACK_ID = 'fix.partial' satisfies CardAction;
/** Slack: `block_id` of the partial-notes input block (`view.state.values[block_id][action_id]`). */
export const PARTIAL_NOTES_BLOCK_ID = 'fix_partial_notes';
/** Slack: `action_id` of the partial-notes text input. */
export const PARTIAL_NOTES_ACTION_ID = 'notes';
/** Teams: `id` of the partial-notes Input.Text; Teams merges it into the Action.Execute `data`. */
export const PARTIAL_NOTES_INPUT_ID = 'partialNotes';
/** Longest partial note we accept from either platform's input. */
export const PARTIAL_NOTES_MAX_CHARS = 2_000;

/** Slack: `action_id` of every note-section input in the edit modal (block ids differ per section). */
export const NOTE_SECTION_ACTION_ID = 'body';
/** Longest section body an input offers; Slack's `plain_text_input` allows at most 3,000. */
export const NOTE_SECTION_MAX_CHARS = 3_000;

/** Slack: `block_id` of the input for note section `index` (0-based, in heading order). */
export function noteSectionBlockId(index: number): string {
  return `note_section_${index}`;
}

/** Teams: `id` of the Input.Text for note section `index` (0-based, in heading order). */
export function noteSectionInputId(index: number): string {
  return `section${index}`;
}

/** Shape of Slack's `view.state.values` as far as plain-text inputs go. */
export type SlackStateValues = Record<
  string,
  Record<string, { value?: string | null } | undefined> | undefined
>;

/** The trimmed partial notes from a Slack `view_submission`, or null when empty. */
export function readSlackPartialNotes(values: SlackStateValues): string | null {
  return clean(values[PARTIAL_NOTES_BLOCK_ID]?.[PARTIAL_NOTES_ACTION_ID]?.value, PARTIAL_NOTES_MAX_CHARS);
}

/** The trimmed partial notes from a Teams Action.Execute `data`, or null when empty. */
export function readTeamsPartialNotes(data: unknown): string | null {
  return clean(field(data, PARTIAL_NOTES_INPUT_ID), PARTIAL_NOTES_MAX_CHARS);
}

/**
 * Edited section bodies from the Slack note-edit modal, in heading order; an emptied section is
 * ''. The adapter pairs them with the headings it previewed.
 */
export function readSlackNoteSections(values: SlackStateValues): string[] {
  return readSections((i) => values[noteSectionBlockId(i)]?.[NOTE_SECTION_ACTION_ID]?.value);
}

/** Edited section bodies from a Teams note-preview card's `data`, in heading order. */
export function readTeamsNoteSections(data: unknown): string[] {
  return readSections((i) => field(data, noteSectionInputId(i)));
}

function readSections(get: (index: number) => unknown): string[] {
  const out: string[] = [];
  // Notes have at most five sections; the bound keeps a hostile payload from costing anything.
  for (let i = 0; i < 20; i++) {
    const raw = get(i);
    if (raw === undefined) break;
    out.push(clean(raw, NOTE_SECTION_MAX_CHARS) ?? '');
  }
  return out;
}

function field(data: unknown, key: string): unknown {
  if (typeof data !== 'object' || data === null) return undefined;
  return (data as Record<string, unknown>)[key];
}

function clean(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

/**
 * The note headings per kind, for pairing edited bodies back with their headings. A copy of
 * core's `NOTE_HEADINGS` (cards may import only types from core); `satisfies` makes any drift
 * between the two a compile error.
 */
export const NOTE_HEADINGS_FOR = {
  resolution: ['Problem', 'What we confirmed', 'Root cause', 'Resolution'],
  escalation: [
    'Problem',
    "What we've confirmed",
    "What we've tried",
    'Current hypothesis',
    'Suggested next steps',
  ],
} as const satisfies typeof NOTE_HEADINGS;
