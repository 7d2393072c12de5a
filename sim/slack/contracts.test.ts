import { WebClient } from '@slack/web-api';
import type { ValidateFunction } from 'ajv';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  asyncApiEventValidator,
  errorsOf,
  eventWrapperValidator,
  webDefinitionValidator,
  webResponseValidator,
} from './contract-schemas.ts';
import {
  appHomeOpenedEvent,
  appMentionEvent,
  messageEvent,
  type SlackSimulator,
  startSlackSimulator,
} from './index.ts';
import { quietLogger as quiet } from './test-helpers.ts';

// Checks what the simulator and the request builders put on the wire against Slack's published
// specs (test/contracts/slack/). The Web API spec dates from 2020 and some of its schemas are
// stricter than today's API (additionalProperties:false on objects that grew fields since), so the
// shapes checked here are the ones it describes faithfully.

let sim: SlackSimulator;
let web: WebClient;
let channelId: string;

beforeAll(async () => {
  sim = await startSlackSimulator();
  web = new WebClient(sim.botToken, { slackApiUrl: sim.url, logger: quiet, retryConfig: { retries: 0 } });
  channelId = sim.addChannel({ name: 'helpdesk' }).id;
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

/** The raw body the simulator sent for the last call of `method`. */
function lastBody(method: string): Record<string, unknown> {
  const call = sim.calls.filter((c) => c.method === method).at(-1);
  if (!call) throw new Error(`no ${method} call`);
  return call.response.body;
}

function expectValid(validate: ValidateFunction, data: unknown) {
  const valid = validate(data);
  expect(errorsOf(validate), JSON.stringify(data)).toEqual([]);
  expect(valid).toBe(true);
}

function expectInvalid(validate: ValidateFunction, data: unknown) {
  expect(validate(data)).toBe(false);
}

describe('Web API responses vs slack_web_openapi_v2.json', () => {
  it('chat.postMessage: success (top level and thread reply, with blocks) and error shapes', async () => {
    const success = webResponseValidator('chat.postMessage', '200');
    const root = await web.chat.postMessage({
      channel: channelId,
      text: 'Disk space low on SRV-01',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*Disk space low* on SRV-01' } }],
    });
    expectValid(success, lastBody('chat.postMessage'));
    await web.chat.postMessage({ channel: channelId, text: 'Cleared 20 GB', thread_ts: root.ts as string });
    expectValid(success, lastBody('chat.postMessage'));
    // The schema is a real check: a malformed ts or an unknown field fails it.
    expectInvalid(success, { ...lastBody('chat.postMessage'), ts: '12.3' });
    expectInvalid(success, { ...lastBody('chat.postMessage'), extra: true });

    const failure = webResponseValidator('chat.postMessage', 'default');
    await web.chat.postMessage({ channel: 'C0NOTHERE00', text: 'x' }).catch(() => undefined);
    expectValid(failure, lastBody('chat.postMessage'));
    await new WebClient('xoxb-bogus', { slackApiUrl: sim.url, logger: quiet }).chat
      .postMessage({ channel: channelId, text: 'x' })
      .catch(() => undefined);
    expect(lastBody('chat.postMessage')).toEqual({ ok: false, error: 'invalid_auth' });
    expectValid(failure, lastBody('chat.postMessage'));
  });

  it('chat.update success and message_not_found', async () => {
    const posted = await web.chat.postMessage({ channel: channelId, text: 'Investigating' });
    await web.chat.update({ channel: channelId, ts: posted.ts as string, text: 'Resolved' });
    expectValid(webResponseValidator('chat.update', '200'), lastBody('chat.update'));
    await web.chat.update({ channel: channelId, ts: '1700000000.000001', text: 'x' }).catch(() => undefined);
    expectValid(webResponseValidator('chat.update', 'default'), lastBody('chat.update'));
  });

  it('chat.postEphemeral and chat.getPermalink successes', async () => {
    const user = sim.addUser({ name: 'tech' });
    await web.chat.postEphemeral({ channel: channelId, user: user.id, text: 'psst' });
    expectValid(webResponseValidator('chat.postEphemeral', '200'), lastBody('chat.postEphemeral'));
    const posted = await web.chat.postMessage({ channel: channelId, text: 'link me' });
    await web.chat.getPermalink({ channel: channelId, message_ts: posted.ts as string });
    expectValid(webResponseValidator('chat.getPermalink', '200'), lastBody('chat.getPermalink'));
  });

  it('auth.test success and invalid_auth', async () => {
    await web.auth.test();
    expectValid(webResponseValidator('auth.test', '200'), lastBody('auth.test'));
    await new WebClient('xoxb-bogus', { slackApiUrl: sim.url, logger: quiet }).auth
      .test()
      .catch(() => undefined);
    expectValid(webResponseValidator('auth.test', 'default'), lastBody('auth.test'));
  });

  it('users.info: envelope, the user object (objs_user) and user_not_found', async () => {
    const human = sim.addUser({ name: 'jdoe', realName: 'J. Doe', email: 'jdoe@contoso.example' });
    const userSchema = webDefinitionValidator('objs_user', 0);
    for (const id of [human.id, sim.workspace.botUserId]) {
      await web.users.info({ user: id });
      const body = lastBody('users.info');
      expectValid(webResponseValidator('users.info', '200'), body);
      expectValid(userSchema, body.user);
    }
    await web.users.info({ user: 'U0NOBODY01' }).catch(() => undefined);
    expectValid(webResponseValidator('users.info', 'default'), lastBody('users.info'));
  });

  it('conversations.info channel object (objs_conversation) and conversations.replies envelope', async () => {
    await web.conversations.info({ channel: channelId });
    const body = lastBody('conversations.info');
    expectValid(webResponseValidator('conversations.info', '200'), body);
    expectValid(webDefinitionValidator('objs_conversation', 0), body.channel);

    const root = await web.chat.postMessage({ channel: channelId, text: 'root' });
    await web.chat.postMessage({ channel: channelId, text: 'reply', thread_ts: root.ts as string });
    await web.conversations.replies({ channel: channelId, ts: root.ts as string });
    expectValid(webResponseValidator('conversations.replies', '200'), lastBody('conversations.replies'));
    await web.conversations.replies({ channel: channelId, ts: '1700000000.000009' }).catch(() => undefined);
    expectValid(webResponseValidator('conversations.replies', 'default'), lastBody('conversations.replies'));
  });

  it('views.open / views.publish match the (generic) success templates', async () => {
    const view = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'Hi' }, blocks: [] };
    await web.views.open({ trigger_id: sim.issueTriggerId(), view });
    expectValid(webResponseValidator('views.open', '200'), lastBody('views.open'));
    await web.views.open({ trigger_id: '1.2.3', view }).catch(() => undefined);
    expectValid(webResponseValidator('views.open', 'default'), lastBody('views.open'));
  });
});

describe('Events API envelopes vs slack_common_event_wrapper_schema.json and the AsyncAPI spec', () => {
  const user = 'U0TECH00001';

  it('app_mention (top level and in a thread), messages in a thread and in an IM, app_home_opened', () => {
    const wrapper = eventWrapperValidator();
    const channelTopic = asyncApiEventValidator('message.channels');
    const imTopic = asyncApiEventValidator('message.im');
    const envelopes = [
      appMentionEvent({ channel: 'C0HELPDESK1', user, text: '<@U0SIMBOT001> printer down' }),
      appMentionEvent({
        channel: 'C0HELPDESK1',
        user,
        text: '<@U0SIMBOT001> more',
        threadTs: '1700000000.000100',
      }),
      messageEvent({
        channel: 'C0HELPDESK1',
        user,
        text: 'still down',
        threadTs: '1700000000.000100',
        parentUserId: user,
      }),
      messageEvent({ channel: 'D0TECHDM001', user, text: 'hello', channelType: 'im' }),
      appHomeOpenedEvent({ user, channel: 'D0TECHDM001' }),
    ];
    for (const request of envelopes) {
      expect(request.contentType).toBe('application/json');
      const wire = JSON.parse(request.body) as unknown;
      expectValid(wrapper, wire);
      expectValid(channelTopic, wire);
    }
    expectValid(imTopic, JSON.parse(envelopes[3]?.body ?? '{}'));
    // And the schema bites: an envelope without event_id is rejected.
    const { event_id: _drop, ...missing } = envelopes[0]?.payload ?? {};
    expectInvalid(wrapper, missing);
  });
});
