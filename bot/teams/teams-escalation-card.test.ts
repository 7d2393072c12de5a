import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/test-support.ts';
import type { SimActivity, TeamsActivity } from '../../sim/teams/index.ts';
import {
  answeredCard,
  cardOf,
  eventually,
  sessionCardIn,
  sessionIdOf,
  sessionOf,
  type TeamsWorld,
  teamsWorld,
  textOf,
  threadOf,
  verbsOf,
  withCard,
} from './teams-test-kit.ts';

/** Internal status codes that must never reach a person. */
const INTERNAL_WORDS = /escalated[_ ]local|resolved[_ ]local/i;

describe('Teams: Confirm & escalate on the session card says where it went, and waits for a claim', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    w = await teamsWorld();
  });
  afterAll(() => w.close());

  async function mention(text: string) {
    const post = w.post(text);
    await w.send(post);
    const card = await eventually(() => {
      const found = sessionCardIn(threadOf(w, post.id));
      return found && found.history.length > 0 && verbsOf(cardOf(found)).includes('fix.worked')
        ? found
        : undefined;
    });
    return { post, card, sessionId: sessionIdOf(card) };
  }

  /** Escalate → preview → Confirm & escalate, pressing each card's own buttons; returns the answer. */
  async function escalate(post: TeamsActivity, card: SimActivity) {
    const preview = answeredCard((await w.send(w.press(post, card, 'note.escalation.preview'))).body);
    expect(verbsOf(preview)).toEqual(['note.escalation.post', 'note.cancel']);
    return answeredCard((await w.send(w.press(post, withCard(card, preview), 'note.escalation.post'))).body);
  }

  it('keeps it here without a technician channel, refuses a stale "It worked" in words, and only an engineer claim resumes it', async () => {
    const { post, card, sessionId } = await mention(
      'Outlook keeps saying Trying to connect after a password change',
    );
    const stale = structuredClone(card);

    // Cancel on the preview posts nothing and goes back to the session card.
    const preview = answeredCard((await w.send(w.press(post, card, 'note.escalation.preview'))).body);
    const cancelled = answeredCard(
      (await w.send(w.press(post, withCard(card, preview), 'note.cancel'))).body,
    );
    expect(verbsOf(cancelled)).toEqual(expect.arrayContaining(['fix.worked', 'note.escalation.preview']));
    expect((await sessionOf(w.engineer, sessionId)).status).toBe('active');

    const escalated = await escalate(post, card);
    expect(adaptiveCardProblems(escalated)).toEqual([]);
    expect(verbsOf(escalated)).toEqual(['session.claim', 'session.refresh']);
    const text = JSON.stringify(escalated);
    expect(text).toContain(
      'Kept here: no technician channel yet — an admin sets one by mentioning me with “techchannel” in the channel escalations should go to.',
    );
    expect(text).toContain('Waiting for an engineer to claim it');
    expect(text).not.toMatch(INTERNAL_WORDS);
    // Everyone's copy of the shared card changes too.
    await eventually(() => verbsOf(cardOf(card)).includes('session.claim'));
    expect(verbsOf(cardOf(card))).not.toContain('fix.worked');

    // A stale "It worked" answers with the current card and a human reason; nothing changes.
    const before = await sessionOf(w.engineer, sessionId);
    const refused = answeredCard((await w.send(w.press(post, stale, 'fix.worked'))).body);
    expect(JSON.stringify(refused)).toContain(
      'This problem was escalated and is waiting for an engineer to claim it. Whoever claims it carries on from here.',
    );
    expect(JSON.stringify(refused)).not.toMatch(INTERNAL_WORDS);
    expect(verbsOf(refused)).not.toContain('fix.worked');
    expect(adaptiveCardProblems(refused)).toEqual([]);
    expect(await sessionOf(w.engineer, sessionId)).toEqual(before);

    // A viewer's claim is refused and changes nothing.
    const byViewer = answeredCard(
      (await w.send(w.press(post, withCard(card, escalated), 'session.claim', {}, w.viewer))).body,
    );
    expect(JSON.stringify(byViewer)).toContain('Your role (viewer) cannot claim escalations.');
    expect((await sessionOf(w.engineer, sessionId)).status).toBe('escalated_local');

    // The engineer who escalated it cannot claim it back: refused on the card, nothing changes.
    const byEscalator = answeredCard(
      (await w.send(w.press(post, withCard(card, escalated), 'session.claim'))).body,
    );
    expect(JSON.stringify(byEscalator)).toContain(
      'You escalated this one; another engineer needs to claim it.',
    );
    expect(verbsOf(byEscalator)).toContain('session.claim');
    expect(adaptiveCardProblems(byEscalator)).toEqual([]);
    expect((await sessionOf(w.engineer, sessionId)).status).toBe('escalated_local');

    // Another engineer claims it, gets the buttons back, and resolves it.
    const claimed = answeredCard(
      (await w.send(w.press(post, withCard(card, escalated), 'session.claim', {}, w.peer))).body,
    );
    expect(verbsOf(claimed)).toEqual(expect.arrayContaining(['fix.worked', 'note.resolution.preview']));
    expect(verbsOf(claimed)).not.toContain('note.escalation.preview');
    expect(JSON.stringify(claimed)).toContain('Claimed by Pat Peer');
    expect(adaptiveCardProblems(claimed)).toEqual([]);
    const worked = answeredCard(
      (await w.send(w.press(post, withCard(card, claimed), 'fix.worked', {}, w.peer))).body,
    );
    const note = answeredCard(
      (await w.send(w.press(post, withCard(card, worked), 'note.resolution.preview', {}, w.peer))).body,
    );
    await w.send(w.press(post, withCard(card, note), 'note.resolution.post', {}, w.peer));
    expect((await sessionOf(w.engineer, sessionId)).status).toBe('resolved_local');
  });

  it('sends it to the technician channel; a claim there gives the thread its buttons back', async () => {
    const tech = w.post('techchannel', { channel: w.techChannel, from: w.admin });
    await w.send(tech);
    await eventually(() =>
      threadOf(w, tech.id, w.techChannel).find((a) => /Escalations will be posted/.test(textOf(a))),
    );
    const { post, card, sessionId } = await mention('Outlook keeps saying Trying to connect for accounting');
    const escalated = await escalate(post, card);
    expect(JSON.stringify(escalated)).toContain('Sent to the technician channel');
    expect(JSON.stringify(escalated)).not.toContain('Kept here');

    const posted = await eventually(() =>
      [...w.connector.conversations.values()]
        .filter((c) => c.id.startsWith(`${w.techChannel.id};`))
        .flatMap((c) => c.activities)
        .find(
          (a) =>
            verbsOf(cardOf(a)).includes('escalation.claim') && JSON.stringify(cardOf(a)).includes(sessionId),
        ),
    );
    expect(adaptiveCardProblems(cardOf(posted))).toEqual([]);

    const answer = answeredCard((await w.send(w.press(tech, posted, 'escalation.claim', {}, w.admin))).body);
    expect(JSON.stringify(answer)).toContain('Claimed by Ada Admin');
    // The session card in the original thread is redrawn for the claimer's work.
    await eventually(() => verbsOf(cardOf(card)).includes('fix.worked'));
    expect(JSON.stringify(cardOf(card))).toContain('Claimed by Ada Admin');
    expect((await sessionOf(w.admin, sessionId)).status).toBe('active');
  });

  it('a claim from the session card marks the technician-channel post claimed', async () => {
    // The technician channel was set in the previous test.
    const { post, card, sessionId } = await mention(
      'Outlook keeps saying Trying to connect after a password change',
    );
    const escalated = await escalate(post, card);
    const posted = await eventually(() =>
      [...w.connector.conversations.values()]
        .filter((c) => c.id.startsWith(`${w.techChannel.id};`))
        .flatMap((c) => c.activities)
        .find(
          (a) =>
            verbsOf(cardOf(a)).includes('escalation.claim') && JSON.stringify(cardOf(a)).includes(sessionId),
        ),
    );
    // The post's id is recorded once it is sent; claim after that.
    await eventually(async () =>
      Boolean((await sessionOf(w.engineer, sessionId)).escalation?.channel?.ref.postActivityId),
    );
    await w.send(w.press(post, withCard(card, escalated), 'session.claim', {}, w.peer));
    await eventually(
      () =>
        !verbsOf(cardOf(posted)).includes('escalation.claim') &&
        /Claimed by Pat Peer/.test(JSON.stringify(cardOf(posted))),
    );
    expect(adaptiveCardProblems(cardOf(posted))).toEqual([]);
  });
});
