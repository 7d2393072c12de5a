import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimMessage, viewSubmission } from '../../sim/slack/index.ts';
import { buttons, eventually, type SlackWorld, sessionOf, slackWorld, verbs } from './slack-test-kit.ts';

/** Internal status codes that must never reach a person. */
const INTERNAL_WORDS = /escalated[_ ]local|resolved[_ ]local/i;

describe('Slack: escalation from the session card says where it went, and waits for a claim', () => {
  let w: SlackWorld;
  let l1SlackId: string;

  beforeAll(async () => {
    w = await slackWorld();
    const l1 = await w.account.member('l1', { name: 'Lee Firstline' });
    l1SlackId = w.sim.addUser({ name: 'lee', realName: 'Lee Firstline', email: l1.email }).id;
  });
  afterAll(() => w.close());

  const byTs = (ts: string) => w.sim.messages.find((m) => m.ts === ts);
  const ephemeralFor = (user: string, pattern: RegExp) =>
    w.sim.ephemerals.find((e) => e.user === user && pattern.test(e.text));

  /** @mention as the L1; returns the thread and its session card once the first turn is applied. */
  async function start(text: string) {
    const { threadTs } = await w.mention(l1SlackId, text);
    const card = await eventually(() =>
      w.threadMessages(threadTs).find((m) => verbs(m).includes('fix.worked') && (m.history?.length ?? 0) > 0),
    );
    const sessionId = JSON.parse(buttons(card).find((b) => b.action_id === 'fix.worked')?.value ?? '{}')
      .s as string;
    return { threadTs, card: structuredClone(card), sessionId };
  }

  /** Escalate → preview → Confirm & escalate, all by pressing the cards' own buttons. */
  async function escalateFromCard(threadTs: string, card: SimMessage, by = l1SlackId) {
    await w.press(by, card, 'note.escalation.preview');
    const preview = await eventually(() =>
      w.threadMessages(threadTs).find((m) => verbs(m).includes('note.escalation.post')),
    );
    expect(verbs(preview)).toEqual(['note.escalation.edit', 'note.escalation.post', 'note.cancel']);
    await w.press(by, preview, 'note.escalation.post');
    return preview;
  }

  it('keeps the package here when there is no technician channel, says how to set one, and refuses a stale "It worked"', async () => {
    const {
      threadTs,
      card: before,
      sessionId,
    } = await start('Outlook keeps saying Trying to connect after a password change');
    const preview = await escalateFromCard(threadTs, before);

    const card = await eventually(() => {
      const now = byTs(before.ts);
      return now && verbs(now).includes('session.claim') ? now : undefined;
    });
    // Only what still applies: Claim and Refresh; no outcome, note or escalate buttons.
    expect(verbs(card)).toEqual(['session.claim', 'session.refresh']);
    const text = JSON.stringify(card.blocks);
    expect(text).toContain(
      'Kept here: no technician channel yet — an admin sets one with /resolve techchannel in the channel escalations should go to.',
    );
    expect(text).toContain('Waiting for an engineer to claim it');
    expect(text).not.toMatch(INTERNAL_WORDS);
    // The preview message became a record of where it went, with no buttons left to press.
    const record = await eventually(() => {
      const now = byTs(preview.ts);
      return now && verbs(now).length === 0 ? now : undefined;
    });
    expect(record.text).toMatch(/^Escalated: Kept here/);

    // A stale press of "It worked" on the card as it was before the escalation.
    const stateBefore = await sessionOf(w.engineer, sessionId);
    await w.press(w.engineerSlackId, before, 'fix.worked');
    const refusal = await eventually(() => ephemeralFor(w.engineerSlackId, /escalated/));
    expect(refusal.text).toBe(
      'Already done: This problem was escalated and is waiting for an engineer to claim it. Whoever claims it carries on from here.',
    );
    expect(refusal.text).not.toMatch(INTERNAL_WORDS);
    expect(await sessionOf(w.engineer, sessionId)).toEqual(stateBefore);

    // An L1 cannot claim; nothing changes.
    await w.press(l1SlackId, card, 'session.claim');
    const l1Refusal = await eventually(() => ephemeralFor(l1SlackId, /cannot claim/));
    expect(l1Refusal.text).toBe('Not allowed: Your role (l1) cannot claim escalations.');
    expect((await sessionOf(w.engineer, sessionId)).status).toBe('escalated_local');

    // An engineer claims from the card: it is theirs, with its buttons back.
    await w.press(w.engineerSlackId, card, 'session.claim');
    const claimed = await eventually(() => {
      const now = byTs(before.ts);
      return now && verbs(now).includes('fix.worked') ? now : undefined;
    });
    expect(verbs(claimed)).toEqual(
      expect.arrayContaining(['fix.worked', 'note.resolution.preview', 'session.refresh']),
    );
    expect(verbs(claimed)).not.toContain('note.escalation.preview');
    expect(JSON.stringify(claimed.blocks)).toContain('Claimed by Erin Engineer');
    expect(await sessionOf(w.engineer, sessionId)).toMatchObject({
      status: 'active',
      ownerUserId: w.engineer.actor.kind === 'user' ? w.engineer.actor.userId : '',
    });

    // …and resolves it with the card's own buttons.
    await w.press(w.engineerSlackId, claimed, 'fix.worked');
    await eventually(
      async () => (await sessionOf(w.engineer, sessionId)).activeFix?.status === 'applied_success',
    );
    const latest = byTs(before.ts) as SimMessage;
    await w.press(w.engineerSlackId, latest, 'note.resolution.preview');
    const resolution = await eventually(() =>
      w.threadMessages(threadTs).find((m) => verbs(m).includes('note.resolution.post')),
    );
    await w.press(w.engineerSlackId, resolution, 'note.resolution.post');
    await eventually(async () => (await sessionOf(w.engineer, sessionId)).status === 'resolved_local');
  });

  it('a preview the thread moved on from is refused; posting from Edit closes the preview it came from', async () => {
    const { threadTs, card, sessionId } = await start(
      'Outlook keeps saying Trying to connect after a password change',
    );
    await w.press(l1SlackId, card, 'note.escalation.preview');
    const stale = await eventually(() =>
      w.threadMessages(threadTs).find((m) => verbs(m).includes('note.escalation.post')),
    );
    // A new fact after the preview: confirming it would send what nobody saw.
    await w.say(
      l1SlackId,
      { channel: w.channel, threadTs },
      'It also happens on the desk phones in reception',
    );
    await eventually(async () =>
      (await sessionOf(w.engineer, sessionId)).facts.some((f) => /desk phones/.test(f.text))
        ? true
        : undefined,
    );
    await w.press(l1SlackId, stale, 'note.escalation.post');
    await eventually(() => ephemeralFor(l1SlackId, /changed after this preview/));
    expect((await sessionOf(w.engineer, sessionId)).status).toBe('active');

    // A fresh preview → Edit → submit posts, and that preview keeps no buttons to press again.
    const fresh = await eventually(() => byTs(card.ts));
    await w.press(l1SlackId, fresh, 'note.escalation.preview');
    const preview = await eventually(() =>
      w.threadMessages(threadTs).find((m) => m.ts !== stale.ts && verbs(m).includes('note.escalation.post')),
    );
    const trigger = w.sim.issueTriggerId(l1SlackId);
    await w.press(l1SlackId, preview, 'note.escalation.edit', { triggerId: trigger });
    const modal = await eventually(() => w.sim.views.find((v) => v.triggerId === trigger));
    const values = Object.fromEntries(
      (modal.view.blocks as Array<{ block_id: string; element?: { initial_value?: string } }>)
        .filter((b) => b.block_id.startsWith('note_section_'))
        .map((b) => [
          b.block_id,
          { body: { type: 'plain_text_input', value: b.element?.initial_value || 'Nothing yet.' } },
        ]),
    );
    const submitted = await w.send(
      viewSubmission({ user: { id: l1SlackId }, view: modal.view, values, workspace: w.workspace }),
    );
    expect(submitted.json ?? {}).not.toMatchObject({ response_action: 'errors' });
    await eventually(async () =>
      (await sessionOf(w.engineer, sessionId)).status.startsWith('escalated') ? true : undefined,
    );
    const closed = await eventually(() => {
      const now = byTs(preview.ts);
      return now && verbs(now).length === 0 ? now : undefined;
    });
    expect(closed.text).toMatch(/^Escalated:/);
    // Cancel on the old preview now says what really happened.
    await w.press(l1SlackId, stale, 'note.cancel');
    await eventually(() => /already posted/.test(byTs(stale.ts)?.text ?? '') || undefined);
  });

  it('sends the package to the technician channel, where a claim gives the thread its card back', async () => {
    const tech = await w.command(w.adminSlackId, 'techchannel', { channel: w.techChannel });
    expect(JSON.stringify(tech.json)).toMatch(/Escalations will be posted in this channel/);
    const {
      threadTs,
      card: before,
      sessionId,
    } = await start('Outlook keeps saying Trying to connect for accounting after a password change');
    const from = w.sim.messages.length;
    await escalateFromCard(threadTs, before);

    const post = await eventually(() =>
      w.sim.messages
        .slice(from)
        .find((m) => m.channel === w.techChannel && verbs(m).includes('escalation.claim')),
    );
    expect(post.text).toMatch(/Outlook/);
    const card = await eventually(() => {
      const now = byTs(before.ts);
      return now && verbs(now).includes('session.claim') ? now : undefined;
    });
    expect(JSON.stringify(card.blocks)).toContain(`Sent to the technician channel <#${w.techChannel}>`);
    expect(JSON.stringify(card.blocks)).not.toContain('Kept here');

    // The claim from the technician channel reopens the session card in the original thread.
    await w.press(w.adminSlackId, post, 'escalation.claim');
    await eventually(() => /Claimed by Ada Admin/.test(JSON.stringify(byTs(post.ts)?.blocks)));
    const reopened = await eventually(() => {
      const now = byTs(before.ts);
      return now && verbs(now).includes('fix.worked') ? now : undefined;
    });
    expect(JSON.stringify(reopened.blocks)).toContain('Claimed by Ada Admin');
    expect((await sessionOf(w.admin, sessionId)).status).toBe('active');
    // The escalator hears of it in their thread: a message, not only an edited card.
    await eventually(() =>
      w
        .threadMessages(threadTs)
        .find((m) => m.text === `🙋 <@${w.adminSlackId}> claimed this escalation and carries on here.`),
    );
  });

  it('a claim from the session card marks the technician-channel post claimed, so nobody else presses it', async () => {
    // The technician channel was set in the previous test. This time an engineer escalates.
    const {
      threadTs,
      card: before,
      sessionId,
    } = await start('Outlook keeps saying Trying to connect after a password change');
    const from = w.sim.messages.length;
    await escalateFromCard(threadTs, before, w.engineerSlackId);
    const post = await eventually(() =>
      w.sim.messages
        .slice(from)
        .find((m) => m.channel === w.techChannel && verbs(m).includes('escalation.claim')),
    );
    const card = await eventually(() => {
      const now = byTs(before.ts);
      return now && verbs(now).includes('session.claim') ? now : undefined;
    });
    // The escalator cannot claim it back, from the post or the card; nothing changes.
    const ephemerals = w.sim.ephemerals.length;
    await w.press(w.engineerSlackId, post, 'escalation.claim');
    await w.press(w.engineerSlackId, card, 'session.claim');
    const refusals = await eventually(() => {
      const mine = w.sim.ephemerals
        .slice(ephemerals)
        .filter((e) => e.user === w.engineerSlackId && /You escalated this one/.test(e.text));
      return mine.length === 2 ? mine : undefined;
    });
    expect(refusals.map((e) => e.text)).toEqual([
      'Not allowed: You escalated this one; another engineer needs to claim it.',
      'Not allowed: You escalated this one; another engineer needs to claim it.',
    ]);
    expect((await sessionOf(w.engineer, sessionId)).status).toBe('escalated_local');
    expect(verbs(byTs(post.ts))).toContain('escalation.claim');

    await w.press(w.adminSlackId, card, 'session.claim');
    await eventually(() => {
      const now = byTs(post.ts);
      return (
        now &&
        !verbs(now).includes('escalation.claim') &&
        /Claimed by Ada Admin/.test(JSON.stringify(now.blocks))
      );
    });
    expect((await sessionOf(w.engineer, sessionId)).status).toBe('active');
  });
});
