import { isValidSlackRequest, verifySlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import {
  appHomeOpenedEvent,
  appMentionEvent,
  blockActions,
  DEFAULT_WORKSPACE,
  messageAction,
  messageEvent,
  type SlackRequest,
  signSlackRequest,
  slashCommand,
  urlVerification,
  viewSubmission,
} from './index.ts';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TRIGGER = /^\d+\.\d+\.[0-9a-f]+$/;

/** Bolt's own verifier, fed the way its receivers feed it (numeric timestamp header). */
function boltVerify(body: string, headers: ReturnType<typeof signSlackRequest>, nowMilliseconds?: number) {
  verifySlackRequest({
    signingSecret: SECRET,
    body,
    headers: {
      'x-slack-signature': headers['X-Slack-Signature'],
      'x-slack-request-timestamp': Number(headers['X-Slack-Request-Timestamp']),
    },
    ...(nowMilliseconds === undefined ? {} : { nowMilliseconds }),
  });
}

describe('signSlackRequest', () => {
  it("reproduces the worked example in Slack's 'Verifying requests from Slack' guide", () => {
    // Slash-command body, secret and timestamp from the guide; expected signature likewise.
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(signSlackRequest({ secret: SECRET, body, timestamp: 1531420618 })).toEqual({
      'X-Slack-Signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
      'X-Slack-Request-Timestamp': '1531420618',
    });
  });

  it("verifies with Bolt's verifySlackRequest, and fails for a tampered body or a stale timestamp", () => {
    const request = appMentionEvent({
      channel: 'C0HELPDESK1',
      user: 'U0TECH00001',
      text: '<@U0SIMBOT001> help',
    });
    const headers = signSlackRequest({ secret: SECRET, body: request.body });
    expect(() => boltVerify(request.body, headers)).not.toThrow();

    const tampered = request.body.replace('help', 'rm -rf');
    expect(() => boltVerify(tampered, headers)).toThrow(/signature mismatch/);
    expect(() => boltVerify(request.body, { ...headers, 'X-Slack-Signature': 'v0=00' })).toThrow(
      /signature mismatch/,
    );

    // Older than 5 minutes is stale, even with a correct signature for that timestamp.
    const stale = signSlackRequest({
      secret: SECRET,
      body: request.body,
      timestamp: Math.floor(Date.now() / 1000) - 301,
    });
    expect(() => boltVerify(request.body, stale)).toThrow(/stale/);
    const boundary = signSlackRequest({ secret: SECRET, body: request.body, timestamp: 1_700_000_000 });
    expect(
      isValidSlackRequest({
        signingSecret: SECRET,
        body: request.body,
        headers: {
          'x-slack-signature': boundary['X-Slack-Signature'],
          'x-slack-request-timestamp': 1_700_000_000,
        },
        nowMilliseconds: (1_700_000_000 + 299) * 1000,
      }),
    ).toBe(true);
  });

  it('signs form-encoded bodies byte for byte (slash commands, interactions)', () => {
    for (const request of [
      slashCommand({
        command: '/rf',
        text: 'diagnose T-42',
        userId: 'U0TECH00001',
        channelId: 'C0HELPDESK1',
      }),
      blockActions({ user: { id: 'U0TECH00001' }, actions: [{ actionId: 'a', blockId: 'b', value: 'v' }] }),
    ] satisfies SlackRequest<unknown>[]) {
      expect(() =>
        boltVerify(request.body, signSlackRequest({ secret: SECRET, body: request.body })),
      ).not.toThrow();
    }
  });
});

describe('Events API builders', () => {
  it('app_mention in a channel and in a thread', () => {
    const top = appMentionEvent({
      channel: 'C0HELPDESK1',
      user: 'U0TECH00001',
      text: '<@U0SIMBOT001> VPN down',
    });
    const { payload } = top;
    expect(top.contentType).toBe('application/json');
    expect(JSON.parse(top.body)).toEqual(payload);
    expect(payload).toMatchObject({
      type: 'event_callback',
      team_id: DEFAULT_WORKSPACE.teamId,
      api_app_id: DEFAULT_WORKSPACE.apiAppId,
      authorizations: [
        { team_id: DEFAULT_WORKSPACE.teamId, user_id: DEFAULT_WORKSPACE.botUserId, is_bot: true },
      ],
      event: {
        type: 'app_mention',
        channel: 'C0HELPDESK1',
        user: 'U0TECH00001',
        text: '<@U0SIMBOT001> VPN down',
      },
    });
    expect(payload.event_id).toMatch(/^Ev[A-Z0-9]{8,}$/);
    expect(Number.isInteger(payload.event_time)).toBe(true);
    expect(payload.event.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(payload.event.event_ts).toBe(payload.event.ts);
    expect(payload.event).not.toHaveProperty('thread_ts');

    const threaded = appMentionEvent({
      channel: 'C0HELPDESK1',
      user: 'U0TECH00001',
      text: 'more',
      threadTs: '1700000000.000100',
    });
    expect(threaded.payload.event.thread_ts).toBe('1700000000.000100');
    expect(threaded.payload.event_id).not.toBe(payload.event_id);
  });

  it('messages in a thread and in an IM; app_home_opened; url_verification', () => {
    const reply = messageEvent({
      channel: 'C0HELPDESK1',
      user: 'U0TECH00001',
      text: 'still failing',
      threadTs: '1700000000.000100',
      parentUserId: 'U0SIMBOT001',
    });
    expect(reply.payload.event).toMatchObject({
      type: 'message',
      channel_type: 'channel',
      thread_ts: '1700000000.000100',
      parent_user_id: 'U0SIMBOT001',
    });
    const dm = messageEvent({ channel: 'D0TECHDM001', user: 'U0TECH00001', text: 'hi', channelType: 'im' });
    expect(dm.payload.event).toMatchObject({ type: 'message', channel: 'D0TECHDM001', channel_type: 'im' });
    const home = appHomeOpenedEvent({ user: 'U0TECH00001', channel: 'D0TECHDM001' });
    expect(home.payload.event).toMatchObject({ type: 'app_home_opened', tab: 'home', user: 'U0TECH00001' });
    const redelivery = messageEvent({
      channel: 'D0TECHDM001',
      user: 'U0TECH00001',
      text: 'hi',
      eventId: dm.payload.event_id,
    });
    expect(redelivery.payload.event_id).toBe(dm.payload.event_id);

    const challenge = urlVerification({ challenge: 'abc123' });
    expect(challenge.payload).toEqual({
      token: DEFAULT_WORKSPACE.verificationToken,
      challenge: 'abc123',
      type: 'url_verification',
    });
  });
});

describe('slash command and interactivity builders', () => {
  it('slash commands are form-encoded with the documented fields', () => {
    const request = slashCommand({
      command: '/rf',
      text: 'diagnose T-42',
      userId: 'U0TECH00001',
      channelId: 'C0HELPDESK1',
    });
    expect(request.contentType).toBe('application/x-www-form-urlencoded');
    const fields = Object.fromEntries(new URLSearchParams(request.body));
    expect(fields).toMatchObject({
      command: '/rf',
      text: 'diagnose T-42',
      user_id: 'U0TECH00001',
      channel_id: 'C0HELPDESK1',
      team_id: DEFAULT_WORKSPACE.teamId,
      team_domain: DEFAULT_WORKSPACE.teamDomain,
      api_app_id: DEFAULT_WORKSPACE.apiAppId,
    });
    expect(fields.trigger_id).toMatch(TRIGGER);
    expect(fields.response_url).toMatch(
      /^https:\/\/hooks\.slack\.com\/commands\/T0SIMTEAM01\/\d+\/[0-9a-f]+$/,
    );
  });

  it('block_actions from a message and from a view', () => {
    const onMessage = blockActions({
      user: { id: 'U0TECH00001', username: 'tech' },
      channel: { id: 'C0HELPDESK1', name: 'helpdesk' },
      message: { ts: '1700000000.000100', text: 'Approve restart?', user: 'U0SIMBOT001' },
      actions: [{ actionId: 'approve', blockId: 'decision', value: 'T-42', text: 'Approve' }],
    });
    expect(onMessage.contentType).toBe('application/x-www-form-urlencoded');
    const decoded = JSON.parse(new URLSearchParams(onMessage.body).get('payload') ?? '{}');
    expect(decoded).toEqual(onMessage.payload);
    expect(decoded).toMatchObject({
      type: 'block_actions',
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0HELPDESK1' },
      channel: { id: 'C0HELPDESK1' },
      message: { type: 'message', ts: '1700000000.000100' },
      actions: [{ action_id: 'approve', block_id: 'decision', value: 'T-42', type: 'button' }],
    });
    expect(decoded.trigger_id).toMatch(TRIGGER);
    expect(decoded.response_url).toMatch(/^https:\/\/hooks\.slack\.com\/actions\//);

    const onView = blockActions({
      user: { id: 'U0TECH00001' },
      view: { id: 'V0MODAL0001', type: 'modal', callback_id: 'diagnose' },
      actions: [{ actionId: 'refresh', blockId: 'tools' }],
    });
    expect(onView.payload).toMatchObject({
      container: { type: 'view', view_id: 'V0MODAL0001' },
      view: { id: 'V0MODAL0001' },
    });
    expect(onView.payload).not.toHaveProperty('response_url');
  });

  it('message_action and view_submission', () => {
    const shortcut = messageAction({
      callbackId: 'summarize_thread',
      user: { id: 'U0TECH00001' },
      channel: { id: 'C0HELPDESK1' },
      message: { ts: '1700000000.000100', text: 'Outlook keeps crashing', user: 'U0CLIENT001' },
    });
    expect(shortcut.payload).toMatchObject({
      type: 'message_action',
      callback_id: 'summarize_thread',
      message_ts: '1700000000.000100',
      channel: { id: 'C0HELPDESK1' },
      message: { type: 'message', text: 'Outlook keeps crashing' },
    });
    expect(shortcut.payload.trigger_id).toMatch(TRIGGER);

    const submission = viewSubmission({
      user: { id: 'U0TECH00001' },
      view: {
        id: 'V0MODAL0001',
        callback_id: 'diagnose',
        private_metadata: '{"ticket":"T-42"}',
        hash: '1700000000.abcd',
      },
      values: { symptom: { value: { type: 'plain_text_input', value: 'No internet' } } },
    });
    expect(submission.payload).toMatchObject({
      type: 'view_submission',
      view: {
        id: 'V0MODAL0001',
        callback_id: 'diagnose',
        private_metadata: '{"ticket":"T-42"}',
        hash: '1700000000.abcd',
        state: { values: { symptom: { value: { type: 'plain_text_input', value: 'No internet' } } } },
      },
    });
  });
});
