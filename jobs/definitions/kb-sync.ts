import { z } from 'zod';
import { dueConnectors, runConnectorSync } from '../../core/kb/sync/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { ConflictError, NotFoundError } from '../../core/shared/errors.ts';
import type { JobDefinition } from '../definition.ts';

/**
 * Syncs one knowledge connector. A failing source is recorded on the connector (status `failed`,
 * last error) and not thrown: the sweep tries again after the connector's interval, from the cursor
 * of the last committed page. One job per connector at a time (singletonKey), and the runner refuses
 * a second concurrent run anyway.
 */
export const kbSyncConnector: JobDefinition<{ accountId: string; connectorId: string }> = {
  name: 'kb-sync.connector',
  payload: z.object({ accountId: z.string().uuid(), connectorId: z.string().uuid() }),
  // A large first sync of a SharePoint site can take a while; the runner's stale-run take-over is 30 min.
  retry: { retryLimit: 2, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 3_600 },
  async handle(deps, { accountId, connectorId }) {
    if (!deps.secretsKey) throw new Error('kb-sync.connector needs the secrets key in this worker');
    const ctx: TenantContext = { db: deps.database, accountId, actor: { kind: 'system', name: 'kb-sync' } };
    try {
      const report = await runConnectorSync({
        ctx,
        deps: { secretsKey: deps.secretsKey, logger: deps.logger },
        connectorId,
      });
      if (!report.ok) deps.logger.warn({ connectorId, reason: report.error }, 'knowledge sync failed');
    } catch (error) {
      // Running elsewhere, or deleted since it was queued: nothing to do.
      if (error instanceof ConflictError || error instanceof NotFoundError) {
        deps.logger.info({ connectorId, reason: error.message }, 'knowledge sync skipped');
        return;
      }
      throw error;
    }
  },
};

/** Every 5 minutes: queue a sync for each enabled connector whose interval has passed. */
export const kbSyncSweep: JobDefinition<Record<string, never>> = {
  name: 'kb-sync.sweep',
  payload: z.object({}).strict(),
  retry: { retryLimit: 1, retryDelaySeconds: 60, retryBackoff: false, expireInSeconds: 240 },
  schedule: '*/5 * * * *',
  async handle(deps) {
    const due = await dueConnectors(deps.database);
    for (const { accountId, connectorId } of due) {
      await deps.enqueue(kbSyncConnector, { accountId, connectorId }, { singletonKey: connectorId });
    }
    if (due.length > 0) deps.logger.info({ connectors: due.length }, 'knowledge sync sweep queued');
  },
};
