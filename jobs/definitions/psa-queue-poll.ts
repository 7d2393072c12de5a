import { z } from 'zod';
import type { TenantContext } from '../../core/shared/context.ts';
import { accountsWithPsa, deliverWalkIns, pollPsaQueue } from '../../core/tickets/index.ts';
import type { JobDefinition } from '../definition.ts';

/**
 * One account's PSA queue: first the walk-ins waiting to be created in the PSA (so the poll that
 * follows finds them linked, not new), then the tickets changed on the chosen boards since the
 * cursor. A PSA outage fails the job and pg-boss retries it; the cursor moved only for what was saved.
 */
export const psaQueuePoll: JobDefinition<{ accountId: string }> = {
  name: 'psa-queue.poll',
  payload: z.object({ accountId: z.string().uuid() }),
  retry: { retryLimit: 2, retryDelaySeconds: 20, retryBackoff: true, expireInSeconds: 300 },
  async handle(deps, { accountId }) {
    if (!deps.psa) throw new Error('psa-queue.poll needs PSA access in this worker');
    const ctx: TenantContext = { db: deps.database, accountId, actor: { kind: 'system', name: 'psa-queue' } };
    const delivered = await deliverWalkIns({ ctx, deps: deps.psa });
    const report = await pollPsaQueue({ ctx, deps: deps.psa });
    deps.logger.info({ accountId, walkIns: delivered, ...report }, 'PSA queue polled');
    if (delivered.created + report.created + report.updated + report.closed > 0) {
      // Refreshing App Homes and cards is best effort: the queue itself is already saved.
      await deps
        .onTicketsChanged?.({ accountId })
        .catch((error: unknown) =>
          deps.logger.warn({ err: error, accountId }, 'could not refresh queue views'),
        );
    }
  },
};

/** Every minute: one poll per account with a PSA connected (singleton per account, never two at once). */
export const psaQueueSweep: JobDefinition<Record<string, never>> = {
  name: 'psa-queue.sweep',
  payload: z.object({}).strict(),
  retry: { retryLimit: 1, retryDelaySeconds: 30, retryBackoff: false, expireInSeconds: 120 },
  schedule: '* * * * *',
  async handle(deps) {
    for (const accountId of await accountsWithPsa(deps.database)) {
      await deps.enqueue(psaQueuePoll, { accountId }, { singletonKey: accountId });
    }
  },
};
