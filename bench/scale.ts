/**
 * `npm run bench:scale` — the product on more than one process, against one PostgreSQL server
 * (DATABASE_URL, required). The bench process plays Slack (simulator + signed mentions, retried on
 * a failed delivery like Slack does) and runs:
 *   (a) one `npm start` process (HTTP + chat workers in-process);
 *   (b) two web processes (store + ack only) behind a round-robin proxy, plus two `npm run worker`
 *       processes answering from the queue;
 *   (c) (b) again, with one web process SIGKILLed mid-load and restarted.
 * Each runs twice, once per engine (BENCH_SCALE_ENGINES, default `model,offline`):
 *   model:   Claude through the Anthropic simulator, which answers each turn after
 *            BENCH_SCALE_TURN_MS (default 1500) and each rerank after BENCH_SCALE_RERANK_MS (250).
 *            This is production's shape: a turn waits on the model, so a process's answers/s is
 *            bounded by its chat slots (CHAT_INBOX_CONCURRENCY), and more processes add slots.
 *   offline: the engine `npm start` uses without a key; pure CPU, so on a machine with as many
 *            cores as processes it shows the scale-out, and on a smaller one it shows the CPU cost.
 * For each: throughput (answers/s from first send to last answer), ack p99, first-post p50/p95,
 * duplicate replies, lost mentions (acked, never answered), jobs run twice (inbox attempts > 1).
 * BENCH_SCALE_MENTIONS (default 400 with the model, 300 offline; warm-ups send 100) and
 * BENCH_SCALE_CONCURRENCY (default 12) shape the load;
 * BENCH_SCALE_RUNS (default `a,b,c`) picks the runs; BENCH_SCALE_CPU_PROF=<dir> starts every
 * child with `--cpu-prof` writing there (profiles cover the whole life of a process, warm-up too).
 * The work per answer is reported as CPU-ms (our processes, the PostgreSQL backends of this
 * database, the bench itself) and statements sent to PostgreSQL per answered mention.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { inArray, isNull } from 'drizzle-orm';
import { openDatabase } from '../core/db/client.ts';
import { runMigrations } from '../core/db/migrate.ts';
import { chatInboxTable } from '../core/db/schema/chat-inbox.ts';
import { withSystemTransaction } from '../core/db/transactions.ts';
import { loadEnv } from '../server/env.ts';
import { startAnthropicSimulator } from '../sim/anthropic/index.ts';
import { startSlackSimulator } from '../sim/slack/index.ts';
import { createTestAccount } from '../test/factories.ts';
import { type CpuReport, startCpuWatch } from './chat/cpu.ts';
import { isOfflineAnswer, type MentionResult, mentionBurst, pct, until, watchThreads } from './chat/load.ts';
import { startBackendCpuWatch } from './scale/postgres-cpu.ts';

const env = loadEnv();
if (!env.DATABASE_URL) {
  console.error(
    'bench:scale needs DATABASE_URL (a PostgreSQL server): several processes share one database.',
  );
  process.exit(1);
}
const DATABASE_URL = env.DATABASE_URL;
// With the model, (a) takes about 80 s at 400; fewer and the ramp-up and the last answers' wait
// (a turn each) weigh on the throughput of the faster run more than on the slower one.
const mentionsFor = (engine: Engine) =>
  Number(process.env.BENCH_SCALE_MENTIONS ?? (engine === 'model' ? 400 : 300));
const CONCURRENCY = Number(process.env.BENCH_SCALE_CONCURRENCY ?? 12);
const RUNS = new Set((process.env.BENCH_SCALE_RUNS ?? 'a,b,c').split(',').map((r) => r.trim()));
const CPU_PROF = process.env.BENCH_SCALE_CPU_PROF;
type Engine = 'model' | 'offline';
const ENGINES = (process.env.BENCH_SCALE_ENGINES ?? 'model,offline').split(',').map((e) => e.trim());
// A Claude turn with tools and a few thousand tokens of context takes seconds in production;
// 1.5 s is the quick end of that.
const TURN_MS = Number(process.env.BENCH_SCALE_TURN_MS ?? 1500);
const RERANK_MS = Number(process.env.BENCH_SCALE_RERANK_MS ?? 250);
const isEngine = (name: string): name is Engine => name === 'model' || name === 'offline';
for (const engine of ENGINES) {
  if (!isEngine(engine)) {
    console.error(`BENCH_SCALE_ENGINES: unknown engine "${engine}" (model or offline)`);
    process.exit(1);
  }
}
const PROBE_DIR = mkdtempSync(join(tmpdir(), 'bench-scale-'));
const SECRET = 'bench-scale-signing-secret-0000';
const teamId = `T${randomBytes(5).toString('hex').toUpperCase()}`;

const sim = await startSlackSimulator({ workspace: { teamId } });
// Every turn's answer starts with this, so the watcher can tell the answer from status posts.
const MODEL_ANSWER = 'Bench model answer:';
const model = await startAnthropicSimulator();
const unexpectedModelCalls = new Set<string>();
model.setDefaultReply((request) => {
  const tools = (request.body.tools ?? []).map((t) => ('name' in t ? t.name : ''));
  if (tools.includes('rank_passages'))
    return {
      kind: 'message',
      delayMs: RERANK_MS,
      content: [{ type: 'tool_use', name: 'rank_passages', input: { passage_ids: ['P1'] } }],
    };
  if (tools.includes('record_fact'))
    return {
      kind: 'message',
      delayMs: TURN_MS,
      content: [
        { type: 'text', text: `${MODEL_ANSWER} let us narrow this down.` },
        { type: 'tool_use', name: 'record_fact', input: { text: 'Reported in Slack' } },
        { type: 'tool_use', name: 'ask_question', input: { text: 'Does it affect one user or several?' } },
      ],
    };
  unexpectedModelCalls.add(tools.join('+') || 'no tools');
  return { kind: 'message', delayMs: TURN_MS, content: [{ type: 'text', text: MODEL_ANSWER }] };
});
/** What a run needs to know of its engine: the children's environment and what an answer is. */
interface EngineSetup {
  name: Engine;
  mentions: number;
  env: Record<string, string>;
  isAnswer(text: string): boolean;
}
const setupOf = (name: Engine): EngineSetup =>
  name === 'model'
    ? {
        name,
        mentions: mentionsFor(name),
        env: {
          ANTHROPIC_API_KEY: 'sk-ant-bench-scale-0000',
          ANTHROPIC_BASE_URL: model.url,
          ANTHROPIC_MAX_RETRIES: '0',
        },
        isAnswer: (text) => text.includes(MODEL_ANSWER),
      }
    : { name, mentions: mentionsFor(name), env: {}, isAnswer: isOfflineAnswer };
const database = await openDatabase({ kind: 'postgres', url: DATABASE_URL, poolMax: 4 });
await runMigrations(database);
// An earlier run stopped midway may have left events owed to a simulator that no longer exists;
// the processes started below would replay them (recovery) and spend the measured time on them.
await withSystemTransaction(database, 'bench: retire earlier runs', (tx) =>
  tx.update(chatInboxTable).set({ doneAt: new Date() }).where(isNull(chatInboxTable.doneAt)),
);
const account = await createTestAccount(database, 'Scale');
const engineer = await account.member('engineer');
const slackUser = sim.addUser({ name: 'scale', email: engineer.email });
const channel = sim.addChannel({ name: 'helpdesk' }).id;

const children = new Set<ChildProcess>();
const labels = new Map<ChildProcess, string>();
let nextPort = 41_000 + Math.floor(Math.random() * 10_000);

function spawnProcess(kind: 'server' | 'worker', engine: EngineSetup, extra: Record<string, string>) {
  const port = nextPort++;
  const log = openSync(`/tmp/bench-scale-${kind}-${port}.log`, 'w');
  // The Node running this bench with tsx's loader, so the child *is* the server (a SIGKILL kills it).
  const child = spawn(
    process.execPath,
    [
      ...(CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : []),
      '--import',
      'tsx',
      '--import',
      './bench/scale/statement-probe.ts',
      kind === 'server' ? 'server/main.ts' : 'server/worker-main.ts',
    ],
    {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL,
        DATABASE_POOL_MAX: '8',
        BENCH_SCALE_PROBE_DIR: PROBE_DIR,
        APP_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        // One bench user sends every mention; a real burst comes from many people (60/min each by default).
        BOT_RATE_LIMIT_PER_USER_PER_MINUTE: '0',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_BOT_TOKEN: sim.botToken,
        SLACK_ACCOUNT_ID: account.accountId,
        SLACK_API_URL: sim.url,
        ...engine.env,
        ...extra,
      },
      stdio: ['ignore', log, log],
    },
  );
  children.add(child);
  labels.set(child, `${kind} ${port}`);
  child.once('exit', () => children.delete(child));
  return { child, url: `http://127.0.0.1:${port}` };
}

async function ready(url: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become ready`);
}

/**
 * A round-robin proxy that behaves like deploy/nginx.conf: a request whose connection an upstream
 * refuses (a process that is down) goes to the next one, as nginx's `proxy_next_upstream error`
 * does; one that reached an upstream which then died is not resent (a POST may have been acted
 * on) and answers 502, so Slack retries the event.
 */
async function startProxy(upstreams: () => string[]) {
  let turn = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const list = upstreams();
    const first = turn++;
    const attempt = (tries: number) => {
      const target = new URL(req.url ?? '/', list[(first + tries) % list.length]);
      const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED' && tries + 1 < list.length) return attempt(tries + 1);
        if (!res.headersSent) res.writeHead(502).end();
        else res.destroy();
      });
      upstream.end(body);
    };
    attempt(0);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function stopAll(list: Array<{ child: ChildProcess }>) {
  await Promise.all(
    list.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

interface Outcome {
  label: string;
  throughput: number;
  ackP99: number;
  firstP50: number;
  firstP95: number;
  duplicates: number;
  lost: number;
  twice: number;
  failedAcks: number;
  cpu: CpuReport;
  answered: number;
  /** CPU seconds of the PostgreSQL backends serving this database. */
  backendSeconds: number;
  statements: number;
  /** CPU seconds per second our processes and their backends use with no load (job polling). */
  idle: { app: number; postgres: number };
}

const appSeconds = (report: CpuReport) =>
  report.processes
    .filter((p) => p.label.startsWith('server') || p.label.startsWith('worker'))
    .reduce((sum, p) => sum + p.seconds, 0);

/**
 * What the processes use per second while nothing is sent: job-queue polling and timers. It is
 * paid per second, not per answer, so a run slowed down by a busy machine charges more of it to
 * each answer; subtracting it gives the work each answer itself costs.
 */
async function idleRate(seconds = 5): Promise<{ app: number; postgres: number }> {
  const cpu = startCpuWatch(() =>
    [...children].flatMap((c) => (c.pid ? [{ pid: c.pid, label: labels.get(c) ?? String(c.pid) }] : [])),
  );
  const backends = await startBackendCpuWatch(DATABASE_URL);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const report = cpu.stop();
  const postgres = await backends.stop();
  return { app: appSeconds(report) / report.wallSeconds, postgres: postgres / report.wallSeconds };
}

/** Statements sent so far by every child this bench started (see scale/statement-probe.ts). */
function statementsSent(pids: Iterable<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const pid of pids) {
    try {
      counts.set(pid, Number(readFileSync(join(PROBE_DIR, `statements-${pid}`), 'utf8')));
    } catch {
      counts.set(pid, 0);
    }
  }
  return counts;
}

async function run(
  engine: EngineSetup,
  label: string,
  url: () => string,
  midLoad?: () => Promise<void>,
): Promise<Outcome> {
  const idle = label === 'warm-up' ? { app: 0, postgres: 0 } : await idleRate();
  sim.reset();
  const sent = new Set<string>();
  const watch = watchThreads(sim, () => sent, engine.isAnswer);
  const cpu = startCpuWatch(() =>
    [...children].flatMap((c) => (c.pid ? [{ pid: c.pid, label: labels.get(c) ?? String(c.pid) }] : [])),
  );
  const backends = await startBackendCpuWatch(DATABASE_URL);
  const pidsAtStart = [...children].flatMap((c) => (c.pid ? [c.pid] : []));
  const statementsAtStart = statementsSent(pidsAtStart);
  const started = performance.now();
  const burst = mentionBurst({
    url,
    sim,
    secret: SECRET,
    channel,
    user: slackUser.id,
    count: label === 'warm-up' ? Math.min(100, engine.mentions) : engine.mentions,
    concurrency: CONCURRENCY,
    label,
  });
  if (midLoad) await midLoad();
  const results: MentionResult[] = await burst;
  for (const r of results) sent.add(r.threadTs);
  const acked = results.filter((r) => r.status === 200);
  await until(() => acked.every((r) => watch.answeredAt.has(r.threadTs)), 120_000);
  watch.stop();
  const cpuReport = cpu.stop();
  const backendSeconds = await backends.stop();
  // A process started mid-run (the restarted web process in (c)) counts from zero.
  await new Promise((r) => setTimeout(r, 300)); // the probes flush every 200 ms
  const pidsNow = new Set([...pidsAtStart, ...[...children].flatMap((c) => (c.pid ? [c.pid] : []))]);
  let statements = 0;
  for (const [pid, n] of statementsSent(pidsNow)) statements += n - (statementsAtStart.get(pid) ?? 0);
  const answered = acked.filter((r) => watch.answeredAt.has(r.threadTs));
  const last = Math.max(...answered.map((r) => watch.answeredAt.get(r.threadTs) ?? 0));
  const firstPost = answered.map((r) => (watch.firstPost.get(r.threadTs) ?? Number.NaN) - r.sentAt);
  const twice = await withSystemTransaction(database, 'bench: inbox attempts', (tx) =>
    tx
      .select({ attempts: chatInboxTable.attempts })
      .from(chatInboxTable)
      .where(
        inArray(
          chatInboxTable.eventId,
          results.map((r) => r.eventId),
        ),
      ),
  );
  return {
    label,
    throughput: answered.length / ((last - started) / 1000),
    ackP99: pct(
      acked.map((r) => r.ackMs),
      99,
    ),
    firstP50: pct(firstPost, 50),
    firstP95: pct(firstPost, 95),
    duplicates: answered.filter((r) => watch.answers(r.threadTs) > 1).length,
    lost: acked.length - answered.length,
    twice: twice.filter((r) => r.attempts > 1).length,
    failedAcks: results.length - acked.length,
    cpu: cpuReport,
    answered: answered.length,
    backendSeconds,
    statements,
    idle,
  };
}

async function scenario(engine: EngineSetup): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  try {
    if (RUNS.has('a')) {
      // (a) one process doing everything.
      const single = spawnProcess('server', engine, { WORKER_IN_PROCESS: 'true' });
      await ready(single.url);
      await run(engine, 'warm-up', () => single.url);
      outcomes.push(await run(engine, '(a) 1 server', () => single.url));
      await stopAll([single]);
    }

    if (RUNS.has('b') || RUNS.has('c')) {
      // (b) two web processes + two workers behind a round-robin proxy.
      const web = { WORKER_IN_PROCESS: 'false', CHAT_INBOX_CONCURRENCY: '0' };
      const servers = [spawnProcess('server', engine, web), spawnProcess('server', engine, web)];
      const workers = [
        spawnProcess('worker', engine, { PORT: '0' }),
        spawnProcess('worker', engine, { PORT: '0' }),
      ];
      await Promise.all(servers.map((s) => ready(s.url)));
      await new Promise((r) => setTimeout(r, 5_000)); // workers have no HTTP to poll; give them their start
      const proxy = await startProxy(() => servers.map((s) => s.url));
      await run(engine, 'warm-up', () => proxy.url);
      if (RUNS.has('b')) outcomes.push(await run(engine, '(b) 2 servers + 2 workers', () => proxy.url));

      // (c) the same, SIGKILL one web process a second into the load and start it again.
      if (RUNS.has('c'))
        outcomes.push(
          await run(
            engine,
            '(c) (b) + SIGKILL of a server',
            () => proxy.url,
            async () => {
              await new Promise((r) => setTimeout(r, 1_000));
              const victim = servers[0];
              if (!victim) return;
              victim.child.kill('SIGKILL');
              const port = new URL(victim.url).port;
              nextPort = Number(port);
              servers[0] = spawnProcess('server', engine, web);
              await ready(servers[0].url);
            },
          ),
        );
      proxy.close();
      await stopAll([...servers, ...workers]);
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
  return outcomes;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
function report(engine: Engine, outcomes: Outcome[]) {
  const how =
    engine === 'model'
      ? `Claude through the Anthropic simulator (turn ${TURN_MS} ms, rerank ${RERANK_MS} ms)`
      : 'offline engine (CPU only)';
  console.log(
    `bench:scale — ${mentionsFor(engine)} @mentions per run, ${CONCURRENCY} senders as fast as acks allow, PostgreSQL server, ${how}`,
  );
  console.log(
    '                                  answers/s  ack p99   first p50  first p95  dup  lost  twice  failed acks',
  );
  for (const o of outcomes) {
    console.log(
      `  ${o.label.padEnd(31)} ${o.throughput.toFixed(1).padStart(8)} ${`${o.ackP99.toFixed(0)} ms`.padStart(9)} ` +
        `${s(o.firstP50).padStart(10)} ${s(o.firstP95).padStart(10)} ${String(o.duplicates).padStart(4)} ` +
        `${String(o.lost).padStart(5)} ${String(o.twice).padStart(6)} ${String(o.failedAcks).padStart(12)}`,
    );
  }
  // Where the CPU went: on a machine shared with other work, a run whose cores are all busy cannot
  // show a scale-out, whatever the design; the split shows whether one process was the bottleneck.
  console.log(`  CPU (${availableParallelism()} cores; CPU seconds used during each run):`);
  for (const o of outcomes) {
    const parts = o.cpu.processes
      .filter((p) => p.seconds > 0.05)
      .map((p) => `${p.label === 'postgres' ? 'postgres (all databases)' : p.label} ${p.seconds.toFixed(1)}`)
      .concat(`postgres (this database) ${o.backendSeconds.toFixed(1)}`)
      .join(', ');
    console.log(
      `  ${o.label.padEnd(31)} machine ${(o.cpu.machineBusy * 100).toFixed(0)}% busy over ${o.cpu.wallSeconds.toFixed(0)} s; ${parts}`,
    );
  }
  // The figure to compare between versions: it does not depend on how busy the machine is.
  console.log(
    '  work per answered mention (CPU-ms: our processes + PostgreSQL backends of this database + bench):',
  );
  for (const o of outcomes) {
    const ours = appSeconds(o.cpu);
    const bench = o.cpu.processes.find((p) => p.label.startsWith('bench'))?.seconds ?? 0;
    const per = (seconds: number) => ((seconds * 1000) / o.answered).toFixed(1);
    console.log(
      `  ${o.label.padEnd(31)} ${per(ours + o.backendSeconds + bench)} ms = app ${per(ours)} + postgres ${per(o.backendSeconds)} + bench ${per(bench)}; ` +
        `${(o.statements / o.answered).toFixed(1)} statements per answer`,
    );
    const wall = o.cpu.wallSeconds;
    const netApp = ours - o.idle.app * wall;
    const netPostgres = o.backendSeconds - o.idle.postgres * wall;
    console.log(
      `  ${''.padEnd(31)} without the idle cost (${(o.idle.app * 1000).toFixed(0)} + ${(o.idle.postgres * 1000).toFixed(0)} CPU-ms/s): ` +
        `${per(netApp + netPostgres)} ms = app ${per(netApp)} + postgres ${per(netPostgres)}`,
    );
  }
  const a = outcomes.find((o) => o.label.startsWith('(a)'));
  const b = outcomes.find((o) => o.label.startsWith('(b)'));
  if (a && b) {
    console.log(
      `  scale-out factor (b)/(a), ${engine}: ${(b.throughput / a.throughput).toFixed(2)}× (target ≥ 1.7×)`,
    );
    // (b) runs four Node processes beside PostgreSQL and this bench; pure CPU cannot go faster
    // than the cores allow, whatever the design.
    if (engine === 'offline' && a.cpu.machineBusy > 0.75)
      console.log(
        `  (offline: (a) alone kept the ${availableParallelism()} cores ${(a.cpu.machineBusy * 100).toFixed(0)}% busy, so (b) can only spread the same CPU work, not add to it; the model run is the scale-out measure on this machine)`,
      );
  }
  console.log('');
}

for (const engine of ENGINES.filter(isEngine)) report(engine, await scenario(setupOf(engine)));
if (unexpectedModelCalls.size > 0)
  console.log(
    `  (the simulator got model calls this bench does not script: ${[...unexpectedModelCalls].join(', ')})`,
  );
await database.close();
await sim.close();
await model.close();
