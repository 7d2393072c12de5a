import { and, eq, lt, sql } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { recordAudit } from './record-audit.ts';

/**
 * Deletes one account's audit entries older than its `audit_retention_days`. The application role
 * may not delete audit rows at all, so this runs as `app_system` — but only ever for `ctx.accountId`,
 * and the cut-off comes from the account's own policy, never from the caller.
 */
export async function purgeExpiredAuditLog({ ctx, now = new Date() }: { ctx: TenantContext; now?: Date }) {
  const grant = authorize(ctx, 'audit.purge');
  return withSystemTransaction(ctx.db, 'audit retention', async (tx) => {
    const [account] = await tx
      .select({ days: accountsTable.auditRetentionDays })
      .from(accountsTable)
      .where(eq(accountsTable.id, ctx.accountId));
    if (!account) throw new NotFoundError('Account');
    const cutoff = new Date(now.getTime() - account.days * 86_400_000);
    const deleted = await tx
      .delete(auditLogTable)
      .where(and(eq(auditLogTable.accountId, ctx.accountId), lt(auditLogTable.occurredAt, cutoff)))
      .returning({ id: auditLogTable.id });
    if (deleted.length > 0) {
      await recordAudit(tx, ctx, {
        action: 'audit.retention_purged',
        metadata: { deleted: deleted.length, cutoff: cutoff.toISOString(), retentionDays: account.days },
        grant,
      });
    }
    return { deleted: deleted.length, cutoff };
  });
}

/** Accounts for the retention fan-out: every tenant, read as the system. */
export async function listAccountIdsForMaintenance(ctx: Pick<TenantContext, 'db'>): Promise<string[]> {
  return withSystemTransaction(ctx.db, 'maintenance fan-out', async (tx) => {
    const rows = await tx.select({ id: accountsTable.id }).from(accountsTable).orderBy(sql`created_at`);
    return rows.map((r) => r.id);
  });
}
