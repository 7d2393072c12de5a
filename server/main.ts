import { createLogger } from '../core/shared/logger.ts';
import { startServer } from './boot.ts';
import { ConfigError, loadDotEnvFile, loadEnv } from './env.ts';

/** `npm start`: migrate, seed the demo (not in production), serve HTTP, run the job worker. */
async function main() {
  loadDotEnvFile();
  const env = loadEnv();
  const logger = createLogger({
    level: env.LOG_LEVEL,
    pretty: env.NODE_ENV === 'development' && process.stdout.isTTY,
  });
  const started = Date.now();
  const running = await startServer(env, logger);
  logger.info({ url: running.url, ms: Date.now() - started }, `ResolutionFlow listening on ${running.url}`);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('ResolutionFlow failed to start:', error);
  }
  process.exit(1);
});
