import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../core/db/client.ts';
import { runMigrations } from '../../core/db/migrate.ts';
import { slackInstallationsTable } from '../../core/db/schema/chat.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import { silentLogger } from '../../core/shared/logger.ts';
import { startServer } from '../../server/boot.ts';
import { loadEnv } from '../../server/env.ts';
import { startSlackSimulator } from '../../sim/slack/index.ts';
import { createTestAccount } from '../../test/factories.ts';
import { SIGNING_SECRET } from './slack-test-kit.ts';

describe('Slack single-workspace mode (SLACK_BOT_TOKEN) without SLACK_ACCOUNT_ID', () => {
  it('attaches the workspace to the only account, and keeps it there after another account signs up', async () => {
    const teamId = `T${randomBytes(5).toString('hex').toUpperCase()}`;
    const sim = await startSlackSimulator({ workspace: { teamId } });
    // Its own database: "the only account" needs a database with one account in it.
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      await runMigrations(database);
      const first = await createTestAccount(database, 'First MSP');
      const env = loadEnv({
        NODE_ENV: 'development',
        PORT: '0',
        SEED_DEMO: 'false',
        WORKER_IN_PROCESS: 'false',
        LOG_LEVEL: 'silent',
        APP_SECRET_KEY: randomBytes(32).toString('base64'),
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: sim.botToken,
        SLACK_API_URL: sim.url,
      });
      const attachedTo = async () =>
        (
          await withSystemTransaction(database, 'test', (tx) =>
            tx.select().from(slackInstallationsTable).where(eq(slackInstallationsTable.teamId, teamId)),
          )
        ).map((row) => row.accountId);
      await (await startServer(env, silentLogger, { database })).stop();
      expect(await attachedTo()).toEqual([first.accountId]);
      // A stranger signs up (signup is open by default): the next deploy must still start.
      await createTestAccount(database, 'Signed up later');
      await (await startServer(env, silentLogger, { database })).stop();
      expect(await attachedTo()).toEqual([first.accountId]);
    } finally {
      await database.close();
      await sim.close();
    }
  });
});
