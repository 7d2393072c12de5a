import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { selectRows } from '../../db/raw.ts';

/**
 * Refreshes the planner statistics of the knowledge tables and merges their GIN indexes' pending
 * entries; returns how many GIN indexes it merged. Search plans pick their indexes from the statistics, and a sync can change the index wholesale: a server's autovacuum catches up only later,
 * and PGlite has no autovacuum at all, so without this a fresh 50,000-chunk index is searched with
 * the estimates of an empty table and the planner may skip the indexes. Runs as the login role,
 * which owns the tables and their indexes (both need the owner); outside any transaction, so callers must not hold one open.
 */
export async function refreshSearchStatistics(database: Database): Promise<number> {
  // GIN's fast-update list holds new entries unsorted until a vacuum merges them (up to 4 MB by
  // default), and every search reads all of it. Only autovacuum or an explicit call merges it —
  // a manual ANALYZE does not — and PGlite never autovacuums: after a 50,000-chunk sync the full
  // text and trigram lookups took about twice as long until the list was merged. The indexes are
  // read from the catalog, not named: a renamed one (migration 0047) once went unmerged silently.
  const merged = await selectRows(
    database.db,
    sql`select gin_clean_pending_list(i.indexrelid::regclass)
        from pg_index i
        join pg_class c on c.oid = i.indexrelid
        join pg_am a on a.oid = c.relam
        where a.amname = 'gin' and i.indrelid in ('kb_chunks'::regclass, 'kb_term_stats'::regclass)`,
  );
  await database.db.execute(sql`analyze kb_chunks, kb_documents, kb_term_stats`);
  return merged.length;
}
