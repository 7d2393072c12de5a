import { recordAudit } from '../../audit/record-audit.ts';
import { authorize } from '../../auth/permissions.ts';
import { withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { getConnectorRow } from '../connectors/manage.ts';
import { assertManageable } from '../connectors/settings.ts';
import { STALE_RUN_MS } from './run-sync.ts';

/**
 * "Sync now" from the admin: checks the connector is this account's and not already syncing, and
 * audits the request. The caller queues the job (core does not know the queue).
 */
export async function requestSync({ ctx, connectorId }: { ctx: TenantContext; connectorId: string }) {
  const grant = authorize(ctx, 'kb.sync');
  const row = await getConnectorRow(ctx, connectorId);
  assertManageable(row);
  const stale = row.updatedAt.getTime() < Date.now() - STALE_RUN_MS;
  if (row.syncStatus === 'running' && !stale)
    throw new ConflictError(`"${row.name}" is already syncing.`, { connectorId: row.id });
  await withTransaction(ctx, (tx) =>
    recordAudit(tx, ctx, {
      action: 'kb.sync_requested',
      target: { type: 'kb_connector', id: row.id },
      grant,
    }),
  );
  return { accountId: row.accountId, connectorId: row.id };
}
