import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFreshDatabase, TEST_DATABASE_URL, testDatabase } from '../../test/db.ts';
import { type AppDb, type Database, openDatabase } from './client.ts';
import { MIGRATIONS_FOLDER, runMigrations } from './migrate.ts';

/** Rows of a raw statement; both drivers answer `{ rows }`, Drizzle's common type does not say so. */
async function rows<T>(db: AppDb, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
  entries: Array<{ tag: string; when: number }>;
};

async function appliedMigrations(db: AppDb) {
  return rows<{ n: string; last: string | null }>(
    db,
    sql`select count(*)::text as n, max(created_at)::text as last from drizzle.__drizzle_migrations`,
  ).then((r) => ({ count: Number(r[0]?.n), last: Number(r[0]?.last) }));
}

async function publicTables(db: AppDb): Promise<string[]> {
  const found = await rows<{ t: string }>(
    db,
    sql`select tablename as t from pg_tables where schemaname = 'public' order by tablename`,
  );
  return found.map((r) => r.t);
}

const FOUNDATION_TABLES = ['accounts', 'audit_log', 'chat_identities', 'users'];
const lastMigration = journal.entries.at(-1);

describe('migrations on an empty embedded database', () => {
  // Always available, even when the suites run against a server.
  let empty: Database;

  beforeAll(async () => {
    empty = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  });
  afterAll(async () => {
    await empty?.close();
  });

  it('start from nothing and apply every migration in the journal', async () => {
    expect(await publicTables(empty.db)).toEqual([]);
    await runMigrations(empty);
    expect(await publicTables(empty.db)).toEqual(expect.arrayContaining(FOUNDATION_TABLES));
    expect(await appliedMigrations(empty.db)).toEqual({
      count: journal.entries.length,
      last: lastMigration?.when,
    });
  });

  it('are a no-op when run again', async () => {
    const before = await appliedMigrations(empty.db);
    const tables = await publicTables(empty.db);
    await runMigrations(empty);
    await runMigrations(empty);
    expect(await appliedMigrations(empty.db)).toEqual(before);
    expect(await publicTables(empty.db)).toEqual(tables);
  });
});

describe(`migrations on the test database (${TEST_DATABASE_URL ? 'server' : 'embedded'})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await testDatabase();
  });

  it('are fully applied', async () => {
    expect(await appliedMigrations(database.db)).toEqual({
      count: journal.entries.length,
      last: lastMigration?.when,
    });
    expect(await publicTables(database.db)).toEqual(expect.arrayContaining(FOUNDATION_TABLES));
  });

  it('are a no-op when run again, including by two processes at once', async () => {
    const before = await appliedMigrations(database.db);
    if (TEST_DATABASE_URL) {
      // A second pool, like a second server starting: the advisory lock serialises the two.
      const other = await openFreshDatabase();
      try {
        await Promise.all([runMigrations(database), runMigrations(other)]);
      } finally {
        await other.close();
      }
    } else {
      // An embedded database belongs to one process; run it twice in a row instead.
      await runMigrations(database);
      await runMigrations(database);
    }
    expect(await appliedMigrations(database.db)).toEqual(before);
  });

  it('create app_user and app_system as NOLOGIN, NOSUPERUSER, NOBYPASSRLS roles the login role can become', async () => {
    const roles = await rows<{
      rolname: string;
      rolsuper: boolean;
      rolbypassrls: boolean;
      rolcanlogin: boolean;
      member: boolean;
    }>(
      database.db,
      sql`select rolname, rolsuper, rolbypassrls, rolcanlogin, pg_has_role(current_user, oid, 'member') as member
          from pg_roles where rolname in ('app_user', 'app_system') order by rolname`,
    );
    expect(roles).toEqual([
      { rolname: 'app_system', rolsuper: false, rolbypassrls: false, rolcanlogin: false, member: true },
      { rolname: 'app_user', rolsuper: false, rolbypassrls: false, rolcanlogin: false, member: true },
    ]);
  });

  it('leave the audit log append-only for app_user and not truncatable by app_system', async () => {
    const grants = await rows<{ role: string; privilege: string; granted: boolean }>(
      database.db,
      sql`select r.role, p.privilege, has_table_privilege(r.role, 'public.audit_log', p.privilege) as granted
          from (values ('app_user'), ('app_system')) r(role),
               (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE')) p(privilege)
          order by 1, 2`,
    );
    const granted = grants.filter((g) => g.granted).map((g) => `${g.role}:${g.privilege}`);
    expect(granted).toEqual([
      'app_system:DELETE',
      'app_system:INSERT',
      'app_system:SELECT',
      'app_user:INSERT',
      'app_user:SELECT',
    ]);
  });
});
