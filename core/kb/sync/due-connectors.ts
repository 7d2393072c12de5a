import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { selectRows } from '../../db/raw.ts';
import { withSystemTransaction } from '../../db/transactions.ts';
import { STALE_RUN_MS } from './run-sync.ts';

/**
 * Enabled connectors whose last attempt (success or failure) is older than their interval, across
 * every account — read as the system because the schedule fans out over tenants; each sync then
 * runs in its own tenant. Basing it on the last attempt, not the last success, keeps a connector
 * with a bad key from being retried every sweep. A run whose worker died counts as due again once stale.
 */
export async function dueConnectors(
  database: Database,
  now = new Date(),
): Promise<Array<{ accountId: string; connectorId: string }>> {
  return withSystemTransaction(database, 'knowledge sync fan-out', async (tx) => {
    const rows = await selectRows<{ account_id: string; id: string }>(
      tx,
      sql`select account_id, id from kb_connectors
          where enabled and kind <> 'demo'
            and (
              (sync_status <> 'running'
                and greatest(coalesce(last_success_at, '-infinity'), coalesce(last_error_at, '-infinity'))
                    < ${now.toISOString()}::timestamptz - make_interval(mins => sync_interval_minutes))
              or (sync_status = 'running' and updated_at < ${new Date(now.getTime() - STALE_RUN_MS).toISOString()}::timestamptz)
            )
          order by greatest(coalesce(last_success_at, '-infinity'), coalesce(last_error_at, '-infinity'))`,
    );
    return rows.map((r) => ({ accountId: r.account_id, connectorId: r.id }));
  });
}
