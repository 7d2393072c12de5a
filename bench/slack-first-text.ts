/**
 * Part of `npm run bench:slack`: mention → first answer text in the thread, for the two ways an
 * answer reaches Slack, measured in the same run on the same machine:
 *  - post-and-update (no assistant scope): "Thinking…" placeholder, then chat.update at most once a second;
 *  - native (assistant:write): assistant.threads.setStatus, then chat.startStream on the first text.
 * The model is simulated (the offline engine's answer written out at a model's pace), so the
 * numbers isolate what our delivery adds. Times come from the simulator's record of when each Web
 * API call arrived.
 */

import { FIRST_POST_TEXT } from '../bot/slack/first-post.ts';
import type { Database } from '../core/db/client.ts';
import { createOfflineEngine } from '../core/engine/offline/index.ts';
import {
  appMentionEvent,
  DEFAULT_BOT_SCOPE,
  type RecordedCall,
  type SlackSimulator,
  sendSigned,
} from '../sim/slack/index.ts';
import { offlineDiagnosis } from '../test/diagnosis.ts';
import { type Pace, pacedEngine } from '../test/paced-engine.ts';
import { BENCH_SECRET, startChatWorld } from './chat/world.ts';

export const PACE: Pace = { firstTokenMs: 400, chunkMs: 150, chunks: 8 };
const MENTIONS = 40;
const CONCURRENCY = 4;

export interface FirstTextResult {
  mode: 'post-and-update' | 'native stream';
  /** Mention sent → first sign of work in the thread (placeholder message or thread status). */
  firstSign: number[];
  /** Mention sent → first call that shows answer text. */
  firstText: number[];
  /** Mention sent → answer complete (final update or stopStream). */
  complete: number[];
}

function inThread(sim: SlackSimulator, threadTs: string) {
  const own = new Set(sim.messages.filter((m) => m.thread_ts === threadTs).map((m) => m.ts));
  return sim.calls.filter(
    (c) => c.args.thread_ts === threadTs || (typeof c.args.ts === 'string' && own.has(c.args.ts)),
  );
}

const answerText = (c: RecordedCall) =>
  (c.method === 'chat.startStream' && typeof c.args.markdown_text === 'string') ||
  (c.method === 'chat.update' && String(c.args.text ?? '').startsWith('Offline assistant')) ||
  (c.method === 'chat.postMessage' && String(c.args.text ?? '').startsWith('Offline assistant'));

export async function measureFirstText(database: Database, native: boolean): Promise<FirstTextResult> {
  const world = await startChatWorld({
    database,
    accountName: native ? 'Bench native' : 'Bench classic',
    // Post-and-update is what an install without assistant:write gets.
    scope: native ? DEFAULT_BOT_SCOPE : DEFAULT_BOT_SCOPE.replace('assistant:write,', ''),
    diagnosis: { ...offlineDiagnosis(), engine: pacedEngine(createOfflineEngine(), PACE) },
  });
  const { sim, server, channel } = world;
  const user = { id: world.userId };
  const result: FirstTextResult = {
    mode: native ? 'native stream' : 'post-and-update',
    firstSign: [],
    firstText: [],
    complete: [],
  };
  const one = async (i: number) => {
    const request = appMentionEvent({
      channel,
      user: user.id,
      text: `<@${sim.workspace.botUserId}> Outlook keeps asking for a password on PC ${i}`,
      workspace: { teamId: sim.workspace.teamId },
    });
    const threadTs = (request.payload.event as { ts: string }).ts;
    const sent = Date.now();
    const res = await sendSigned(`${server.url}/slack/events`, request, { secret: BENCH_SECRET });
    if (res.status !== 200) throw new Error(`mention ${i}: HTTP ${res.status}`);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const calls = inThread(sim, threadTs);
      const done = calls.find(
        (c) =>
          (c.method === 'chat.stopStream' && c.response.body.ok) ||
          (c.method === 'chat.update' && Array.isArray(c.args.blocks) && answerText(c)),
      );
      if (done) {
        const sign = calls.find(
          (c) =>
            c.method === 'assistant.threads.setStatus' ||
            (c.method === 'chat.postMessage' &&
              (/Thinking/.test(String(c.args.text)) || c.args.text === FIRST_POST_TEXT)),
        );
        const text = calls.find(answerText);
        if (!sign || !text) throw new Error(`mention ${i}: no placeholder/status or no answer text`);
        return { sign: sign.at - sent, text: text.at - sent, done: done.at - sent };
      }
      if (Date.now() > deadline) {
        const seen = calls.map(
          (c) => `${c.method} ${String(c.args.text ?? c.args.status ?? '').slice(0, 60)}`,
        );
        throw new Error(`mention ${i}: no complete answer in 30 s; thread calls: ${seen.join(' | ')}`);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  // A warm-up mention, alone: the first message links the Slack user to their account.
  await one(0);
  let next = 1;
  const worker = async () => {
    while (next <= MENTIONS) {
      const timing = await one(next++);
      result.firstSign.push(timing.sign);
      result.firstText.push(timing.text);
      result.complete.push(timing.done);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await world.close();
  return result;
}
