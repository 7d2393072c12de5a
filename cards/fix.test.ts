import { describe, expect, it } from 'vitest';
import { decodeActionValue } from './actions.ts';
import { renderFixBlocks, renderFixCard } from './fix.ts';
import {
  activeFix,
  engineerCtx,
  FIX_ID,
  fixCard,
  SESSION_ID,
  sessionView,
  stressSession,
  viewerCtx,
} from './fixtures.ts';
import {
  PARTIAL_NOTES_ACTION_ID,
  PARTIAL_NOTES_BLOCK_ID,
  PARTIAL_NOTES_CALLBACK_ID,
  PARTIAL_NOTES_INPUT_ID,
  PARTIAL_NOTES_MAX_CHARS,
  readSlackPartialNotes,
  readTeamsPartialNotes,
} from './inputs.ts';
import { renderPartialNotesModal } from './modals.ts';
import { assertBlockKitLimits, SLACK_LIMITS } from './slack-limits.ts';
import { adaptiveCardProblems, executeActions, findAll } from './test-support.ts';
import { type FixCardView, fixCardViewOf } from './views.ts';

describe('suggested-fix card', () => {
  it('renders the fixture for Slack within limits', () => {
    const msg = renderFixBlocks(fixCard, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(msg).toMatchSnapshot();
  });

  it('renders the fixture for Teams as a valid Adaptive Card 1.5', () => {
    const card = renderFixCard(fixCard, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card).toMatchSnapshot();
  });

  it('is derived from the session view', () => {
    expect(fixCardViewOf(sessionView)).toEqual(fixCard);
    expect(fixCardViewOf({ ...sessionView, activeFix: null })).toBeNull();
  });

  it('numbers the steps and shows the script as a code block (Slack) and monospace run (Teams)', () => {
    const msg = JSON.stringify(renderFixBlocks(fixCard, engineerCtx));
    expect(msg).toContain('1. Close Outlook and Teams');
    expect(msg).toContain('4. Start Outlook');
    expect(msg).toContain('*Script* (powershell)\\n```\\n# Remove cached Office credentials');
    expect(msg).toContain('*72% confident*');
    const card = renderFixCard(fixCard, engineerCtx);
    const run = findAll(card, 'TextRun')[0];
    expect(run?.fontType).toBe('Monospace');
    expect(String(run?.text)).toContain('cmdkey /delete:$t');
  });

  it('asks for partial notes in Teams with a required Input.Text inside the card', () => {
    const card = renderFixCard(fixCard, engineerCtx);
    const [input] = findAll(card, 'Input.Text');
    expect(input).toMatchObject({
      id: PARTIAL_NOTES_INPUT_ID,
      isRequired: true,
      isMultiline: true,
      maxLength: PARTIAL_NOTES_MAX_CHARS,
    });
    expect(String(input?.errorMessage)).not.toBe('');
    const partial = executeActions(card).find((a) => a.verb === 'fix.partial');
    expect(partial?.data).toEqual({ s: SESSION_ID, f: FIX_ID, v: 12 });
    expect(readTeamsPartialNotes({ ...(partial?.data as object), partialNotes: '  Prompt gone  ' })).toBe(
      'Prompt gone',
    );
    expect(readTeamsPartialNotes({ partialNotes: '   ' })).toBeNull();
  });

  it('gives a viewer the fix without any button', () => {
    const msg = renderFixBlocks(fixCard, viewerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(findAll(msg.blocks, 'actions')).toEqual([]);
    const card = renderFixCard(fixCard, viewerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(executeActions(card)).toEqual([]);
    expect(findAll(card, 'Input.Text')).toEqual([]);
  });

  it('shows the recorded outcome and no buttons for a settled fix', () => {
    const failed: FixCardView = {
      ...fixCard,
      fix: {
        ...activeFix,
        status: 'applied_failed',
        failureReason: 'Prompt came back after restart',
        allowedOutcomes: [],
      },
    };
    const msg = renderFixBlocks(failed, engineerCtx);
    expect(JSON.stringify(msg)).toContain("Didn't work: Prompt came back after restart");
    expect(findAll(msg.blocks, 'actions')).toEqual([]);
    expect(executeActions(renderFixCard(failed, engineerCtx))).toEqual([]);
  });

  it('shows the assistant’s guess beside the buttons, never instead of them', () => {
    const guessed: FixCardView = {
      ...fixCard,
      fix: {
        ...activeFix,
        appliedAt: '2025-03-04T14:30:00.000Z',
        modelOutcomeProposal: {
          outcome: 'applied_success',
          reason: 'the user said Outlook opened',
          proposedAt: '',
        },
      },
    };
    const msg = renderFixBlocks(guessed, engineerCtx);
    expect(JSON.stringify(msg)).toContain('The assistant thinks this worked: the user said Outlook opened');
    expect(findAll(msg.blocks, 'button').map((b) => b.action_id)).toEqual([
      'fix.worked',
      'fix.failed',
      'fix.partial',
      'script.copy',
      'script.later',
      'script.build',
    ]);
  });

  it('cuts a huge fix cleanly on both platforms and keeps user text from pinging', () => {
    const stress = stressSession();
    const vm = fixCardViewOf(stress)!;
    const msg = renderFixBlocks(vm, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    const json = JSON.stringify(msg);
    expect(json).toContain('View all 60 steps');
    expect(json).toContain('full script in ResolutionFlow');
    expect(json).toContain('&lt;@U123&gt;');
    const script = findAll(msg.blocks, 'mrkdwn').find((t) => String(t.text).startsWith('*Script*'));
    // The script's own ``` cannot close the code block early: exactly one opening and one closing fence.
    expect(String(script?.text).match(/```/g)).toHaveLength(2);
    const card = renderFixCard(vm, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });
});

describe('partial-notes modal (Slack)', () => {
  it('renders from the fix view model within modal limits', () => {
    const modal = renderPartialNotesModal(fixCard);
    assertBlockKitLimits(modal, 'modal');
    expect(modal.callback_id).toBe(PARTIAL_NOTES_CALLBACK_ID);
    expect(modal.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitleChars);
    const input = modal.blocks.find((b) => b.type === 'input');
    expect(input).toMatchObject({
      block_id: PARTIAL_NOTES_BLOCK_ID,
      element: { action_id: PARTIAL_NOTES_ACTION_ID, multiline: true },
    });
    const meta = decodeActionValue(modal.private_metadata);
    expect(meta).toEqual({ ok: true, payload: { s: SESSION_ID, f: FIX_ID, v: 12 } });
    expect(modal).toMatchSnapshot();
  });

  it('renders from just the clicked button payload, and pre-fills earlier notes when known', () => {
    const fromPayload = renderPartialNotesModal({ s: SESSION_ID, f: FIX_ID, v: 12 });
    assertBlockKitLimits(fromPayload, 'modal');
    expect(decodeActionValue(fromPayload.private_metadata)).toEqual({
      ok: true,
      payload: { s: SESSION_ID, f: FIX_ID, v: 12 },
    });
    const earlier = renderPartialNotesModal({
      ...fixCard,
      fix: { ...activeFix, title: '<!channel> x'.repeat(100), partialNotes: 'n'.repeat(5_000) },
    });
    assertBlockKitLimits(earlier, 'modal');
    expect(JSON.stringify(earlier)).toContain('&lt;!channel&gt;');
  });

  it('reads the submitted notes back through the exported ids', () => {
    const values = {
      [PARTIAL_NOTES_BLOCK_ID]: { [PARTIAL_NOTES_ACTION_ID]: { value: ' Calendar still fails ' } },
    };
    expect(readSlackPartialNotes(values)).toBe('Calendar still fails');
    expect(
      readSlackPartialNotes({ [PARTIAL_NOTES_BLOCK_ID]: { [PARTIAL_NOTES_ACTION_ID]: { value: null } } }),
    ).toBeNull();
    expect(readSlackPartialNotes({})).toBeNull();
  });
});
