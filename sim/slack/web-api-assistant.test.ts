import { type WebAPIRateLimitedError, WebClient, type WebClientOptions } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, webDefinitionValidator } from './contract-schemas.ts';
import { type SlackSimulator, STREAM_LIFETIME_MS, startSlackSimulator } from './index.ts';
import { quietLogger as quiet, rejection } from './test-helpers.ts';

// The real @slack/web-api client (its chat.*Stream methods and its ChatStreamer helper) against the
// simulator's AI-app methods. Shapes and error codes follow the method pages on docs.slack.dev.
const RETRY = { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20 };

let sim: SlackSimulator;
let channel: string;
let user: string;
let clock = Date.now();

function client(token = sim.botToken, extra: WebClientOptions = {}) {
  return new WebClient(token, { slackApiUrl: sim.url, retryConfig: RETRY, logger: quiet, ...extra });
}

beforeAll(async () => {
  sim = await startSlackSimulator({ now: () => clock });
  channel = sim.addChannel({ name: 'helpdesk' }).id;
  user = sim.addUser({ name: 'erin' }).id;
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

/** Who a stream in a channel is shown to while it runs (required there). */
const recipient = () => ({ recipient_team_id: sim.workspace.teamId, recipient_user_id: user });

async function thread(web: WebClient) {
  const root = await web.chat.postMessage({ channel, text: 'Outlook keeps asking for a password' });
  return root.ts as string;
}

describe('chat.startStream / appendStream / stopStream', () => {
  it('grows one thread reply and finalizes it with blocks at the bottom', async () => {
    const web = client();
    const threadTs = await thread(web);
    const started = await web.chat.startStream({
      channel,
      thread_ts: threadTs,
      markdown_text: 'Check the **credential**',
      ...recipient(),
    });
    expect(started).toMatchObject({ ok: true, channel, ts: expect.stringMatching(/^\d{10}\.\d{6}$/) });
    const ts = started.ts as string;
    await web.chat.appendStream({ channel, ts, markdown_text: ' manager first.' });
    await web.chat.appendStream({
      channel,
      ts,
      chunks: [{ type: 'task_update', id: 'kb', title: 'Searched the knowledge base', status: 'complete' }],
    });
    const feedback = { type: 'context_actions', elements: [{ type: 'feedback_buttons' }] };
    const stopped = await web.chat.stopStream({
      channel,
      ts,
      markdown_text: ' Then retry.',
      blocks: [feedback],
    });
    expect(stopped).toMatchObject({
      ok: true,
      channel,
      ts,
      message: { type: 'message', ts, thread_ts: threadTs, streaming_state: 'completed' },
    });
    // The finalized message is an ordinary message object (the 2020 spec's objs_message), plus
    // the newer `streaming_state` that spec predates.
    const { streaming_state: _state, ...wire } = stopped.message as Record<string, unknown>;
    const validate = webDefinitionValidator('objs_message');
    validate(wire);
    expect(errorsOf(validate)).toEqual([]);
    const message = sim.messages.find((m) => m.ts === ts);
    expect(message).toMatchObject({
      text: 'Check the **credential** manager first. Then retry.',
      thread_ts: threadTs,
      streaming_state: 'completed',
      recipient: { teamId: sim.workspace.teamId, userId: user },
      blocks: [feedback],
      tasks: [{ id: 'kb', title: 'Searched the knowledge base', status: 'complete' }],
    });
    expect(message?.history.map((h) => h.text)).toEqual([
      'Check the **credential**',
      'Check the **credential** manager first.',
      'Check the **credential** manager first.',
    ]);
    expect(sim.messages.find((m) => m.ts === threadTs)?.reply_count).toBe(1);
    // A finished stream takes no more text.
    expect((await rejection(web.chat.appendStream({ channel, ts, markdown_text: 'late' }))).data?.error).toBe(
      'message_not_in_streaming_state',
    );
  });

  it("works through @slack/web-api's chatStream() helper (buffered appends)", async () => {
    const web = client();
    const threadTs = await thread(web);
    const streamer = web.chatStream({
      channel,
      thread_ts: threadTs,
      ...recipient(),
      buffer_size: 8,
    });
    await streamer.append({ markdown_text: 'Restart ' });
    await streamer.append({ markdown_text: 'the spooler.' });
    await streamer.stop();
    const methods = sim.calls.filter((c) => c.method.endsWith('Stream')).map((c) => c.method);
    expect(methods).toEqual(['chat.startStream', 'chat.appendStream', 'chat.stopStream']);
    expect(sim.messages.find((m) => m.ts === streamer.ts)?.text).toBe('Restart the spooler.');
  });

  it('refuses what Slack refuses', async () => {
    const web = client();
    const threadTs = await thread(web);
    const code = async (p: Promise<unknown>) => (await rejection(p)).data?.error;
    // In a channel the recipient is required; in a DM it is not.
    expect(await code(web.chat.startStream({ channel, thread_ts: threadTs, markdown_text: 'x' }))).toBe(
      'missing_recipient_team_id',
    );
    expect(
      await code(
        web.chat.startStream({
          channel,
          thread_ts: threadTs,
          markdown_text: 'x',
          recipient_team_id: sim.workspace.teamId,
        }),
      ),
    ).toBe('missing_recipient_user_id');
    const im = sim.openIm(user);
    const dmRoot = await web.chat.postMessage({ channel: im.id, text: 'hi' });
    await expect(
      web.chat.startStream({ channel: im.id, thread_ts: dmRoot.ts as string, markdown_text: 'ok' }),
    ).resolves.toMatchObject({ ok: true });
    expect(
      await code(
        web.chat.startStream({
          channel: 'C0NOPE0000',
          thread_ts: threadTs,
          markdown_text: 'x',
          ...recipient(),
        }),
      ),
    ).toBe('channel_not_found');
    expect(
      await code(
        web.chat.startStream({
          channel,
          thread_ts: threadTs,
          markdown_text: 'x'.repeat(12_001),
          ...recipient(),
        }),
      ),
    ).toBe('msg_too_long');
    expect(
      await code(
        web.chat.startStream({
          channel,
          thread_ts: threadTs,
          ...recipient(),
          chunks: [{ type: 'sparkles', text: 'x' } as never],
        }),
      ),
    ).toBe('invalid_chunks');
    expect(await code(web.chat.appendStream({ channel, ts: '1700000000.000001', markdown_text: 'x' }))).toBe(
      'message_not_found',
    );
    // A message posted normally is not a stream.
    expect(await code(web.chat.appendStream({ channel, ts: threadTs, markdown_text: 'x' }))).toBe(
      'message_not_in_streaming_state',
    );
    const nothing = await rejection(
      web.chat
        .startStream({ channel, thread_ts: threadTs, markdown_text: 'a', ...recipient() })
        .then((s) => web.chat.appendStream({ channel, ts: s.ts as string, chunks: [] })),
    );
    expect(nothing.data).toMatchObject({ error: 'invalid_arguments' });
  });

  it('ends a stream about five minutes after it started', async () => {
    const web = client();
    const threadTs = await thread(web);
    const started = await web.chat.startStream({
      channel,
      thread_ts: threadTs,
      markdown_text: 'Working',
      ...recipient(),
    });
    clock += STREAM_LIFETIME_MS + 1_000;
    const error = await rejection(web.chat.stopStream({ channel, ts: started.ts as string }));
    expect(error.data?.error).toBe('message_not_in_streaming_state');
  });

  it('answers unknown_method where the workspace lacks streaming, and 429 + Retry-After when rate limited', async () => {
    const old = await startSlackSimulator({ unavailableMethods: ['chat.startStream'] });
    try {
      const web = new WebClient(old.botToken, {
        slackApiUrl: old.url,
        logger: quiet,
        retryConfig: { retries: 0 },
      });
      const ch = old.addChannel({ name: 'general' }).id;
      const error = await rejection(
        web.chat.startStream({ channel: ch, thread_ts: '1700000000.000001', markdown_text: 'x' }),
      );
      expect(error.data).toMatchObject({
        ok: false,
        error: 'unknown_method',
        req_method: 'chat.startStream',
      });
    } finally {
      await old.close();
    }
    sim.failNext('chat.appendStream', { status: 429, retryAfter: 7 });
    const web = client(sim.botToken, { rejectRateLimitedCalls: true });
    const threadTs = await thread(web);
    const started = await web.chat.startStream({
      channel,
      thread_ts: threadTs,
      markdown_text: 'a',
      ...recipient(),
    });
    const limited = (await rejection(
      web.chat.appendStream({ channel, ts: started.ts as string, markdown_text: 'b' }),
    )) as WebAPIRateLimitedError;
    expect(limited.code).toBe('slack_webapi_rate_limited_error');
    expect(limited.retryAfter).toBe(7);
  });

  it('needs chat:write', async () => {
    const limited = await startSlackSimulator({ scope: 'commands' });
    try {
      const web = new WebClient(limited.botToken, { slackApiUrl: limited.url, logger: quiet });
      const ch = limited.addChannel({ name: 'general' }).id;
      const error = await rejection(
        web.chat.startStream({ channel: ch, thread_ts: '1700000000.000001', markdown_text: 'x' }),
      );
      expect(error.data).toMatchObject({
        error: 'missing_scope',
        needed: 'chat:write',
        provided: 'commands',
      });
    } finally {
      await limited.close();
    }
  });
});

describe('assistant.threads.*', () => {
  it('sets and clears a thread status; replying in the thread clears it too', async () => {
    const web = client();
    const threadTs = await thread(web);
    await web.assistant.threads.setStatus({
      channel_id: channel,
      thread_ts: threadTs,
      status: 'is thinking…',
      loading_messages: ['Reading the ticket…', 'Searching the knowledge base…'],
    });
    expect(sim.threadStatus(channel, threadTs)).toBe('is thinking…');
    await web.assistant.threads.setStatus({ channel_id: channel, thread_ts: threadTs, status: '' });
    expect(sim.threadStatus(channel, threadTs)).toBe('');
    await web.assistant.threads.setStatus({ channel_id: channel, thread_ts: threadTs, status: 'is typing…' });
    await web.chat.startStream({
      channel,
      thread_ts: threadTs,
      markdown_text: 'Here',
      ...recipient(),
    });
    expect(sim.threadStatus(channel, threadTs)).toBe('');
    expect(
      sim.threadEvents.map((e) => (e.method === 'assistant.threads.setStatus' ? e.status : e.method)),
    ).toEqual(['is thinking…', '', 'is typing…']);
    expect(sim.threadEvents[0]).toMatchObject({
      loadingMessages: ['Reading the ticket…', 'Searching the knowledge base…'],
    });
  });

  it('validates a status', async () => {
    const web = client();
    const threadTs = await thread(web);
    const code = async (p: Promise<unknown>) => (await rejection(p)).data?.error;
    expect(
      await code(
        web.assistant.threads.setStatus({ channel_id: 'C0NOPE0000', thread_ts: threadTs, status: 'x' }),
      ),
    ).toBe('channel_not_found');
    expect(
      await code(web.assistant.threads.setStatus({ channel_id: channel, thread_ts: '1.2', status: 'x' })),
    ).toBe('invalid_thread_ts');
    expect(
      await code(
        web.assistant.threads.setStatus({
          channel_id: channel,
          thread_ts: threadTs,
          status: 'x',
          loading_messages: Array.from({ length: 11 }, (_, i) => `m${i}`),
        }),
      ),
    ).toBe('invalid_arguments');
    // setSuggestedPrompts and setTitle: assistant-threads.test.ts.
  });
});
