import { z } from 'zod';
import {
  accountsWithUnclaimedEscalations,
  type DueReminder,
  dueEscalationReminders,
  releaseReminder,
  reserveReminder,
} from '../../core/escalations/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { JobDefinition } from '../definition.ts';

export type { DueReminder };

/**
 * One account's unclaimed escalations: after N minutes the technician channel is reminded, after
 * 2N the admins are told (core decides what is due). Each step is reserved before it is sent, so a
 * re-run never sends it twice; a send that fails gives the step back and the job retries it.
 */
export const escalationRemindersForAccount: JobDefinition<{ accountId: string }> = {
  name: 'escalation-reminders.account',
  payload: z.object({ accountId: z.string().uuid() }),
  retry: { retryLimit: 3, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 120 },
  async handle(deps, { accountId }) {
    const now = deps.now?.() ?? new Date();
    const ctx: TenantContext = {
      db: deps.database,
      accountId,
      actor: { kind: 'system', name: 'escalation-reminders' },
    };
    let failed: unknown;
    for (const reminder of await dueEscalationReminders({ ctx, now })) {
      if (!(await reserveReminder({ ctx, reminder, now }))) continue;
      try {
        await deps.onEscalationReminder?.({ accountId, reminder });
      } catch (error) {
        deps.logger.warn(
          { err: error, accountId, sessionId: reminder.sessionId, step: reminder.step },
          'escalation reminder not sent; will retry',
        );
        await releaseReminder({ ctx, sessionId: reminder.sessionId, step: reminder.step });
        failed ??= error;
      }
    }
    if (failed) throw failed;
  },
};

/** Every minute: one job per account with an escalation waiting unclaimed and reminders on. */
export const escalationRemindersSweep: JobDefinition<Record<string, never>> = {
  name: 'escalation-reminders.sweep',
  payload: z.object({}).strict(),
  retry: { retryLimit: 1, retryDelaySeconds: 30, retryBackoff: false, expireInSeconds: 120 },
  schedule: '* * * * *',
  async handle(deps) {
    for (const accountId of await accountsWithUnclaimedEscalations(
      deps.database,
      deps.now?.() ?? new Date(),
    )) {
      await deps.enqueue(escalationRemindersForAccount, { accountId }, { singletonKey: accountId });
    }
  },
};
