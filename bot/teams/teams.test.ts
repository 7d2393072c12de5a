import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/test-support.ts';
import { getTranscript } from '../../core/sessions/index.ts';
import { untilStill } from '../../test/quiet.ts';
import { STALE_BUTTON_TEXT } from '../error-view.ts';
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

describe('Teams adapter: channel threads (real Agents SDK, real router, Teams simulator)', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    w = await teamsWorld();
  });
  afterAll(() => w.close());

  /** @mention in the support channel; resolves once the answer and the card update are in. */
  async function mention(text: string) {
    const post = w.post(text);
    const res = await w.send(post);
    expect(res.status).toBe(200);
    const answer = await eventually(() =>
      threadOf(w, post.id).find((a) => textOf(a).startsWith('Offline assistant')),
    );
    // The card is posted when the session starts and updated in place once the turn is applied.
    const card = await eventually(() => {
      const found = sessionCardIn(threadOf(w, post.id));
      return found && found.history.length > 0 ? found : undefined;
    });
    return { post, answer, card };
  }

  it('answers an @mention in its thread with the session card and a reply', async () => {
    const { post, answer, card } = await mention(
      'Outlook stuck on "Trying to connect" since her password change yesterday. OWA works.',
    );
    expect(verbsOf(cardOf(card))).toEqual(expect.arrayContaining(['fix.apply', 'fix.worked', 'fix.partial']));
    expect(adaptiveCardProblems(cardOf(card))).toEqual([]);
    // Both are replies in the thread the post started, card first.
    const thread = threadOf(w, post.id);
    expect(thread.map((a) => a.replyToId)).toEqual(thread.map(() => post.id));
    expect(thread.indexOf(card)).toBeLessThan(thread.indexOf(answer));
    // The answer was posted as a placeholder and then edited with the text.
    expect(answer.history[0]?.text).toMatch(/Thinking/);
    expect(textOf(answer)).not.toMatch(/<at>/);
    const session = await sessionOf(w.engineer, sessionIdOf(card));
    expect(session.channel.ref).toEqual({
      tenantId: w.tenantId,
      conversationId: w.channel.id,
      threadId: post.id,
    });
    expect(session.problemSummary).toMatch(/^Outlook stuck/);
    expect(session.cardRef).toEqual({
      conversationId: `${w.channel.id};messageid=${post.id}`,
      activityId: card.id,
    });
    expect(session.facts.length).toBeGreaterThan(0);
  });

  it('treats a reply in the thread as a turn and updates the card in place', async () => {
    const { post, card } = await mention('Print spooler keeps stopping on the front desk PC');
    const sessionId = sessionIdOf(card);
    const updatesBefore = card.history.length;
    await w.send(w.post('Restarted the spooler, no change.', { threadRootId: post.id }));
    await eventually(async () => (await getTranscript({ ctx: w.engineer, sessionId })).length === 4);
    await eventually(() => card.history.length > updatesBefore);
    const puts = w.connector.calls.filter(
      (c) => c.operation === 'updateActivity' && c.activityId === card.id,
    );
    expect(puts.length).toBeGreaterThan(updatesBefore - 1);
    expect(threadOf(w, post.id).filter((a) => verbsOf(cardOf(a)).includes('session.refresh'))).toHaveLength(
      1,
    );
    const turns = await getTranscript({ ctx: w.engineer, sessionId });
    expect(turns.map((t) => [t.role, t.role === 'engineer' ? t.text : 'answer'])).toEqual([
      ['engineer', 'Print spooler keeps stopping on the front desk PC'],
      ['assistant', 'answer'],
      ['engineer', 'Restarted the spooler, no change.'],
      ['assistant', 'answer'],
    ]);
  });

  it('posts a fresh card when someone deleted the old one, and the turn still answers', async () => {
    const { post, card } = await mention('Scanner on the second floor will not scan to email');
    const sessionId = sessionIdOf(card);
    // A member deletes the bot's card: Teams answers its update with 404 ActivityNotFoundInConversation.
    card.deleted = true;
    await w.send(w.post('Tried a test page, it prints fine.', { threadRootId: post.id }));
    await eventually(async () => (await getTranscript({ ctx: w.engineer, sessionId })).length === 4);
    const fresh = await eventually(() =>
      threadOf(w, post.id).find((a) => !a.deleted && a.id !== card.id && sessionCardIn([a])),
    );
    expect(sessionIdOf(fresh)).toBe(sessionId);
    expect(threadOf(w, post.id).map(textOf)).not.toContainEqual(
      expect.stringMatching(/Something went wrong/),
    );
    // The new card's id is stored right after it is posted: later turns update that one.
    await eventually(async () => (await sessionOf(w.engineer, sessionId)).cardRef?.activityId === fresh.id);
    expect(threadOf(w, post.id).filter((a) => !a.deleted && sessionCardIn([a]))).toEqual([fresh]);
  });

  it('records fix outcomes from the buttons; "Partly" without notes answers with an inline error', async () => {
    const { post, card } = await mention('Outlook keeps saying Trying to connect after a password change');
    const sessionId = sessionIdOf(card);
    const partial = await w.send(w.press(post, card, 'fix.partial', { partialNotes: '   ' }));
    expect(partial.status).toBe(200);
    const refused = answeredCard(partial.body);
    expect(JSON.stringify(refused)).toMatch(/Say what worked and what did not/);
    expect(verbsOf(refused)).toContain('fix.partial');
    expect(adaptiveCardProblems(refused)).toEqual([]);
    expect((await sessionOf(w.engineer, sessionId)).activeFix?.status).toBe('proposed');

    const stale = structuredClone(card);
    const worked = await w.send(w.press(post, card, 'fix.worked'));
    expect(worked.status).toBe(200);
    expect(verbsOf(answeredCard(worked.body))).not.toContain('fix.worked');
    expect((await sessionOf(w.engineer, sessionId)).activeFix?.status).toBe('applied_success');
    // Everyone else's copy of the card is replaced too (PUT on the same activity).
    await eventually(() => !verbsOf(cardOf(card)).includes('fix.worked'));

    // A second press on the stale card is refused with the current card and the reason.
    const again = answeredCard((await w.send(w.press(post, stale, 'fix.failed'))).body);
    expect(JSON.stringify(again)).toMatch(/Already done/);
    expect(verbsOf(again)).toContain('session.refresh');
    expect(adaptiveCardProblems(again)).toEqual([]);
    expect((await sessionOf(w.engineer, sessionId)).activeFix?.status).toBe('applied_success');
  });

  it('applies a fix, saves partial notes from the card input, and dismisses another', async () => {
    const { post, card } = await mention('Outlook keeps saying Trying to connect after a password change');
    const sessionId = sessionIdOf(card);
    const fixId = (await sessionOf(w.engineer, sessionId)).activeFix?.id;
    const applied = await w.send(w.press(post, card, 'fix.apply'));
    expect(verbsOf(answeredCard(applied.body))).not.toContain('fix.apply');
    expect((await sessionOf(w.engineer, sessionId)).activeFix?.appliedAt).toBeTruthy();
    const current = await eventually(() => (verbsOf(cardOf(card)).includes('fix.apply') ? undefined : card));
    await w.send(
      w.press(post, current, 'fix.partial', { partialNotes: 'Outlook opens, shared mailbox still asks' }),
    );
    const partly = await sessionOf(w.engineer, sessionId);
    expect(partly.activeFix).toMatchObject({ id: fixId, status: 'applied_partial' });
    expect(partly.activeFix?.partialNotes).toBe('Outlook opens, shared mailbox still asks');

    const other = await mention('Outlook keeps saying Trying to connect after a password change');
    const dismissed = await w.send(w.press(other.post, other.card, 'fix.dismiss'));
    expect(dismissed.status).toBe(200);
    const after = await sessionOf(w.engineer, sessionIdOf(other.card));
    expect([after.activeFix, ...after.previousFixes].map((f) => f?.status)).toContain('dismissed');
  });

  it('previews the resolution note and resolves the session with Confirm & post', async () => {
    const { post, card } = await mention('Outlook stuck on Trying to connect for the CFO');
    const sessionId = sessionIdOf(card);
    const preview = await w.send(w.press(post, card, 'note.resolution.preview'));
    const previewCard = answeredCard(preview.body);
    expect(verbsOf(previewCard)).toEqual(['note.resolution.post', 'note.cancel']);
    expect(adaptiveCardProblems(previewCard)).toEqual([]);
    // Teams sends the edited section inputs with the Confirm press.
    const edited = {
      section0: 'Outlook stuck on Trying to connect',
      section1: 'OWA works',
      section2: 'Stale credentials',
      section3: 'Cleared Credential Manager',
    };
    const asCard = withCard(card, previewCard);
    const posted = await w.send(w.press(post, asCard, 'note.resolution.post', edited));
    expect(posted.status).toBe(200);
    const session = await sessionOf(w.engineer, sessionId);
    expect(session.status).toBe('resolved_local');
    expect(session.notes[0]?.sections.map((s) => s.body)).toEqual(Object.values(edited));
    expect(verbsOf(answeredCard(posted.body))).not.toContain('note.resolution.preview');
    // Pressing it again is refused with the reason on the current card, not a generic failure.
    const again = await w.send(w.press(post, asCard, 'note.resolution.post', edited));
    expect(JSON.stringify(answeredCard(again.body))).toMatch(/already posted/i);
    // A later mention in the closed thread says so instead of starting anything.
    await w.send(w.post('one more thing', { threadRootId: post.id }));
    await eventually(() => threadOf(w, post.id).find((a) => /session is closed/.test(textOf(a))));
  });

  it('asks Teams to refresh the shared card per user, and gives a viewer the read-only version', async () => {
    const { post, card } = await mention('Outlook stuck on "Trying to connect" after a password change');
    const shared = cardOf(card) as { refresh?: { action: { verb: string }; userIds: string[] } };
    expect(shared.refresh?.action.verb).toBe('session.refresh');
    expect(shared.refresh?.userIds).toEqual([w.engineer.teams.id]);
    expect(verbsOf(shared)).toContain('fix.worked');
    // What a viewer's Teams client gets when it refreshes the card for them: no buttons to press.
    const forViewer = await w.send(w.press(post, card, 'session.refresh', {}, w.viewer));
    const viewerCard = answeredCard(forViewer.body);
    expect(verbsOf(viewerCard)).not.toContain('fix.worked');
    expect(verbsOf(viewerCard)).not.toContain('note.resolution.preview');
    const forEngineer = await w.send(w.press(post, card, 'session.refresh'));
    expect(verbsOf(answeredCard(forEngineer.body))).toContain('fix.worked');
  });

  it('answers Refresh with the current card, and a button of a retired verb with a message, changing nothing', async () => {
    const { post, card } = await mention('Mapped drive missing after password change');
    const refreshed = await w.send(w.press(post, card, 'session.refresh'));
    expect(verbsOf(answeredCard(refreshed.body))).toContain('session.refresh');
    await untilStill(() => w.connector.calls.length);
    const sent = w.connector.calls.length;
    const stale = w.press(post, card, 'session.refresh');
    (stale.value as { action: { verb: string } }).action.verb = 'session.retired';
    const answered = await w.send(stale);
    // Universal Actions' message response: Teams shows the text and leaves the card as it was.
    expect(answered.status).toBe(200);
    expect(answered.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: STALE_BUTTON_TEXT,
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(w.connector.calls.length).toBe(sent);
  });

  it('counts an unmentioned reply (RSC) only in a thread it is diagnosing', async () => {
    const unmentioned = (activity: ReturnType<TeamsWorld['post']>) => {
      activity.entities = (activity.entities as Array<{ type: string }>).filter((e) => e.type !== 'mention');
      activity.text = String(activity.text).replace(/<at>[^<]*<\/at>\s*/, '');
      return activity;
    };
    const { post, card } = await mention('Outlook keeps saying Trying to connect after a password change');
    await w.send(unmentioned(w.post('Also happens on her phone', { threadRootId: post.id })));
    await eventually(
      async () => (await getTranscript({ ctx: w.engineer, sessionId: sessionIdOf(card) })).length === 4,
    );
    const chatter = w.post('lunch anyone?');
    await w.send(unmentioned(chatter));
    await new Promise((r) => setTimeout(r, 200));
    expect(threadOf(w, chatter.id)).toEqual([]);
  });

  it('answers a redelivered message once', async () => {
    const post = w.post('OneDrive stuck on processing changes');
    await w.send(post);
    await w.send(post);
    await eventually(() => threadOf(w, post.id).find((a) => textOf(a).startsWith('Offline assistant')));
    await new Promise((r) => setTimeout(r, 300));
    expect(threadOf(w, post.id).filter((a) => textOf(a).startsWith('Offline assistant'))).toHaveLength(1);
  });
});
