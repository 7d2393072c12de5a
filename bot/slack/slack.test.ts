import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTranscript } from '../../core/sessions/index.ts';
import {
  appHomeOpenedEvent,
  appMentionEvent,
  blockActions,
  messageAction,
  messageEvent,
  type SimMessage,
  slashCommand,
  viewSubmission,
} from '../../sim/slack/index.ts';
import { eventually, SIGNING_SECRET, type SlackWorld, sessionOf, slackWorld } from './slack-test-kit.ts';

interface Button {
  action_id: string;
  value?: string;
  block_id?: string;
}

function buttons(message: SimMessage | undefined): Button[] {
  const blocks = (message?.blocks ?? []) as Array<{ type: string; block_id?: string; elements?: Button[] }>;
  return blocks.flatMap((b) =>
    b.type === 'actions' ? (b.elements ?? []).map((e) => ({ ...e, block_id: b.block_id ?? 'actions' })) : [],
  );
}

function button(message: SimMessage | undefined, actionId: string): Button {
  const found = buttons(message).find((b) => b.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} button on the message`);
  return found;
}

describe('Slack adapter end to end (real Bolt, real server, Slack simulator)', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
  });
  afterAll(() => w.close());

  const ws = () => ({ workspace: w.workspace });
  const threadMessages = (threadTs: string) =>
    w.sim.messages.filter((m) => m.thread_ts === threadTs && m.ts !== threadTs);
  const sessionCard = (threadTs: string) =>
    threadMessages(threadTs).find((m) => buttons(m).some((b) => b.action_id === 'note.resolution.preview'));
  const sessionIdOf = (card: SimMessage | undefined) =>
    JSON.parse(button(card, 'note.resolution.preview').value ?? '{}').s as string;

  /** @mention in the help channel; returns the thread ts once the assistant has answered. */
  async function mention(text: string) {
    const request = appMentionEvent({
      channel: w.channel,
      user: w.engineerSlackId,
      text: `<@${w.sim.workspace.botUserId}> ${text}`,
      ...ws(),
    });
    const res = await w.send(request);
    expect(res.status).toBe(200);
    const threadTs = (request.payload.event as { ts: string }).ts;
    await eventually(() => threadMessages(threadTs).find((m) => m.text.startsWith('Offline assistant')));
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
    const reply = threadMessages(threadTs).find((m) => m.text.startsWith('Offline assistant'));
    // Streamed: the reply was posted as a placeholder and then edited with the answer.
    expect(reply?.history?.length ?? 0).toBeGreaterThan(0);
    const session = await sessionOf(w.engineer, sessionIdOf(card));
    expect(session.channel.ref).toEqual({ teamId: w.workspace.teamId, channel: w.channel, threadTs });
    expect(session.facts.length).toBeGreaterThan(0);
  });

  it('treats a plain reply in the thread as a turn and updates the card in place', async () => {
    const threadTs = await mention('Print spooler keeps stopping on the front desk PC');
    const card = sessionCard(threadTs);
    const sessionId = sessionIdOf(card);
    const updatesBefore = card?.history?.length ?? 0;
    await w.send(
      messageEvent({
        channel: w.channel,
        user: w.engineerSlackId,
        text: 'Restarted the spooler, no change.',
        threadTs,
        ...ws(),
      }),
    );
    await eventually(async () => (await getTranscript({ ctx: w.engineer, sessionId })).length === 4);
    await eventually(
      () => (w.sim.messages.find((m) => m.ts === card?.ts)?.history?.length ?? 0) > updatesBefore,
    );
    const cards = threadMessages(threadTs).filter((m) =>
      buttons(m).some((b) => b.action_id === 'note.resolution.preview'),
    );
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
    const card = sessionCard(threadTs);
    const partial = button(card, 'fix.partial');
    const trigger = w.sim.issueTriggerId(w.engineerSlackId);
    await w.send(
      blockActions({
        user: { id: w.engineerSlackId },
        actions: [{ actionId: 'fix.partial', blockId: partial.block_id ?? '', value: partial.value }],
        channel: { id: w.channel },
        message: { ts: card?.ts ?? '', thread_ts: threadTs },
        triggerId: trigger,
        ...ws(),
      }),
    );
    const modal = await eventually(() => w.sim.views.find((v) => v.triggerId === trigger));
    const empty = await w.send(
      viewSubmission({ user: { id: w.engineerSlackId }, view: modal.view, values: {}, ...ws() }),
    );
    expect(empty.status).toBe(200);
    expect(empty.json).toMatchObject({ response_action: 'errors' });
    const sessionId = sessionIdOf(card);
    expect((await sessionOf(w.engineer, sessionId)).activeFix?.status).toBe('proposed');

    const worked = button(card, 'fix.worked');
    await w.send(
      blockActions({
        user: { id: w.engineerSlackId },
        actions: [{ actionId: 'fix.worked', blockId: worked.block_id ?? '', value: worked.value }],
        channel: { id: w.channel },
        message: { ts: card?.ts ?? '', thread_ts: threadTs },
        ...ws(),
      }),
    );
    await eventually(
      async () => (await sessionOf(w.engineer, sessionId)).activeFix?.status === 'applied_success',
    );
    await eventually(() => {
      const updated = w.sim.messages.find((m) => m.ts === card?.ts);
      return updated && !buttons(updated).some((b) => b.action_id === 'fix.worked');
    });
  });

  it('previews the resolution note and resolves the session with Confirm & post', async () => {
    const threadTs = await mention('Outlook stuck on Trying to connect for the CFO');
    const card = sessionCard(threadTs);
    const sessionId = sessionIdOf(card);
    const preview = button(card, 'note.resolution.preview');
    await w.send(
      blockActions({
        user: { id: w.engineerSlackId },
        actions: [
          { actionId: 'note.resolution.preview', blockId: preview.block_id ?? '', value: preview.value },
        ],
        channel: { id: w.channel },
        message: { ts: card?.ts ?? '', thread_ts: threadTs },
        ...ws(),
      }),
    );
    const previewMessage = await eventually(() =>
      threadMessages(threadTs).find((m) => buttons(m).some((b) => b.action_id === 'note.resolution.post')),
    );
    const post = button(previewMessage, 'note.resolution.post');
    await w.send(
      blockActions({
        user: { id: w.engineerSlackId },
        actions: [{ actionId: 'note.resolution.post', blockId: post.block_id ?? '', value: post.value }],
        channel: { id: w.channel },
        message: { ts: previewMessage.ts, thread_ts: threadTs },
        ...ws(),
      }),
    );
    await eventually(async () => (await sessionOf(w.engineer, sessionId)).status === 'resolved_local');
    // Pressing it again is refused with an ephemeral, not silence.
    await w.send(
      blockActions({
        user: { id: w.engineerSlackId },
        actions: [{ actionId: 'note.resolution.post', blockId: post.block_id ?? '', value: post.value }],
        channel: { id: w.channel },
        message: { ts: previewMessage.ts, thread_ts: threadTs },
        ...ws(),
      }),
    );
    await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === w.engineerSlackId && /already posted/i.test(e.text)),
    );
  });

  it('escalates a message to the technician channel, where one engineer can claim it', async () => {
    const tech = await w.send(
      slashCommand({
        command: '/resolve',
        text: 'techchannel',
        userId: w.adminSlackId,
        channelId: w.techChannel,
        ...ws(),
      }),
    );
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
        ...ws(),
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
        ...ws(),
      }),
    );
    expect(submitted.status).toBe(200);
    const posted = await eventually(() =>
      w.sim.messages
        .slice(original)
        .find(
          (m) => m.channel === w.techChannel && buttons(m).some((b) => b.action_id === 'escalation.claim'),
        ),
    );
    expect(posted.text).toMatch(/VPN/);
    await eventually(() =>
      w.sim.ephemerals.find((e) => e.user === w.engineerSlackId && /Escalated to/.test(e.text)),
    );

    const claim = button(posted, 'escalation.claim');
    const press = (user: string) =>
      w.send(
        blockActions({
          user: { id: user },
          actions: [{ actionId: 'escalation.claim', blockId: claim.block_id ?? '', value: claim.value }],
          channel: { id: w.techChannel },
          message: { ts: posted.ts },
          ...ws(),
        }),
      );
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
      ...ws(),
    });
    const threadTs = (request.payload.event as { ts: string }).ts;
    await w.send(request);
    await w.send(request, { retryNum: 1 });
    await eventually(() => threadMessages(threadTs).find((m) => m.text.startsWith('Offline assistant')));
    await new Promise((r) => setTimeout(r, 300));
    expect(threadMessages(threadTs).filter((m) => m.text.startsWith('Offline assistant'))).toHaveLength(1);
  });

  it('rejects a bad signature with 401 and does nothing', async () => {
    const before = w.sim.calls.length;
    const request = appMentionEvent({ channel: w.channel, user: w.engineerSlackId, text: 'hello', ...ws() });
    const { sendSigned } = await import('../../sim/slack/index.ts');
    const res = await sendSigned(`${w.server.url}/slack/events`, request, {
      secret: `${SIGNING_SECRET}-wrong`,
    });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(w.sim.calls.length).toBe(before);
  });

  it('politely refuses a Slack user who is not a ResolutionFlow user, and starts nothing', async () => {
    const stranger = w.sim.addUser({ name: 'sam', realName: 'Sam Stranger', email: 'sam@elsewhere.example' });
    const request = appMentionEvent({
      channel: w.channel,
      user: stranger.id,
      text: `<@${w.sim.workspace.botUserId}> my printer is broken`,
      ...ws(),
    });
    await w.send(request);
    const notice = await eventually(() => w.sim.ephemerals.find((e) => e.user === stranger.id));
    expect(notice.text).toMatch(/ask your ResolutionFlow admin/i);
    const threadTs = (request.payload.event as { ts: string }).ts;
    // The "looking into this" status line posted right after the ack is taken down again.
    await eventually(() => threadMessages(threadTs).length === 0);
    expect(threadMessages(threadTs)).toEqual([]);
  });
});

describe('Slack adapter: DMs, the slash command, App Home and rate limits', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld();
  });
  afterAll(() => w.close());

  const ws = () => ({ workspace: w.workspace });

  it('answers a direct message in its own thread', async () => {
    const im = w.sim.openIm(w.engineerSlackId);
    const request = messageEvent({
      channel: im.id,
      channelType: 'im',
      user: w.engineerSlackId,
      text: 'Wi-Fi says connected but there is no internet, IP is 169.254.10.4',
      ...ws(),
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
    const started = await w.send(
      slashCommand({
        command: '/resolve',
        text: 'new Scanner at reception stopped scanning to folder',
        userId: w.engineerSlackId,
        channelId: w.channel,
        ...ws(),
      }),
    );
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

    const status = await w.send(
      slashCommand({
        command: '/resolve',
        text: 'status',
        userId: w.engineerSlackId,
        channelId: w.channel,
        ...ws(),
      }),
    );
    expect(JSON.stringify(status.json)).toMatch(/Scanner at reception/);
    const help = await w.send(
      slashCommand({
        command: '/resolve',
        text: 'help',
        userId: w.engineerSlackId,
        channelId: w.channel,
        ...ws(),
      }),
    );
    expect(JSON.stringify(help.json)).toMatch(/new <problem>/);
    const empty = await w.send(
      slashCommand({
        command: '/resolve',
        text: 'new',
        userId: w.engineerSlackId,
        channelId: w.channel,
        ...ws(),
      }),
    );
    expect(JSON.stringify(empty.json)).toMatch(/Describe the problem/);
    const notAdmin = await w.send(
      slashCommand({
        command: '/resolve',
        text: 'techchannel',
        userId: w.engineerSlackId,
        channelId: w.channel,
        ...ws(),
      }),
    );
    expect(JSON.stringify(notAdmin.json)).toMatch(/Not allowed/);
  });

  it('publishes App Home with my open sessions', async () => {
    await w.send(
      slashCommand({
        command: '/resolve',
        text: 'new Laptop fan is very loud during Teams calls',
        userId: w.engineerSlackId,
        channelId: w.channel,
        ...ws(),
      }),
    );
    // The session card, not the thread root: "/resolve new" posts the root before the session exists.
    await eventually(() => w.sim.messages.find((m) => /^Laptop fan is very loud.* — Active$/.test(m.text)));
    const im = w.sim.openIm(w.engineerSlackId);
    await w.send(appHomeOpenedEvent({ user: w.engineerSlackId, channel: im.id, tab: 'home', ...ws() }));
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
      ...ws(),
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
