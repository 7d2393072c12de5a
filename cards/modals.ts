import type { NotePreview } from '../core/notes/index.ts';
import { type ActionPayload, actionPayload, type CardAction, encodeActionValue } from './actions.ts';
import {
  NOTE_SECTION_ACTION_ID,
  NOTE_SECTION_MAX_CHARS,
  noteSectionBlockId,
  PARTIAL_NOTES_ACTION_ID,
  PARTIAL_NOTES_BLOCK_ID,
  PARTIAL_NOTES_CALLBACK_ID,
  PARTIAL_NOTES_MAX_CHARS,
} from './inputs.ts';
import { context, fitMrkdwn, plain, section } from './slack-blocks.ts';
import { SLACK_LIMITS } from './slack-limits.ts';
import type { InputBlock, SlackModalView } from './slack-types.ts';
import { oneLine } from './text.ts';
import type { PartialNotesModalView } from './views.ts';

/**
 * Slack `callback_id` of the note-edit modal per kind: the edit verb, so the adapter routes the
 * `view_submission` the same way it routes the button.
 */
export const NOTE_EDIT_CALLBACK_IDS = {
  resolution: 'note.resolution.edit',
  escalation: 'note.escalation.edit',
} as const satisfies Record<NotePreview['kind'], CardAction>;

const EDIT_TEXT = {
  resolution: { title: 'Edit resolution note', submit: 'Post note' },
  escalation: { title: 'Edit escalation', submit: 'Escalate' },
} as const satisfies Record<NotePreview['kind'], { title: string; submit: string }>;

const M = SLACK_LIMITS.modalButtonChars;

/**
 * The `views.open` view Slack shows after "Partly": one required multiline input. Accepts the
 * fix card's view model (shows the fix title, pre-fills earlier notes) or just the clicked
 * button's payload. The payload rides in `private_metadata` so the submission names its fix.
 */
export function renderPartialNotesModal(vm: PartialNotesModalView | ActionPayload): SlackModalView {
  const fromPayload = 's' in vm;
  const payload = fromPayload ? vm : actionPayload(vm.sessionId, vm.stateVersion, vm.fix.id);
  const fix = fromPayload ? null : vm.fix;
  const ask = 'Say what changed and what still fails; the assistant uses it to pick the next step.';
  const input: InputBlock = {
    type: 'input',
    block_id: PARTIAL_NOTES_BLOCK_ID,
    label: plain('What worked, and what still fails?', SLACK_LIMITS.inputLabelChars),
    element: {
      type: 'plain_text_input',
      action_id: PARTIAL_NOTES_ACTION_ID,
      multiline: true,
      max_length: PARTIAL_NOTES_MAX_CHARS,
      placeholder: plain('e.g. Outlook opens now, but the shared mailbox still asks for a password', 150),
    },
  };
  if (fix?.partialNotes) input.element.initial_value = fix.partialNotes.slice(0, PARTIAL_NOTES_MAX_CHARS);
  return {
    type: 'modal',
    callback_id: PARTIAL_NOTES_CALLBACK_ID,
    title: plain('Partly worked', SLACK_LIMITS.modalTitleChars),
    submit: plain('Save notes', M),
    close: plain('Cancel', M),
    private_metadata: encodeActionValue(payload),
    blocks: [section(fix ? `*${fitMrkdwn(oneLine(fix.title), 300)}*\n${ask}` : ask), input],
  };
}

/**
 * The note-edit modal: one multiline input per section, pre-filled with the preview. Submitting
 * posts the edited note; Slack enforces non-empty sections because the inputs are required.
 */
/** Where the preview message the modal was opened from is, so posting can close that preview. */
export interface PreviewMessageRef {
  channel: string;
  ts: string;
}

/** The edit modal's `private_metadata`: the button payload, and the preview message when known. */
export function noteEditMetadata(preview: NotePreview, from?: PreviewMessageRef): string {
  const value = encodeActionValue(actionPayload(preview.sessionId, preview.stateVersion));
  return from ? JSON.stringify({ a: value, c: from.channel, t: from.ts }) : value;
}

/** Reads {@link noteEditMetadata}: the payload's encoded value and the preview message, if any. */
export function readNoteEditMetadata(metadata: string): { value: string; from: PreviewMessageRef | null } {
  try {
    const parsed: unknown = JSON.parse(metadata);
    if (parsed && typeof parsed === 'object' && 'a' in parsed) {
      const { a, c, t } = parsed as Record<string, unknown>;
      if (typeof a === 'string') {
        const from = typeof c === 'string' && typeof t === 'string' ? { channel: c, ts: t } : null;
        return { value: a, from };
      }
    }
  } catch {
    // Not JSON: an older modal's plain payload value, read as it is.
  }
  return { value: metadata, from: null };
}

export function renderNoteEditModal(preview: NotePreview, from?: PreviewMessageRef): SlackModalView {
  const text = EDIT_TEXT[preview.kind];
  const inputs = preview.sections.slice(0, SLACK_LIMITS.blocksPerView - 1).map((s, i): InputBlock => {
    const trimmed = s.body.length > NOTE_SECTION_MAX_CHARS;
    const block: InputBlock = {
      type: 'input',
      block_id: noteSectionBlockId(i),
      label: plain(s.heading, SLACK_LIMITS.inputLabelChars),
      element: {
        type: 'plain_text_input',
        action_id: NOTE_SECTION_ACTION_ID,
        multiline: true,
        max_length: NOTE_SECTION_MAX_CHARS,
      },
    };
    if (s.body) block.element.initial_value = s.body.slice(0, NOTE_SECTION_MAX_CHARS);
    if (trimmed) block.hint = plain("Trimmed to 3,000 characters, Slack's limit for one field.", 2_000);
    return block;
  });
  return {
    type: 'modal',
    callback_id: NOTE_EDIT_CALLBACK_IDS[preview.kind],
    title: plain(text.title, SLACK_LIMITS.modalTitleChars),
    submit: plain(text.submit, M),
    close: plain('Cancel', M),
    private_metadata: noteEditMetadata(preview, from),
    blocks: [context(['Edit any section, then submit to post it as written.']), ...inputs],
  };
}
