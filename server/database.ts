import { type Database, openDatabase } from '../core/db/client.ts';
import { runMigrations } from '../core/db/migrate.ts';
import type { Env } from './env.ts';

/** `DATABASE_URL` set → that server; unset → embedded PGlite under PGLITE_DATA_DIR. Migrated before use. */
export async function openMigratedDatabase(env: Env): Promise<Database> {
  const database = env.DATABASE_URL
    ? await openDatabase({ kind: 'postgres', url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX })
    : await openDatabase({ kind: 'pglite', dataDir: env.PGLITE_DATA_DIR });
  try {
    await runMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
