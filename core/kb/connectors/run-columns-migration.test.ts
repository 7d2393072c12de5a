/**
 * Migration 0020 moves what older runners kept in the cursor JSON (`{connector, stats}`) into the
 * `last_run_*` columns and leaves only the connector's position in `cursor`, so an upgraded
 * connector resumes where it was and still shows its last run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithOwner } from '../../accounts/create-account.ts';
import { type Database, openDatabase } from '../../db/client.ts';
import { MIGRATIONS_FOLDER, runMigrations } from '../../db/migrate.ts';
import { selectRows } from '../../db/raw.ts';

let database: Database;
let accountId: string;

/** The data-moving statements of 0020, re-run on rows written the old way. */
const dataStatements = readFileSync(join(MIGRATIONS_FOLDER, '0020_kb_last_seen_and_run_stats.sql'), 'utf8')
  .split('--> statement-breakpoint')
  .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
  .filter((s) => s.startsWith('UPDATE "kb_connectors"'));

beforeAll(async () => {
  database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await runMigrations(database);
  ({ accountId } = await createAccountWithOwner(database, {
    name: 'Upgrade Co',
    owner: { email: 'owner@upgrade.example', name: 'Owner', password: 'correct horse battery staple' },
  }));
});
afterAll(() => database?.close());

describe('migration 0020 on connectors written by the previous runner', () => {
  it('moves the run numbers into their columns and unwraps the connector position', async () => {
    const old = {
      connector: { watermark: '2026-03-01T02:00:00.000Z', lastFullAt: '2026-03-01T00:00:00.000Z', run: null },
      stats: {
        startedAt: '2026-03-01T02:00:00.000Z',
        finishedAt: '2026-03-01T02:00:05.000Z',
        pages: 3,
        created: 2,
        updated: 1,
        unchanged: 7,
        deleted: 1,
        skipped: 1,
        skippedItems: [{ externalId: 'd/1', title: 'huge.pdf', reason: 'too big' }],
      },
    };
    const before = [
      sql`(${accountId}, 'itglue', 'Upgraded', 'sealed', ${JSON.stringify(old)}::jsonb)`,
      sql`(${accountId}, 'hudu', 'Never synced', 'sealed', null)`,
      sql`(${accountId}, 'graph', 'Stats only', 'sealed', ${JSON.stringify({ connector: null, stats: old.stats })}::jsonb)`,
    ];
    await database.db.execute(
      sql`insert into kb_connectors (account_id, kind, name, secret_sealed, cursor) values ${sql.join(before, sql`, `)}`,
    );
    expect(dataStatements).toHaveLength(3);
    for (const statement of dataStatements) await database.db.execute(sql.raw(statement));

    const rows = await selectRows<Record<string, unknown>>(
      database.db,
      sql`select name, cursor, last_run_started_at, last_run_pages, last_run_created, last_run_unchanged,
                 last_run_deleted, last_run_skipped, last_run_skipped_items
          from kb_connectors order by name`,
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName.Upgraded).toMatchObject({
      cursor: old.connector,
      last_run_pages: 3,
      last_run_created: 2,
      last_run_unchanged: 7,
      last_run_deleted: 1,
      last_run_skipped: 1,
      last_run_skipped_items: old.stats.skippedItems,
    });
    expect(new Date(byName.Upgraded?.last_run_started_at as string).toISOString()).toBe(old.stats.startedAt);
    expect(byName['Never synced']).toMatchObject({
      cursor: null,
      last_run_started_at: null,
      last_run_pages: 0,
    });
    expect(byName['Stats only']).toMatchObject({ cursor: null, last_run_created: 2 });
  });
});
