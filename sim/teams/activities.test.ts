import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { errorsOf, protocolValidator } from './contract-schemas.ts';
import {
  adaptiveCardAction,
  channelMessage,
  DEFAULT_BOT,
  DEFAULT_CHANNEL,
  DEFAULT_GROUP_CHAT_ID,
  DEFAULT_TEAM,
  DEFAULT_TENANT_ID,
  feedbackInvoke,
  fetchTask,
  groupChatMessage,
  installationUpdate,
  membersAddedToTeam,
  messagePayload,
  personalMessage,
  sendActivity,
  submitAction,
} from './index.ts';

// Inbound activities as Teams sends them (shapes from the JSON samples in Microsoft's Teams docs:
// "Conversation events in your Teams bot", "Create and send the dialog" for message actions), checked
// against the protocol schema's Activity definition.

const serviceUrl = 'https://smba.trafficmanager.net/amer/';
const from = { id: '29:1dana', name: 'Dana Tech', aadObjectId: '5a0c9d1e-2b3f-4c5d-8e6f-7a8b9c0d1e2f' };
const at = new Date('2024-01-15T14:03:04.123Z');
const validate = protocolValidator('Activity');

function schemaErrors(activity: unknown): string[] {
  return validate(activity) ? [] : errorsOf(validate).map((e) => e.split(' {')[0] ?? e);
}

// Teams renders an @mention message as HTML in a `text/html` attachment whose `content` is a string;
// the protocol schema types Attachment.content as an object. That is the only deviation.
const HTML_ATTACHMENT_DEVIATION = ['/attachments/0/content must be object'];

describe('messages', () => {
  it('builds a channel @mention in a new thread', () => {
    const message = channelMessage({ serviceUrl, from, text: 'printer offline', at, id: '1705327384123' });
    expect(schemaErrors(message)).toEqual(HTML_ATTACHMENT_DEVIATION);
    expect(message).toMatchObject({
      type: 'message',
      channelId: 'msteams',
      text: '<at>ResolutionFlow</at> printer offline',
      textFormat: 'plain',
      timestamp: '2024-01-15T14:03:04.123Z',
      localTimestamp: '2024-01-15T09:03:04.123-05:00',
      localTimezone: 'America/New_York',
      from,
      recipient: { id: `28:${DEFAULT_BOT.appId}`, name: 'ResolutionFlow' },
      conversation: {
        isGroup: true,
        conversationType: 'channel',
        tenantId: DEFAULT_TENANT_ID,
        id: `${DEFAULT_CHANNEL.id};messageid=1705327384123`,
      },
      channelData: {
        teamsChannelId: DEFAULT_CHANNEL.id,
        teamsTeamId: DEFAULT_TEAM.id,
        channel: { id: DEFAULT_CHANNEL.id },
        team: { id: DEFAULT_TEAM.id },
        tenant: { id: DEFAULT_TENANT_ID },
      },
    });
    expect(message.entities).toEqual([
      {
        type: 'mention',
        mentioned: { id: `28:${DEFAULT_BOT.appId}`, name: 'ResolutionFlow' },
        text: '<at>ResolutionFlow</at>',
      },
      { type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', timezone: 'America/New_York' },
    ]);
    expect(message.attachments).toEqual([expect.objectContaining({ contentType: 'text/html' })]);
  });

  it('keeps the thread root in the conversation id of a reply in a thread', () => {
    const reply = channelMessage({ serviceUrl, from, text: 'still down', threadRootId: '1705327384123' });
    expect(reply.conversation.id).toBe(`${DEFAULT_CHANNEL.id};messageid=1705327384123`);
    expect(reply.id).not.toBe('1705327384123');
  });

  it('builds personal and group chat messages', () => {
    const personal = personalMessage({ serviceUrl, from, text: 'hi' });
    expect(schemaErrors(personal)).toEqual([]);
    expect(personal).toMatchObject({
      text: 'hi',
      conversation: { conversationType: 'personal', tenantId: DEFAULT_TENANT_ID },
    });
    expect(personal.conversation.id).toMatch(/^a:1/);
    expect(personal.conversation.id).toBe(
      personalMessage({ serviceUrl, from, text: 'again' }).conversation.id,
    );

    const group = groupChatMessage({ serviceUrl, from, text: 'anyone?' });
    expect(schemaErrors(group)).toEqual(HTML_ATTACHMENT_DEVIATION);
    expect(group).toMatchObject({
      text: '<at>ResolutionFlow</at> anyone?',
      conversation: { isGroup: true, conversationType: 'groupChat', id: DEFAULT_GROUP_CHAT_ID },
      channelData: { tenant: { id: DEFAULT_TENANT_ID } },
    });
  });
});

describe('installation events', () => {
  it('builds the conversationUpdate Teams sends when the app joins a team', () => {
    const added = membersAddedToTeam({ serviceUrl, from, channel: DEFAULT_CHANNEL });
    expect(added).toMatchObject({
      type: 'conversationUpdate',
      membersAdded: [{ id: `28:${DEFAULT_BOT.appId}` }],
      from: { id: from.id, aadObjectId: from.aadObjectId },
      conversation: { conversationType: 'channel', id: DEFAULT_CHANNEL.id },
      channelData: {
        settings: { selectedChannel: { id: DEFAULT_CHANNEL.id } },
        team: DEFAULT_TEAM,
        eventType: 'teamMemberAdded',
      },
    });
    expect(added.id).toMatch(/^f:/);
    // Teams omits names on `from` and `membersAdded` here; the schema's ChannelAccount requires them.
    expect(schemaErrors(added)).toEqual([
      "/from must have required property 'name'",
      "/membersAdded/0 must have required property 'name'",
    ]);
  });

  it('builds installationUpdate for a team and for personal scope', () => {
    const team = installationUpdate({ serviceUrl, from });
    expect(team).toMatchObject({
      type: 'installationUpdate',
      action: 'add',
      conversation: { conversationType: 'channel', id: DEFAULT_TEAM.id },
      channelData: { source: { name: 'message' }, team: { id: DEFAULT_TEAM.id } },
    });
    const removed = installationUpdate({ serviceUrl, from, scope: 'personal', action: 'remove' });
    expect(removed).toMatchObject({ action: 'remove', conversation: { conversationType: 'personal' } });
  });
});

describe('invokes', () => {
  const message = channelMessage({ serviceUrl, from, text: 'printer offline', id: '1705327384123' });

  it('builds adaptiveCard/action in the conversation of the card', () => {
    const invoke = adaptiveCardAction({
      serviceUrl,
      from,
      in: message,
      replyToId: '1705327384999',
      verb: 'approve',
      data: { fixId: 'f1' },
    });
    expect(schemaErrors(invoke)).toEqual([]);
    expect(invoke).toMatchObject({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: '1705327384999',
      conversation: message.conversation,
      channelData: message.channelData,
      value: {
        action: { type: 'Action.Execute', verb: 'approve', data: { fixId: 'f1' } },
        trigger: 'manual',
      },
    });
  });

  it('builds fetchTask and submitAction for a message action with the message acted on', () => {
    const payload = messagePayload({
      id: message.id,
      html: '<p>printer offline</p>',
      from,
      conversationId: message.conversation.id,
    });
    expect(payload).toMatchObject({
      linkToMessage: `https://teams.microsoft.com/l/message/${DEFAULT_CHANNEL.id}/${message.id}`,
      body: { contentType: 'html', content: '<p>printer offline</p>' },
      from: {
        user: { userIdentityType: 'aadUser', id: from.aadObjectId, displayName: from.name },
        application: null,
      },
    });
    const fetched = fetchTask({ serviceUrl, from, in: message, commandId: 'createTicket', message: payload });
    expect(schemaErrors(fetched)).toEqual([]);
    expect(fetched.value).toEqual({
      commandId: 'createTicket',
      commandContext: 'message',
      context: { theme: 'default' },
      messagePayload: payload,
    });
    const submitted = submitAction({
      serviceUrl,
      from,
      in: message,
      commandId: 'createTicket',
      message: payload,
      data: { title: 'Printer' },
    });
    expect(submitted).toMatchObject({
      name: 'composeExtension/submitAction',
      value: { data: { title: 'Printer' }, messagePayload: payload },
    });
    expect(messagePayload({ id: '1', html: 'bot said' }).from).toMatchObject({
      user: null,
      application: { id: DEFAULT_BOT.appId },
    });
  });
});

describe('feedback', () => {
  // Shape from "Enhance AI-generated bot messages" (feedback buttons): `message/submitAction`,
  // `actionName: 'feedback'`, the form's fields as a JSON string, `replyToId` = the rated message.
  it('builds the message/submitAction invoke of a 👍/👎 under a bot message', () => {
    const invoke = feedbackInvoke({
      serviceUrl,
      from,
      replyToId: '1705327384999',
      reaction: 'dislike',
      text: 'wrong',
    });
    expect(schemaErrors(invoke)).toEqual([]);
    expect(invoke).toMatchObject({
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: '1705327384999',
      conversation: { conversationType: 'personal' },
      value: {
        actionName: 'feedback',
        actionValue: { reaction: 'dislike', feedback: '{"feedbackText":"wrong"}' },
      },
    });
  });
});

describe('sendActivity', () => {
  it('POSTs JSON with the bearer token and parses a JSON answer', async () => {
    let seen: { headers: IncomingHttpHeaders; body: string } | undefined;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      req.on('end', () => {
        seen = { headers: req.headers, body };
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"statusCode":200}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
    try {
      const result = await sendActivity(url, message(), { token: 'abc.def.ghi' });
      expect(result).toMatchObject({ status: 200, body: { statusCode: 200 } });
      expect(seen?.headers).toMatchObject({
        authorization: 'Bearer abc.def.ghi',
        'content-type': expect.stringContaining('application/json'),
      });
      expect(JSON.parse(seen?.body ?? '{}')).toMatchObject({ type: 'message', text: 'hi' });
    } finally {
      server.close();
    }
  });
});

function message() {
  return personalMessage({ serviceUrl, from, text: 'hi' });
}
