import { describe, expect, it } from 'vitest';
import { assertBlockKitLimits } from './slack-limits.ts';
import type { SlackMessage } from './slack-types.ts';
import { adaptiveCardProblems, executeActions, findAll } from './test-support.ts';
import { renderWalkBlocks, renderWalkCard } from './walk.ts';
import {
  parseSlackWalkAction,
  parseWalkAction,
  readSlackWalkNote,
  readTeamsWalkNote,
} from './walk-actions.ts';
import {
  WALK_ID,
  WALK_SESSION_ID,
  walkAtCheck,
  walkAtFix,
  walkEscalated,
  walkResolved,
  walkResolvedDraft,
  walkStress,
} from './walk-fixtures.ts';

const L1 = { canAct: true };
const slackIds = (m: SlackMessage) => findAll(m.blocks, 'button').map((b) => String(b.action_id));
const teamsVerbs = (card: unknown) => executeActions(card).map((a) => `${a.verb}:${a.title}`);

describe('walk card', () => {
  for (const [name, vm] of Object.entries({ walkAtCheck, walkAtFix, walkResolved, walkEscalated })) {
    it(`renders ${name} for Slack within limits and as a valid Adaptive Card 1.5`, () => {
      const rc = { ...L1, sessionStateVersion: 7, intro: 'The authored flow matches this ticket.' };
      const msg = renderWalkBlocks(vm, rc);
      assertBlockKitLimits(msg, 'message');
      expect(msg).toMatchSnapshot();
      const card = renderWalkCard(vm, rc);
      expect(adaptiveCardProblems(card)).toEqual([]);
      expect(card).toMatchSnapshot();
    });
  }

  it('shows one step: check with its expected result, the source link and the path so far', () => {
    const text = JSON.stringify(renderWalkBlocks(walkAtCheck, L1));
    expect(text).toContain('*Check:* Ask the caller to sign in');
    expect(text).toContain('*Expected:* The inbox opens without another prompt');
    expect(text).toContain('<https://kb.example.test/articles/112|KB-112: Outlook password loops>');
    expect(text).toContain('1. Did the password change in the last day? → Yes');
    expect(text).toContain('2. Close Outlook completely and reopen it → Done (note: Still prompts)');
    expect(text).toContain('Version 3 · Step 3');
    const card = JSON.stringify(renderWalkCard(walkAtCheck, L1));
    expect(card).toContain('[KB-112: Outlook password loops](https://kb.example.test/articles/112)');
    expect(card).toContain('Expected: The inbox opens without another prompt');
  });

  it('offers the step answers, a note, Back and escalate, each carrying walk, state version and step', () => {
    const msg = renderWalkBlocks(walkAtCheck, L1);
    expect(slackIds(msg)).toEqual([
      'walk.answer.0',
      'walk.answer.1',
      'walk.note',
      'walk.back',
      'walk.escalate',
    ]);
    expect(findAll(msg.blocks, 'input')).toHaveLength(1);
    const [yes] = findAll(msg.blocks, 'button');
    expect(parseSlackWalkAction('walk.answer.0', yes?.value)).toEqual({
      ok: true,
      verb: 'walk.answer',
      payload: { w: WALK_ID, v: 2, st: 'owa', a: 'Yes' },
    });
    const card = renderWalkCard(walkAtCheck, L1);
    expect(teamsVerbs(card)).toEqual([
      'walk.answer:Yes',
      'walk.answer:No',
      'walk.note:Add a note',
      'walk.back:Back',
      "walk.escalate:I'm stuck — escalate",
    ]);
    for (const a of executeActions(card)) expect(a.data).toMatchObject({ w: WALK_ID, v: 2 });
    expect(findAll(card, 'Input.Text').map((i) => i.id)).toEqual(['walkNote']);
  });

  it("at a fix shows the steps, the draft warning and It worked / Didn't work / Partly", () => {
    const msg = renderWalkBlocks(walkAtFix, L1);
    const text = JSON.stringify(msg);
    expect(text).toContain('Draft — not yet validated');
    expect(text).toContain('2. Remove every MicrosoftOffice16 entry');
    expect(slackIds(msg)).toEqual([
      'walk.worked',
      'walk.failed',
      'walk.partial',
      'walk.note',
      'walk.back',
      'walk.escalate',
    ]);
    expect(teamsVerbs(renderWalkCard(walkAtFix, L1)).slice(0, 3)).toEqual([
      'walk.worked:It worked',
      "walk.failed:Didn't work",
      'walk.partial:Partly',
    ]);
  });

  it('after a resolved walk is read-only except the resolution note preview for the session', () => {
    const msg = renderWalkBlocks(walkResolved, { ...L1, sessionStateVersion: 7 });
    expect(slackIds(msg)).toEqual(['note.resolution.preview']);
    expect(findAll(msg.blocks, 'input')).toHaveLength(0);
    expect(JSON.stringify(msg)).toContain('Resolved: the fix worked');
    const [preview] = executeActions(renderWalkCard(walkResolved, { ...L1, sessionStateVersion: 7 }));
    expect(preview).toEqual({
      verb: 'note.resolution.preview',
      title: 'Preview resolution note',
      data: { s: WALK_SESSION_ID, v: 7 },
    });
  });

  it('after an escalation says so and offers nothing to press', () => {
    const msg = renderWalkBlocks(walkEscalated, L1);
    expect(slackIds(msg)).toEqual([]);
    expect(JSON.stringify(msg)).toContain('Escalated to an engineer with the walked path');
    expect(executeActions(renderWalkCard(walkEscalated, L1))).toEqual([]);
  });

  it('gives a viewer the step and path but no buttons or input', () => {
    const msg = renderWalkBlocks(walkAtCheck, { canAct: false });
    expect(slackIds(msg)).toEqual([]);
    expect(findAll(msg.blocks, 'input')).toHaveLength(0);
    const card = renderWalkCard(walkAtCheck, { canAct: false });
    expect(executeActions(card)).toEqual([]);
    expect(findAll(card, 'Input.Text')).toHaveLength(0);
  });

  it("keeps a long walk within both platforms' limits and escapes mentions", () => {
    const msg = renderWalkBlocks(walkStress, L1);
    assertBlockKitLimits(msg, 'message');
    expect(JSON.stringify(msg)).not.toContain('<@U123>');
    expect(JSON.stringify(msg)).toContain('32 earlier steps');
    expect(adaptiveCardProblems(renderWalkCard(walkStress, L1))).toEqual([]);
  });

  it('refuses malformed presses and reads the typed note on both platforms', () => {
    expect(parseWalkAction('walk.answer', { w: WALK_ID, v: 1 })).toEqual({
      ok: false,
      reason: 'an answer needs its step and label',
    });
    expect(parseWalkAction('walk.back', { w: 'not-a-uuid', v: 1 }).ok).toBe(false);
    expect(parseWalkAction('walk.explode', { w: WALK_ID, v: 1 }).ok).toBe(false);
    expect(parseSlackWalkAction('walk.back', '{oops').ok).toBe(false);
    // Teams merges the card's inputs into data beside the payload; they are not part of it.
    expect(parseWalkAction('walk.note', { w: WALK_ID, v: 1, walkNote: 'hi' })).toEqual({
      ok: true,
      verb: 'walk.note',
      payload: { w: WALK_ID, v: 1 },
    });
    expect(readTeamsWalkNote({ walkNote: '  printer is on  ' })).toBe('printer is on');
    expect(readTeamsWalkNote({ walkNote: '   ' })).toBeNull();
    expect(readSlackWalkNote({ walk_note: { note: { value: 'caller rebooted' } } })).toBe('caller rebooted');
  });

  it('after a resolved walk of an assistant draft, offers an engineer Accept / Reject; an L1 sees neither', () => {
    const engineer = { canAct: true, canReviewDraft: true, sessionStateVersion: 7 };
    const msg = renderWalkBlocks(walkResolvedDraft, engineer);
    assertBlockKitLimits(msg, 'message');
    expect(slackIds(msg)).toEqual(['note.resolution.preview', 'walk.accept_draft', 'walk.reject_draft']);
    expect(JSON.stringify(msg)).toContain('The assistant built this flow and it worked here');
    const card = renderWalkCard(walkResolvedDraft, engineer);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(teamsVerbs(card)).toEqual([
      'note.resolution.preview:Preview resolution note',
      'walk.accept_draft:Accept this draft',
      'walk.reject_draft:Reject this draft',
    ]);
    for (const a of executeActions(card).slice(1)) expect(a.data).toMatchObject({ w: WALK_ID, v: 4 });
    expect(parseWalkAction('walk.accept_draft', { w: WALK_ID, v: 4 })).toMatchObject({ ok: true });

    const l1 = { canAct: true, sessionStateVersion: 7 };
    expect(slackIds(renderWalkBlocks(walkResolvedDraft, l1))).toEqual(['note.resolution.preview']);
    expect(JSON.stringify(renderWalkCard(walkResolvedDraft, l1))).not.toContain('accept_draft');

    const accepted = { ...walkResolvedDraft, draftReview: 'accepted' as const };
    const after = renderWalkBlocks(accepted, engineer);
    expect(slackIds(after)).toEqual(['note.resolution.preview']);
    expect(JSON.stringify(after)).toContain('Draft accepted');
  });
});
