import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMrkdwn, slackChatText } from '../../cards/index.ts';
import { createOfflineEngine } from '../../core/engine/offline/index.ts';
import { findSessionByChannel, getTranscript } from '../../core/sessions/index.ts';
import { DEFAULT_BOT_SCOPE, type SimMessage } from '../../sim/slack/index.ts';
import { pacedEngine } from '../../test/paced-engine.ts';
import { FIRST_POST_TEXT } from './first-post.ts';
import { eventually, type SlackWorld, slackWorld } from './slack-test-kit.ts';

// An install that granted assistant:write gets Slack's AI-app surface: a thread status while the
// model works, the answer streamed into one reply, feedback buttons at its bottom. A simulated
// model writes the offline answer in pieces a few hundred ms apart so appends really happen.
const WITH_ASSISTANT = `${DEFAULT_BOT_SCOPE},assistant:write`;

type Feedback = { type: string; elements?: Array<{ positive_button?: { value: string } }> };

function feedbackTurnId(message: SimMessage | undefined): string | undefined {
  const footer = (message?.blocks as Feedback[] | undefined)?.find((b) => b.type === 'context_actions');
  return footer?.elements?.[0]?.positive_button?.value.replace(/^helpful:/, '');
}

describe('Slack answers through the native AI-app surface (real Bolt, real server, Slack simulator)', () => {
  let w: SlackWorld;
  const failing = { on: false };

  beforeAll(async () => {
    const paced = pacedEngine(createOfflineEngine(), { firstTokenMs: 50, chunkMs: 400, chunks: 4 });
    const broken = pacedEngine(createOfflineEngine(), {
      firstTokenMs: 50,
      chunkMs: 50,
      chunks: 4,
      failAfter: 2,
    });
    w = await slackWorld(
      {},
      {
        sim: { scope: WITH_ASSISTANT },
        diagnosis: {
          engine: {
            name: 'offline',
            synthesizeNote: (input) => paced.synthesizeNote(input),
            runTurn: (input, options) => (failing.on ? broken : paced).runTurn(input, options),
          },
        },
      },
    );
  });
  afterAll(() => w.close());

  const callsIn = (threadTs: string) =>
    w.sim.calls.filter(
      (c) =>
        c.args.thread_ts === threadTs ||
        (typeof c.args.ts === 'string' && w.threadMessages(threadTs).some((m) => m.ts === c.args.ts)),
    );

  async function mention(text: string) {
    return (await w.mention(w.engineerSlackId, text)).threadTs;
  }

  const answered = (threadTs: string) =>
    eventually(
      () =>
        w.threadMessages(threadTs).find((m) => m.text.startsWith('Offline assistant') && feedbackTurnId(m)),
      15_000,
    );

  it('shows a status, streams the answer into one reply, ends it with feedback buttons and clears the status', async () => {
    const threadTs = await mention(
      'Outlook keeps asking for the password on the reception PC since this morning',
    );
    const answer = await answered(threadTs);
    await eventually(
      () =>
        w.sim.threadStatus(w.channel, threadTs) === '' &&
        callsIn(threadTs).some((c) => c.method === 'assistant.threads.setStatus' && c.args.status === ''),
    );

    const calls = callsIn(threadTs).filter(
      (c) => c.method.endsWith('Stream') || c.method === 'assistant.threads.setStatus',
    );
    const isStatus = (c: (typeof calls)[number], status: string) =>
      c.method === 'assistant.threads.setStatus' && c.args.status === status;
    // Until the answer starts, the thread status is the only sign of work (shown right after the
    // ack by the inbox, kept by the reply): no status line, no placeholder.
    const started = calls.findIndex((c) => c.method === 'chat.startStream');
    expect(started).toBeGreaterThan(0);
    expect(calls.slice(0, started).every((c) => isStatus(c, 'is thinking…'))).toBe(true);
    expect(calls.map((c) => c.method)).toContain('chat.appendStream');
    // After the stream stops, the status is only cleared.
    const after = calls.slice(calls.findIndex((c) => c.method === 'chat.stopStream') + 1);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((c) => isStatus(c, ''))).toBe(true);
    expect(w.sim.calls.some((c) => c.method === 'chat.postMessage' && c.args.text === FIRST_POST_TEXT)).toBe(
      false,
    );
    const status = w.sim.threadEvents.find((e) => e.threadTs === threadTs);
    expect(status).toMatchObject({
      status: 'is thinking…',
      loadingMessages: expect.arrayContaining([expect.any(String)]),
    });

    // One reply, streamed to the person who asked, never a "Thinking…" placeholder.
    expect(answer.streaming_state).toBe('completed');
    expect(answer.recipient).toEqual({ teamId: w.workspace.teamId, userId: w.engineerSlackId });
    expect(
      w
        .threadMessages(threadTs)
        .filter((m) => /Thinking/.test(m.text) || m.history.some((h) => /Thinking/.test(h.text))),
    ).toEqual([]);
    expect(answer.history.length).toBeGreaterThan(1);
    const start = callsIn(threadTs).find((c) => c.method === 'chat.startStream');
    expect(start?.args).toMatchObject({
      channel: w.channel,
      recipient_team_id: w.workspace.teamId,
      recipient_user_id: w.engineerSlackId,
    });

    // The feedback buttons name the answer that was saved.
    const sessionId = await eventually(async () => {
      return (
        await findSessionByChannel(w.engineer, {
          kind: 'slack',
          ref: { teamId: w.workspace.teamId, channel: w.channel, threadTs },
        })
      )?.id;
    });
    const transcript = await getTranscript({ ctx: w.engineer, sessionId });
    expect(feedbackTurnId(answer)).toBe(transcript.at(-1)?.id);
    expect(answer.text.replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&')).toBe(
      transcript.at(-1)?.text,
    );
  });

  it('falls back to post-and-update at once when the stream is rate limited, and still adds the feedback buttons', async () => {
    w.sim.failNext('chat.startStream', { status: 429, retryAfter: 30 });
    const started = Date.now();
    const threadTs = await mention('Teams calls drop after five minutes on the office wifi');
    const answer = await answered(threadTs);
    // Not the 30 s Retry-After: the stream was given up, not waited for.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(answer.streaming_state).toBeUndefined();
    expect(answer.edited).toBeDefined();
    const methods = callsIn(threadTs).map((c) => `${c.method}:${c.response.status}`);
    expect(methods).toContain('chat.startStream:429');
    expect(
      methods.filter((m) => m.startsWith('chat.appendStream') || m.startsWith('chat.stopStream')),
    ).toEqual([]);
    await eventually(() => w.sim.threadStatus(w.channel, threadTs) === '');
  });

  it('clears the status and says why when the model fails half way through', async () => {
    failing.on = true;
    try {
      const threadTs = await mention('Printer offline on the second floor');
      const answer = await eventually(
        () =>
          w.threadMessages(threadTs).find((m) => m.streaming_state === 'completed' && /busy/i.test(m.text)),
        15_000,
      );
      expect(answer.text.startsWith('Offline assistant')).toBe(true);
      // An error is not an answer: nothing to rate.
      expect(feedbackTurnId(answer)).toBeUndefined();
      await eventually(
        () =>
          w.sim.threadStatus(w.channel, threadTs) === '' &&
          callsIn(threadTs).some((c) => c.method === 'assistant.threads.setStatus' && c.args.status === ''),
      );
    } finally {
      failing.on = false;
    }
  });

  it('keeps text through a rate-limited append, and rewrites the answer when Slack refuses the stop', async () => {
    w.sim.failNext('chat.appendStream', { status: 429, retryAfter: 1 });
    w.sim.failNext('chat.stopStream', 'message_not_in_streaming_state');
    const threadTs = await mention('Laptop fan is very loud during Teams calls');
    const answer = await eventually(
      () => w.threadMessages(threadTs).find((m) => m.edited && feedbackTurnId(m)),
      15_000,
    );
    const methods = callsIn(threadTs).map(
      (c) => `${c.method}:${c.response.status}:${c.response.body.error ?? 'ok'}`,
    );
    expect(methods).toContain('chat.appendStream:429:ratelimited');
    expect(methods).toContain('chat.stopStream:200:message_not_in_streaming_state');
    // Nothing the model wrote was lost on the way: the final edit holds the whole answer.
    const sessionId = await eventually(
      async () =>
        (
          await findSessionByChannel(w.engineer, {
            kind: 'slack',
            ref: { teamId: w.workspace.teamId, channel: w.channel, threadTs },
          })
        )?.id,
    );
    const transcript = await getTranscript({ ctx: w.engineer, sessionId });
    // (rewritten as the post-and-update answer is: mrkdwn, escaped)
    expect(answer.text).toBe(escapeMrkdwn(slackChatText(transcript.at(-1)?.text ?? '')));
    await eventually(() => w.sim.threadStatus(w.channel, threadTs) === '');
  });

  it('after Slack says the workspace cannot stream, answers there use the placeholder and updates', async () => {
    w.sim.failNext('chat.startStream', 'unknown_method');
    const first = await mention('VPN disconnects every hour for the accounting team');
    const fallback = await answered(first);
    expect(fallback.streaming_state).toBeUndefined();
    expect(callsIn(first).map((c) => c.method)).toContain('chat.startStream');

    const second = await mention('Shared mailbox not showing in Outlook for the new hire');
    const answer = await answered(second);
    const methods = callsIn(second).map((c) => c.method);
    expect(methods).not.toContain('chat.startStream');
    expect(methods).not.toContain('assistant.threads.setStatus');
    // Today's post-and-update: the placeholder first, edited into the answer.
    expect(answer.history[0]?.text).toMatch(/Thinking/);
  });
});
