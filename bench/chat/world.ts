import { randomBytes } from 'node:crypto';
import { type Database, openDatabase } from '../../core/db/client.ts';
import { runMigrations } from '../../core/db/migrate.ts';
import type { DiagnosisDeps } from '../../core/sessions/index.ts';
import { silentLogger } from '../../core/shared/logger.ts';
import { startServer } from '../../server/boot.ts';
import { loadEnv } from '../../server/env.ts';
import {
  type SlackSimulator,
  type SlackSimulatorOptions,
  startSlackSimulator,
} from '../../sim/slack/index.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount } from '../../test/factories.ts';

/** The signing secret every chat bench signs with (ours and the bare Bolt app). */
export const BENCH_SECRET = 'bench-signing-secret-000000';

/**
 * The bench's database: embedded PGlite in memory by default; DATABASE_URL runs the same bench
 * against a PostgreSQL server, where query work happens off the event loop (PGlite's WASM engine
 * runs on it).
 */
export async function openBenchDatabase(url?: string, poolMax?: number): Promise<Database> {
  const database = url
    ? await openDatabase({ kind: 'postgres', url, ...(poolMax === undefined ? {} : { poolMax }) })
    : await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await runMigrations(database);
  return database;
}

/**
 * Our server's configuration in every chat bench, whether it runs in the bench's process
 * (`startChatWorld`) or in one of its own (bench/chat/child.ts): inbox + job queue in the one
 * process, which both acks and answers; no background worker; the offline engine is passed in.
 */
export function benchServerEnv(
  slack: { slackApiUrl: string; botToken: string; accountId?: string },
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    WORKER_IN_PROCESS: 'false',
    PGLITE_DATA_DIR: 'memory://',
    SLACK_SIGNING_SECRET: BENCH_SECRET,
    SLACK_BOT_TOKEN: slack.botToken,
    ...(slack.accountId ? { SLACK_ACCOUNT_ID: slack.accountId } : {}),
    SLACK_API_URL: slack.slackApiUrl,
    // One bench user sends every mention; a real load comes from many people (60/min each by default).
    BOT_RATE_LIMIT_PER_USER_PER_MINUTE: '0',
    ...extra,
  };
}

export interface ChatWorld {
  sim: SlackSimulator;
  /** Our server (inbox + job queue in this process, no background worker), on a random port. */
  server: Awaited<ReturnType<typeof startServer>>;
  accountId: string;
  /** The Slack user every mention comes from, linked by email to an engineer of the account. */
  userId: string;
  channel: string;
  close(): Promise<void>;
}

/**
 * One Slack workspace (simulated) installed for a new account on `database`, with one engineer
 * and a #helpdesk channel, and our server answering it with the offline engine. Each world is its
 * own workspace and account: a database server keeps those of earlier runs, and one workspace
 * belongs to one account.
 */
export async function startChatWorld(options: {
  database: Database;
  accountName: string;
  /** Default: a random team id. */
  teamId?: string;
  scope?: SlackSimulatorOptions['scope'];
  /** Server configuration on top of the bench's own. */
  env?: Record<string, string>;
  diagnosis?: DiagnosisDeps;
}): Promise<ChatWorld> {
  const sim = await startSlackSimulator({
    ...(options.scope ? { scope: options.scope } : {}),
    workspace: { teamId: options.teamId ?? `T${randomBytes(5).toString('hex').toUpperCase()}` },
  });
  const account = await createTestAccount(options.database, options.accountName);
  const engineer = await account.member('engineer');
  const slackUser = sim.addUser({ name: 'bench', email: engineer.email });
  const channel = sim.addChannel({ name: 'helpdesk' }).id;
  const server = await startServer(
    loadEnv(
      benchServerEnv(
        { slackApiUrl: sim.url, botToken: sim.botToken, accountId: account.accountId },
        options.env,
      ),
    ),
    silentLogger,
    { database: options.database, diagnosis: options.diagnosis ?? offlineDiagnosis() },
  );
  return {
    sim,
    server,
    accountId: account.accountId,
    userId: slackUser.id,
    channel,
    async close() {
      await server.stop();
      await sim.close();
    },
  };
}
