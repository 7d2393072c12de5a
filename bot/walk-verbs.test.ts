import { describe, expect, it } from 'vitest';
import type { MatchDecision } from '../core/flows/match-or-build.ts';
import { decisionText, walkRequest } from './walk-verbs.ts';

describe('walkRequest', () => {
  it('reads the problem after "walk" and leaves every other message to the assistant', () => {
    expect(walkRequest('walk Outlook keeps asking for a password')).toBe(
      'Outlook keeps asking for a password',
    );
    expect(walkRequest('  Walk:  VPN drops\nevery hour')).toBe('VPN drops\nevery hour');
    expect(walkRequest('walk')).toBe('');
    expect(walkRequest('walk-in customer cannot print')).toBeNull();
    expect(walkRequest('walking the user through a reset did not help')).toBeNull();
    expect(walkRequest('Outlook: walk me through it')).toBeNull();
  });
});

describe('decisionText', () => {
  const none: MatchDecision = {
    rule: 'none',
    flow: null,
    score: null,
    reason: 'No flow matches and the knowledge base has no answer.',
    candidates: [],
    matchId: 'm1',
  };

  it('sends an L1 to the assistant when nothing matches a fault, and says so when it is not a fault', () => {
    expect(decisionText(none)).toMatch(/^No flow matches this ticket .* diagnose with the assistant/);
    expect(decisionText({ ...none, notAFault: 'personal' })).toBe(
      "No flow for this one: it reads as someone's personal device or account rather than a fault, so there is nothing to walk. Pass it to whoever handles it, or describe what is broken in this thread if something is.",
    );
  });
});
