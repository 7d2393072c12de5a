import type { DueReminder } from '../core/escalations/index.ts';

interface ReminderSender {
  remindEscalation(event: { accountId: string; reminder: DueReminder }): Promise<void>;
}

/**
 * The reminder job's way out: every configured chat adapter gets the reminder and sends what is
 * its to send (the channel ping on the escalation's own platform; DMs to admins it knows). A
 * failure on either means "not sent", so the job gives the step back and retries it.
 */
export function escalationReminderSender(adapters: Array<ReminderSender | undefined>) {
  return async (event: { accountId: string; reminder: DueReminder }): Promise<void> => {
    for (const adapter of adapters) await adapter?.remindEscalation(event);
  };
}
