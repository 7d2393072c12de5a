import { type Database, openDatabase } from '../core/db/client.ts';
import { runMigrations } from '../core/db/migrate.ts';

let shared: Promise<Database> | undefined;

/** Which database the suites run on: CI runs everything twice, once per kind. */
export const TEST_DATABASE_URL = process.env.DATABASE_URL || undefined;

/**
 * One migrated database per test worker: in-memory PGlite by default, the server when DATABASE_URL
 * is set. Tests isolate by creating their own accounts (see factories.ts), never by truncating, so
 * they can share it and run in any order.
 */
export function testDatabase(): Promise<Database> {
  shared ??= openFreshDatabase();
  return shared;
}

/** A database of its own, for tests that close it or need an empty one (migrations, health). */
export async function openFreshDatabase(): Promise<Database> {
  const database = TEST_DATABASE_URL
    ? await openDatabase({ kind: 'postgres', url: TEST_DATABASE_URL, poolMax: 5 })
    : await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await runMigrations(database);
  return database;
}
