/**
 * `npm run bench:burst` — 600 @mentions, each its own thread, fired 12 at a time as fast as the
 * acks come back, at the real server (inbox + job queue, offline engine) on this machine, next to
 * a bare Bolt app taking the same burst. Prints ack latency for both, and for ours: when each
 * thread got its first post (p50/p95 from the send), when the last answer landed, and how many
 * threads were answered, twice, or not at all.
 * Targets (issue #16): all answered, first-post p95 ≤ 1 s on a PostgreSQL server and ≤ 3 s on
 * PGlite, ack p99 ≤ 1.5× the bare app. DATABASE_URL runs it on a server; BENCH_BURST_MENTIONS,
 * BENCH_BURST_CONCURRENCY and CHAT_INBOX_CONCURRENCY change the shape; BENCH_BURST_NATIVE=false
 * measures an install without assistant:write (a status line instead of the thread status).
 */

import { loadavg } from 'node:os';
import { loadEnv } from '../server/env.ts';
import { DEFAULT_BOT_SCOPE } from '../sim/slack/index.ts';
import { mentionBurst, pct, startBareBolt, until, watchThreads } from './chat/load.ts';
import { openBenchDatabase, BENCH_SECRET as SECRET, startChatWorld } from './chat/world.ts';

const env = loadEnv();
const MENTIONS = Number(process.env.BENCH_BURST_MENTIONS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_BURST_CONCURRENCY ?? 12);
// An install with assistant:write answers natively, its first sign of work the thread status;
// BENCH_BURST_NATIVE=false measures an older install, whose first sign is a posted status line.
const NATIVE = process.env.BENCH_BURST_NATIVE !== 'false';

const database = await openBenchDatabase(env.DATABASE_URL, env.DATABASE_POOL_MAX);
const world = await startChatWorld({
  database,
  accountName: 'Burst',
  ...(NATIVE ? {} : { scope: DEFAULT_BOT_SCOPE.replace('assistant:write,', '') }),
  env: {
    CHAT_INBOX_CONCURRENCY: String(env.CHAT_INBOX_CONCURRENCY),
    CHAT_STATUS_LINE: String(env.CHAT_STATUS_LINE),
  },
});
const { sim, server: ours, channel } = world;
const slackUser = { id: world.userId };
const bare = await startBareBolt(sim, SECRET);
const burst = (url: string, label: string, count = MENTIONS) =>
  mentionBurst({
    url: () => url,
    sim,
    secret: SECRET,
    channel,
    user: slackUser.id,
    count,
    concurrency: CONCURRENCY,
    label,
  });

// Warm-up: JIT, connections, the first session's code paths; then the measured bursts.
await burst(bare.url, 'warm-up', 50);
const warm = await burst(ours.url, 'warm-up', 20);
await until(
  () => sim.messages.filter((m) => m.text.startsWith('Offline assistant')).length >= warm.length,
  60_000,
);
sim.reset();

const bareResults = await burst(bare.url, 'bare');
const sent = new Set<string>();
const watch = watchThreads(sim, () => sent);
const started = performance.now();
const cpuStart = process.cpuUsage();
const mine = await mentionBurst({
  url: () => ours.url,
  sim,
  secret: SECRET,
  channel,
  user: slackUser.id,
  count: MENTIONS,
  concurrency: CONCURRENCY,
  label: 'burst',
});
for (const r of mine) sent.add(r.threadTs);
const ackedIn = performance.now() - started;
await until(() => watch.answeredAt.size >= mine.length, 120_000);
watch.stop();
// On a shared machine wall times move with everyone else's work; CPU time per mention does not.
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

const firstPost = mine.map((r) => (watch.firstPost.get(r.threadTs) ?? Number.NaN) - r.sentAt);
const answered = mine.filter((r) => watch.answeredAt.has(r.threadTs));
const lastAnswer = Math.max(...answered.map((r) => watch.answeredAt.get(r.threadTs) ?? 0)) - started;
const duplicates = mine.filter((r) => watch.answers(r.threadTs) > 1).length;
// Arrival order kept? Rank correlation between send order and first-post order.
const order = [...mine].sort((a, b) => a.sentAt - b.sentAt);
let inversions = 0;
for (let i = 1; i < order.length; i++) {
  const prev = watch.firstPost.get(order[i - 1]?.threadTs ?? '') ?? 0;
  const cur = watch.firstPost.get(order[i]?.threadTs ?? '') ?? 0;
  if (cur < prev) inversions++;
}
const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(11);
const ackBare = bareResults.map((r) => r.ackMs);
const ackMine = mine.map((r) => r.ackMs);

console.log(
  `bench:burst — ${MENTIONS} @mentions (one thread each), ${CONCURRENCY} at a time, database: ${database.kind}, ` +
    `inbox concurrency ${env.CHAT_INBOX_CONCURRENCY} per process`,
);
console.log('                        p50         p99');
console.log(`  ack, bare Bolt   ${ms(pct(ackBare, 50))} ${ms(pct(ackBare, 99))}`);
console.log(`  ack, ours        ${ms(pct(ackMine, 50))} ${ms(pct(ackMine, 99))}`);
console.log(`  ack p99 ratio ${(pct(ackMine, 99) / pct(ackBare, 99)).toFixed(2)}× (target ≤ 1.5×)`);
console.log(`  all ${MENTIONS} acked in ${(ackedIn / 1000).toFixed(2)} s`);
console.log(
  `  first post: p50 ${(pct(firstPost, 50) / 1000).toFixed(2)} s, p95 ${(pct(firstPost, 95) / 1000).toFixed(2)} s, ` +
    `max ${(pct(firstPost, 100) / 1000).toFixed(2)} s (target p95 ≤ ${database.kind === 'postgres' ? '1' : '3'} s)`,
);
console.log(
  `  answered ${answered.length}/${mine.length}, last answer at ${(lastAnswer / 1000).toFixed(2)} s`,
);
console.log(`  duplicate answers ${duplicates}; first posts out of arrival order: ${inversions}`);

console.log(
  `  CPU of this process (server + simulator + load) until drained: ${cpuSeconds.toFixed(1)} s, ` +
    `${((cpuSeconds * 1000) / mine.length).toFixed(1)} ms per mention; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
);
console.log(
  `  first sign of work: ${NATIVE ? 'thread status (assistant:write)' : 'status line (no assistant:write)'}`,
);

await world.close();
await bare.close();
await database.close();
