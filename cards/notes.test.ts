import { describe, expect, it } from 'vitest';
import type { NotePreview } from '../core/notes/index.ts';
import { decodeActionValue } from './actions.ts';
import { engineerCtx, escalationPreview, resolutionPreview, SESSION_ID, viewerCtx } from './fixtures.ts';
import {
  NOTE_HEADINGS_FOR,
  NOTE_SECTION_ACTION_ID,
  noteSectionBlockId,
  noteSectionInputId,
  readSlackNoteSections,
  readTeamsNoteSections,
} from './inputs.ts';
import { NOTE_EDIT_CALLBACK_IDS, renderNoteEditModal } from './modals.ts';
import { renderNotePreviewBlocks, renderNotePreviewCard } from './notes.ts';
import { assertBlockKitLimits } from './slack-limits.ts';
import { adaptiveCardProblems, executeActions, findAll } from './test-support.ts';

const buttons = (m: { blocks: unknown }) => findAll(m.blocks, 'button').map((b) => b.action_id);

describe.each([
  ['resolution', resolutionPreview],
  ['escalation', escalationPreview],
] as const)('%s note preview', (kind, preview) => {
  it('renders for Slack within limits, with Edit and Confirm', () => {
    const msg = renderNotePreviewBlocks(preview, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(buttons(msg)).toEqual([`note.${kind}.edit`, `note.${kind}.post`, 'note.cancel']);
    for (const heading of NOTE_HEADINGS_FOR[kind]) expect(JSON.stringify(msg)).toContain(`*${heading}*`);
    expect(msg).toMatchSnapshot();
  });

  it('renders for Teams as a valid card with one required input per section and a post action', () => {
    const card = renderNotePreviewCard(preview, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    const inputs = findAll(card, 'Input.Text');
    expect(inputs.map((i) => i.id)).toEqual(preview.sections.map((_, i) => noteSectionInputId(i)));
    expect(inputs.map((i) => i.label)).toEqual([...NOTE_HEADINGS_FOR[kind]]);
    expect(inputs.every((i) => i.isRequired === true && typeof i.errorMessage === 'string')).toBe(true);
    expect(executeActions(card)).toEqual([
      expect.objectContaining({
        verb: `note.${kind}.post`,
        data: { s: SESSION_ID, v: preview.stateVersion },
      }),
      expect.objectContaining({ verb: 'note.cancel', title: 'Cancel' }),
    ]);
    // Back to the session card without posting; it must not demand the (required) inputs.
    const cancel = findAll(card, 'Action.Execute').find((a) => a.verb === 'note.cancel');
    expect(cancel?.associatedInputs).toBe('none');
    expect(card).toMatchSnapshot();
  });

  it('shows a viewer the text without inputs or buttons', () => {
    const msg = renderNotePreviewBlocks(preview, viewerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(buttons(msg)).toEqual([]);
    const card = renderNotePreviewCard(preview, viewerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(findAll(card, 'Input.Text')).toEqual([]);
    expect(executeActions(card)).toEqual([]);
  });

  it('opens an edit modal with one multiline input per section, routed by the edit verb', () => {
    const modal = renderNoteEditModal(preview);
    assertBlockKitLimits(modal, 'modal');
    expect(modal.callback_id).toBe(NOTE_EDIT_CALLBACK_IDS[kind]);
    const inputs = modal.blocks.filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.block_id)).toEqual(preview.sections.map((_, i) => noteSectionBlockId(i)));
    expect(inputs.map((b) => b.label.text)).toEqual([...NOTE_HEADINGS_FOR[kind]]);
    expect(inputs.every((b) => b.element.multiline && b.element.action_id === NOTE_SECTION_ACTION_ID)).toBe(
      true,
    );
    expect(decodeActionValue(modal.private_metadata)).toEqual({
      ok: true,
      payload: { s: SESSION_ID, v: preview.stateVersion },
    });
    expect(modal).toMatchSnapshot();
  });
});

describe('note edits come back in heading order', () => {
  it('reads Slack view state and Teams data with the exported ids', () => {
    const values = Object.fromEntries(
      ['Problem text', 'Confirmed', null, 'Fixed it'].map((v, i) => [
        noteSectionBlockId(i),
        { [NOTE_SECTION_ACTION_ID]: { value: v } },
      ]),
    );
    expect(readSlackNoteSections(values)).toEqual(['Problem text', 'Confirmed', '', 'Fixed it']);
    const data = { s: SESSION_ID, v: 3, section0: ' a ', section1: 'b', section2: 'c' };
    expect(readTeamsNoteSections(data)).toEqual(['a', 'b', 'c']);
    expect(readTeamsNoteSections(null)).toEqual([]);
  });
});

describe('long and hostile note text', () => {
  const huge: NotePreview = {
    ...resolutionPreview,
    sections: resolutionPreview.sections.map((s) => ({
      heading: s.heading,
      body: `<!channel> & <@U1> ${'Lorem ipsum dolor sit amet '.repeat(250)}`,
    })),
  };

  it('cuts sections to fit Slack and says Edit shows the full text', () => {
    const msg = renderNotePreviewBlocks(huge, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(JSON.stringify(msg)).toContain('*Edit* shows the full text');
    const modal = renderNoteEditModal(huge);
    assertBlockKitLimits(modal, 'modal');
    expect(JSON.stringify(modal)).toContain('Trimmed to 3,000 characters');
  });

  it('stays a valid card under the Teams budget', () => {
    const card = renderNotePreviewCard(huge, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('shortened to fit this card');
  });
});
