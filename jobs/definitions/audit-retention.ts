import { z } from 'zod';
import { listAccountIdsForMaintenance, purgeExpiredAuditLog } from '../../core/audit/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { JobDefinition } from '../definition.ts';

/**
 * Per account: delete audit entries older than the account's retention policy. One job per account
 * so a failure in one tenant retries alone and never blocks the others.
 */
export const auditRetentionForAccount: JobDefinition<{ accountId: string }> = {
  name: 'audit-retention.account',
  payload: z.object({ accountId: z.string().uuid() }),
  retry: { retryLimit: 5, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 600 },
  async handle({ database, logger }, { accountId }) {
    const ctx: TenantContext = {
      db: database,
      accountId,
      actor: { kind: 'system', name: 'audit-retention' },
    };
    const { deleted, cutoff } = await purgeExpiredAuditLog({ ctx });
    logger.info({ accountId, deleted, cutoff }, 'audit retention applied');
  },
};

/** The nightly sweep: fans out one per-account job for every tenant. */
export const auditRetentionSweep: JobDefinition<Record<string, never>> = {
  name: 'audit-retention.sweep',
  payload: z.object({}).strict(),
  retry: { retryLimit: 3, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 300 },
  schedule: '17 3 * * *',
  async handle(deps) {
    const accountIds = await listAccountIdsForMaintenance({ db: deps.database });
    for (const accountId of accountIds) {
      // singletonKey: a second sweep while one account's purge is queued does not queue it twice.
      await deps.enqueue(auditRetentionForAccount, { accountId }, { singletonKey: accountId });
    }
    deps.logger.info({ accounts: accountIds.length }, 'audit retention sweep queued');
  },
};
