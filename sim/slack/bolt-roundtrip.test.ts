import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appHomeOpenedEvent,
  appMentionEvent,
  blockActions,
  messageAction,
  messageEvent,
  type SlackSimulator,
  sendSigned,
  slashCommand,
  startSlackSimulator,
  urlVerification,
  viewSubmission,
} from './index.ts';
import { quietLogger as quiet } from './test-helpers.ts';

// Both halves against a real Bolt app: the request client plays Slack calling the app (signed
// Events API / command / interactivity requests), the simulator plays the Web API the app calls back.

const SECRET = 'roundtrip-signing-secret';

let sim: SlackSimulator;
let app: App;
let endpoint: string;
let channelId: string;
let techId: string;
const seen: Record<string, unknown> = {};

/** Acks go out before listeners finish (processBeforeResponse=false): wait for the side effect. */
async function until<T>(probe: () => T | undefined, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for the app');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

beforeAll(async () => {
  sim = await startSlackSimulator();
  channelId = sim.addChannel({ name: 'helpdesk' }).id;
  techId = sim.addUser({ name: 'tech', email: 'tech@msp.example' }).id;
  app = new App({
    token: sim.botToken,
    signingSecret: SECRET,
    logger: quiet,
    clientOptions: { slackApiUrl: sim.url },
  });
  app.event('app_mention', async ({ event, say, context }) => {
    seen.retry = { num: context.retryNum, reason: context.retryReason };
    await say({ text: `On it: ${event.text}`, thread_ts: event.thread_ts ?? event.ts });
  });
  app.message(async ({ message, say }) => {
    if (message.channel_type === 'im') await say('Got your DM');
  });
  app.event('app_home_opened', async ({ event, client }) => {
    await client.views.publish({
      user_id: event.user,
      view: { type: 'home', blocks: [{ type: 'divider' }] },
    });
  });
  app.command('/rf', async ({ ack, command, client }) => {
    await ack();
    await client.views.open({
      trigger_id: command.trigger_id,
      view: {
        type: 'modal',
        callback_id: 'diagnose',
        private_metadata: command.text,
        title: { type: 'plain_text', text: 'Diagnose' },
        submit: { type: 'plain_text', text: 'Run' },
        blocks: [
          {
            type: 'input',
            block_id: 'symptom',
            label: { type: 'plain_text', text: 'Symptom' },
            element: { type: 'plain_text_input', action_id: 'value' },
          },
        ],
      },
    });
  });
  app.view('diagnose', async ({ ack, view }) => {
    seen.submission = { values: view.state.values, metadata: view.private_metadata };
    await ack();
  });
  app.action('approve', async ({ ack, body, client }) => {
    await ack();
    if (body.type !== 'block_actions' || !body.channel || !body.message) return;
    await client.chat.update({ channel: body.channel.id, ts: body.message.ts, text: 'Approved', blocks: [] });
  });
  app.shortcut('summarize', async ({ ack, shortcut }) => {
    await ack();
    seen.shortcut = shortcut.type === 'message_action' ? shortcut.message.text : undefined;
  });
  const server = (await app.start(0)) as { address(): AddressInfo | string | null };
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});
afterAll(async () => {
  await app.stop();
  await sim.close();
});

describe('Bolt app driven by signed requests, calling the simulator back', () => {
  it('answers url_verification with the challenge', async () => {
    const response = await sendSigned(endpoint, urlVerification({ challenge: 'ch4llenge' }), {
      secret: SECRET,
    });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ challenge: 'ch4llenge' });
  });

  it('rejects a tampered body and a stale timestamp with 401', async () => {
    const request = appMentionEvent({ channel: channelId, user: techId, text: '<@U0SIMBOT001> hi' });
    const tampered = await sendSigned(endpoint, request, {
      secret: SECRET,
      tamperedBody: request.body.replace('hi', 'yo'),
    });
    expect(tampered.status).toBe(401);
    const stale = await sendSigned(endpoint, request, {
      secret: SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect(stale.status).toBe(401);
    const wrongSecret = await sendSigned(endpoint, request, { secret: 'not-the-secret' });
    expect(wrongSecret.status).toBe(401);
  });

  it('app_mention (a redelivery) → threaded reply via chat.postMessage; retry headers reach Bolt', async () => {
    const request = appMentionEvent({
      channel: channelId,
      user: techId,
      text: '<@U0SIMBOT001> printer down',
    });
    const response = await sendSigned(endpoint, request, {
      secret: SECRET,
      retryNum: 1,
      retryReason: 'http_timeout',
    });
    expect(response.status).toBe(200);
    const reply = await until(() => sim.messages.find((m) => m.text.startsWith('On it')));
    expect(reply).toMatchObject({
      channel: channelId,
      thread_ts: request.payload.event.ts,
      user: sim.workspace.botUserId,
    });
    expect(seen.retry).toEqual({ num: 1, reason: 'http_timeout' });
  });

  it('IM message → reply in the DM; app_home_opened → views.publish', async () => {
    const dm = sim.openIm(techId);
    await sendSigned(
      endpoint,
      messageEvent({ channel: dm.id, user: techId, text: 'hello', channelType: 'im' }),
      {
        secret: SECRET,
      },
    );
    await until(() => sim.messages.find((m) => m.channel === dm.id && m.text === 'Got your DM'));
    await sendSigned(endpoint, appHomeOpenedEvent({ user: techId, channel: dm.id }), { secret: SECRET });
    const home = await until(() => sim.views.find((v) => v.type === 'home' && v.user === techId));
    expect(home.lastAction).toBe('views.publish');
  });

  it('slash command → views.open with the trigger id; view_submission reaches the view handler', async () => {
    const triggerId = sim.issueTriggerId(techId);
    const command = slashCommand({ command: '/rf', text: 'T-42', userId: techId, channelId, triggerId });
    const acked = await sendSigned(endpoint, command, { secret: SECRET });
    expect(acked.status).toBe(200);
    const modal = await until(() => sim.views.find((v) => v.triggerId === triggerId));
    expect(modal).toMatchObject({
      type: 'modal',
      user: techId,
      view: { callback_id: 'diagnose', private_metadata: 'T-42' },
    });

    const values = { symptom: { value: { type: 'plain_text_input', value: 'No DHCP lease' } } };
    const submitted = await sendSigned(
      endpoint,
      viewSubmission({ user: { id: techId }, view: modal.view, values }),
      {
        secret: SECRET,
      },
    );
    expect(submitted.status).toBe(200);
    expect(seen.submission).toEqual({ values, metadata: 'T-42' });
  });

  it('block_actions on a posted message → chat.update; message shortcut reaches its handler', async () => {
    const client = app.client;
    const posted = await client.chat.postMessage({
      channel: channelId,
      text: 'Restart SRV-01?',
      blocks: [{ type: 'divider' }],
    });
    const message = sim.messages.find((m) => m.ts === posted.ts);
    if (!message) throw new Error('message not stored');
    const click = blockActions({
      user: { id: techId },
      channel: { id: channelId, name: 'helpdesk' },
      message: { ts: message.ts, text: message.text, user: message.user },
      actions: [{ actionId: 'approve', blockId: 'decision', value: 'SRV-01' }],
    });
    expect((await sendSigned(endpoint, click, { secret: SECRET })).status).toBe(200);
    await until(() => message.text === 'Approved');
    expect(message.history.map((h) => h.text)).toEqual(['Restart SRV-01?']);
    expect(message.blocks).toBeUndefined();

    const shortcut = messageAction({
      callbackId: 'summarize',
      user: { id: techId },
      channel: { id: channelId },
      message: { ts: message.ts, text: 'Outlook keeps crashing', user: techId },
    });
    expect((await sendSigned(endpoint, shortcut, { secret: SECRET })).status).toBe(200);
    expect(await until(() => seen.shortcut)).toBe('Outlook keeps crashing');
  });

  it("authorized the app's token with auth.test against the simulator", () => {
    // Bolt fires auth.test for its bot token while constructing the App (not awaited), for the bot ids.
    const authTests = sim.calls.filter((c) => c.method === 'auth.test');
    expect(authTests.length).toBeGreaterThan(0);
    expect(authTests[0]).toMatchObject({
      token: sim.botToken,
      response: { status: 200, body: { ok: true } },
    });
  });
});
