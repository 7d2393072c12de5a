import { z } from 'zod';
import { listAccountIdsForMaintenance } from '../../core/audit/index.ts';
import { deliverSessionOutbox, dueOutboxSessions } from '../../core/psa/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { JobDefinition } from '../definition.ts';

/**
 * Delivers one session's queued PSA writes, in order. Failures the PSA may recover from are
 * rescheduled on the row (with backoff or the PSA's Retry-After) and picked up again here; a
 * crash mid-delivery is retried by pg-boss, and the outbox's duplicate check keeps it exactly-once.
 */
export const psaOutboxDeliver: JobDefinition<{ accountId: string; sessionId: string }> = {
  name: 'psa-outbox.deliver',
  payload: z.object({ accountId: z.string().uuid(), sessionId: z.string().uuid() }),
  retry: { retryLimit: 5, retryDelaySeconds: 10, retryBackoff: true, expireInSeconds: 300 },
  async handle(deps, { accountId, sessionId }) {
    if (!deps.psa) throw new Error('psa-outbox.deliver needs PSA access in this worker');
    const ctx: TenantContext = {
      db: deps.database,
      accountId,
      actor: { kind: 'system', name: 'psa-outbox' },
    };
    const report = await deliverSessionOutbox({ ctx, deps: deps.psa, sessionId });
    deps.logger.info({ accountId, sessionId, ...report }, 'PSA outbox delivery');
    if (report.delivered + report.failed > 0 || report.problem) {
      // Telling the thread is best effort: the delivery itself is recorded whatever happens here.
      await deps
        .onDelivered?.({ accountId, sessionId, report })
        .catch((error: unknown) =>
          deps.logger.warn({ err: error, sessionId }, 'could not announce the PSA delivery'),
        );
    }
  },
};

/** Every minute: any session with writes due (a retry whose backoff ended, a missed enqueue). */
export const psaOutboxSweep: JobDefinition<Record<string, never>> = {
  name: 'psa-outbox.sweep',
  payload: z.object({}).strict(),
  retry: { retryLimit: 1, retryDelaySeconds: 30, retryBackoff: false, expireInSeconds: 120 },
  schedule: '* * * * *',
  async handle(deps) {
    for (const accountId of await listAccountIdsForMaintenance({ db: deps.database })) {
      const ctx: TenantContext = {
        db: deps.database,
        accountId,
        actor: { kind: 'system', name: 'psa-outbox' },
      };
      for (const sessionId of await dueOutboxSessions(ctx)) {
        await deps.enqueue(psaOutboxDeliver, { accountId, sessionId }, { singletonKey: sessionId });
      }
    }
  },
};
