import { openMigratedDatabase } from './database.ts';
import { ConfigError, loadDotEnvFile, loadEnv } from './env.ts';

/** `npm run db:migrate`: apply migrations and exit (the server also does this at start). */
async function main() {
  loadDotEnvFile();
  const env = loadEnv();
  const database = await openMigratedDatabase(env);
  await database.close();
  console.log(`migrations applied (${env.DATABASE_URL ? 'server' : `embedded at ${env.PGLITE_DATA_DIR}`})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
