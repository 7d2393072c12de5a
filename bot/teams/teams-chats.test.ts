import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getTeamsConversation } from '../../core/chat/index.ts';
import {
  adaptiveCardAction,
  channelMessage,
  installationUpdate,
  membersAddedToTeam,
  type SimActivity,
} from '../../sim/teams/index.ts';
import {
  answeredCard,
  cardOf,
  eventually,
  sessionCardIn,
  sessionIdOf,
  sessionOf,
  type TeamsWorld,
  teamsWorld,
  textOf,
  threadOf,
  withCard,
} from './teams-test-kit.ts';

const streamInfo = (a: SimActivity) =>
  ((a.activity.entities ?? []) as Array<Record<string, unknown>>).find((e) => e.type === 'streaminfo');

describe('Teams adapter: chats, strangers, installs and throttling', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    w = await teamsWorld();
  });
  afterAll(() => w.close());
  beforeEach(() => w.connector.reset());

  it('streams the answer in a personal chat and keeps one session per chat', async () => {
    const message = w.personal('Wi-Fi says connected but there is no internet, IP is 169.254.10.4');
    expect((await w.send(message)).status).toBe(200);
    const chat = message.conversation.id;
    const final = await eventually(() =>
      w.connector
        .activities(chat)
        .find((a) => a.activity.type === 'message' && textOf(a).startsWith('Offline')),
    );
    expect(textOf(final)).toMatch(/Wi-Fi|DHCP|169\.254/i);
    // Teams streaming: an informative typing activity opens the stream, the final message closes it.
    const opened = w.connector.activities(chat).find((a) => streamInfo(a)?.streamType === 'informative');
    expect(opened?.activity.type).toBe('typing');
    expect(streamInfo(final)).toMatchObject({ streamType: 'final', streamId: opened?.id });
    const card = await eventually(() => sessionCardIn(w.connector.activities(chat)));
    const session = await sessionOf(w.engineer, sessionIdOf(card));
    expect(session.channel.ref).toEqual({ tenantId: w.tenantId, conversationId: chat, threadId: chat });

    // The next message is a turn of the same session; "new …" starts the chat's next one.
    await w.send(w.personal('Renewed the DHCP lease, still 169.254'));
    await eventually(
      async () => (await sessionOf(w.engineer, session.id)).stateVersion > session.stateVersion,
    );
    await w.send(w.personal('new Printer in room 4 prints blank pages'));
    const second = await eventually(() =>
      w.connector
        .activities(chat)
        .find((a) => a.id !== card.id && sessionCardIn([a]) && JSON.stringify(cardOf(a)).includes('Printer')),
    );
    const next = await sessionOf(w.engineer, sessionIdOf(second));
    expect(next.channel.ref).toEqual({
      tenantId: w.tenantId,
      conversationId: chat,
      threadId: chat,
      generation: '2',
    });
    await w.send(w.personal('It prints fine from the other PC'));
    await eventually(async () => (await sessionOf(w.engineer, next.id)).stateVersion > next.stateVersion);
  });

  it('answers status and help in a chat, and says how to start again once a problem is closed', async () => {
    const first = w.personal('Laptop fan is very loud during Teams calls', w.admin);
    await w.send(first);
    const chat = first.conversation.id;
    const card = await eventually(() => sessionCardIn(w.connector.activities(chat)));
    await w.send(w.personal('status', w.admin));
    await eventually(() =>
      w.connector.activities(chat).find((a) => /Your open sessions[\s\S]*Laptop fan/.test(textOf(a))),
    );
    await w.send(w.personal('help', w.admin));
    // Help ends with the trial countdown: a new account is on its 14-day Pro trial.
    await eventually(() =>
      w.connector
        .activities(chat)
        .find((a) => /\*\*techchannel\*\*[\s\S]*Pro trial: 14 days left/.test(textOf(a))),
    );

    // (Ada's own 1:1 chat: Erin's already has sessions from the test above.)
    // Resolve it from the card (invokes default to the personal chat), then write again.
    const preview = answeredCard(
      (await w.send(w.press(first, card, 'note.resolution.preview', {}, w.admin))).body,
    );
    const resolved = await w.send(
      w.press(first, withCard(card, preview), 'note.resolution.post', {}, w.admin),
    );
    expect(resolved.status).toBe(200);
    expect((await sessionOf(w.admin, sessionIdOf(card))).status).toBe('resolved_local');
    await w.send(w.personal('thanks, all good', w.admin));
    await eventually(() =>
      w.connector.activities(chat).find((a) => /That problem is closed/.test(textOf(a))),
    );
  });

  it('works in a group chat when mentioned, with a typing indicator', async () => {
    const message = w.group('Shared mailbox does not show up in Outlook for the new hire');
    await w.send(message);
    const answer = await eventually(() =>
      w.connector.activities(w.groupChatId).find((a) => textOf(a).startsWith('Offline assistant')),
    );
    expect(answer.history[0]?.text).toBe('Thinking…');
    expect(w.connector.calls.find((c) => (c.body as { type?: string })?.type === 'typing')).toBeDefined();
    expect(sessionCardIn(w.connector.activities(w.groupChatId))).toBeDefined();
  });

  it('waits out a 429 on the reply and still delivers it', async () => {
    const isPlaceholder = (c: { operation: string; body?: unknown }) =>
      c.operation === 'replyToActivity' && /Thinking/.test(JSON.stringify(c.body));
    w.connector.failNext(isPlaceholder, { status: 429, retryAfter: 1 });
    const post = w.post('OneDrive stuck on processing changes for everyone in accounts');
    const started = Date.now();
    await w.send(post);
    const answer = await eventually(
      () => threadOf(w, post.id).find((a) => textOf(a).startsWith('Offline assistant')),
      10_000,
    );
    expect(answer).toBeDefined();
    const attempts = w.connector.calls.filter(isPlaceholder).map((c) => c.response.status);
    expect(attempts).toEqual([429, 201]);
    // Retry-After: 1 was honoured before the second attempt.
    const [first, second] = w.connector.calls.filter(isPlaceholder);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('politely refuses a tenant that is not connected, and does nothing else', async () => {
    const post = channelMessage({
      serviceUrl: w.connector.url,
      from: w.engineer.teams,
      tenantId: randomUUID(),
      team: w.team,
      channel: w.channel,
      text: 'my printer is broken',
    });
    await w.send(post);
    const notice = await eventually(() => threadOf(w, post.id)[0]);
    expect(textOf(notice)).toMatch(/This Microsoft 365 tenant is not connected to ResolutionFlow/);
    await new Promise((r) => setTimeout(r, 200));
    expect(threadOf(w, post.id)).toHaveLength(1);
    // A card button from that tenant answers with the same words on an error card.
    const press = adaptiveCardAction({
      serviceUrl: w.connector.url,
      from: w.engineer.teams,
      tenantId: post.conversation.tenantId,
      verb: 'session.refresh',
      data: { s: randomUUID(), v: 1 },
    });
    expect(JSON.stringify(answeredCard((await w.send(press)).body))).toMatch(/not connected/);
  });

  it('politely refuses someone who is not a ResolutionFlow user, and starts nothing', async () => {
    const stranger = w.connector.addMember(w.team.id, {
      name: 'Sam Stranger',
      email: 'sam@elsewhere.example',
    });
    const post = w.post('my printer is broken');
    post.from = { id: stranger.id, name: stranger.name, aadObjectId: stranger.aadObjectId };
    await w.send(post);
    const notice = await eventually(() => threadOf(w, post.id)[0]);
    expect(textOf(notice)).toMatch(/ask your ResolutionFlow admin to invite you/i);
    await new Promise((r) => setTimeout(r, 200));
    expect(threadOf(w, post.id)).toHaveLength(1);
    expect(sessionCardIn(threadOf(w, post.id))).toBeUndefined();
  });

  it('remembers the conversation when the app is added to a team or installed personally', async () => {
    const general = { id: w.team.id, name: 'General' };
    const added = membersAddedToTeam({
      serviceUrl: w.connector.url,
      from: w.admin.teams,
      tenantId: w.tenantId,
      team: w.team,
      channel: general,
    });
    expect((await w.send(added)).status).toBe(200);
    const row = await eventually(() =>
      getTeamsConversation(w.account.owner, w.team.id).then((r) => r ?? undefined),
    );
    expect(row).toMatchObject({
      tenantId: w.tenantId,
      conversationType: 'channel',
      teamId: w.team.id,
      serviceUrl: w.connector.url,
    });
    const personal = installationUpdate({
      serviceUrl: w.connector.url,
      from: w.engineer.teams,
      tenantId: w.tenantId,
      scope: 'personal',
    });
    await w.send(personal);
    const mine = await eventually(() =>
      getTeamsConversation(w.account.owner, personal.conversation.id).then((r) => r ?? undefined),
    );
    expect(mine.conversationType).toBe('personal');
    // Installs say nothing.
    expect(w.connector.calls.filter((c) => c.method === 'POST')).toEqual([]);
  });
});
