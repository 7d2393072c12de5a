import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeActions } from '../../cards/test-support.ts';
import { getFlow, getWalk } from '../../core/flows/index.ts';
import { createConnectWiseProvider } from '../../core/psa/connectwise/index.ts';
import { configurePsa, deliverSessionOutbox, type PsaDeps } from '../../core/psa/index.ts';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from '../../sim/connectwise/index.ts';
import { connectWiseSettings } from '../../test/connectwise.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { publishPasswordFlow } from '../../test/walk-flow.ts';
import {
  answeredCard,
  cardOf,
  eventually,
  sessionOf,
  type TeamsWorld,
  teamsWorld,
  textOf,
  threadOf,
  verbsOf,
  withCard,
} from './teams-test-kit.ts';

describe('Teams flow walker (Agents SDK, connector simulator)', () => {
  let w: TeamsWorld;
  let cw: ConnectWiseSimulator;
  const psa: PsaDeps = {
    sealingKey: Buffer.alloc(32, 6),
    connectWise: (config) => createConnectWiseProvider({ ...config, timeoutMs: 2_000 }),
  };

  beforeAll(async () => {
    w = await teamsWorld({}, { diagnosis: { ...offlineDiagnosis(), psa } });
    await publishPasswordFlow(w.engineer);
    cw = await startConnectWiseSimulator({ firstTicketId: 52_117 });
    await configurePsa({
      ctx: w.account.owner,
      deps: psa,
      input: connectWiseSettings(cw, { resolvedStatus: 'Resolved', escalatedStatus: 'Waiting on Client' }),
    });
  });
  afterAll(async () => {
    await w.close();
    await cw.close();
  });

  async function startWalk(problem = 'Outlook keeps asking for a password') {
    const post = w.post(`walk ${problem}`);
    expect((await w.send(post)).status).toBe(200);
    const card = await eventually(() =>
      threadOf(w, post.id).find((a) => verbsOf(cardOf(a)).includes('walk.note')),
    );
    const walkId =
      (executeActions(cardOf(card)).find((a) => a.verb === 'walk.note')?.data as { w: string } | undefined)
        ?.w ?? '';
    return { post, card, walkId };
  }

  it('walks an authored flow on a ConnectWise ticket to resolution with Action.Execute; the resolution note with the path reaches ConnectWise', async () => {
    const ticket = cw.addTicket({
      summary: 'Outlook password prompts',
      board: 'Service Desk',
      status: 'New',
      company: 'AcmeCorp',
    });
    const { post, card, walkId } = await startWalk(`#${ticket.id} Outlook keeps asking for a password`);
    expect(threadOf(w, post.id).map(textOf)).toContain(
      'Matched the authored flow "Outlook keeps asking for a password".',
    );
    expect(threadOf(w, post.id).map(textOf)).toContain(
      `Linked to ticket #${ticket.id}: Outlook password prompts`,
    );
    expect(JSON.stringify(cardOf(card))).toContain('Did the password change in the last day?');

    const first = await w.send(w.press(post, card, 'walk.answer', { a: 'Yes', walkNote: 'Changed at 9am' }));
    const check = answeredCard(first.body);
    expect(JSON.stringify(check)).toContain('Expected: The inbox opens without another prompt');
    expect(JSON.stringify(check)).toContain(
      '1. Did the password change in the last day? → Yes (note: Changed at 9am)',
    );
    // The shared message is replaced too, so the thread shows the step the walk is on.
    await eventually(() =>
      JSON.stringify(cardOf(threadOf(w, post.id).find((a) => a.id === card.id))).includes('Expected:'),
    );

    const fix = answeredCard(
      (await w.send(w.press(post, withCard(card, check), 'walk.answer', { a: 'Yes' }))).body,
    );
    expect(verbsOf(fix)).toEqual(expect.arrayContaining(['walk.worked', 'walk.failed', 'walk.partial']));
    const partlyEmpty = answeredCard((await w.send(w.press(post, withCard(card, fix), 'walk.partial'))).body);
    expect(JSON.stringify(partlyEmpty)).toContain('Type what worked and what did not');
    expect(verbsOf(partlyEmpty)).toContain('walk.worked');

    const done = answeredCard((await w.send(w.press(post, withCard(card, fix), 'walk.worked'))).body);
    expect(JSON.stringify(done)).toContain('Resolved: the fix worked');
    expect(verbsOf(done)).toEqual(['note.resolution.preview']);
    const walk = await getWalk({ ctx: w.engineer, walkId });
    expect(walk).toMatchObject({ status: 'resolved', outcome: 'worked' });
    expect((await sessionOf(w.engineer, walk.sessionId as string)).activeFix?.status).toBe('applied_success');

    const preview = answeredCard(
      (await w.send(w.press(post, withCard(card, done), 'note.resolution.preview'))).body,
    );
    expect(verbsOf(preview)).toContain('note.resolution.post');
    expect(JSON.stringify(preview)).toContain(
      'Did the password change in the last day — Yes (Changed at 9am)',
    );
    await w.send(w.press(post, withCard(card, preview), 'note.resolution.post'));
    const sessionId = walk.sessionId as string;
    await eventually(async () => (await sessionOf(w.engineer, sessionId)).status === 'resolved');
    const report = await deliverSessionOutbox({ ctx: w.account.system('psa-outbox'), deps: psa, sessionId });
    expect(report.failed).toBe(0);
    const notes = cw.state.notes.filter((n) => n.ticketId === ticket.id);
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes)).toContain('Did the password change in the last day — Yes (Changed at 9am)');
    expect(cw.state.tickets.find((t) => t.id === ticket.id)?.status?.name).toBe('Resolved');
  });

  it("I'm stuck escalates the session: the package with the path is posted in the technician channel with Claim", async () => {
    const tech = w.post('techchannel', { channel: w.techChannel, from: w.admin });
    await w.send(tech);
    await eventually(() =>
      threadOf(w, tech.id, w.techChannel).find((a) => /Escalations will be posted/.test(textOf(a))),
    );
    const { post, card, walkId } = await startWalk();
    const check = answeredCard((await w.send(w.press(post, card, 'walk.answer', { a: 'Yes' }))).body);
    const ended = answeredCard(
      (
        await w.send(
          w.press(post, withCard(card, check), 'walk.escalate', {
            walkNote: 'OWA shows an unknown error page',
          }),
        )
      ).body,
    );
    expect(JSON.stringify(ended)).toContain('Escalated to an engineer with the walked path');
    const walk = await getWalk({ ctx: w.engineer, walkId });
    expect(walk.status).toBe('escalated');
    expect((await sessionOf(w.engineer, walk.sessionId as string)).status).toMatch(/^escalated/);
    const posted = await eventually(() =>
      [...w.connector.conversations.values()]
        .filter((c) => c.id.startsWith(`${w.techChannel.id};`))
        .flatMap((c) => c.activities)
        .find(
          (a) =>
            verbsOf(cardOf(a)).includes('escalation.claim') &&
            JSON.stringify(cardOf(a)).includes('OWA shows an unknown error page'),
        ),
    );
    expect(JSON.stringify(cardOf(posted))).toContain('Did the password change in the last day');
  });

  it('refuses a press on a stale card with the current step and the reason, changing nothing', async () => {
    const { post, card, walkId } = await startWalk();
    const stale = structuredClone(card);
    const latest = answeredCard((await w.send(w.press(post, card, 'walk.answer', { a: 'Yes' }))).body);
    const before = await getWalk({ ctx: w.engineer, walkId });
    const refused = answeredCard((await w.send(w.press(post, stale, 'walk.answer', { a: 'No' }))).body);
    expect(JSON.stringify(refused)).toContain('This card is out of date');
    expect(JSON.stringify(refused)).toContain('Sign in to Outlook on the web');
    const viewer = answeredCard(
      (await w.send(w.press(post, stale, 'walk.note', { walkNote: 'viewer note' }, w.viewer))).body,
    );
    expect(JSON.stringify(viewer)).toContain('Not allowed');
    expect(await getWalk({ ctx: w.engineer, walkId })).toEqual(before);

    // Back on the latest card takes the answer back: the first step again, nothing walked.
    const back = answeredCard((await w.send(w.press(post, withCard(card, latest), 'walk.back'))).body);
    expect(JSON.stringify(back)).toContain('Did the password change in the last day?');
    expect(await getWalk({ ctx: w.engineer, walkId })).toMatchObject({ step: { id: 'changed' }, path: [] });
  });

  it('an engineer resolves a walk of a knowledge-built draft and accepts the draft from the card; a second decision is refused', async () => {
    const { post, card, walkId } = await startWalk('Wi-Fi connected but no internet, 169.254 address');
    expect(threadOf(w, post.id).map(textOf)).toContainEqual(
      expect.stringMatching(/^No flow matched, so I built/),
    );
    let latest = cardOf(card);
    while (verbsOf(latest).includes('walk.answer')) {
      latest = answeredCard((await w.send(w.press(post, withCard(card, latest), 'walk.answer'))).body);
    }
    const resolved = answeredCard((await w.send(w.press(post, withCard(card, latest), 'walk.worked'))).body);
    expect(JSON.stringify(resolved)).toContain('The assistant built this flow and it worked here');
    expect(verbsOf(resolved)).toEqual(['note.resolution.preview', 'walk.accept_draft', 'walk.reject_draft']);

    const accepted = answeredCard(
      (await w.send(w.press(post, withCard(card, resolved), 'walk.accept_draft'))).body,
    );
    expect(JSON.stringify(accepted)).toContain('Draft accepted');
    expect(verbsOf(accepted)).toEqual(['note.resolution.preview']);
    const { flowId } = await getWalk({ ctx: w.engineer, walkId });
    expect(await getFlow({ ctx: w.engineer, flowId })).toMatchObject({
      status: 'published',
      origin: 'kb_build',
    });

    const again = answeredCard(
      (await w.send(w.press(post, withCard(card, resolved), 'walk.reject_draft'))).body,
    );
    expect(JSON.stringify(again)).toContain('already accepted');
    expect((await getFlow({ ctx: w.engineer, flowId })).status).toBe('published');
  });
});
