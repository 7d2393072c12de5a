import type { NotePreview } from '../core/notes/index.ts';
import { actionPayload, type CardAction } from './actions.ts';
import { type AdaptiveCardJson, expandTemplate, fitCard, scaled } from './adaptive.ts';
import type { RenderContext } from './context.ts';
import { NOTE_SECTION_MAX_CHARS, noteSectionInputId } from './inputs.ts';
import { actions, button, context, fitMrkdwn, header, message, section } from './slack-blocks.ts';
import type { Block, SlackMessage } from './slack-types.ts';
import template from './templates/note-preview.json' with { type: 'json' };
import { CAPS, oneLine, truncate } from './text.ts';

type Kind = NotePreview['kind'];

const NOTE_TEXT = {
  resolution: {
    title: '📝 Resolution note — preview',
    fallback: 'Resolution note preview',
    edit: 'note.resolution.edit',
    post: 'note.resolution.post',
  },
  escalation: {
    title: '🚨 Escalation package — preview',
    fallback: 'Escalation package preview',
    edit: 'note.escalation.edit',
    post: 'note.escalation.post',
  },
} as const satisfies Record<Kind, { title: string; fallback: string; edit: CardAction; post: CardAction }>;

function drafted(preview: NotePreview): string {
  const who = preview.engine === 'claude' ? 'Drafted by the assistant' : 'Drafted from the recorded facts';
  return `${who} · nothing is posted until you confirm · state v${preview.stateVersion}`;
}

function fallbackOf(preview: NotePreview): string {
  const problem = preview.sections[0]?.body ?? '';
  return oneLine(`${NOTE_TEXT[preview.kind].fallback}${problem ? `: ${problem}` : ''}`);
}

/**
 * A note preview as a Slack message: one section per heading, then Edit (opens
 * `renderNoteEditModal`), Confirm and Cancel (closes the preview, posts nothing). Confirm posts the note core previewed for this state
 * version, not the shortened text shown here.
 */
export function renderNotePreviewBlocks(preview: NotePreview, ctx: RenderContext): SlackMessage {
  const text = NOTE_TEXT[preview.kind];
  const payload = actionPayload(preview.sessionId, preview.stateVersion);
  const shortened = preview.sections.some((s) => s.body.length > CAPS.noteSectionChars);
  const blocks: Block[] = [header(text.title), context([drafted(preview)])];
  for (const s of preview.sections) {
    const heading = fitMrkdwn(oneLine(s.heading), 150);
    const body = s.body.trim() ? fitMrkdwn(s.body.trim(), CAPS.noteSectionChars) : '_(empty)_';
    blocks.push(section(`*${heading}*\n${body}`));
  }
  if (shortened) blocks.push(context(['Some sections are shortened here; *Edit* shows the full text.']));
  if (ctx.canAct) {
    blocks.push(
      ...actions([button(text.edit, payload), button(text.post, payload), button('note.cancel', payload)]),
    );
  }
  return message(fallbackOf(preview), blocks);
}

/**
 * The same preview as an Adaptive Card 1.5. Teams edits in place: each section is a required
 * Input.Text, and Confirm sends the edited text in the Action.Execute `data` (read it with
 * `readTeamsNoteSections`); Cancel goes back to the session card. Viewers get plain text and no button.
 */
export function renderNotePreviewCard(preview: NotePreview, ctx: RenderContext): AdaptiveCardJson {
  const text = NOTE_TEXT[preview.kind];
  return fitCard((scale) => {
    const max = Math.min(NOTE_SECTION_MAX_CHARS, scaled(NOTE_SECTION_MAX_CHARS, scale, 200));
    return expandTemplate(template, {
      fallback: truncate(fallbackOf(preview), CAPS.fallbackChars),
      title: text.title,
      drafted: drafted(preview),
      sections: preview.sections.map((s, i) => ({
        id: noteSectionInputId(i),
        heading: truncate(oneLine(s.heading), 150),
        body: truncate(s.body, max) || (ctx.canAct ? '' : '(empty)'),
        edit: ctx.canAct,
      })),
      shortened: preview.sections.some((s) => s.body.length > max),
      canAct: ctx.canAct,
      isResolution: preview.kind === 'resolution',
      payload: actionPayload(preview.sessionId, preview.stateVersion),
    });
  });
}
