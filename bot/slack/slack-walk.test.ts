import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFlow, getWalk } from '../../core/flows/index.ts';
import { configurePsa, deliverSessionOutbox } from '../../core/psa/index.ts';
import { getSession } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from '../../sim/connectwise/index.ts';
import type { SimMessage } from '../../sim/slack/index.ts';
import { connectWiseSettings } from '../../test/connectwise.ts';
import { publishPasswordFlow } from '../../test/walk-flow.ts';
import {
  button,
  buttons,
  eventually,
  type SlackButton,
  type SlackWorld,
  slackWorld,
  TEST_PSA_DEPS,
} from './slack-test-kit.ts';

describe('Slack flow walker (real Bolt, real server, Slack simulator)', () => {
  let w: SlackWorld;
  let cw: ConnectWiseSimulator;
  let l1: TenantContext & { email: string };
  let l1SlackId: string;
  let viewerSlackId: string;

  beforeAll(async () => {
    w = await slackWorld();
    cw = await startConnectWiseSimulator({ firstTicketId: 48_213 });
    await configurePsa({
      ctx: w.account.owner,
      deps: TEST_PSA_DEPS,
      input: connectWiseSettings(cw, { resolvedStatus: 'Resolved', escalatedStatus: 'Waiting on Client' }),
    });
    await publishPasswordFlow(w.engineer);
    l1 = await w.account.member('l1', { name: 'Lee Firstline' });
    l1SlackId = w.sim.addUser({ name: 'lee', realName: 'Lee Firstline', email: l1.email }).id;
    const viewer = await w.account.member('viewer', { name: 'Vic Viewer' });
    viewerSlackId = w.sim.addUser({ name: 'vic', realName: 'Vic Viewer', email: viewer.email }).id;
  });
  afterAll(async () => {
    await w.close();
    await cw.close();
  });

  const walkCard = (threadTs: string) =>
    w
      .threadMessages(threadTs)
      .find(
        (m) =>
          buttons(m).some((b) => b.action_id.startsWith('walk.')) ||
          /🧭/.test(JSON.stringify(m.blocks ?? [])),
      );
  const current = (ts: string) => w.sim.messages.find((m) => m.ts === ts);
  const walkIdOf = (card: SimMessage | undefined) =>
    JSON.parse(button(card, 'walk.note').value ?? '{}').w as string;

  /** A press on a walk card, with what the person typed in its note box. */
  const press = (userId: string, card: SimMessage, b: SlackButton, note?: string) =>
    w.press(
      userId,
      card,
      b,
      note ? { stateValues: { walk_note: { note: { type: 'plain_text_input', value: note } } } } : {},
    );

  /** "@bot walk …" in the help channel; returns the thread and the first walk card. */
  async function walk(text: string, user = l1SlackId) {
    const { threadTs } = await w.mention(user, `walk ${text}`);
    const card = await eventually(() => walkCard(threadTs));
    return { threadTs, card };
  }

  /** Waits until the card message was edited `n` times, then returns it. */
  const afterEdits = (ts: string, n: number) =>
    eventually(() => ((current(ts)?.history?.length ?? 0) >= n ? current(ts) : undefined));

  it('ticket → authored flow matched → walked → It worked → note preview → Confirm & post reaches ConnectWise with the path', async () => {
    const ticket = cw.addTicket({
      summary: 'Outlook password prompts',
      board: 'Service Desk',
      status: 'New',
      company: 'AcmeCorp',
    });
    const { threadTs, card } = await walk(`#${ticket.id} Outlook keeps asking for a password`);
    const walkId = walkIdOf(card);
    const said = w.threadMessages(threadTs).map((m) => m.text);
    expect(said).toContain(`Linked to ticket #${ticket.id}: Outlook password prompts`);
    expect(said).toContain('Matched the authored flow "Outlook keeps asking for a password".');
    expect(JSON.stringify(card.blocks)).toContain('Did the password change in the last day?');
    expect(buttons(card).map((b) => b.text)).toEqual(['Yes', 'No', 'Add a note', "I'm stuck — escalate"]);

    await press(l1SlackId, card, button(card, 'Yes'), 'Changed it at 9am');
    const check = await afterEdits(card.ts, 1);
    expect(JSON.stringify(check.blocks)).toContain('*Expected:* The inbox opens without another prompt');
    expect(JSON.stringify(check.blocks)).toContain('KB-112: Outlook password loops');
    expect(JSON.stringify(check.blocks)).toContain(
      '1. Did the password change in the last day? → Yes (note: Changed it at 9am)',
    );
    await press(l1SlackId, check, button(check, 'Yes'));
    const fix = await afterEdits(card.ts, 2);
    expect(JSON.stringify(fix.blocks)).toContain(
      'Open Credential Manager and remove every MicrosoftOffice16 entry',
    );
    await press(l1SlackId, fix, button(fix, 'It worked'));
    const done = await afterEdits(card.ts, 3);
    expect(JSON.stringify(done.blocks)).toContain('Resolved: the fix worked');
    expect(buttons(done).map((b) => b.action_id)).toEqual(['note.resolution.preview']);

    await press(l1SlackId, done, button(done, 'note.resolution.preview'));
    const preview = await eventually(() =>
      w.threadMessages(threadTs).find((m) => buttons(m).some((b) => b.action_id === 'note.resolution.post')),
    );
    expect(JSON.stringify(preview.blocks)).toContain('Did the password change in the last day');
    await press(l1SlackId, preview, button(preview, 'note.resolution.post'));
    const sessionId = (await getWalk({ ctx: l1, walkId })).sessionId as string;
    await eventually(async () => (await getSession({ ctx: l1, sessionId })).status === 'resolved');
    const report = await deliverSessionOutbox({
      ctx: w.account.system('psa-outbox'),
      deps: TEST_PSA_DEPS,
      sessionId,
    });
    expect(report.failed).toBe(0);
    const notes = cw.state.notes.filter((n) => n.ticketId === ticket.id);
    expect(notes).toHaveLength(1);
    const text = JSON.stringify(notes);
    expect(text).toContain('Did the password change in the last day — Yes (Changed it at 9am)');
    expect(text).toContain('Sign in to Outlook on the web with the new password — Yes');
  });

  it("refuses a press on a stale card and a viewer's press, changing nothing", async () => {
    const { threadTs, card } = await walk('Outlook keeps asking for a password');
    const walkId = walkIdOf(card);
    const firstYes = button(card, 'Yes');
    await press(l1SlackId, card, firstYes);
    await afterEdits(card.ts, 1);
    const before = await getWalk({ ctx: l1, walkId });
    expect(before.step.id).toBe('owa');

    await press(l1SlackId, card, firstYes);
    const stale = await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === l1SlackId && e.thread_ts === threadTs),
    );
    expect(stale.text).toContain('This card is out of date');
    const viewerCard = current(card.ts) as SimMessage;
    await press(viewerSlackId, viewerCard, button(viewerCard, 'Yes'));
    const refused = await eventually(() => w.sim.ephemerals.find((e) => e.user === viewerSlackId));
    expect(refused.text).toMatch(/^Not allowed/);
    const after = await getWalk({ ctx: l1, walkId });
    expect(after).toMatchObject({
      stateVersion: before.stateVersion,
      step: { id: 'owa' },
      path: before.path,
    });
  });

  it('/resolve walk refuses a viewer or an empty problem privately, posting nothing; a long problem is walked', async () => {
    const before = w.sim.messages.length;
    expect((await w.command(viewerSlackId, 'walk printer offline on the second floor')).status).toBe(200);
    const viewerNote = await eventually(() => w.sim.ephemerals.find((e) => e.user === viewerSlackId));
    expect(viewerNote.text).toMatch(/Not allowed/);
    expect((await w.command(l1SlackId, 'walk')).status).toBe(200);
    await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === l1SlackId && /Describe the problem after "walk"/.test(e.text)),
    );
    expect(w.sim.messages.slice(before).filter((m) => /Flow walk|printer offline/.test(m.text))).toEqual([]);

    // Longer than a ticket summary (500): what does not fit is kept as the ticket's details.
    const long = `Outlook keeps asking for a password ${'since the change this morning and nothing helps '.repeat(12)}`;
    expect(long.length).toBeGreaterThan(500);
    await w.command(l1SlackId, `walk ${long}`);
    const root = await eventually(() =>
      w.sim.messages.slice(before).find((m) => m.text.startsWith('Flow walk:')),
    );
    await eventually(() => walkCard(root.ts));
    expect(JSON.stringify(w.threadMessages(root.ts))).not.toMatch(/Invalid ticket|Too big/);
  });

  it("a bare 'walk' in a session's thread walks the session's own problem", async () => {
    const { threadTs } = await w.mention(l1SlackId, 'Outlook keeps asking for a password');
    await eventually(() => w.threadMessages(threadTs).find((m) => m.text.startsWith('Offline assistant')));
    await w.say(l1SlackId, { channel: w.channel, threadTs }, 'walk');
    const card = await eventually(() => walkCard(threadTs));
    expect(JSON.stringify(card.blocks)).toContain('Did the password change in the last day?');
    expect(w.threadMessages(threadTs).map((m) => m.text)).not.toContainEqual(
      expect.stringMatching(/Describe the problem after/),
    );
    // The session card in the thread follows the walk: the answer is a confirmed fact on it.
    await press(l1SlackId, card, button(card, 'Yes'));
    await eventually(() =>
      w
        .threadMessages(threadTs)
        .concat(w.sim.messages.filter((m) => m.ts === threadTs))
        .find(
          (m) =>
            / — Active$/.test(m.text) &&
            JSON.stringify(m.blocks ?? []).includes('Did the password change in the last day — Yes'),
        ),
    );
  });

  it("I'm stuck (via /resolve walk) → the package with the path goes to the technician channel, where an engineer claims it", async () => {
    await w.command(w.adminSlackId, 'techchannel', { channel: w.techChannel });
    const res = await w.command(l1SlackId, 'walk Outlook keeps asking for a password');
    expect(res.status).toBe(200);
    const root = await eventually(() =>
      w.sim.messages.find((m) => m.text === 'Flow walk: Outlook keeps asking for a password'),
    );
    const card = await eventually(() => walkCard(root.ts));
    const walkId = walkIdOf(card);
    await press(l1SlackId, card, button(card, 'Yes'));
    const check = await afterEdits(card.ts, 1);
    await press(l1SlackId, check, button(check, "I'm stuck — escalate"), 'OWA shows an unknown error page');
    const ended = await afterEdits(card.ts, 2);
    expect(JSON.stringify(ended.blocks)).toContain('Escalated to an engineer with the walked path');
    expect(buttons(ended)).toEqual([]);
    const walkView = await getWalk({ ctx: l1, walkId });
    expect(walkView.status).toBe('escalated');
    // Ending the walk escalated the session: the package, with the path, waits in the technician channel.
    const session = await getSession({ ctx: l1, sessionId: walkView.sessionId as string });
    expect(session.status).toMatch(/^escalated/);
    const pkg = JSON.stringify(session.notes.find((n) => n.kind === 'escalation')?.sections);
    expect(pkg).toContain('Did the password change in the last day — Yes');
    expect(pkg).toContain('OWA shows an unknown error page');
    const post = await eventually(() =>
      w.sim.messages.find(
        (m) => m.channel === w.techChannel && buttons(m).some((b) => b.action_id === 'escalation.claim'),
      ),
    );
    expect(JSON.stringify(post.blocks)).toContain('Did the password change in the last day');
    expect(JSON.stringify(post.blocks)).toContain('OWA shows an unknown error page');
    // Who escalated, and the reason they typed under their name (not "the engineer").
    expect(JSON.stringify(post.blocks)).toContain('*By:* Lee Firstline');
    expect(JSON.stringify(post.blocks)).toContain('*Note from Lee Firstline*');
    // The thread's session card says where it went.
    await eventually(() =>
      w
        .threadMessages(root.ts)
        .find((m) =>
          JSON.stringify(m.blocks ?? []).includes(`Sent to the technician channel <#${w.techChannel}>`),
        ),
    );
    await w.press(w.engineerSlackId, post, button(post, 'escalation.claim'));
    await eventually(async () =>
      (await getSession({ ctx: w.engineer, sessionId: session.id })).status === 'active' ? true : undefined,
    );
  });

  it('an engineer resolves a walk of a knowledge-built draft, accepts the draft from the card; a second decision is refused', async () => {
    const { threadTs, card } = await walk(
      'Wi-Fi connected but no internet, 169.254 address',
      w.engineerSlackId,
    );
    expect(w.threadMessages(threadTs).map((m) => m.text)).toContainEqual(
      expect.stringMatching(/^No flow matched, so I built/),
    );
    const walkId = walkIdOf(card);
    let latest: SimMessage = card;
    for (let edits = 1; ; edits++) {
      const answer = buttons(latest).find((b) => b.block_id === 'walk_answers');
      if (!answer) throw new Error('walk ended without a fix step');
      await press(w.engineerSlackId, latest, answer);
      latest = await afterEdits(card.ts, edits);
      if (answer.action_id === 'walk.worked') break;
    }
    expect(JSON.stringify(latest.blocks)).toContain('The assistant built this flow and it worked here');
    expect(buttons(latest).map((b) => b.text)).toEqual([
      'Preview resolution note',
      'Accept this draft',
      'Reject this draft',
    ]);
    // The simulator edits the message object in place: keep the card as the engineer saw it.
    const resolvedCard = structuredClone(latest);
    const edits = latest.history?.length ?? 0;
    await press(w.engineerSlackId, latest, button(latest, 'Accept this draft'));
    const accepted = await afterEdits(card.ts, edits + 1);
    expect(JSON.stringify(accepted.blocks)).toContain('Draft accepted');
    expect(buttons(accepted).map((b) => b.text)).toEqual(['Preview resolution note']);
    const { flowId } = await getWalk({ ctx: w.engineer, walkId });
    expect(await getFlow({ ctx: w.engineer, flowId })).toMatchObject({
      status: 'published',
      origin: 'kb_build',
    });

    await press(w.engineerSlackId, resolvedCard, button(resolvedCard, 'Reject this draft'));
    const refused = await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === w.engineerSlackId && /already accepted/.test(e.text ?? '')),
    );
    expect(refused.thread_ts).toBe(threadTs);
    expect((await getFlow({ ctx: w.engineer, flowId })).status).toBe('published');
  });
});
