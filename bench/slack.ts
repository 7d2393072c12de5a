/**
 * `npm run bench:slack` — ack latency of the Slack endpoint for 2,000 signed events at a fixed
 * concurrency, side by side with a bare Bolt app that does nothing, both on this machine in this run.
 * Target: p99 < 50 ms and within 1.5× of the bare app.
 *
 * The events are channel messages in threads the bot is not part of — most of what a workspace
 * sends an app — so each one is verified, deduped in Postgres, attributed to a user and then
 * dropped after the ack. The point is what Slack waits for: the HTTP answer.
 *
 * Then, in the same run: mention → first answer text in the thread (simulated model), for
 * post-and-update and for native streaming (bench/slack-first-text.ts).
 */
import { loadEnv } from '../server/env.ts';
import { messageEvent, sendSigned } from '../sim/slack/index.ts';
import { pct, startBareBolt } from './chat/load.ts';
import { openBenchDatabase, BENCH_SECRET as SECRET, startChatWorld } from './chat/world.ts';
import { measureFirstText, PACE } from './slack-first-text.ts';

const EVENTS = 2_000;
const CONCURRENCY = 16;

const database = await openBenchDatabase(loadEnv().DATABASE_URL);
const world = await startChatWorld({ database, accountName: 'Bench' });
const { server: ours, channel } = world;
const slackUser = { id: world.userId };

// The baseline: the same Bolt version and receiver, no work at all.
const bareBolt = await startBareBolt(world.sim, SECRET);
const bareUrl = bareBolt.url;

async function load(baseUrl: string): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < EVENTS) {
      const i = next++;
      const request = messageEvent({
        channel,
        user: slackUser.id,
        text: `chatter ${i}`,
        threadTs: `1700000000.${String(i).padStart(6, '0')}`,
        workspace: { teamId: world.sim.workspace.teamId },
      });
      const started = performance.now();
      const res = await sendSigned(`${baseUrl}/slack/events`, request, { secret: SECRET });
      latencies.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`event ${i}: HTTP ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return latencies;
}

await load(bareUrl); // warm-up both, so JIT and first connections are not measured
await load(ours.url);
const bare = await load(bareUrl);
const mine = await load(ours.url);
const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(10);

console.log(
  `bench:slack — ${EVENTS} signed events, concurrency ${CONCURRENCY}, ack latency (HTTP response), database: ${database.kind}`,
);
console.log('                      p50        p99');
console.log(`  bare Bolt app   ${ms(pct(bare, 50))} ${ms(pct(bare, 99))}`);
console.log(`  ResolutionFlow  ${ms(pct(mine, 50))} ${ms(pct(mine, 99))}`);
console.log(
  `  ratio p99 ${(pct(mine, 99) / pct(bare, 99)).toFixed(2)}× (target ≤ 1.5×), p99 ${pct(mine, 99).toFixed(1)} ms (target < 50 ms)`,
);

await world.close();
await bareBolt.close();

const classic = await measureFirstText(database, false);
const native = await measureFirstText(database, true);
console.log(
  `\nmention → thread (${classic.firstText.length} mentions each, concurrency 4; simulated model: first token ${PACE.firstTokenMs} ms, then ${PACE.chunks} pieces ${PACE.chunkMs} ms apart)`,
);
console.log('                          first sign p50/p95     first text p50/p95     complete p50/p95');
for (const r of [classic, native]) {
  const pair = (xs: number[]) => `${ms(pct(xs, 50))} ${ms(pct(xs, 95))}`;
  console.log(`  ${r.mode.padEnd(16)} ${pair(r.firstSign)} ${pair(r.firstText)} ${pair(r.complete)}`);
}
await database.close();
