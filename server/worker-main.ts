import { createLogger } from '../core/shared/logger.ts';
import { startJobQueue } from '../jobs/queue.ts';
import { JOB_DEFINITIONS } from '../jobs/registry.ts';
import { openMigratedDatabase } from './database.ts';
import { createPsaDeps } from './diagnosis.ts';
import { ConfigError, loadDotEnvFile, loadEnv } from './env.ts';
import { resolveAppKeys } from './secrets.ts';

/**
 * `npm run worker`: only the job worker, for scaling jobs apart from HTTP. Against a server, run as
 * many as you like. On embedded PGlite the database belongs to one process, so use `npm start`
 * (which runs the worker in-process) instead of a second process on the same directory.
 */
async function main() {
  loadDotEnvFile();
  const env = loadEnv();
  const logger = createLogger({ level: env.LOG_LEVEL, name: 'resolutionflow-worker' });
  if (!env.DATABASE_URL) {
    logger.warn(
      'DATABASE_URL is not set: this worker owns the embedded database; do not run `npm start` beside it',
    );
  }
  const database = await openMigratedDatabase(env);
  const queue = await startJobQueue({
    database,
    logger,
    definitions: JOB_DEFINITIONS,
    work: true,
    schedules: { 'audit-retention.sweep': env.AUDIT_RETENTION_CRON },
    psa: createPsaDeps(resolveAppKeys(env).keys, logger),
    secretsKey: resolveAppKeys(env).keys.secretsAtRest,
  });
  logger.info({ jobs: JOB_DEFINITIONS.map((d) => d.name) }, 'worker running');
  const shutdown = async () => {
    await queue.stop(env.SHUTDOWN_TIMEOUT_MS);
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
