import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import { appMentionEvent, type SimMessage, type SlackSimulator, sendSigned } from '../../sim/slack/index.ts';

/** Shared by the chat benches: the bare-Bolt baseline, a mention burst, and what the bot posted. */

export const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/** Where the bare app would call Slack: the simulator, or its address from another process. */
export type SlackEndpoint = Pick<SlackSimulator, 'url' | 'botToken'> & { workspace: { botUserId: string } };

/** The baseline: the same Bolt version and receiver, answering nothing. */
export async function startBareBolt(sim: SlackEndpoint, secret: string) {
  const router = express.Router();
  const receiver = new ExpressReceiver({ signingSecret: secret, endpoints: '/slack/events', router });
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: sim.botToken, botUserId: sim.workspace.botUserId }),
    clientOptions: { slackApiUrl: sim.url },
  });
  app.message(async () => {});
  app.event('app_mention', async () => {});
  const http = express().use(router).listen(0, '127.0.0.1');
  await new Promise((r) => http.once('listening', r));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => http.close(() => r())),
  };
}

/** Message ts, unique within this process (the builders' default can collide within a millisecond). */
let lastMicros = 0;
function uniqueTs(): string {
  let micros = Date.now() * 1000;
  if (micros <= lastMicros) micros = lastMicros + 1;
  lastMicros = micros;
  return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
}

export interface MentionResult {
  threadTs: string;
  eventId: string;
  sentAt: number;
  ackMs: number;
  status: number;
}

/**
 * Sends `count` @mentions, each starting its own thread, `concurrency` at a time as fast as the
 * acks come back. A 5xx or a network error is retried like Slack does (same event id, retry header).
 */
export async function mentionBurst(options: {
  url: () => string;
  sim: SlackSimulator;
  secret: string;
  channel: string;
  user: string;
  count: number;
  concurrency: number;
  label: string;
  /** Milliseconds between sends per sender (0 = as fast as acks allow). */
  paceMs?: number;
}): Promise<MentionResult[]> {
  const results: MentionResult[] = [];
  let next = 0;
  const sender = async () => {
    while (next < options.count) {
      const i = next++;
      const request = appMentionEvent({
        channel: options.channel,
        user: options.user,
        text: `<@${options.sim.workspace.botUserId}> ${options.label} ${i}: Outlook keeps asking for a password on one laptop`,
        workspace: { teamId: options.sim.workspace.teamId },
        ts: uniqueTs(),
      });
      const threadTs = (request.payload.event as { ts: string }).ts;
      const eventId = request.payload.event_id as string;
      const sentAt = performance.now();
      let status = 0;
      let ackMs = 0;
      for (let attempt = 0; attempt < 4; attempt++) {
        const started = performance.now();
        try {
          const res = await sendSigned(`${options.url()}/slack/events`, request, {
            secret: options.secret,
            ...(attempt > 0 ? { retryNum: attempt } : {}),
          });
          status = res.status;
        } catch {
          status = 0;
        }
        ackMs = performance.now() - started;
        if (status === 200) break;
        await new Promise((r) => setTimeout(r, 250 * (attempt + 1)));
      }
      results.push({ threadTs, eventId, sentAt, ackMs, status });
      if (options.paceMs) await new Promise((r) => setTimeout(r, options.paceMs));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, sender));
  return results;
}

/** The offline engine's answer: what `npm start` without a key posts. */
export const isOfflineAnswer = (text: string) => text.startsWith('Offline assistant');

/**
 * Watches the simulator: when each thread got its first sign of work (a bot post, or a thread
 * status where answers are native) and its answer, and duplicates.
 */
export function watchThreads(
  sim: SlackSimulator,
  threads: () => Iterable<string>,
  /** Which bot post is the answer; the offline engine's by default. */
  isAnswer: (text: string) => boolean = isOfflineAnswer,
) {
  const firstPost = new Map<string, number>();
  const messagesByThread = new Map<string, SimMessage[]>();
  const answeredAt = new Map<string, number>();
  // Not an index into sim.messages: the status line a mention gets first is deleted later (chat.delete).
  const seen = new WeakSet<SimMessage>();
  let statusEventsSeen = 0;
  const tick = () => {
    const now = performance.now();
    for (; statusEventsSeen < sim.threadEvents.length; statusEventsSeen++) {
      const e = sim.threadEvents[statusEventsSeen];
      if (e?.method === 'assistant.threads.setStatus' && e.status && !firstPost.has(e.threadTs))
        firstPost.set(e.threadTs, now);
    }
    for (const m of sim.messages) {
      if (seen.has(m)) continue;
      seen.add(m);
      if (!m.thread_ts) continue;
      if (!firstPost.has(m.thread_ts)) firstPost.set(m.thread_ts, now);
      const list = messagesByThread.get(m.thread_ts) ?? [];
      list.push(m);
      messagesByThread.set(m.thread_ts, list);
    }
    for (const threadTs of threads()) {
      if (answeredAt.has(threadTs)) continue;
      if (messagesByThread.get(threadTs)?.some((m) => isAnswer(m.text))) answeredAt.set(threadTs, now);
    }
  };
  const timer = setInterval(tick, 5);
  return {
    firstPost,
    answeredAt,
    answers: (threadTs: string) =>
      (messagesByThread.get(threadTs) ?? []).filter((m) => isAnswer(m.text)).length,
    stop: () => {
      tick();
      clearInterval(timer);
    },
  };
}

export async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}
