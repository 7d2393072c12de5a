import type { NotePreview } from '../core/notes/index.ts';
import type { FactView, FixView, SessionSummary, SessionView } from '../core/sessions/index.ts';
import type { RenderContext } from './context.ts';
import type { ErrorView, EscalationPostView, FixCardView, HomeView } from './views.ts';

/*
 * Fixed, realistic view models for snapshot and limit tests: a help-desk session about Outlook
 * failing to connect after a password change. Ids and times are constant so snapshots are stable.
 */

export const SESSION_ID = '3f2b8c1e-5a47-4d2e-9c1a-7e6f0b9d2a11';
export const FIX_ID = '9a7c2e44-1b3d-4f5e-8a6b-2c1d0e9f8a77';
export const OWNER_ID = '0d6e1f2a-3b4c-4d5e-8f70-1a2b3c4d5e6f';

/** An engineer who may press buttons, with a web page per session. */
export const engineerCtx: RenderContext = {
  canAct: true,
  sessionUrl: (id) => `https://app.resolutionflow.example/sessions/${id}`,
};

/** A read-only viewer: same pages, no buttons. */
export const viewerCtx: RenderContext = { canAct: false, sessionUrl: engineerCtx.sessionUrl };

/** A deployment without the admin web: no links anywhere. */
export const noWebCtx: RenderContext = { canAct: true, sessionUrl: () => null };

function fact(n: number, text: string, source: FactView['source']): FactView {
  return {
    id: `fact-${n}`,
    text,
    source,
    sourceRef: source === 'question' || source === 'check' ? `item-${n}` : null,
    editable: source === 'engineer_note' || source === 'ai_promoted',
    createdAt: `2025-03-04T14:${String(10 + n).padStart(2, '0')}:00.000Z`,
  };
}

export const activeFix: FixView = {
  id: FIX_ID,
  title: 'Clear cached credentials and rebuild the Outlook profile',
  steps: [
    "Close Outlook and Teams on the user's PC.",
    'Open Credential Manager → Windows Credentials and remove every entry starting with "MicrosoftOffice16_Data".',
    'Control Panel → Mail → Show Profiles → Add a new profile and set it to "Always use this profile".',
    'Start Outlook and sign in with the new password when prompted.',
  ],
  script:
    '# Remove cached Office credentials\ncmdkey /list | Select-String "MicrosoftOffice16" | ForEach-Object {\n  $t = ($_ -split "target=")[1]\n  cmdkey /delete:$t\n}',
  scriptLanguage: 'powershell',
  confidence: 72,
  status: 'proposed',
  superseded: false,
  appliedAt: null,
  verifiedAt: null,
  partialNotes: null,
  failureReason: null,
  modelOutcomeProposal: null,
  allowedOutcomes: ['applied_success', 'applied_failed', 'applied_partial', 'dismissed'],
  scriptFlags: [],
};

export const sessionView: SessionView = {
  id: SESSION_ID,
  status: 'active',
  problemSummary: 'Outlook keeps asking for a password after the user changed it this morning',
  stateVersion: 12,
  ownerUserId: OWNER_ID,
  channel: { kind: 'slack', ref: { teamId: 'T0001', channel: 'C0002', threadTs: '1741097400.000100' } },
  cardRef: null,
  ticket: { provider: 'ConnectWise', externalId: '48213', summary: null, writes: [] },
  facts: [
    fact(1, 'Password was changed at 08:40 via the self-service portal', 'engineer_note'),
    fact(2, 'OWA works with the new password', 'question'),
    fact(3, 'Only Outlook desktop prompts; Teams signs in fine', 'ai_promoted'),
    fact(4, 'Credential Manager holds 3 MicrosoftOffice16 entries', 'check'),
  ],
  openItems: [
    {
      id: 'item-5',
      kind: 'question',
      text: 'Is the mailbox shared with anyone else?',
      status: 'open',
      answer: null,
    },
    {
      id: 'item-6',
      kind: 'check',
      text: 'Check whether MFA is enforced for this user',
      status: 'open',
      answer: null,
    },
  ],
  closedItems: [
    { id: 'item-2', kind: 'question', text: 'Does OWA work?', status: 'answered', answer: 'Yes' },
  ],
  activeFix,
  previousFixes: [],
  notes: [],
  createdAt: '2025-03-04T14:05:00.000Z',
  resolvedAt: null,
  escalatedAt: null,
  escalation: null,
};

/** The same session escalated to the Slack technician channel, nobody has claimed it yet. */
export const escalatedSessionView: SessionView = {
  ...sessionView,
  status: 'escalated',
  stateVersion: 13,
  escalatedAt: '2025-03-04T15:00:00.000Z',
  escalation: {
    escalatedAt: '2025-03-04T15:00:00.000Z',
    channel: { platform: 'slack', ref: { teamId: 'T0001', channelId: 'C0TECH' } },
    psa: {
      provider: 'connectwise',
      ticketExternalId: '48213',
      reassignTo: { type: 'board', name: 'Network Team' },
    },
    escalatedBy: { userId: '00000000-0000-4000-8000-0000000000e1', name: 'Sam Carter' },
    target: { type: 'board', name: 'Network Team' },
    claimedBy: null,
  },
};

export const fixCard: FixCardView = {
  sessionId: SESSION_ID,
  stateVersion: 12,
  sessionStatus: 'active',
  fix: activeFix,
};

export const resolutionPreview: NotePreview = {
  kind: 'resolution',
  sessionId: SESSION_ID,
  stateVersion: 14,
  sections: [
    {
      heading: 'Problem',
      body: 'Outlook keeps asking for a password after the user changed it this morning',
    },
    {
      heading: 'What we confirmed',
      body: '• OWA works with the new password\n• Only Outlook desktop prompts; Teams signs in fine',
    },
    { heading: 'Root cause', body: 'Stale cached credentials in Windows Credential Manager.' },
    {
      heading: 'Resolution',
      body: 'Clear cached credentials and rebuild the Outlook profile:\n1. Close Outlook and Teams.\n2. Remove MicrosoftOffice16 entries.\n3. New mail profile.\n4. Sign in again.',
    },
  ],
  text: '',
  engine: 'offline',
  fromCache: false,
};

export const escalationPreview: NotePreview = {
  kind: 'escalation',
  sessionId: SESSION_ID,
  stateVersion: 13,
  sections: [
    {
      heading: 'Problem',
      body: 'Outlook keeps asking for a password after the user changed it this morning',
    },
    { heading: "What we've confirmed", body: '• OWA works with the new password' },
    {
      heading: "What we've tried",
      body: '• Clear cached credentials — did not work (prompt returns after restart)',
    },
    {
      heading: 'Current hypothesis',
      body: 'Conditional Access policy blocking legacy auth (confidence 55%)',
    },
    {
      heading: 'Suggested next steps',
      body: '• Check: sign-in logs in Entra ID\n• Find out: was MFA enabled recently?',
    },
  ],
  text: '',
  engine: 'claude',
  fromCache: true,
};

export const escalationPost: EscalationPostView = {
  session: {
    id: SESSION_ID,
    problemSummary: sessionView.problemSummary,
    ticket: sessionView.ticket,
    stateVersion: 15,
  },
  sections: escalationPreview.sections,
  target: 'Messaging team',
  note: 'User is the CFO; please call before 17:00.',
  escalatedByName: 'Sam Carter',
  claimedBy: null,
};

export const claimedEscalationPost: EscalationPostView = {
  ...escalationPost,
  claimedBy: 'Dana Whitfield',
  claimedAt: '2025-03-04T15:20:00.000Z',
};

/** Claimed and still being worked: the holder is offered Hand over. */
export const heldEscalationPost: EscalationPostView = { ...claimedEscalationPost, canHandOver: true };

export const errorView: ErrorView = {
  title: 'Already done',
  message: 'This fix is already marked as applied.',
  hint: 'The card has been refreshed with the latest state.',
  reference: 'req_7Hc2',
};

function summary(n: number, status: string, problem: string, resolved = false): SessionSummary {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    status,
    problemSummary: problem,
    ownerUserId: OWNER_ID,
    channelKind: 'slack',
    ticket: n % 2 ? { provider: 'ConnectWise', externalId: String(48_000 + n) } : null,
    stateVersion: n,
    createdAt: '2025-03-04T09:00:00.000Z',
    resolvedAt: resolved ? '2025-03-04T11:30:00.000Z' : null,
    escalatedAt: null,
  };
}

export const homeView: HomeView = {
  open: [
    summary(1, 'active', 'Outlook keeps asking for a password'),
    summary(2, 'escalated', 'Printer on 3rd floor drops off the network'),
  ],
  recent: [summary(3, 'resolved', 'VPN client fails with error 809', true)],
};

/** Many sessions, for the "… and N more" lines. */
export function bigHome(open: number, recent: number): HomeView {
  return {
    open: Array.from({ length: open }, (_, i) => summary(i + 1, 'active', `Open problem number ${i + 1}`)),
    recent: Array.from({ length: recent }, (_, i) =>
      summary(i + 500, 'resolved', `Fixed problem ${i + 1}`, true),
    ),
  };
}

/**
 * The worst session we can think of: 200 facts, some 3,000 characters long, mention tokens and
 * Slack control characters typed by users, a long problem summary and a huge script.
 */
export function stressSession(): SessionView {
  const long = `${'The event log shows repeated 0x80070005 access denied errors & retries '.repeat(45)}end`;
  const facts = Array.from({ length: 200 }, (_, i) => {
    const text =
      i === 0
        ? '<!channel> please look <@U024BE7LH> & <https://evil.example|click>'
        : i % 3
          ? `Fact ${i}: ok`
          : long;
    return fact(i, text, i % 4 === 0 ? 'question' : i % 4 === 1 ? 'check' : 'ai_promoted');
  });
  return {
    ...sessionView,
    problemSummary: `<!here> ${'Everything is broken for the whole office '.repeat(20)}`,
    facts,
    openItems: Array.from({ length: 40 }, (_, i) => ({
      id: `item-${i}`,
      kind: i % 2 ? ('check' as const) : ('question' as const),
      text: `${'Is the <!everyone> thing & the other thing related? '.repeat(12)}#${i}`,
      status: 'open' as const,
      answer: null,
    })),
    activeFix: {
      ...activeFix,
      title: `${'Rebuild everything '.repeat(20)}<!channel>`,
      steps: Array.from({ length: 60 }, (_, i) => `${'Do the thing carefully '.repeat(30)}${i}`),
      script: `Write-Host "<@U123>"\n${'Get-ChildItem -Recurse | Where-Object { $_.Length -gt 1MB }\n'.repeat(200)}\`\`\`\n`,
    },
  };
}
