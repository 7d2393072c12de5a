import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems, findAll } from '../../cards/test-support.ts';
import {
  getScript,
  getScriptDraft,
  listScriptDrafts,
  scriptDraftsForReview,
} from '../../core/scripts/index.ts';
import { getTranscript } from '../../core/sessions/index.ts';
import type { SimActivity } from '../../sim/teams/index.ts';
import { PRINT_QUEUE_FIX, proposeScriptFix } from '../../test/scripts.ts';
import {
  answeredCard,
  cardOf,
  eventually,
  type Person,
  sessionCardIn,
  sessionIdOf,
  sessionOf,
  type TeamsWorld,
  teamsWorld,
  threadOf,
  verbsOf,
  withCard,
} from './teams-test-kit.ts';

const reviewCardIn = (activities: SimActivity[]) =>
  activities.find((a) => verbsOf(cardOf(a)).includes('script.draft.reject'));

describe('Teams: Copy script, and the script draft review after resolve (Agents SDK, connector simulator)', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    w = await teamsWorld();
  });
  afterAll(() => w.close());

  /** A thread whose session has a fix with a script, as the card now shows it. */
  async function threadWithScriptFix(text: string, from?: Person) {
    const post = w.post(text, from ? { from } : {});
    expect((await w.send(post)).status).toBe(200);
    const card = await eventually(() => sessionCardIn(threadOf(w, post.id)));
    const sessionId = sessionIdOf(card);
    const ctx = from ?? w.engineer;
    // Let the assistant's own turn finish first: a fix it proposes would replace the scripted one.
    await eventually(async () =>
      (await getTranscript({ ctx, sessionId })).some((t) => t.role === 'assistant') ? true : undefined,
    );
    await proposeScriptFix(ctx, sessionId, PRINT_QUEUE_FIX);
    const refreshed = answeredCard((await w.send(w.press(post, card, 'session.refresh', {}, from))).body);
    return { post, card: withCard(card, refreshed), sessionId };
  }

  async function queueAndResolve(t: Awaited<ReturnType<typeof threadWithScriptFix>>, from?: Person) {
    const later = answeredCard((await w.send(w.press(t.post, t.card, 'script.later', {}, from))).body);
    expect(JSON.stringify(later)).toContain('Template draft saved');
    const preview = answeredCard(
      (await w.send(w.press(t.post, t.card, 'note.resolution.preview', {}, from))).body,
    );
    const posted = await w.send(w.press(t.post, withCard(t.card, preview), 'note.resolution.post', {}, from));
    expect(posted.status).toBe(200);
    expect((await sessionOf(w.engineer, t.sessionId)).status).toBe('resolved_local');
  }

  it('shows the whole script behind Copy script, and offers the draft once resolved: accept with edits, then a second decision is refused', async () => {
    const t = await threadWithScriptFix('Print queue stuck on FAB-WS-023, nothing prints');
    const card = cardOf(t.card);
    expect(adaptiveCardProblems(card)).toEqual([]);
    const copy = findAll(card, 'Action.ShowCard').find((a) => a.title === 'Copy script');
    expect(JSON.stringify(copy)).toContain('Remove-Item \\"$env:SystemRoot\\\\System32\\\\spool\\\\PRINTERS');
    expect(verbsOf(card)).toEqual(expect.arrayContaining(['fix.apply', 'script.later', 'script.build']));

    await queueAndResolve(t);
    // A copy: the connector replaces the stored activity when the card is redrawn.
    const offer = structuredClone(await eventually(() => reviewCardIn(threadOf(w, t.post.id))));
    const review = cardOf(offer);
    expect(adaptiveCardProblems(review)).toEqual([]);
    expect(verbsOf(review)).toEqual(['script.draft.accept', 'script.draft.reject', 'script.draft.never']);
    const text = JSON.stringify(review);
    expect(text).toContain('Invoke-Command -ComputerName {{ComputerName}}');
    expect(text).toContain('Parameters: ComputerName (string)');
    expect(text).toContain('⚠ Recursive delete (line 3)');
    const [draft] = await listScriptDrafts({ ctx: w.engineer, input: { status: 'pending' } });
    if (!draft) throw new Error('no pending draft');

    // A viewer cannot decide: the card says so and nothing changes.
    const viewer = answeredCard(
      (await w.send(w.press(t.post, offer, 'script.draft.reject', {}, w.viewer))).body,
    );
    expect(JSON.stringify(viewer)).toContain('Not allowed');
    expect((await getScriptDraft({ ctx: w.engineer, draftId: draft.id })).status).toBe('pending');

    // An edit the schema refuses changes nothing and says why on the card.
    const bad = answeredCard(
      (await w.send(w.press(t.post, offer, 'script.draft.accept', { draftParams: 'ComputerName: hostname' })))
        .body,
    );
    expect(JSON.stringify(bad)).toContain('the type must be one of string, int, bool, choice, secret');
    expect((await getScriptDraft({ ctx: w.engineer, draftId: draft.id })).status).toBe('pending');

    const body = draft.body.replace(
      'Start-Service Spooler',
      'Start-Service Spooler\n  Get-Printer -ComputerName {{ComputerName}}',
    );
    const accepted = answeredCard(
      (
        await w.send(
          w.press(t.post, offer, 'script.draft.accept', {
            draftName: 'Clear a stuck print queue remotely',
            draftParams: 'ComputerName: string = FAB-WS-001',
            draftBody: body,
          }),
        )
      ).body,
    );
    expect(adaptiveCardProblems(accepted)).toEqual([]);
    expect(JSON.stringify(accepted)).toContain('✅ Accepted: \\"Clear a stuck print queue remotely\\"');
    expect(verbsOf(accepted)).toEqual([]);
    const decided = await getScriptDraft({ ctx: w.engineer, draftId: draft.id });
    expect(decided.status).toBe('accepted');
    const script = await getScript({ ctx: w.engineer, scriptId: decided.templateId });
    expect(script).toMatchObject({ name: 'Clear a stuck print queue remotely', status: 'published' });
    expect(JSON.stringify(script)).toContain('Get-Printer -ComputerName {{ComputerName}}');
    expect(JSON.stringify(script)).toContain('"default":"FAB-WS-001"');
    // The shared message is redrawn for everyone, not only the presser.
    await eventually(() =>
      threadOf(w, t.post.id).find(
        (a) => a.id === offer.id && JSON.stringify(cardOf(a)).includes('✅ Accepted'),
      ),
    );

    // The old card pressed again: 409, shown on the card as it now stands; nothing changes.
    const again = answeredCard((await w.send(w.press(t.post, offer, 'script.draft.reject'))).body);
    expect(JSON.stringify(again)).toContain('This draft was already accepted.');
    expect(verbsOf(again)).toEqual([]);
    expect((await getScriptDraft({ ctx: w.engineer, draftId: draft.id })).status).toBe('accepted');
  });

  it('"Don\'t ask again" sets the preference, and the next resolved session offers nothing to that person', async () => {
    const first = await threadWithScriptFix('Printer on FAB-WS-031 shows offline again', w.peer);
    await queueAndResolve(first, w.peer);
    const offer = await eventually(() => reviewCardIn(threadOf(w, first.post.id)));
    const never = answeredCard(
      (await w.send(w.press(first.post, offer, 'script.draft.never', {}, w.peer))).body,
    );
    expect(JSON.stringify(never)).toContain("you won't be offered script drafts again");
    const second = await threadWithScriptFix('Print queue stuck on FAB-WS-044 after the update', w.peer);
    await queueAndResolve(second, w.peer);
    // The offer runs after the invoke is answered: once that follow-up work has run, the thread holds
    // everything the resolve will ever post there, and the redrawn session card shows it is resolved.
    await w.adapter.settled();
    const thread = threadOf(w, second.post.id);
    expect(JSON.stringify(cardOf(sessionCardIn(thread)))).toMatch(/resolved/i);
    expect(reviewCardIn(thread)).toBeUndefined();
    // The draft is still there for colleagues (and on the Scripts page); only this person opted out.
    expect(await scriptDraftsForReview({ ctx: w.peer, sessionId: second.sessionId })).toEqual([]);
    expect(await scriptDraftsForReview({ ctx: w.engineer, sessionId: second.sessionId })).toHaveLength(1);
  });
});
