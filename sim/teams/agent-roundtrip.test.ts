import type { ConversationParameters } from '@microsoft/agents-activity';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectorValidator, errorsOf, protocolValidator } from './contract-schemas.ts';
import {
  adaptiveCardAction,
  channelMessage,
  DEFAULT_BOT,
  DEFAULT_CHANNEL,
  DEFAULT_TEAM,
  DEFAULT_TENANT_ID,
  fetchTask,
  installationUpdate,
  membersAddedToTeam,
  messagePayload,
  personalMessage,
  type RecordedConnectorCall,
  sendActivity,
  startTeamsConnector,
  submitAction,
  type TeamsConnector,
  type TeamsMember,
} from './index.ts';
import { approvalCard, startTestAgent, type TestAgent } from './test-agent.ts';

// A real Agents SDK app (AgentApplication + TeamsAgentExtension + createAgentRequestHandler, anonymous
// dev mode) driven by Teams-shaped activities, calling the simulated Bot Connector back.

let connector: TeamsConnector;
let bot: TestAgent;
let tech: TeamsMember;
const validateActivity = protocolValidator('Activity');

beforeAll(async () => {
  connector = await startTeamsConnector();
  bot = await startTestAgent();
});
afterAll(async () => {
  await bot.close();
  await connector.close();
});
beforeEach(() => {
  connector.reset();
  bot.errors.length = 0;
  // Rosters survive reset(); TeamsInfo.getMember asks the team (channelData.team.id) for channel messages.
  tech = connector.addMember(DEFAULT_TEAM.id, { name: 'Dana Tech', email: 'dana@msp.example' });
});

/** The `id` the connector answered with (ResourceResponse / ConversationResourceResponse). */
const idOf = (call: RecordedConnectorCall | undefined) =>
  (call?.response.body as { id?: string } | undefined)?.id;

const ACTIVITY_OPERATIONS = new Set(['sendToConversation', 'replyToActivity', 'updateActivity']);

/** Schema errors of every activity the bot sent (send/reply/update bodies), one list per activity. */
function outgoingActivityErrors(): string[][] {
  const bodies = connector.calls.filter((c) => ACTIVITY_OPERATIONS.has(c.operation)).map((c) => c.body);
  expect(bodies.length).toBeGreaterThan(0);
  return bodies.map((body) => (validateActivity(body) ? [] : errorsOf(validateActivity)));
}

/** Every activity the bot sent must satisfy the protocol schema's `Activity`. */
function expectOutgoingActivitiesValid() {
  for (const errors of outgoingActivityErrors()) expect(errors).toEqual([]);
}

describe('messages', () => {
  it('answers a channel @mention in its thread, then edits that reply in place', async () => {
    const message = channelMessage({
      serviceUrl: connector.url,
      from: tech,
      text: 'printer offline at Acme',
    });
    const response = await sendActivity(bot.url, message);
    expect(response.status).toBe(200);

    const [reply, update] = connector.calls;
    // Replies go to POST {serviceUrl}v3/conversations/{thread id}/activities/{incoming id}.
    expect(reply).toMatchObject({
      operation: 'replyToActivity',
      conversationId: message.conversation.id,
      activityId: message.id,
      response: { status: 201 },
    });
    // removeRecipientMention (on by default) stripped `<at>ResolutionFlow</at>`.
    expect(reply?.body).toMatchObject({
      type: 'message',
      text: 'Diagnosing: printer offline at Acme',
      replyToId: message.id,
    });
    const replyId = idOf(reply);
    expect(update).toMatchObject({ operation: 'updateActivity', method: 'PUT', activityId: replyId });

    const thread = connector.activities(message.conversation.id);
    expect(thread).toHaveLength(1);
    expect(thread[0]).toMatchObject({ id: replyId, replyToId: message.id });
    expect(thread[0]?.activity.text).toBe('Diagnosis ready for: printer offline at Acme');
    expect(thread[0]?.history.map((v) => v.text)).toEqual(['Diagnosing: printer offline at Acme']);
    expect(connector.calls.every((c) => c.authorization === undefined)).toBe(true);
    expectOutgoingActivitiesValid();
  });

  it('replies to a personal chat message in that chat', async () => {
    const message = personalMessage({ serviceUrl: connector.url, from: tech, text: 'vpn drops' });
    expect((await sendActivity(bot.url, message)).status).toBe(200);
    expect(connector.activities(message.conversation.id).map((a) => a.activity.text)).toEqual([
      'Diagnosis ready for: vpn drops',
    ]);
    expectOutgoingActivitiesValid();
  });

  it('looks up the sender in the team roster and reads the email', async () => {
    const message = channelMessage({ serviceUrl: connector.url, from: tech, text: 'whoami' });
    await sendActivity(bot.url, message);
    const lookup = connector.calls.find((c) => c.operation === 'getConversationMember');
    expect(lookup).toMatchObject({
      conversationId: DEFAULT_TEAM.id,
      memberId: tech.id,
      response: { status: 200 },
    });
    const channelAccount = connectorValidator('ChannelAccount');
    expect(channelAccount(lookup?.response.body), errorsOf(channelAccount).join('\n')).toBe(true);
    expect(connector.activities(message.conversation.id)[0]?.activity.text).toBe('You are dana@msp.example');
  });

  it('surfaces a 429 from the connector to the turn error handler without retrying', async () => {
    connector.failNext('replyToActivity', { status: 429, retryAfter: 2 });
    const message = personalMessage({ serviceUrl: connector.url, from: tech, text: 'disk full' });
    const response = await sendActivity(bot.url, message);

    // The turn error is swallowed by the adapter's onTurnError: Teams still gets 200.
    expect(response.status).toBe(200);
    expect(bot.errors).toHaveLength(1);
    expect(bot.errors[0]).toMatchObject({ name: 'HttpError', status: 429 });
    const headers = (bot.errors[0] as unknown as { response: { headers: Headers } }).response.headers;
    expect(headers.get('retry-after')).toBe('2');

    const texts = connector.calls.map((c) => [c.response.status, (c.body as { text?: string }).text]);
    // One attempt for the reply (no retry, Retry-After ignored), then the SDK's default error replies.
    expect(texts).toEqual([
      [429, 'Diagnosing: disk full'],
      [201, 'The agent encountered an error or bug.'],
      [201, 'To continue to run this agent, please fix the source code.'],
    ]);
  });
});

describe('invokes (answered in the HTTP response)', () => {
  it('returns the adaptive card from actionExecute synchronously', async () => {
    const message = channelMessage({ serviceUrl: connector.url, from: tech, text: 'printer offline' });
    const invoke = adaptiveCardAction({
      serviceUrl: connector.url,
      from: tech,
      in: message,
      replyToId: '1700000000123',
      verb: 'approve',
      data: { fixId: 'fix-42' },
    });
    const response = await sendActivity(bot.url, invoke);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: approvalCard('approved', { fixId: 'fix-42' }),
    });
    // The handler's third argument is the whole action.
    expect(bot.seen.cardAction).toEqual({
      type: 'Action.Execute',
      verb: 'approve',
      data: { fixId: 'fix-42' },
    });
    expect(connector.calls).toEqual([]);
  });

  it('answers an unknown verb with 501 and no body', async () => {
    const invoke = adaptiveCardAction({ serviceUrl: connector.url, from: tech, verb: 'frobnicate' });
    const response = await sendActivity(bot.url, invoke);
    expect(response.status).toBe(501);
    expect(response.text).toBe('');
  });

  it('returns the dialog for fetchTask and the handler result for submitAction', async () => {
    const message = channelMessage({ serviceUrl: connector.url, from: tech, text: 'printer offline' });
    const payload = messagePayload({
      id: message.id,
      html: '<p>printer offline</p>',
      from: tech,
      conversationId: message.conversation.id,
    });
    const base = {
      serviceUrl: connector.url,
      from: tech,
      in: message,
      commandId: 'createTicket',
      message: payload,
    };

    const fetched = await sendActivity(bot.url, fetchTask(base));
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject({ task: { type: 'continue', value: { title: 'Create ticket' } } });
    expect(bot.seen.fetch).toMatchObject({
      commandId: 'createTicket',
      commandContext: 'message',
      messagePayload: payload,
    });

    const submitted = await sendActivity(
      bot.url,
      submitAction({ ...base, data: { title: 'Printer', priority: 'P2' } }),
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body).toEqual({ task: { type: 'message', value: 'Ticket created from createTicket' } });
    // onSubmitAction's `data` argument is the whole invoke value, not just the dialog's data.
    expect(bot.seen.submit).toMatchObject({
      commandId: 'createTicket',
      data: { title: 'Printer', priority: 'P2' },
      messagePayload: { body: { content: '<p>printer offline</p>' } },
    });
  });
});

describe('installation', () => {
  it('welcomes the team in the selected channel when the bot is added', async () => {
    const added = membersAddedToTeam({ serviceUrl: connector.url, from: tech, channel: DEFAULT_CHANNEL });
    expect((await sendActivity(bot.url, added)).status).toBe(200);
    const [welcome] = connector.calls;
    // The SDK replies to the conversationUpdate's `f:` id; the connector makes that a new channel post.
    expect(welcome).toMatchObject({
      operation: 'replyToActivity',
      conversationId: DEFAULT_CHANNEL.id,
      activityId: added.id,
    });
    const post = [...connector.conversations.values()].flatMap((c) => c.activities)[0];
    expect(post?.conversationId).toBe(`${DEFAULT_CHANNEL.id};messageid=${post?.id}`);
    // Teams sends conversationUpdate `from` without a name; the SDK copies it into the reply's
    // `recipient`, which the protocol schema's ChannelAccount (id and name required) rejects.
    expect(outgoingActivityErrors()).toEqual([
      [`/recipient must have required property 'name' {"missingProperty":"name"}`],
    ]);
  });

  it('routes installationUpdate to onActivity with its action', async () => {
    const response = await sendActivity(
      bot.url,
      installationUpdate({ serviceUrl: connector.url, from: tech }),
    );
    expect(response.status).toBe(200);
    expect(bot.seen.installs.at(-1)).toBe('add');
  });
});

describe('proactive messages', () => {
  it('creates a 1:1 conversation through the adapter and posts into it', async () => {
    let sentId: string | undefined;
    await bot.agent.adapter.createConversationAsync(
      DEFAULT_BOT.appId,
      'msteams',
      connector.url,
      'https://api.botframework.com',
      // The SDK's type marks `activity` required; Teams starts a 1:1 chat without one.
      {
        isGroup: false,
        agent: { id: `28:${DEFAULT_BOT.appId}`, name: DEFAULT_BOT.name },
        members: [{ id: tech.id, name: tech.name }],
        tenantId: DEFAULT_TENANT_ID,
        channelData: { tenant: { id: DEFAULT_TENANT_ID } },
      } as ConversationParameters,
      async (context) => {
        sentId = (await context.sendActivity('Escalation ESC-7 is assigned to you'))?.id;
      },
    );
    const [create, post] = connector.calls;
    expect(create).toMatchObject({ operation: 'createConversation', response: { status: 201 } });
    const created = connectorValidator('ConversationResourceResponse');
    expect(created(create?.response.body), errorsOf(created).join('\n')).toBe(true);
    const conversationId = idOf(create);
    expect(conversationId).toMatch(/^a:/);
    // The SDK sends the bot as `agent` and no initial activity; the protocol schema's
    // ConversationParameters wants `bot` and `activity`. It then replies to the conversation id itself.
    expect(create?.body).toHaveProperty('agent');
    const parameters = protocolValidator('ConversationParameters');
    expect(parameters(create?.body)).toBe(false);
    expect(errorsOf(parameters).map((e) => e.split(' {')[0])).toEqual([
      "/ must have required property 'activity'",
      "/ must have required property 'bot'",
    ]);
    expect(post).toMatchObject({ operation: 'replyToActivity', conversationId, activityId: conversationId });
    expect(connector.activities(conversationId ?? '').map((a) => a.id)).toEqual([sentId]);
    expectOutgoingActivitiesValid();
  });
});
