import { openDatabase } from '../core/db/client.ts';
import { runMigrations } from '../core/db/migrate.ts';

/**
 * With DATABASE_URL set (CI's second pass), migrate the server once before any worker starts so the
 * suites exercise an already-migrated database like production does. PGlite needs nothing here:
 * each worker migrates its own in-memory instance.
 */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const database = await openDatabase({ kind: 'postgres', url });
  try {
    await runMigrations(database);
  } finally {
    await database.close();
  }
}
