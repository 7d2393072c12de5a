/**
 * `npm run bench:burst` — 600 @mentions, each its own thread, fired 12 at a time as fast as the
 * acks come back, at the real server (inbox + job queue, offline engine) on this machine, next to
 * a bare Bolt app taking the same burst. Prints ack latency for both, and for ours: when each
 * thread got its first post (p50/p95 from the send), when the last answer landed, and how many
 * threads were answered, twice, or not at all.
 * Targets (issue #16): all answered, first-post p95 ≤ 1 s on a PostgreSQL server and ≤ 3 s on
 * PGlite, ack p99 ≤ 1.5× the bare app. DATABASE_URL runs it on a server; BENCH_BURST_MENTIONS,
 * BENCH_BURST_CONCURRENCY and CHAT_INBOX_CONCURRENCY change the shape; BENCH_BURST_CPU_PROF=<dir>
 * writes a CPU profile of each server process; BENCH_BURST_NATIVE=false
 * measures an install without assistant:write (a status line instead of the thread status).
 *
 * Each server under test runs in a process of its own, as deployed (bench/chat/child.ts): ours,
 * which opens the database (PGlite lives in its process; DATABASE_URL is a server), creates the
 * account and acks and answers in the one process; and the bare Bolt app. This process keeps
 * the load generator and the Slack simulator — Slack's servers' work in production — so neither
 * is charged to either server's acks, and both are measured the same way. The CPU line splits the
 * server's process from this one. BENCH_BURST_IN_PROCESS=1 runs everything in this one process
 * instead, sharing one event loop (how it was measured before; `bench:slack` still does).
 */

import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { loadEnv } from '../server/env.ts';
import { DEFAULT_BOT_SCOPE, type SlackSimulator, startSlackSimulator } from '../sim/slack/index.ts';
import { mentionBurst, pct, startBareBolt, until, watchThreads } from './chat/load.ts';
import { startBenchChild } from './chat/process.ts';
import { benchServerEnv, openBenchDatabase, BENCH_SECRET as SECRET, startChatWorld } from './chat/world.ts';

const env = loadEnv();
const MENTIONS = Number(process.env.BENCH_BURST_MENTIONS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_BURST_CONCURRENCY ?? 12);
// An install with assistant:write answers natively, its first sign of work the thread status;
// BENCH_BURST_NATIVE=false measures an older install, whose first sign is a posted status line.
const NATIVE = process.env.BENCH_BURST_NATIVE !== 'false';
const IN_PROCESS = ['1', 'true'].includes(process.env.BENCH_BURST_IN_PROCESS ?? '');
const scope = NATIVE ? {} : { scope: DEFAULT_BOT_SCOPE.replace('assistant:write,', '') };
const serverEnv = {
  CHAT_INBOX_CONCURRENCY: String(env.CHAT_INBOX_CONCURRENCY),
  CHAT_STATUS_LINE: String(env.CHAT_STATUS_LINE),
};

interface Setup {
  sim: SlackSimulator;
  channel: string;
  userId: string;
  oursUrl: string;
  bareUrl: string;
  databaseKind: 'pglite' | 'postgres';
  /** CPU seconds used so far by each server's own process; absent when it is this process. */
  oursCpu?: () => Promise<number>;
  bareCpu?: () => Promise<number>;
  close(): Promise<void>;
}

/** Everything in this process (BENCH_BURST_IN_PROCESS=1). */
async function inProcess(): Promise<Setup> {
  const database = await openBenchDatabase(env.DATABASE_URL, env.DATABASE_POOL_MAX);
  const world = await startChatWorld({ database, accountName: 'Burst', ...scope, env: serverEnv });
  const bare = await startBareBolt(world.sim, SECRET);
  return {
    sim: world.sim,
    channel: world.channel,
    userId: world.userId,
    oursUrl: world.server.url,
    bareUrl: bare.url,
    databaseKind: database.kind,
    async close() {
      await world.close();
      await bare.close();
      await database.close();
    },
  };
}

/** Each server in its own process; the simulator and the load here. */
async function isolated(): Promise<Setup> {
  const sim = await startSlackSimulator({
    ...scope,
    workspace: { teamId: `T${randomBytes(5).toString('hex').toUpperCase()}` },
  });
  const started: Array<{ close(): Promise<void> }> = [];
  const close = async () => {
    for (const child of started.reverse()) await child.close();
    await sim.close();
  };
  try {
    const ours = await startBenchChild(
      'ours',
      benchServerEnv(
        { slackApiUrl: sim.url, botToken: sim.botToken },
        {
          ...serverEnv,
          LOG_LEVEL: 'warn',
          APP_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
          BENCH_ACCOUNT_NAME: 'Burst',
          ...(env.DATABASE_URL
            ? { DATABASE_URL: env.DATABASE_URL, DATABASE_POOL_MAX: String(env.DATABASE_POOL_MAX) }
            : {}),
        },
      ),
    );
    started.push(ours);
    if (!ours.engineerEmail) throw new Error('our server did not report its engineer');
    const bare = await startBenchChild('bare', {
      NODE_ENV: 'test',
      SLACK_API_URL: sim.url,
      SLACK_BOT_TOKEN: sim.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      BENCH_BOT_USER_ID: sim.workspace.botUserId,
    });
    started.push(bare);
    return {
      sim,
      // The Slack user every mention comes from: the engineer the server created, by email.
      userId: sim.addUser({ name: 'bench', email: ours.engineerEmail }).id,
      channel: sim.addChannel({ name: 'helpdesk' }).id,
      oursUrl: ours.url,
      bareUrl: bare.url,
      databaseKind: env.DATABASE_URL ? 'postgres' : 'pglite',
      oursCpu: () => ours.cpuSeconds(),
      bareCpu: () => bare.cpuSeconds(),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

const seconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

const setup = IN_PROCESS ? await inProcess() : await isolated();
try {
  await measure(setup);
} finally {
  await setup.close();
}

async function measure({ sim, channel, userId, oursUrl, bareUrl, databaseKind, oursCpu, bareCpu }: Setup) {
  const burst = (url: string, label: string, count = MENTIONS) =>
    mentionBurst({
      url: () => url,
      sim,
      secret: SECRET,
      channel,
      user: userId,
      count,
      concurrency: CONCURRENCY,
      label,
    });

  // Warm-up: JIT, connections, the first session's code paths; then the measured bursts.
  await burst(bareUrl, 'warm-up', 50);
  const warm = await burst(oursUrl, 'warm-up', 20);
  // Until the warm-up's answers are complete: a stream still open when the simulator forgets its
  // messages fails its chat.stopStream, and that turn is retried during the measured bursts.
  await until(
    () =>
      sim.messages.filter((m) => m.text.startsWith('Offline assistant')).length >= warm.length &&
      sim.messages.every((m) => m.streaming_state !== 'in_progress'),
    60_000,
  );
  // ...and until the warm-up's card updates have landed: a card updated after the reset is a
  // message the simulator no longer has (the product then posts it again, into the measured run).
  let seen = -1;
  let since = Date.now();
  await until(() => {
    if (sim.calls.length !== seen) [seen, since] = [sim.calls.length, Date.now()];
    return Date.now() - since >= 500;
  }, 10_000);
  sim.reset();

  const bareCpuStart = await bareCpu?.();
  const oursIdleStart = await oursCpu?.();
  const benchDuringBare = process.cpuUsage();
  const bareResults = await burst(bareUrl, 'bare');
  const benchBareAcks = seconds(process.cpuUsage(benchDuringBare));
  const bareCpuSeconds = bareCpuStart === undefined ? undefined : ((await bareCpu?.()) ?? 0) - bareCpuStart;
  // Our server is not sent anything then, but its job queue polls: it competes for the cores.
  const oursIdleSeconds =
    oursIdleStart === undefined ? undefined : ((await oursCpu?.()) ?? 0) - oursIdleStart;
  const sent = new Set<string>();
  const watch = watchThreads(sim, () => sent);
  const oursCpuStart = await oursCpu?.();
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const mine = await burst(oursUrl, 'burst');
  for (const r of mine) sent.add(r.threadTs);
  const ackedIn = performance.now() - started;
  const benchOursAcks = seconds(process.cpuUsage(cpuStart));
  await until(() => watch.answeredAt.size >= mine.length, 120_000);
  watch.stop();
  // On a shared machine wall times move with everyone else's work; CPU time per mention does not.
  const cpuSeconds = seconds(process.cpuUsage(cpuStart));
  const oursCpuSeconds = oursCpuStart === undefined ? undefined : ((await oursCpu?.()) ?? 0) - oursCpuStart;

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
  const perMention = (seconds: number) => `${((seconds * 1000) / mine.length).toFixed(1)} ms per mention`;

  console.log(
    `bench:burst — ${MENTIONS} @mentions (one thread each), ${CONCURRENCY} at a time, database: ${databaseKind}, ` +
      `inbox concurrency ${env.CHAT_INBOX_CONCURRENCY} per process, ` +
      `${IN_PROCESS ? 'all in this process (BENCH_BURST_IN_PROCESS)' : 'each server in its own process'}`,
  );
  console.log('                        p50         p99');
  console.log(`  ack, bare Bolt   ${ms(pct(ackBare, 50))} ${ms(pct(ackBare, 99))}`);
  console.log(`  ack, ours        ${ms(pct(ackMine, 50))} ${ms(pct(ackMine, 99))}`);
  console.log(`  ack p99 ratio ${(pct(ackMine, 99) / pct(ackBare, 99)).toFixed(2)}× (target ≤ 1.5×)`);
  console.log(`  all ${MENTIONS} acked in ${(ackedIn / 1000).toFixed(2)} s`);
  console.log(
    `  first post: p50 ${(pct(firstPost, 50) / 1000).toFixed(2)} s, p95 ${(pct(firstPost, 95) / 1000).toFixed(2)} s, ` +
      `max ${(pct(firstPost, 100) / 1000).toFixed(2)} s (target p95 ≤ ${databaseKind === 'postgres' ? '1' : '3'} s)`,
  );
  console.log(
    `  answered ${answered.length}/${mine.length}, last answer at ${(lastAnswer / 1000).toFixed(2)} s`,
  );
  console.log(`  duplicate answers ${duplicates}; first posts out of arrival order: ${inversions}`);

  const load = `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`;
  if (oursCpuSeconds === undefined)
    console.log(
      `  CPU of this process (server + simulator + load) until drained: ${cpuSeconds.toFixed(1)} s, ` +
        `${perMention(cpuSeconds)}; ${load}`,
    );
  else
    console.log(
      `  CPU until drained: our server's process ${oursCpuSeconds.toFixed(1)} s, ${perMention(oursCpuSeconds)}; ` +
        `this process (simulator + load) ${cpuSeconds.toFixed(1)} s, ${perMention(cpuSeconds)}; ` +
        `bare Bolt's process over its burst ${(bareCpuSeconds ?? 0).toFixed(2)} s ` +
        `(our idle server's meanwhile ${(oursIdleSeconds ?? 0).toFixed(2)} s); ${load}`,
    );
  // The load generator shares this process with the simulator, which answers our server's Slack
  // calls and not the bare app's (it makes none): what that costs while the acks come in.
  console.log(
    `  CPU of this process while the acks came in: bare Bolt's burst ${perMention(benchBareAcks)}, ` +
      `ours ${perMention(benchOursAcks)}`,
  );
  console.log(
    `  first sign of work: ${NATIVE ? 'thread status (assistant:write)' : 'status line (no assistant:write)'}`,
  );
}
