import {
  ErrorCode,
  type WebAPIPlatformError,
  type WebAPIRateLimitedError,
  WebClient,
  WebClientEvent,
  type WebClientOptions,
} from '@slack/web-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SlackSimulator, startSlackSimulator } from './index.ts';
import { quietLogger as quiet, rejection } from './test-helpers.ts';

// The real @slack/web-api WebClient against the simulator: auth, errors, rate limits, messages.
// Fast retry policy so scripted failures cost milliseconds; the client still honours Retry-After.
const RETRY = { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20 };
const TS = /^\d{10}\.\d{6}$/;

let sim: SlackSimulator;
let channelId: string;

function client(token: string | null = sim.botToken, extra: WebClientOptions = {}) {
  return new WebClient(token ?? undefined, {
    slackApiUrl: sim.url,
    retryConfig: RETRY,
    logger: quiet,
    ...extra,
  });
}

beforeAll(async () => {
  sim = await startSlackSimulator();
  channelId = sim.addChannel({ name: 'helpdesk' }).id;
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

describe('auth and errors', () => {
  it('answers auth.test with the bot identity and reports token scopes', async () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
    const result = await client().auth.test();
    expect(result).toMatchObject({
      ok: true,
      url: 'https://sim-msp.slack.com/',
      team_id: sim.workspace.teamId,
      user_id: sim.workspace.botUserId,
      bot_id: sim.workspace.botId,
    });
    expect(result.response_metadata?.scopes).toContain('chat:write');
    expect(sim.calls[0]).toMatchObject({ method: 'auth.test', token: sim.botToken, httpMethod: 'POST' });
  });

  it('rejects unknown tokens with invalid_auth and missing ones with not_authed (HTTP 200)', async () => {
    const bad = await rejection(client('xoxb-not-a-real-token').auth.test());
    expect(bad).toBeInstanceOf(Error);
    expect(bad.code).toBe(ErrorCode.PlatformError);
    expect(bad.data?.error).toBe('invalid_auth');
    const none = await rejection(client(null).chat.postMessage({ channel: channelId, text: 'hi' }));
    expect(none.data?.error).toBe('not_authed');
    expect(sim.calls.map((c) => c.response.status)).toEqual([200, 200]);
    expect(sim.messages).toHaveLength(0);
  });

  it('answers unknown methods with unknown_method', async () => {
    const error = await rejection(client().apiCall('tickets.frobnicate', { id: 1 }));
    expect(error.data?.error).toBe('unknown_method');
  });

  it('accepts JSON bodies with a Bearer header; takes tokens from the header or a form POST field only', async () => {
    const post = (headers: Record<string, string>, body: unknown) =>
      fetch(`${sim.url}chat.postMessage`, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) =>
        r.json(),
      );
    const json = { 'content-type': 'application/json; charset=utf-8' };
    const ok = await post(
      { ...json, authorization: `Bearer ${sim.botToken}` },
      {
        channel: channelId,
        text: 'json body',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*json*' } }],
      },
    );
    expect(ok).toMatchObject({ ok: true, channel: channelId, message: { text: 'json body' } });
    expect(ok).not.toHaveProperty('warnings');
    const noCharset = await post(
      { 'content-type': 'application/json', authorization: `Bearer ${sim.botToken}` },
      { channel: channelId, text: 'no charset' },
    );
    expect(noCharset).toMatchObject({ ok: true, warnings: ['missing_charset'] });
    expect(await post(json, { channel: channelId, text: 'x', token: sim.botToken })).toEqual({
      ok: false,
      error: 'not_authed',
    });
    const broken = await fetch(`${sim.url}chat.postMessage`, {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${sim.botToken}` },
      body: '{not json',
    }).then((r) => r.json());
    expect(broken).toEqual({ ok: false, error: 'invalid_json' });
    const user = sim.addUser({ name: 'dana', email: 'dana@example.com' });
    const viaGet = await fetch(`${sim.url}users.info?user=${user.id}`, {
      headers: { authorization: `Bearer ${sim.botToken}` },
    }).then((r) => r.json());
    expect(viaGet).toMatchObject({ ok: true, user: { id: user.id } });
    // Tokens in the query string are refused for apps created since 2021.
    const queryToken = await fetch(`${sim.url}users.info?token=${sim.botToken}&user=${user.id}`).then((r) =>
      r.json(),
    );
    expect(queryToken).toEqual({ ok: false, error: 'not_authed' });
    const formToken = await fetch(`${sim.url}users.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: sim.botToken, user: user.id }).toString(),
    }).then((r) => r.json());
    expect(formToken).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it('surfaces scripted platform errors once, then recovers', async () => {
    sim.failNext('chat.postMessage', 'channel_not_found');
    const error = await rejection(client().chat.postMessage({ channel: channelId, text: 'first' }));
    expect(error).toBeInstanceOf(Error);
    expect((error as WebAPIPlatformError).data.error).toBe('channel_not_found');
    await expect(client().chat.postMessage({ channel: channelId, text: 'second' })).resolves.toMatchObject({
      ok: true,
    });
    expect(sim.messages.map((m) => m.text)).toEqual(['second']);
  });
});

describe('rate limiting (HTTP 429 + Retry-After)', () => {
  it('is retried by the WebClient after waiting Retry-After seconds, then succeeds', async () => {
    sim.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const web = client();
    const rateLimited: number[] = [];
    web.on(WebClientEvent.RATE_LIMITED, (retryAfter: number) => rateLimited.push(retryAfter));
    const started = Date.now();
    const result = await web.chat.postMessage({ channel: channelId, text: 'after the limit' });
    const elapsed = Date.now() - started;

    expect(result.ok).toBe(true);
    expect(rateLimited).toEqual([1]);
    // The retry policy alone would wait ~10-20 ms; the client slept for Retry-After (1 s).
    expect(elapsed).toBeGreaterThanOrEqual(950);
    const attempts = sim.calls.filter((c) => c.method === 'chat.postMessage');
    expect(attempts.map((c) => c.response.status)).toEqual([429, 200]);
    expect(attempts[0]?.response.body).toEqual({ ok: false, error: 'ratelimited' });
    expect(sim.messages).toHaveLength(1);
  });

  it('surfaces WebAPIRateLimitedError with retryAfter when rejectRateLimitedCalls is set', async () => {
    sim.failNext('chat.update', { status: 429, retryAfter: 7 });
    const error = await rejection(
      client(sim.botToken, { rejectRateLimitedCalls: true }).chat.update({
        channel: channelId,
        ts: '1.000000',
        text: 'x',
      }),
    );
    expect(error.code).toBe(ErrorCode.RateLimitedError);
    expect((error as WebAPIRateLimitedError).retryAfter).toBe(7);
  });
});

describe('messages, threads and updates', () => {
  it('posts, threads, updates and reads back a thread', async () => {
    const web = client();
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Printer offline* at HQ' } }];
    const root = await web.chat.postMessage({ channel: channelId, text: 'Printer offline', blocks });
    expect(root).toMatchObject({
      ok: true,
      channel: channelId,
      message: { text: 'Printer offline', blocks },
    });
    expect(root.ts).toMatch(TS);
    expect(root.message?.bot_id).toBe(sim.workspace.botId);

    const reply = await web.chat.postMessage({
      channel: channelId,
      text: 'Step 1: restart spooler',
      thread_ts: root.ts,
    });
    expect(reply.message).toMatchObject({ thread_ts: root.ts, parent_user_id: sim.workspace.botUserId });
    expect(Number(reply.ts)).toBeGreaterThan(Number(root.ts));

    const updated = await web.chat.update({
      channel: channelId,
      ts: root.ts as string,
      text: 'Printer offline (resolved)',
    });
    expect(updated).toMatchObject({ ok: true, ts: root.ts, text: 'Printer offline (resolved)' });

    const [parent, child] = sim.messages;
    expect(parent).toMatchObject({
      text: 'Printer offline (resolved)',
      blocks,
      reply_count: 1,
      thread_ts: root.ts,
    });
    expect(parent?.history).toEqual([{ text: 'Printer offline', blocks, replacedAt: parent?.edited?.ts }]);
    expect(child).toMatchObject({ thread_ts: root.ts, text: 'Step 1: restart spooler' });

    const thread = await web.conversations.replies({ channel: channelId, ts: root.ts as string });
    expect(thread.messages?.map((m) => m.text)).toEqual([
      'Printer offline (resolved)',
      'Step 1: restart spooler',
    ]);
    expect(thread.messages?.[0]).toMatchObject({ reply_count: 1, latest_reply: reply.ts });

    const link = await web.chat.getPermalink({ channel: channelId, message_ts: reply.ts as string });
    expect(link.permalink).toBe(
      `https://sim-msp.slack.com/archives/${channelId}/p${(reply.ts as string).replace('.', '')}?thread_ts=${root.ts}&cid=${channelId}`,
    );
  });

  it('rejects chat.update of an unknown ts with message_not_found as a platform error', async () => {
    const error = await rejection(
      client().chat.update({ channel: channelId, ts: '1700000000.000001', text: 'nope' }),
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(ErrorCode.PlatformError);
    expect(error.data?.error).toBe('message_not_found');
    expect(sim.calls.at(-1)?.response).toEqual({
      status: 200,
      body: { ok: false, error: 'message_not_found' },
    });
  });

  it('validates blocks and content', async () => {
    const web = client();
    const bad = await rejection(
      web.chat.postMessage({ channel: channelId, text: 'x', blocks: [{ text: 'no type' }] as never }),
    );
    expect(bad.data?.error).toBe('invalid_blocks');
    const notJson = await rejection(
      web.apiCall('chat.postMessage', { channel: channelId, blocks: '[{oops' }),
    );
    expect(notJson.data?.error).toBe('invalid_blocks_format');
    const tooMany = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    expect(
      (await rejection(web.chat.postMessage({ channel: channelId, text: 'x', blocks: tooMany }))).data?.error,
    ).toBe('invalid_blocks');
    expect((await rejection(web.apiCall('chat.postMessage', { channel: channelId }))).data?.error).toBe(
      'no_text',
    );
    expect((await rejection(web.chat.postMessage({ channel: 'C0NOTHERE00', text: 'x' }))).data?.error).toBe(
      'channel_not_found',
    );
    expect(sim.messages).toHaveLength(0);
    // Recorded args are decoded: blocks arrive form-encoded as a JSON string.
    expect(sim.calls[0]?.args.blocks).toEqual([{ text: 'no type' }]);
    expect(sim.calls[0]?.contentType).toBe('application/x-www-form-urlencoded');
  });

  it('posts to a user id in the app DM, sends ephemerals and reports channels', async () => {
    const web = client();
    const user = sim.addUser({ name: 'tech1', email: 'tech1@msp.example' });
    const dm = await web.chat.postMessage({ channel: user.id, text: 'Your ticket was updated' });
    expect(dm.channel).toMatch(/^D[A-Z0-9]{10}$/);
    expect(dm.channel).toBe(sim.openIm(user.id).id);

    const eph = await web.chat.postEphemeral({
      channel: channelId,
      user: user.id,
      text: 'Only you can see this',
    });
    expect(eph.message_ts).toMatch(TS);
    expect(sim.ephemerals).toEqual([
      { channel: channelId, user: user.id, message_ts: eph.message_ts, text: 'Only you can see this' },
    ]);
    expect(
      (await rejection(web.chat.postEphemeral({ channel: channelId, user: 'U0GHOST', text: 'x' }))).data
        ?.error,
    ).toBe('user_not_in_channel');

    const info = await web.conversations.info({ channel: channelId });
    expect(info.channel).toMatchObject({ id: channelId, name: 'helpdesk', is_channel: true, is_im: false });
    const im = await web.conversations.info({ channel: dm.channel as string });
    expect(im.channel).toMatchObject({ is_im: true, user: user.id });
    await expect(
      web.assistant.threads.setStatus({
        channel_id: dm.channel as string,
        thread_ts: dm.ts as string,
        status: 'is thinking...',
      }),
    ).resolves.toMatchObject({ ok: true });
  });
});
