import type { WalkView } from '../core/flows/index.ts';

/*
 * Walk views for snapshot and limit tests: an L1 walking "Outlook keeps asking for a password"
 * with a caller. Ids are constant so snapshots are stable.
 */

export const WALK_ID = '5c1d7e2a-8b3f-4a6e-9d2c-1f0e3b4a5c6d';
export const WALK_SESSION_ID = '3f2b8c1e-5a47-4d2e-9c1a-7e6f0b9d2a11';

/** At a check step, two answers in. */
export const walkAtCheck: WalkView = {
  walkId: WALK_ID,
  flowId: '7e6f0b9d-2a11-4c1a-8d2e-3f2b8c1e5a47',
  flowTitle: 'Outlook keeps asking for a password',
  version: 3,
  sessionId: WALK_SESSION_ID,
  draftWarning: null,
  draftReview: null,
  status: 'active',
  outcome: null,
  stateVersion: 2,
  step: {
    id: 'owa',
    kind: 'check',
    text: 'Ask the caller to sign in to Outlook on the web (outlook.office.com) with the new password.',
    expected: 'The inbox opens without another prompt',
    fixSteps: [],
    reason: null,
    source: { title: 'KB-112: Outlook password loops', url: 'https://kb.example.test/articles/112' },
  },
  answers: ['Yes', 'No'],
  canGoBack: true,
  awaitingOutcome: false,
  canEscalate: true,
  path: [
    { stepId: 'changed', text: 'Did the password change in the last day?', answer: 'Yes' },
    {
      stepId: 'restart',
      text: 'Close Outlook completely and reopen it',
      answer: 'Done',
      note: 'Still prompts',
    },
  ],
  summary: 'In progress',
};

/** A KB-built draft at its fix step, waiting for "did it work?". */
export const walkAtFix: WalkView = {
  ...walkAtCheck,
  draftWarning: 'Draft — not yet validated by outcomes or an engineer',
  draftReview: 'pending',
  stateVersion: 3,
  step: {
    id: 'fix',
    kind: 'resolution',
    text: 'Clear the cached Office credentials',
    expected: null,
    fixSteps: [
      'Open Credential Manager → Windows Credentials',
      'Remove every MicrosoftOffice16 entry',
      'Reopen Outlook and sign in once',
    ],
    reason: null,
    source: { title: 'KB-112: Outlook password loops', url: 'https://kb.example.test/articles/112' },
  },
  answers: [],
  awaitingOutcome: true,
  path: [...walkAtCheck.path, { stepId: 'owa', text: 'Sign in to Outlook on the web', answer: 'Yes' }],
};

/** The caller confirmed the fix. */
export const walkResolved: WalkView = {
  ...walkAtFix,
  draftWarning: null,
  draftReview: null,
  status: 'resolved',
  outcome: 'worked',
  stateVersion: 4,
  canGoBack: false,
  awaitingOutcome: false,
  canEscalate: false,
  path: [...walkAtFix.path, { stepId: 'fix', text: 'Clear the cached Office credentials', answer: 'worked' }],
  summary: 'Resolved: the fix worked',
};

/** The same KB-built draft resolved, before any engineer reviewed it. */
export const walkResolvedDraft: WalkView = {
  ...walkResolved,
  draftWarning: 'Draft — not yet validated by outcomes or an engineer',
  draftReview: 'pending',
};

/** The L1 pressed "I'm stuck". */
export const walkEscalated: WalkView = {
  ...walkAtCheck,
  status: 'escalated',
  stateVersion: 3,
  answers: [],
  canGoBack: false,
  canEscalate: false,
  path: [...walkAtCheck.path, { stepId: 'owa', text: walkAtCheck.step.text }],
  summary: 'Escalated to an engineer with the walked path',
};

/** A long path and long texts: the card must still fit both platforms' limits. */
export const walkStress: WalkView = {
  ...walkAtCheck,
  step: { ...walkAtCheck.step, kind: 'question', text: 'Which prompt? '.repeat(200), expected: null },
  answers: ['A'.repeat(75), 'B'.repeat(75), 'C'.repeat(75), 'D'.repeat(75), 'E'.repeat(75), 'F'.repeat(75)],
  path: Array.from({ length: 40 }, (_, i) => ({
    stepId: `s${i}`,
    text: `Step ${i} <@U123> & ${'x'.repeat(300)}`,
    answer: 'Yes',
    note: 'n'.repeat(500),
  })),
};
