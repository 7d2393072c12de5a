import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectorValidator, errorsOf } from './contract-schemas.ts';
import {
  DEFAULT_BOT,
  DEFAULT_CHANNEL,
  DEFAULT_TEAM,
  DEFAULT_TENANT_ID,
  startTeamsConnector,
  type TeamsConnector,
} from './index.ts';

// The Bot Connector REST surface on its own (plain fetch), answers checked against the swagger's
// definitions in botframework-channel.swagger.json.

let connector: TeamsConnector;

beforeAll(async () => {
  connector = await startTeamsConnector();
});
afterAll(async () => connector.close());
beforeEach(() => connector.reset());

async function call(method: string, path: string, body?: unknown, rawBody?: string) {
  const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
  if (rawBody !== undefined || body !== undefined) init.body = rawBody ?? JSON.stringify(body);
  const response = await fetch(`${connector.url}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

function expectShape(definition: string, value: unknown) {
  const validate = connectorValidator(definition);
  expect(validate(value), errorsOf(validate).join('\n')).toBe(true);
}

const conversationPath = (id: string) => `v3/conversations/${encodeURIComponent(id)}`;
const text = (value: string) => ({ type: 'message', text: value });

describe('service URL', () => {
  it('ends with a slash and keeps a path prefix like the real smba URLs', () => {
    expect(connector.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/amer\/$/);
  });

  it('answers unknown operations with 404 ErrorResponse', async () => {
    const response = await call('GET', 'v3/attachments/abc');
    expect(response.status).toBe(404);
    expectShape('ErrorResponse', response.json);
    expect(connector.calls[0]).toMatchObject({ operation: 'unknown', response: { status: 404 } });
  });
});

describe('activities', () => {
  it('starts a thread when posting to a bare channel, then replies, edits and deletes in it', async () => {
    const root = await call(
      'POST',
      `${conversationPath(DEFAULT_CHANNEL.id)}/activities`,
      text('New escalation'),
    );
    expect(root.status).toBe(201);
    expectShape('ResourceResponse', root.json);
    const rootId = (root.json as { id: string }).id;
    expect(rootId).toMatch(/^\d{13}$/);
    const threadId = `${DEFAULT_CHANNEL.id};messageid=${rootId}`;

    const reply = await call(
      'POST',
      `${conversationPath(threadId)}/activities/${rootId}`,
      text('Claimed by Dana'),
    );
    expect(reply.status).toBe(201);
    const replyId = (reply.json as { id: string }).id;

    const edited = await call(
      'PUT',
      `${conversationPath(threadId)}/activities/${replyId}`,
      text('Resolved by Dana'),
    );
    expect(edited).toMatchObject({ status: 200, json: { id: replyId } });
    expect((await call('DELETE', `${conversationPath(threadId)}/activities/${rootId}`)).status).toBe(200);

    const thread = connector.activities(threadId);
    expect(thread.map((a) => [a.id, a.replyToId, a.activity.text, a.deleted])).toEqual([
      [rootId, undefined, 'New escalation', true],
      [replyId, rootId, 'Resolved by Dana', false],
    ]);
    expect(thread[1]?.history).toEqual([{ ...text('Claimed by Dana'), id: replyId }]);
    expect(connector.findActivity(DEFAULT_CHANNEL.id, replyId)?.id).toBe(replyId);
  });

  it('answers 404 for updates and deletes of unknown or deleted activities', async () => {
    const posted = await call('POST', `${conversationPath('a:1chat')}/activities`, text('hi'));
    const id = (posted.json as { id: string }).id;
    expect((await call('DELETE', `${conversationPath('a:1chat')}/activities/${id}`)).status).toBe(200);
    for (const [method, activityId] of [
      ['DELETE', id],
      ['PUT', id],
      ['PUT', '1700000000000'],
    ] as const) {
      const response = await call(
        method,
        `${conversationPath('a:1chat')}/activities/${activityId}`,
        text('x'),
      );
      expect(response.status).toBe(404);
      expectShape('ErrorResponse', response.json);
    }
  });

  it('rejects bodies that are not activities with 400', async () => {
    const path = `${conversationPath('a:1chat')}/activities`;
    expect((await call('POST', path, undefined, '{not json')).status).toBe(400);
    const untyped = await call('POST', path, { text: 'no type' });
    expect(untyped).toMatchObject({ status: 400, json: { error: { code: 'BadArgument' } } });
    expect(connector.activities('a:1chat')).toEqual([]);
  });
});

describe('create conversation', () => {
  const bot = { id: `28:${DEFAULT_BOT.appId}`, name: DEFAULT_BOT.name };

  it('returns the same 1:1 conversation for the same user', async () => {
    const params = { isGroup: false, bot, members: [{ id: '29:1dana' }], tenantId: DEFAULT_TENANT_ID };
    const first = await call('POST', 'v3/conversations', params);
    expect(first.status).toBe(201);
    expectShape('ConversationResourceResponse', first.json);
    const second = await call('POST', 'v3/conversations', { ...params, activity: text('Reminder') });
    expect(second.json).toMatchObject({
      id: (first.json as { id: string }).id,
      activityId: expect.any(String),
    });
    expect(connector.conversations.get((first.json as { id: string }).id)?.parameters).toMatchObject({
      tenantId: DEFAULT_TENANT_ID,
    });
  });

  it('starts a channel thread with an initial activity', async () => {
    const response = await call('POST', 'v3/conversations', {
      isGroup: true,
      bot,
      channelData: { channel: { id: DEFAULT_CHANNEL.id }, tenant: { id: DEFAULT_TENANT_ID } },
      activity: text('Technician channel: new escalation'),
    });
    const { id, activityId } = response.json as { id: string; activityId: string };
    expect(id).toBe(`${DEFAULT_CHANNEL.id};messageid=${activityId}`);
    expect(connector.activities(id).map((a) => a.activity.text)).toEqual([
      'Technician channel: new escalation',
    ]);
  });

  it.each([
    ['no tenant', { isGroup: false, bot, members: [{ id: '29:1dana' }] }],
    [
      'two members',
      { isGroup: false, bot, members: [{ id: '29:1a' }, { id: '29:1b' }], tenantId: DEFAULT_TENANT_ID },
    ],
    [
      'a channel without an activity',
      { isGroup: true, bot, channelData: { channel: { id: DEFAULT_CHANNEL.id } } },
    ],
  ])('rejects %s with 400', async (_case, params) => {
    const response = await call('POST', 'v3/conversations', params);
    expect(response.status).toBe(400);
    expectShape('ErrorResponse', response.json);
  });
});

describe('rosters', () => {
  it('serves members with Teams fields, by 29: id or Entra object id', async () => {
    const dana = connector.addMember(DEFAULT_TEAM.id, { name: 'Dana Tech', email: 'dana@msp.example' });
    const members = await call('GET', `${conversationPath(DEFAULT_TEAM.id)}/members`);
    expect(members.status).toBe(200);
    expect(members.json).toEqual([dana]);
    expectShape('ChannelAccount', dana);
    expect(dana).toMatchObject({
      userPrincipalName: 'dana@msp.example',
      tenantId: DEFAULT_TENANT_ID,
      userRole: 'user',
    });

    const byAad = await call('GET', `${conversationPath(DEFAULT_TEAM.id)}/members/${dana.aadObjectId}`);
    expect(byAad.json).toEqual(dana);
    // A thread shares its channel's roster.
    const inThread = await call(
      'GET',
      `${conversationPath(`${DEFAULT_TEAM.id};messageid=1`)}/members/${dana.id}`,
    );
    expect(inThread.status).toBe(200);
  });

  it('pages members with a continuation token', async () => {
    for (const name of ['Ann', 'Ben', 'Cy']) connector.addMember(DEFAULT_CHANNEL.id, { name });
    const first = await call('GET', `${conversationPath(DEFAULT_CHANNEL.id)}/pagedmembers?pageSize=2`);
    expectShape('PagedMembersResult', first.json);
    const { members, continuationToken } = first.json as { members: unknown[]; continuationToken: string };
    expect(members).toHaveLength(2);
    const rest = await call(
      'GET',
      `${conversationPath(DEFAULT_CHANNEL.id)}/pagedMembers?pageSize=2&continuationToken=${continuationToken}`,
    );
    expect(rest.json).toEqual({ members: [expect.objectContaining({ name: 'Cy' })] });
  });

  it('answers 404 for unknown conversations and members, and keeps rosters across reset()', async () => {
    connector.addMember('19:kept@thread.tacv2', { name: 'Kept' });
    connector.reset();
    expect(connector.members('19:kept@thread.tacv2')).toHaveLength(1);
    const missing = await call('GET', `${conversationPath('19:kept@thread.tacv2')}/members/29:1nobody`);
    expect(missing).toMatchObject({ status: 404, json: { error: { code: 'MemberNotFoundInConversation' } } });
    const unknown = await call('GET', `${conversationPath('19:none@thread.tacv2')}/members`);
    expect(unknown).toMatchObject({ status: 404, json: { error: { code: 'ConversationNotFound' } } });
  });
});

describe('scripted failures', () => {
  it('answers 429 with Retry-After, then recovers; failures are recorded', async () => {
    connector.failNext('sendToConversation', { status: 429, retryAfter: 3 }, 2);
    const path = `${conversationPath('a:1chat')}/activities`;
    const first = await call('POST', path, text('one'));
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('3');
    expectShape('ErrorResponse', first.json);
    expect((await call('POST', path, text('two'))).status).toBe(429);
    expect((await call('POST', path, text('three'))).status).toBe(201);
    expect(connector.calls.map((c) => c.response.status)).toEqual([429, 429, 201]);
    expect(connector.activities('a:1chat').map((a) => a.activity.text)).toEqual(['three']);
  });

  it('matches calls with a predicate and serves 5xx as ServiceError', async () => {
    connector.failNext((c) => c.operation === 'replyToActivity' && c.activityId === '42', { status: 503 });
    const other = await call('POST', `${conversationPath('a:1chat')}/activities/41`, text('fine'));
    expect(other.status).toBe(201);
    const failed = await call('POST', `${conversationPath('a:1chat')}/activities/42`, text('fails'));
    expect(failed).toMatchObject({ status: 503, json: { error: { code: 'ServiceError' } } });
  });
});
