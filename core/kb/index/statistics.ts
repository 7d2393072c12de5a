import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';

/**
 * Refreshes the planner statistics of the knowledge tables. Search plans pick their indexes from
 * them, and a sync can change the index wholesale: a server's autovacuum catches up only later,
 * and PGlite has no autovacuum at all, so without this a fresh 50,000-chunk index is searched with
 * the estimates of an empty table and the planner may skip the indexes. Runs as the login role,
 * which owns the tables; outside any transaction, so callers must not hold one open.
 */
export async function refreshSearchStatistics(database: Database): Promise<void> {
  await database.db.execute(sql`analyze kb_chunks, kb_documents, kb_term_stats`);
}
