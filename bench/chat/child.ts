/**
 * A chat bench's server under test in a process of its own, as it is deployed: the bench process
 * keeps the load generator and the Slack simulator (in production, Slack's servers), so their work
 * is not charged to the server's acks. Started by `startBenchChild` (bench/chat/process.ts) with
 * `fork`, configured by environment variables like a deployment:
 *
 *   ours — our real server (`startServer`, the same call as `startChatWorld`) with the offline
 *          engine. It opens the database itself: PGlite (memory://) can only live in the process
 *          that uses it, and DATABASE_URL points it at a PostgreSQL server. It then creates the
 *          account and its engineer and reports them, so the bench can add that user to the
 *          simulated workspace before it sends.
 *   bare — the bare Bolt baseline (`startBareBolt`), answering nothing.
 *
 * Over IPC it sends `ready` once listening, answers `cpu` with its own process.cpuUsage(), and on
 * `stop` shuts down gracefully and exits. It exits too when the bench goes away (IPC disconnect).
 */
import { createLogger } from '../../core/shared/logger.ts';
import { startServer } from '../../server/boot.ts';
import { loadEnv } from '../../server/env.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount } from '../../test/factories.ts';
import { startBareBolt } from './load.ts';
import type { ChildReply, ChildRequest } from './process.ts';
import { openBenchDatabase } from './world.ts';

const role = process.argv[2];
const send = (message: ChildReply) => process.send?.(message);

async function startOurs() {
  const env = loadEnv();
  // Migrated, like the in-process bench's.
  const database = await openBenchDatabase(env.DATABASE_URL, env.DATABASE_POOL_MAX);
  const account = await createTestAccount(database, process.env.BENCH_ACCOUNT_NAME ?? 'Bench');
  const engineer = await account.member('engineer');
  const server = await startServer(
    loadEnv({ ...process.env, SLACK_ACCOUNT_ID: account.accountId }),
    createLogger({ level: env.LOG_LEVEL }),
    { database, diagnosis: offlineDiagnosis() },
  );
  return {
    ready: { url: server.url, accountId: account.accountId, engineerEmail: engineer.email },
    async close() {
      await server.stop();
      await database.close();
    },
  };
}

async function startBare() {
  const { SLACK_API_URL, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, BENCH_BOT_USER_ID } = process.env;
  if (!SLACK_API_URL || !SLACK_BOT_TOKEN || !SLACK_SIGNING_SECRET || !BENCH_BOT_USER_ID)
    throw new Error(
      'bare: SLACK_API_URL, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and BENCH_BOT_USER_ID are required',
    );
  const bare = await startBareBolt(
    { url: SLACK_API_URL, botToken: SLACK_BOT_TOKEN, workspace: { botUserId: BENCH_BOT_USER_ID } },
    SLACK_SIGNING_SECRET,
  );
  return { ready: { url: bare.url }, close: bare.close };
}

if (!process.send) throw new Error('bench/chat/child.ts is started by the bench with an IPC channel');
// No bench, no purpose: never outlive it.
process.on('disconnect', () => process.exit(0));
try {
  const running = role === 'ours' ? await startOurs() : role === 'bare' ? await startBare() : null;
  if (!running) throw new Error(`unknown role ${role ?? '(none)'}`);
  process.on('message', (message: ChildRequest) => {
    if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      send({ type: 'cpu', id: message.id, seconds: (user + system) / 1e6 });
    } else if (message.type === 'stop') {
      running.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`bench child (${role}) did not stop cleanly:`, error);
          process.exit(1);
        },
      );
    }
  });
  send({ type: 'ready', ...running.ready });
} catch (error) {
  console.error(`bench child (${role}) failed to start:`, error);
  process.exit(1);
}
