import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTranscript } from '../../core/sessions/index.ts';
import {
  appHomeOpenedEvent,
  appMentionEvent,
  messageAction,
  messageEvent,
  type SimMessage,
  viewSubmission,
} from '../../sim/slack/index.ts';
import {
  button,
  buttons,
  eventually,
  quiet,
  SIGNING_SECRET,
  type SlackWorld,
  sessionOf,
  slackWorld,
  verbs,
} from './slack-test-kit.ts';

describe('Slack adapter end to end (real Bolt, real server, Slack simulator)', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
  });
  afterAll(() => w.close());

  const sessionCard = (threadTs: string) =>
    w.threadMessages(threadTs).find((m) => verbs(m).includes('note.resolution.preview'));
  const sessionIdOf = (card: SimMessage | undefined) =>
    JSON.parse(button(card, 'note.resolution.preview').value ?? '{}').s as string;

  /** @mention in the help channel; returns the thread ts once the assistant has answered. */
  async function mention(text: string) {
    const { threadTs } = await w.mention(w.engineerSlackId, text);
    await eventually(() => w.threadMessages(threadTs).find((m) => m.text.startsWith('Offline assistant')));
    // The card is posted when the session starts and updated in place once the turn is applied.
    await eventually(() => (sessionCard(threadTs)?.history?.length ?? 0) > 0);
    return threadTs;
  }

  it('answers an @mention in the thread with a session card and a streamed reply', async () => {
    const threadTs = await mention(
      'Outlook stuck on "Trying to connect" since her password change yesterday. OWA works.',
    );
    const card = sessionCard(threadTs);
    expect(card?.text).toMatch(/Outlook/);
    expect(buttons(card).map((b) => b.action_id)).toEqual(
      expect.arrayContaining(['fix.apply', 'fix.worked', 'fix.partial']),
    );
    const reply = w.threadMessages(threadTs).find((m) => m.text.startsWith('Offline assistant'));
    // Streamed: the reply was posted as a placeholder and then edited with the answer.
    expect(reply?.history?.length ?? 0).toBeGreaterThan(0);
    const session = await sessionOf(w.engineer, sessionIdOf(card));
    expect(session.channel.ref).toEqual({ teamId: w.workspace.teamId, channel: w.channel, threadTs });
    expect(session.facts.length).toBeGreaterThan(0);
  });

  it('posts a fresh card when someone deleted the old one, and the turn still answers', async () => {
    const threadTs = await mention('Scanner on the second floor will not scan to email');
    const card = sessionCard(threadTs);
    const sessionId = sessionIdOf(card);
    // A workspace member deletes the bot's card: Slack answers chat.update with message_not_found.
    const at = w.sim.messages.findIndex((m) => m.ts === card?.ts);
    w.sim.messages.splice(at, 1);
    await w.say(w.engineerSlackId, { channel: w.channel, threadTs }, 'Tried a test page, it prints fine.');
    await eventually(async () => (await getTranscript({ ctx: w.engineer, sessionId })).length === 4);
    await eventually(() => sessionCard(threadTs) !== undefined);
    const fresh = sessionCard(threadTs);
    expect(fresh?.ts).not.toBe(card?.ts);
    expect(sessionIdOf(fresh)).toBe(sessionId);
    expect(w.threadMessages(threadTs).map((m) => m.text)).not.toContainEqual(
      expect.stringMatching(/Something went wrong/),
    );
    // The new card's ts is stored right after it is posted: later turns update that one.
    await eventually(async () => (await sessionOf(w.engineer, sessionId)).cardRef?.ts === fresh?.ts);
    expect(
      w.threadMessages(threadTs).filter((m) => verbs(m).includes('note.resolution.preview')),
    ).toHaveLength(1);
  });

  it('treats a plain reply in the thread as a turn and updates the card in place', async () => {
    const threadTs = await mention('Print spooler keeps stopping on the front desk PC');
    const card = sessionCard(threadTs);
    const sessionId = sessionIdOf(card);
    const updatesBefore = card?.history?.length ?? 0;
    await w.say(w.engineerSlackId, { channel: w.channel, threadTs }, 'Restarted the spooler, no change.');
    await eventually(async () => (await getTranscript({ ctx: w.engineer, sessionId })).length === 4);
    await eventually(
      () => (w.sim.messages.find((m) => m.ts === card?.ts)?.history?.length ?? 0) > updatesBefore,
    );
    const cards = w.threadMessages(threadTs).filter((m) => verbs(m).includes('note.resolution.preview'));
    expect(cards).toHaveLength(1);
    const turns = await getTranscript({ ctx: w.engineer, sessionId });
    expect(turns.map((t) => [t.role, t.role === 'engineer' ? t.text : 'answer'])).toEqual([
      ['engineer', 'Print spooler keeps stopping on the front desk PC'],
      ['assistant', 'answer'],
      ['engineer', 'Restarted the spooler, no change.'],
      ['assistant', 'answer'],
    ]);
  });

  it('records fix outcomes from the buttons; "Partly" without notes is a field error', async () => {
    const threadTs = await mention('Outlook keeps saying Trying to connect after a password change');
    const card = await eventually(() => sessionCard(threadTs));
    const trigger = w.sim.issueTriggerId(w.engineerSlackId);
    await w.press(w.engineerSlackId, card, 'fix.partial', { triggerId: trigger });
    const modal = await eventually(() => w.sim.views.find((v) => v.triggerId === trigger));
    const empty = await w.send(
      viewSubmission({
        user: { id: w.engineerSlackId },
        view: modal.view,
        values: {},
        workspace: w.workspace,
      }),
    );
    expect(empty.status).toBe(200);
    expect(empty.json).toMatchObject({ response_action: 'errors' });
    const sessionId = sessionIdOf(card);
    expect((await sessionOf(w.engineer, sessionId)).activeFix?.status).toBe('proposed');

    await w.press(w.engineerSlackId, card, 'fix.worked');
    await eventually(
      async () => (await sessionOf(w.engineer, sessionId)).activeFix?.status === 'applied_success',
    );
    await eventually(() => {
      const updated = w.sim.messages.find((m) => m.ts === card.ts);
      return updated && !verbs(updated).includes('fix.worked');
    });
  });

  it('previews the resolution note and resolves the session with Confirm & post', async () => {
    const threadTs = await mention('Outlook stuck on Trying to connect for the CFO');
    const card = await eventually(() => sessionCard(threadTs));
    const sessionId = sessionIdOf(card);
    await w.press(w.engineerSlackId, card, 'note.resolution.preview');
    const previewMessage = await eventually(() =>
      w.threadMessages(threadTs).find((m) => verbs(m).includes('note.resolution.post')),
    );
    const post = button(previewMessage, 'note.resolution.post');
    await w.press(w.engineerSlackId, previewMessage, post);
    await eventually(async () => (await sessionOf(w.engineer, sessionId)).status === 'resolved_local');
    // Pressing it again (the button as it was, on the message now confirmed) is refused with an
    // ephemeral, not silence.
    await w.press(w.engineerSlackId, previewMessage, post);
    await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === w.engineerSlackId && /already posted/i.test(e.text)),
    );
  });

  it('escalates a message to the technician channel, where one engineer can claim it', async () => {
    const tech = await w.command(w.adminSlackId, 'techchannel', { channel: w.techChannel });
    expect(tech.status).toBe(200);
    expect(JSON.stringify(tech.json)).toMatch(/Escalations will be posted in this channel/);

    const original = await w.sim.messages.length;
    const source = {
      ts: '1700000100.000100',
      text: 'Customer says the VPN drops every 10 minutes since Monday',
      user: w.engineerSlackId,
    };
    const trigger = w.sim.issueTriggerId(w.engineerSlackId);
    await w.send(
      messageAction({
        callbackId: 'escalate_to_engineer',
        user: { id: w.engineerSlackId },
        channel: { id: w.channel },
        message: source,
        triggerId: trigger,
        workspace: w.workspace,
      }),
    );
    const modal = await eventually(() => w.sim.views.find((v) => v.triggerId === trigger));
    const submitted = await w.send(
      viewSubmission({
        user: { id: w.engineerSlackId },
        view: modal.view,
        values: {
          escalate_target: { value: { type: 'plain_text_input', value: 'Network Team' } },
          escalate_note: { value: { type: 'plain_text_input', value: 'Customer on site until 5pm' } },
        },
        workspace: w.workspace,
      }),
    );
    expect(submitted.status).toBe(200);
    const posted = await eventually(() =>
      w.sim.messages
        .slice(original)
        .find((m) => m.channel === w.techChannel && verbs(m).includes('escalation.claim')),
    );
    expect(posted.text).toMatch(/VPN/);
    await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === w.engineerSlackId && /Escalated to/.test(e.text)),
    );

    const claim = button(posted, 'escalation.claim');
    const press = (user: string) => w.press(user, posted, claim);
    await press(w.adminSlackId);
    await eventually(() =>
      /Ada Admin/.test(JSON.stringify(w.sim.messages.find((m) => m.ts === posted.ts)?.blocks)),
    );
    await press(w.engineerSlackId);
    await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === w.engineerSlackId && /already claimed/i.test(e.text)),
    );
  });

  it('answers a retried event once', async () => {
    const request = appMentionEvent({
      channel: w.channel,
      user: w.engineerSlackId,
      text: `<@${w.sim.workspace.botUserId}> Mapped drive missing after password change`,
      workspace: w.workspace,
    });
    const threadTs = (request.payload.event as { ts: string }).ts;
    await w.send(request);
    await w.send(request, { retryNum: 1 });
    await eventually(() => w.threadMessages(threadTs).find((m) => m.text.startsWith('Offline assistant')));
    await new Promise((r) => setTimeout(r, 300));
    expect(w.threadMessages(threadTs).filter((m) => m.text.startsWith('Offline assistant'))).toHaveLength(1);
  });

  it('rejects a bad signature with 401 and does nothing', async () => {
    await quiet(w);
    const before = w.sim.calls.length;
    const request = appMentionEvent({
      channel: w.channel,
      user: w.engineerSlackId,
      text: 'hello',
      workspace: w.workspace,
    });
    const { sendSigned } = await import('../../sim/slack/index.ts');
    const res = await sendSigned(`${w.server.url}/slack/events`, request, {
      secret: `${SIGNING_SECRET}-wrong`,
    });
    expect(res.status).toBe(401);
    await quiet(w);
    expect(w.sim.calls.length).toBe(before);
  });

  it('politely refuses a Slack user who is not a ResolutionFlow user, and starts nothing', async () => {
    const stranger = w.sim.addUser({ name: 'sam', realName: 'Sam Stranger', email: 'sam@elsewhere.example' });
    const request = appMentionEvent({
      channel: w.channel,
      user: stranger.id,
      text: `<@${w.sim.workspace.botUserId}> my printer is broken`,
      workspace: w.workspace,
    });
    await w.send(request);
    const notice = await eventually(() => w.sim.ephemerals.find((e) => e.user === stranger.id));
    expect(notice.text).toMatch(/ask your ResolutionFlow admin/i);
    const threadTs = (request.payload.event as { ts: string }).ts;
    // No sign of work went up first (thread status or status line): there is no answer coming.
    const shown = w.sim.calls.filter(
      (c) => c.args.thread_ts === threadTs && c.method !== 'chat.postEphemeral',
    );
    expect(shown.map((c) => c.method)).toEqual([]);
    expect(w.sim.threadStatus(w.channel, threadTs)).toBe('');
    expect(w.threadMessages(threadTs)).toEqual([]);
  });
});

describe('Slack adapter: DMs, the slash command, App Home and rate limits', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
  });
  afterAll(() => w.close());

  it('answers a direct message in its own thread', async () => {
    const im = w.sim.openIm(w.engineerSlackId);
    const request = messageEvent({
      channel: im.id,
      channelType: 'im',
      user: w.engineerSlackId,
      text: 'Wi-Fi says connected but there is no internet, IP is 169.254.10.4',
      workspace: w.workspace,
    });
    await w.send(request);
    const ts = (request.payload.event as { ts: string }).ts;
    const reply = await eventually(() =>
      w.sim.messages.find(
        (m) => m.channel === im.id && m.thread_ts === ts && m.text.startsWith('Offline assistant'),
      ),
    );
    expect(reply.text).toMatch(/Wi-Fi|DHCP|169\.254/i);
  });

  it('runs /resolve new, status and help within the ack', async () => {
    const started = await w.command(w.engineerSlackId, 'new Scanner at reception stopped scanning to folder');
    expect(started.status).toBe(200);
    const root = await eventually(() =>
      w.sim.messages.find(
        (m) =>
          m.channel === w.channel &&
          /Scanner at reception/.test(m.text) &&
          (m.thread_ts === undefined || m.thread_ts === m.ts),
      ),
    );
    await eventually(() =>
      w.sim.messages.find((m) => m.thread_ts === root.ts && m.ts !== root.ts && (m.blocks?.length ?? 0) > 0),
    );

    const status = await w.command(w.engineerSlackId, 'status');
    expect(JSON.stringify(status.json)).toMatch(/Scanner at reception/);
    const help = await w.command(w.engineerSlackId, 'help');
    expect(JSON.stringify(help.json)).toMatch(/new <problem>/);
    expect(JSON.stringify(help.json)).not.toMatch(/I don't know/);
    const typo = await w.command(w.engineerSlackId, 'frobnicate the printer');
    expect(JSON.stringify(typo.json)).toMatch(/I don't know \\"frobnicate\\"[\s\S]*new <problem>/);
    const empty = await w.command(w.engineerSlackId, 'new');
    expect(JSON.stringify(empty.json)).toMatch(/Describe the problem/);
    const notAdmin = await w.command(w.engineerSlackId, 'techchannel');
    expect(JSON.stringify(notAdmin.json)).toMatch(/Not allowed/);
  });

  it('refuses /resolve new from a viewer or with a problem too long before announcing anything', async () => {
    const viewer = await w.account.member('viewer', { name: 'Val Viewer' });
    const viewerSlackId = w.sim.addUser({ name: 'val', realName: 'Val Viewer', email: viewer.email }).id;
    const before = w.sim.messages.length;
    const refusedViewer = await w.command(viewerSlackId, 'new Viewer wants to announce something');
    expect(refusedViewer.status).toBe(200);
    const viewerNote = await eventually(() => w.sim.ephemerals.find((e) => e.user === viewerSlackId));
    expect(viewerNote.text).toMatch(/Not allowed/);
    const tooLong = await w.command(w.engineerSlackId, `new ${'printer jams '.repeat(200)}`);
    expect(tooLong.status).toBe(200);
    await eventually(() =>
      w.sim.ephemerals.find(
        (e) => e.user === w.engineerSlackId && /the problem is too long \(at most 2,000/.test(e.text),
      ),
    );
    // Nothing was posted in the channel for either, and no session was opened.
    expect(
      w.sim.messages.slice(before).filter((m) => /announce something|printer jams/.test(m.text)),
    ).toEqual([]);
  });

  it('publishes App Home with my open sessions', async () => {
    await w.command(w.engineerSlackId, 'new Laptop fan is very loud during Teams calls');
    // The session card, not the thread root: "/resolve new" posts the root before the session exists.
    const card = await eventually(() =>
      w.sim.messages.find((m) => /^Laptop fan is very loud.* — Active$/.test(m.text)),
    );
    // The assistant answers the problem at once, as it does an @mention.
    await eventually(() =>
      w.sim.messages.find((m) => m.thread_ts === card.thread_ts && m.text.startsWith('Offline assistant')),
    );
    const im = w.sim.openIm(w.engineerSlackId);
    await w.send(
      appHomeOpenedEvent({ user: w.engineerSlackId, channel: im.id, tab: 'home', workspace: w.workspace }),
    );
    const home = await eventually(() =>
      w.sim.views.find((v) => v.type === 'home' && v.user === w.engineerSlackId),
    );
    expect(JSON.stringify(home.view)).toMatch(/Laptop fan is very loud/);
  });

  it('waits out a 429 from the Web API and still answers', async () => {
    w.sim.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const request = appMentionEvent({
      channel: w.channel,
      user: w.engineerSlackId,
      text: `<@${w.sim.workspace.botUserId}> OneDrive stuck on processing changes`,
      workspace: w.workspace,
    });
    await w.send(request);
    const ts = (request.payload.event as { ts: string }).ts;
    await eventually(
      () => w.sim.messages.find((m) => m.thread_ts === ts && m.text.startsWith('Offline assistant')),
      10_000,
    );
    const statuses = w.sim.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.response.status);
    expect(statuses).toContain(429);
  });
});
