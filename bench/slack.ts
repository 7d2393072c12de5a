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
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import { openDatabase } from '../core/db/client.ts';
import { runMigrations } from '../core/db/migrate.ts';
import { silentLogger } from '../core/shared/logger.ts';
import { startServer } from '../server/boot.ts';
import { loadEnv } from '../server/env.ts';
import { messageEvent, sendSigned, startSlackSimulator } from '../sim/slack/index.ts';
import { offlineDiagnosis } from '../test/diagnosis.ts';
import { createTestAccount } from '../test/factories.ts';
import { measureFirstText, PACE } from './slack-first-text.ts';

const EVENTS = 2_000;
const CONCURRENCY = 16;
const SECRET = 'bench-signing-secret-000000';

const sim = await startSlackSimulator();
// Embedded PGlite by default; DATABASE_URL runs the same bench against a PostgreSQL server, where
// query work happens off the event loop (PGlite's WASM engine runs on it).
const serverUrl = loadEnv().DATABASE_URL;
const database = serverUrl
  ? await openDatabase({ kind: 'postgres', url: serverUrl })
  : await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
await runMigrations(database);
const account = await createTestAccount(database, 'Bench');
const engineer = await account.member('engineer');
const slackUser = sim.addUser({ name: 'bench', email: engineer.email });
const channel = sim.addChannel({ name: 'helpdesk' }).id;

const ours = await startServer(
  loadEnv({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    WORKER_IN_PROCESS: 'false',
    PGLITE_DATA_DIR: 'memory://',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: sim.botToken,
    SLACK_ACCOUNT_ID: account.accountId,
    SLACK_API_URL: sim.url,
    // One bench user sends every mention: measured here is the ack path, not the per-person limit.
    BOT_RATE_LIMIT_PER_USER_PER_MINUTE: '0',
  }),
  silentLogger,
  { database, diagnosis: offlineDiagnosis() },
);

// The baseline: the same Bolt version and receiver, no work at all.
const bareRouter = express.Router();
const bareReceiver = new ExpressReceiver({
  signingSecret: SECRET,
  endpoints: '/slack/events',
  router: bareRouter,
});
const bareApp = new App({
  receiver: bareReceiver,
  authorize: async () => ({ botToken: sim.botToken, botUserId: sim.workspace.botUserId }),
  clientOptions: { slackApiUrl: sim.url },
});
bareApp.message(async () => {});
const bareHttp = express().use(bareRouter).listen(0, '127.0.0.1');
await new Promise((r) => bareHttp.once('listening', r));
const bareUrl = `http://127.0.0.1:${(bareHttp.address() as AddressInfo).port}`;

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

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

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

await ours.stop();
bareHttp.close();
await sim.close();

const classic = await measureFirstText(database, SECRET, false);
const native = await measureFirstText(database, SECRET, true);
console.log(
  `\nmention → thread (${classic.firstText.length} mentions each, concurrency 4; simulated model: first token ${PACE.firstTokenMs} ms, then ${PACE.chunks} pieces ${PACE.chunkMs} ms apart)`,
);
console.log('                          first sign p50/p95     first text p50/p95     complete p50/p95');
for (const r of [classic, native]) {
  const pair = (xs: number[]) => `${ms(pct(xs, 50))} ${ms(pct(xs, 95))}`;
  console.log(`  ${r.mode.padEnd(16)} ${pair(r.firstSign)} ${pair(r.firstText)} ${pair(r.complete)}`);
}
await database.close();
