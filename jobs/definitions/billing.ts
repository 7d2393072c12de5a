import { z } from 'zod';
import {
  deliverSeatSync,
  dueTrialReminders,
  pendingSeatSyncAccounts,
  sendTrialReminder,
} from '../../core/billing/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { JobDefinition } from '../definition.ts';

/** Brings one account's Stripe seat quantities to its team's size (the billing outbox row). */
export const billingSeatSync: JobDefinition<{ accountId: string }> = {
  name: 'billing.seat-sync',
  payload: z.object({ accountId: z.string().uuid() }),
  retry: { retryLimit: 3, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 120 },
  async handle(deps, { accountId }) {
    if (!deps.stripe) return;
    const ctx: TenantContext = {
      db: deps.database,
      accountId,
      actor: { kind: 'system', name: 'billing-seat-sync' },
    };
    const report = await deliverSeatSync({ ctx, deps: deps.stripe });
    deps.logger.info({ accountId, ...report }, 'seat sync');
  },
};

/** Every minute: accounts whose seat sync is due (new team change, or a retry whose backoff ended). */
export const billingSeatSyncSweep: JobDefinition<Record<string, never>> = {
  name: 'billing.seat-sync-sweep',
  payload: z.object({}).strict(),
  retry: { retryLimit: 1, retryDelaySeconds: 30, retryBackoff: false, expireInSeconds: 120 },
  schedule: '* * * * *',
  async handle(deps) {
    if (!deps.stripe) return;
    for (const accountId of await pendingSeatSyncAccounts(deps.database)) {
      await deps.enqueue(billingSeatSync, { accountId }, { singletonKey: accountId });
    }
  },
};

/**
 * Hourly: trial reminders at 3 days and 1 day left, each once per account (the mark is taken in
 * the transaction that sends it). The plan itself is never changed here: it is computed from dates.
 */
export const billingTrialReminders: JobDefinition<Record<string, never>> = {
  name: 'billing.trial-reminders',
  payload: z.object({}).strict(),
  retry: { retryLimit: 2, retryDelaySeconds: 300, retryBackoff: false, expireInSeconds: 600 },
  schedule: '7 * * * *',
  async handle(deps) {
    const send = deps.sendTrialReminder;
    if (!send) return;
    for (const due of await dueTrialReminders(deps.database)) {
      try {
        await sendTrialReminder(deps.database, due, send);
      } catch (error) {
        // One owner's mail server must not hold up the others; this one is retried next hour.
        deps.logger.warn({ err: error, accountId: due.accountId }, 'trial reminder not sent');
      }
    }
  },
};
