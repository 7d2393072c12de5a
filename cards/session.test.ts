import { describe, expect, it } from 'vitest';
import type { SessionView } from '../core/sessions/index.ts';
import { decodeActionValue } from './actions.ts';
import {
  engineerCtx,
  escalatedSessionView,
  noWebCtx,
  OWNER_ID,
  SESSION_ID,
  sessionView,
  stressSession,
  viewerCtx,
} from './fixtures.ts';
import { renderSessionBlocks, renderSessionCard } from './session.ts';
import { assertBlockKitLimits } from './slack-limits.ts';
import type { SlackMessage } from './slack-types.ts';
import { adaptiveCardProblems, executeActions, findAll } from './test-support.ts';

const slackButtons = (m: SlackMessage) => findAll(m.blocks, 'button').map((b) => String(b.action_id));
const teamsVerbs = (card: unknown) => executeActions(card).map((a) => a.verb);

describe('session card', () => {
  it('renders the fixture for Slack within limits', () => {
    const msg = renderSessionBlocks(sessionView, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(msg).toMatchSnapshot();
  });

  it('renders the fixture for Teams as a valid Adaptive Card 1.5', () => {
    const card = renderSessionCard(sessionView, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card).toMatchSnapshot();
  });

  it('offers fix and note buttons on an active session with an untried fix', () => {
    const msg = renderSessionBlocks(sessionView, engineerCtx);
    expect(slackButtons(msg)).toEqual([
      'fix.apply',
      'fix.worked',
      'fix.failed',
      'fix.partial',
      'fix.dismiss',
      'script.copy',
      'script.later',
      'script.build',
      'note.resolution.preview',
      'note.escalation.preview',
      'session.refresh',
    ]);
    const card = renderSessionCard(sessionView, engineerCtx);
    expect(teamsVerbs(card)).toEqual([
      'fix.apply',
      'fix.worked',
      'fix.failed',
      'fix.partial',
      'fix.dismiss',
      'script.later',
      'script.build',
      'note.resolution.preview',
      'note.escalation.preview',
      'session.refresh',
    ]);
  });

  it('carries session, fix and state version in every button', () => {
    const msg = renderSessionBlocks(sessionView, engineerCtx);
    for (const b of findAll(msg.blocks, 'button')) {
      const decoded = decodeActionValue(b.value);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      expect(decoded.payload.s).toBe(SESSION_ID);
      expect(decoded.payload.v).toBe(12);
      expect(decoded.payload.f !== undefined).toBe(/^(fix|script)\./.test(String(b.action_id)));
    }
  });

  it('shows confidence and marks facts that came from questions and checks', () => {
    const msg = JSON.stringify(renderSessionBlocks(sessionView, engineerCtx));
    expect(msg).toContain('72% confident');
    expect(msg).toContain('OWA works with the new password (❓ answer)');
    expect(msg).toContain('Credential Manager holds 3 MicrosoftOffice16 entries (🔎 check)');
    expect(msg).toContain('*Ticket:* ConnectWise #48213');
    expect(msg).toContain('State v12');
  });

  it('drops Apply and Dismiss once the fix was applied, and Partly once it partly worked', () => {
    const applied: SessionView = {
      ...sessionView,
      activeFix: { ...sessionView.activeFix!, appliedAt: '2025-03-04T14:30:00.000Z' },
    };
    expect(
      slackButtons(renderSessionBlocks(applied, engineerCtx)).filter((v) => v.startsWith('fix.')),
    ).toEqual(['fix.worked', 'fix.failed', 'fix.partial']);
    const partly: SessionView = {
      ...sessionView,
      activeFix: {
        ...sessionView.activeFix!,
        status: 'applied_partial',
        partialNotes: 'Prompt gone, but calendar sync still fails',
        allowedOutcomes: ['applied_success', 'applied_failed'],
      },
    };
    const msg = renderSessionBlocks(partly, engineerCtx);
    expect(slackButtons(msg).filter((v) => v.startsWith('fix.'))).toEqual(['fix.worked', 'fix.failed']);
    expect(JSON.stringify(msg)).toContain('Partly worked: Prompt gone, but calendar sync still fails');
    expect(teamsVerbs(renderSessionCard(partly, engineerCtx)).filter((v) => v.startsWith('fix.'))).toEqual([
      'fix.worked',
      'fix.failed',
    ]);
  });

  it('shows a settled fix without buttons and a resolved session without note buttons', () => {
    const resolved: SessionView = {
      ...sessionView,
      status: 'resolved',
      resolvedAt: '2025-03-04T15:00:00.000Z',
      activeFix: { ...sessionView.activeFix!, status: 'applied_success', allowedOutcomes: [] },
    };
    const msg = renderSessionBlocks(resolved, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    // The script that worked can still be copied; nothing records or resolves.
    expect(slackButtons(msg)).toEqual(['script.copy', 'session.refresh']);
    const card = renderSessionCard(resolved, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(teamsVerbs(card)).toEqual(['session.refresh']);
    expect(findAll(card, 'Action.ShowCard').map((a) => a.title)).toEqual(['Copy script']);
  });

  it('shows an escalated session with where it went and Claim, and nothing that records or resolves', () => {
    const msg = renderSessionBlocks(escalatedSessionView, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(slackButtons(msg)).toEqual(['script.copy', 'session.claim', 'session.refresh']);
    const text = JSON.stringify(msg);
    expect(text).toContain('Sent to the technician channel <#C0TECH>');
    expect(text).toContain('Added to ConnectWise ticket #48213, reassigned to the Network Team board');
    expect(text).toContain('Waiting for an engineer to claim it');
    const card = renderSessionCard(escalatedSessionView, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(teamsVerbs(card)).toEqual(['session.claim', 'session.refresh']);
    expect(JSON.stringify(card)).toContain('Sent to the technician channel');
    expect(JSON.stringify(card)).not.toContain('<#C0TECH>');
    // Someone who may work but not claim (L1) sees no Claim where the surface knows it.
    expect(teamsVerbs(renderSessionCard(escalatedSessionView, { ...engineerCtx, canClaim: false }))).toEqual([
      'session.refresh',
    ]);
  });

  it('says an escalation with no channel and no PSA was kept here, and how to set a channel', () => {
    const kept: SessionView = {
      ...escalatedSessionView,
      status: 'escalated_local',
      escalation: { ...escalatedSessionView.escalation!, channel: null, psa: null },
    };
    const rc = {
      ...engineerCtx,
      noTechnicianChannel: 'no technician channel yet — set one with /rf techchannel',
    };
    const text = JSON.stringify(renderSessionBlocks(kept, rc));
    expect(text).toContain('Kept here: no technician channel yet — set one with /rf techchannel.');
    expect(text).toContain('Meant for Network Team');
    expect(JSON.stringify(renderSessionCard(kept, rc))).toContain('Kept here: no technician channel yet');
  });

  it('gives a claimed escalation its buttons back and says who has it', () => {
    const claimed: SessionView = {
      ...escalatedSessionView,
      status: 'active',
      escalation: {
        ...escalatedSessionView.escalation!,
        claimedBy: { userId: OWNER_ID, name: 'Dana Engineer', at: '2025-03-04T15:10:00.000Z' },
      },
    };
    const verbs = slackButtons(renderSessionBlocks(claimed, engineerCtx));
    expect(verbs).toEqual(
      expect.arrayContaining(['fix.apply', 'note.resolution.preview', 'session.refresh']),
    );
    expect(verbs).not.toContain('note.escalation.preview');
    expect(verbs).not.toContain('session.claim');
    expect(JSON.stringify(renderSessionCard(claimed, engineerCtx))).toContain(
      'Claimed by Dana Engineer · 2025-03-04 15:10 UTC',
    );
  });

  it('gives a viewer no buttons on either platform', () => {
    const msg = renderSessionBlocks(sessionView, viewerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(findAll(msg.blocks, 'actions')).toEqual([]);
    const card = renderSessionCard(sessionView, viewerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(findAll(card, 'ActionSet')).toEqual([]);
    expect(findAll(card, 'Action.ShowCard')).toEqual([]);
  });

  it('renders an empty session (no facts, no items, no fix)', () => {
    const empty: SessionView = { ...sessionView, facts: [], openItems: [], activeFix: null, ticket: null };
    const msg = renderSessionBlocks(empty, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    expect(JSON.stringify(msg)).toContain('Nothing confirmed yet.');
    expect(JSON.stringify(msg)).toContain('No fix suggested yet.');
    const card = renderSessionCard(empty, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(findAll(card, 'FactSet')[0]?.facts).toHaveLength(2);
  });
});

describe('session card under stress', () => {
  const stress = stressSession();

  it('fits 200 facts, 3,000-character facts and mention tokens into one Slack message', () => {
    const msg = renderSessionBlocks(stress, engineerCtx);
    assertBlockKitLimits(msg, 'message');
    const json = JSON.stringify(msg);
    expect(json).toContain(`View all 200 facts`);
    expect(json).toContain(`View all 40 open items`);
    // mrkdwn and the notification text are parsed for mentions; plain_text (the header) is not.
    const parsed = [msg.text, ...findAll(msg.blocks, 'mrkdwn').map((t) => String(t.text))].join('\n');
    expect(parsed).not.toMatch(/<!(channel|here|everyone)>|<@U/);
    expect(findAll(msg.blocks, 'header')).toHaveLength(1);
    expect(json).toContain(
      '&lt;!channel&gt; please look &lt;@U024BE7LH&gt; &amp; &lt;https://evil.example|click&gt;',
    );
    expect(msg.text).not.toContain('<!here>');
    expect(msg.text.length).toBeLessThanOrEqual(300);
  });

  it('cuts long facts at a word boundary with an ellipsis', () => {
    const msg = renderSessionBlocks(stress, engineerCtx);
    const text = findAll(msg.blocks, 'mrkdwn')
      .map((t) => String(t.text))
      .join('\n');
    const longLine = text.split('\n').find((l) => l.startsWith('• The event log'));
    expect(longLine).toBeDefined();
    expect(longLine!.length).toBeLessThanOrEqual(500);
    expect(longLine).toMatch(
      /retries…$|errors…$|denied…$|access…$|repeated…$|shows…$|log…$|&amp;…$|0x80070005…$/,
    );
  });

  it('says "… and N more" without a link when there is no web page', () => {
    const msg = renderSessionBlocks(stress, noWebCtx);
    assertBlockKitLimits(msg, 'message');
    expect(JSON.stringify(msg)).toContain('… and 185 more');
    expect(JSON.stringify(msg)).not.toContain('View all');
  });

  it('fits the same session into a valid Teams card under the size budget', () => {
    const card = renderSessionCard(stress, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('View all 200 facts');
  });

  it('shrinks a card of three-byte characters to the budget instead of failing', () => {
    const cjk: SessionView = {
      ...stress,
      facts: stress.facts.map((f) => ({ ...f, text: '密码错误'.repeat(400) })),
    };
    const card = renderSessionCard(cjk, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('adds a Universal Actions refresh for the given Teams users, valid against the 1.5 schema', () => {
    const users = Array.from({ length: 70 }, (_, n) => `29:user-${n % 65}`);
    const card = renderSessionCard(sessionView, { ...engineerCtx, refreshFor: users }) as {
      refresh?: { action: { type: string; verb: string; data: unknown }; userIds: string[] };
    };
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.refresh?.action).toMatchObject({ type: 'Action.Execute', verb: 'session.refresh' });
    expect(decodeActionValue(JSON.stringify(card.refresh?.action.data))).toMatchObject({ ok: true });
    // Teams refreshes automatically for at most 60 users; duplicates are dropped first.
    expect(card.refresh?.userIds).toHaveLength(60);
    expect(new Set(card.refresh?.userIds).size).toBe(60);
    expect((renderSessionCard(sessionView, engineerCtx) as { refresh?: unknown }).refresh).toBeUndefined();
  });
});
