import { z } from 'zod';
import { listAccountIdsForMaintenance } from '../../core/audit/index.ts';
import { runFlowFlywheel } from '../../core/flows/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { JobDefinition } from '../definition.ts';

/**
 * Per account: promote assistant-built flows whose walks reached the success bar, demote published
 * ones whose fixes stopped working (core/flows/flywheel.ts). One job per account so one tenant's
 * failure retries alone.
 */
export const flowsFlywheelForAccount: JobDefinition<{ accountId: string }> = {
  name: 'flows-flywheel.account',
  payload: z.object({ accountId: z.string().uuid() }),
  retry: { retryLimit: 3, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 300 },
  async handle({ database, logger }, { accountId }) {
    const ctx: TenantContext = { db: database, accountId, actor: { kind: 'system', name: 'flows-flywheel' } };
    const report = await runFlowFlywheel({ ctx });
    if (report.promoted.length + report.demoted.length > 0) {
      logger.info({ accountId, ...report }, 'flow flywheel moved drafts');
    }
  },
};

/** Hourly: a walk's outcome shows in match-or-build within the hour, without a job per walk. */
export const flowsFlywheelSweep: JobDefinition<Record<string, never>> = {
  name: 'flows-flywheel.sweep',
  payload: z.object({}).strict(),
  retry: { retryLimit: 3, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 300 },
  schedule: '41 * * * *',
  async handle(deps) {
    const accountIds = await listAccountIdsForMaintenance({ db: deps.database });
    for (const accountId of accountIds) {
      await deps.enqueue(flowsFlywheelForAccount, { accountId }, { singletonKey: accountId });
    }
  },
};
