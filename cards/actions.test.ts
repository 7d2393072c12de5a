import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ACTION_VERBS,
  actionPayload,
  CARD_ACTIONS,
  decodeActionValue,
  encodeActionValue,
  isCardAction,
  parseSlackAction,
  parseTeamsAction,
} from './actions.ts';
import { renderEscalationPostBlocks } from './escalation.ts';
import { renderFixBlocks } from './fix.ts';
import {
  engineerCtx,
  escalatedSessionView,
  escalationPost,
  escalationPreview,
  fixCard,
  heldEscalationPost,
  resolutionPreview,
  sessionView,
} from './fixtures.ts';
import { PARTIAL_NOTES_INPUT_ID, PARTIAL_NOTES_MAX_CHARS } from './inputs.ts';
import { renderNotePreviewBlocks } from './notes.ts';
import { isQueueVerb, QUEUE_CARD_ACTIONS } from './queue.ts';
import { isScriptReviewVerb, SCRIPT_COPY_ACTION, SCRIPT_REVIEW_LABELS } from './script-actions.ts';
import { renderSessionBlocks } from './session.ts';
import { SLACK_LIMITS } from './slack-limits.ts';
import { executeActions, findAll } from './test-support.ts';
import { isWalkVerb, WALK_ACTION_LABELS } from './walk-actions.ts';

const S = '3f2b8c1e-5a47-4d2e-9c1a-7e6f0b9d2a11';
const F = '9a7c2e44-1b3d-4f5e-8a6b-2c1d0e9f8a77';

describe('action contract', () => {
  it('lists every verb once, each with a label Slack accepts', () => {
    expect(new Set(ACTION_VERBS).size).toBe(ACTION_VERBS.length);
    expect(Object.keys(CARD_ACTIONS).sort()).toEqual([...ACTION_VERBS].sort());
    for (const verb of ACTION_VERBS) {
      expect(verb.length).toBeLessThanOrEqual(SLACK_LIMITS.actionIdChars);
      expect(CARD_ACTIONS[verb].label.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonTextChars);
    }
  });

  it('round-trips a payload through the compact button value', () => {
    const value = encodeActionValue(actionPayload(S, 12, F));
    expect(value).toBe(`{"s":"${S}","f":"${F}","v":12}`);
    expect(value.length).toBeLessThan(SLACK_LIMITS.buttonValueChars);
    expect(decodeActionValue(value)).toEqual({ ok: true, payload: { s: S, f: F, v: 12 } });
    expect(decodeActionValue(encodeActionValue(actionPayload(S, 0)))).toEqual({
      ok: true,
      payload: { s: S, v: 0 },
    });
  });

  it('refuses values a client could forge or garble', () => {
    for (const bad of [
      undefined,
      '',
      'not json',
      '{"s":"x"}',
      `{"s":"${S}","v":-1}`,
      `{"s":"${S}","v":1.5}`,
      `{"s":"../../etc","v":1}`,
      `{"s":"${S}","v":"1"}`,
      `{"s":"${'a'.repeat(65)}","v":1}`,
      'x'.repeat(2_001),
    ]) {
      expect(decodeActionValue(bad).ok).toBe(false);
    }
    expect(() => encodeActionValue({ s: 'bad id!', v: 1 })).toThrow();
  });

  it('routes Slack and Teams actions through the same verbs and rules', () => {
    const value = encodeActionValue(actionPayload(S, 3, F));
    expect(parseSlackAction('fix.worked', value)).toEqual({
      ok: true,
      verb: 'fix.worked',
      payload: { s: S, f: F, v: 3 },
    });
    expect(parseSlackAction('fix.nuke', value)).toEqual({ ok: false, reason: 'unknown action' });
    expect(parseSlackAction('fix.worked', encodeActionValue(actionPayload(S, 3)))).toMatchObject({
      ok: false,
    });
    // Teams merges card inputs into `data`; they do not disturb the payload.
    expect(parseTeamsAction('fix.partial', { s: S, f: F, v: 3, [PARTIAL_NOTES_INPUT_ID]: 'notes' })).toEqual({
      ok: true,
      verb: 'fix.partial',
      payload: { s: S, f: F, v: 3 },
    });
    expect(parseTeamsAction('session.refresh', 'oops')).toMatchObject({ ok: false });
    expect(isCardAction('escalation.claim')).toBe(true);
    expect(isCardAction('escalation.steal')).toBe(false);
  });

  it('is fully exercised: every verb appears as a button in some Slack rendering', () => {
    const rendered = [
      renderSessionBlocks(sessionView, engineerCtx),
      renderSessionBlocks(escalatedSessionView, engineerCtx),
      renderFixBlocks(fixCard, engineerCtx),
      renderNotePreviewBlocks(resolutionPreview, engineerCtx),
      renderNotePreviewBlocks(escalationPreview, engineerCtx),
      renderEscalationPostBlocks(escalationPost, engineerCtx),
      renderEscalationPostBlocks(heldEscalationPost, engineerCtx),
    ];
    const seen = new Set(
      rendered.flatMap((m) => findAll(m.blocks, 'button').map((b) => String(b.action_id))),
    );
    // Copy is the one Slack-only button of a session card (Teams shows the script in a ShowCard).
    expect(seen.has(SCRIPT_COPY_ACTION)).toBe(true);
    seen.delete(SCRIPT_COPY_ACTION);
    expect([...seen].sort()).toEqual([...ACTION_VERBS].sort());
  });
});

describe('Adaptive Card templates', () => {
  const dir = new URL('./templates/', import.meta.url);
  const templates = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it.each(templates)('%s uses only contract verbs, with the contract labels', (file) => {
    const template: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    for (const action of executeActions(template)) {
      // The walk card's verbs are their own contract (cards/walk-actions.ts); an answer shows its label.
      if (isWalkVerb(action.verb)) {
        if (action.verb !== 'walk.answer') expect(action.title).toBe(WALK_ACTION_LABELS[action.verb]);
        continue;
      }
      // So are the L1 queue card's (cards/queue.ts).
      if (isQueueVerb(action.verb)) {
        expect(action.title).toBe(QUEUE_CARD_ACTIONS[action.verb]);
        continue;
      }
      // And the script review card's (cards/script-actions.ts).
      if (isScriptReviewVerb(action.verb)) {
        expect(action.title).toBe(SCRIPT_REVIEW_LABELS[action.verb]);
        continue;
      }
      expect(isCardAction(action.verb)).toBe(true);
      if (!isCardAction(action.verb)) continue;
      // Apply says "I ran this" on a fix with a script (applyLabel in cards/fix-model.ts).
      if (action.verb === 'fix.apply') {
        expect(action.title).toMatch(/^\$\{(fix\.)?applyLabel\}$/);
        continue;
      }
      // The partial-notes submit sits inside "Partly"'s show-card and says what it does.
      const label = action.verb === 'fix.partial' ? 'Save notes' : CARD_ACTIONS[action.verb].label;
      expect(action.title).toBe(label);
    }
    for (const input of findAll(template, 'Input.Text')) {
      if (input.id === PARTIAL_NOTES_INPUT_ID) expect(input.maxLength).toBe(PARTIAL_NOTES_MAX_CHARS);
    }
  });
});
