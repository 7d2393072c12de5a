import { openDatabase } from '../core/db/client.ts';
import { runMigrations } from '../core/db/migrate.ts';
import { ensureAdminWebBuilt } from './browser/harness.ts';

/**
 * Builds the admin web once if its sources are newer than the build, before any worker starts:
 * two browser-test files building it at the same time would write over each other's output.
 *
 * With DATABASE_URL set (CI's second pass), migrate the server once before any worker starts so the
 * suites exercise an already-migrated database like production does. PGlite needs nothing here:
 * each worker migrates its own in-memory instance.
 */
export default async function setup() {
  await ensureAdminWebBuilt();
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const database = await openDatabase({ kind: 'postgres', url });
  try {
    await runMigrations(database);
  } finally {
    await database.close();
  }
}
