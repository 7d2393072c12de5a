import { WebClient } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, eventWrapperValidator } from './contract-schemas.ts';
import { newBotToken } from './ids.ts';
import {
  assistantThreadContextChangedEvent,
  assistantThreadStartedEvent,
  channelContext,
  type SlackSimulator,
  startSlackSimulator,
} from './index.ts';
import { quietLogger, rejection } from './test-helpers.ts';

// The real @slack/web-api WebClient against the simulator's assistant-thread methods.
let sim: SlackSimulator;
let userId: string;

const client = (token = sim.botToken) =>
  new WebClient(token, {
    slackApiUrl: sim.url,
    logger: quietLogger,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });

beforeAll(async () => {
  const token = newBotToken();
  sim = await startSlackSimulator({ tokens: [token] });
  userId = sim.addUser({ name: 'erin' }).id;
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

const PROMPTS = [
  { title: 'Diagnose a ticket', message: 'Diagnose a ticket' },
  { title: 'Find a script', message: 'Find a script' },
];

describe('assistant.threads.setSuggestedPrompts and setTitle', () => {
  it('records prompts and a title on a thread the user opened', async () => {
    const thread = sim.assistant.start(userId);
    expect(thread.channel).toMatch(/^D/);
    const web = client();
    await expect(
      web.assistant.threads.setSuggestedPrompts({
        channel_id: thread.channel,
        thread_ts: thread.threadTs,
        title: 'Try one of these',
        prompts: PROMPTS,
      }),
    ).resolves.toMatchObject({ ok: true });
    await web.assistant.threads.setTitle({
      channel_id: thread.channel,
      thread_ts: thread.threadTs,
      title: 'Outlook asks for a password',
    });
    expect(sim.assistant.thread(thread.channel, thread.threadTs)).toEqual({
      channel: thread.channel,
      threadTs: thread.threadTs,
      userId,
      title: 'Outlook asks for a password',
      prompts: { title: 'Try one of these', prompts: PROMPTS },
    });
    // The WebClient sends `prompts` JSON-encoded in a form body; the simulator decodes it as Slack does.
    const call = sim.calls.find((c) => c.method === 'assistant.threads.setSuggestedPrompts');
    expect(call?.contentType).toMatch(/x-www-form-urlencoded/);
  });

  it('refuses what Slack refuses, and changes nothing', async () => {
    const thread = sim.assistant.start(userId);
    const channel = sim.addChannel({ name: 'general' });
    const web = client();
    const error = async (p: Promise<unknown>) => (await rejection(p)).data;
    // Not a DM with the app.
    expect(
      await error(web.assistant.threads.setTitle({ channel_id: channel.id, thread_ts: '1.2', title: 'x' })),
    ).toMatchObject({ error: 'channel_not_found', detail: 'Invalid channel_id' });
    // No such thread root.
    expect(
      await error(
        web.assistant.threads.setTitle({
          channel_id: thread.channel,
          thread_ts: '1700000000.000001',
          title: 'x',
        }),
      ),
    ).toMatchObject({ error: 'invalid_thread_ts' });
    expect(
      await error(
        web.assistant.threads.setTitle({ channel_id: thread.channel, thread_ts: thread.threadTs, title: '' }),
      ),
    ).toMatchObject({ error: 'invalid_arguments' });
    // More than four prompts, or a prompt without its message.
    const five = Array.from({ length: 5 }, (_, i) => ({ title: `P${i}`, message: `m${i}` }));
    expect(
      await error(
        web.assistant.threads.setSuggestedPrompts({
          channel_id: thread.channel,
          thread_ts: thread.threadTs,
          prompts: five,
        }),
      ),
    ).toMatchObject({ error: 'invalid_arguments' });
    expect(
      await error(
        web.assistant.threads.setSuggestedPrompts({
          channel_id: thread.channel,
          thread_ts: thread.threadTs,
          prompts: [{ title: 'No message' } as { title: string; message: string }],
        }),
      ),
    ).toMatchObject({
      error: 'invalid_arguments',
      response_metadata: { messages: ['[ERROR] missing required field: message [json-pointer:/prompts/0]'] },
    });
    expect(sim.assistant.thread(thread.channel, thread.threadTs)).toEqual({
      channel: thread.channel,
      threadTs: thread.threadTs,
      userId,
    });
  });

  it('answers missing_scope to an install without assistant:write, and 429 when rate limited', async () => {
    const thread = sim.assistant.start(userId);
    const code = sim.issueOAuthCode({ scope: 'chat:write,im:history' });
    const granted = await client().oauth.v2.access({ code, client_id: 'cid', client_secret: 'secret' });
    const old = client(granted.access_token as string);
    const denied = await rejection(
      old.assistant.threads.setTitle({ channel_id: thread.channel, thread_ts: thread.threadTs, title: 'x' }),
    );
    expect(denied.data).toMatchObject({
      error: 'missing_scope',
      needed: 'assistant:write',
      provided: 'chat:write,im:history',
    });
    sim.failNext('assistant.threads.setSuggestedPrompts', { status: 429, retryAfter: 1 });
    const limited = await rejection(
      client().assistant.threads.setSuggestedPrompts({
        channel_id: thread.channel,
        thread_ts: thread.threadTs,
        prompts: PROMPTS,
      }),
    );
    expect(limited.code).toBe('slack_webapi_rate_limited_error');
  });
});

describe('assistant_thread_* events', () => {
  it("are Events API envelopes per Slack's wrapper schema, with the documented assistant_thread", () => {
    const validate = eventWrapperValidator();
    const thread = { user: 'U0TECH00001', channel: 'D0TECHDM001', threadTs: '1729999327.187299' };
    for (const request of [
      assistantThreadStartedEvent({ ...thread, context: channelContext('C0HELPDESK1') }),
      assistantThreadContextChangedEvent(thread),
    ]) {
      expect(request.contentType).toBe('application/json');
      const wire = JSON.parse(request.body) as { event: Record<string, unknown> };
      expect(validate(wire), errorsOf(validate).join('\n')).toBe(true);
      expect(wire.event.assistant_thread).toMatchObject({
        user_id: 'U0TECH00001',
        channel_id: 'D0TECHDM001',
        thread_ts: '1729999327.187299',
      });
      expect(wire.event.event_ts).toMatch(/^\d+\.\d+$/);
    }
  });
});
