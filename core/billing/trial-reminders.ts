import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Database } from '../db/client.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { accountBillingTable } from '../db/schema/billing.ts';
import { usersTable } from '../db/schema/users.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ensureBillingRow } from './billing-state.ts';
import { effectivePlan } from './effective-plan.ts';
import { PLANS, TRIAL_REMINDER_DAYS } from './plans.ts';

const DAY_MS = 86_400_000;

export interface TrialReminder {
  accountId: string;
  accountName: string;
  /** 3 or 1: which reminder this is. */
  reminder: (typeof TRIAL_REMINDER_DAYS)[number];
  daysLeft: number;
  trialEndsAt: Date;
  owner: { userId: string; email: string; name: string };
  /** The words both the email and the chat message use. */
  text: string;
}

/**
 * Accounts whose trial ends within 3 days (or 1) and that are still on it — no subscription, no
 * override — and have not had that reminder. Read across accounts, as the system; sending claims
 * each reminder in the account's own transaction.
 */
export async function dueTrialReminders(database: Database, now = new Date()): Promise<TrialReminder[]> {
  const rows = await withSystemTransaction(database, 'trial reminders', (tx) =>
    tx
      .select({ account: accountsTable, billing: accountBillingTable, owner: usersTable })
      .from(accountsTable)
      .leftJoin(accountBillingTable, eq(accountBillingTable.accountId, accountsTable.id))
      .innerJoin(usersTable, and(eq(usersTable.accountId, accountsTable.id), eq(usersTable.role, 'owner')))
      .where(
        and(
          gt(accountsTable.trialEndsAt, now),
          lte(accountsTable.trialEndsAt, new Date(now.getTime() + TRIAL_REMINDER_DAYS[0] * DAY_MS)),
          isNull(usersTable.disabledAt),
        ),
      )
      .orderBy(accountsTable.id),
  );
  const due: TrialReminder[] = [];
  for (const { account, billing, owner } of rows) {
    const plan = effectivePlan({ account, billing }, now);
    if (plan.source !== 'trial' || plan.trialDaysLeft === null) continue;
    const left = account.trialEndsAt.getTime() - now.getTime();
    // The 1-day reminder supersedes an unsent 3-day one (a late start should not send two at once).
    const reminder =
      left <= TRIAL_REMINDER_DAYS[1] * DAY_MS
        ? billing?.trialReminder1dSentAt
          ? null
          : 1
        : billing?.trialReminder3dSentAt
          ? null
          : 3;
    if (reminder === null) continue;
    const days = plan.trialDaysLeft;
    due.push({
      accountId: account.id,
      accountName: account.name,
      reminder,
      daysLeft: days,
      trialEndsAt: account.trialEndsAt,
      owner: { userId: owner.id, email: owner.email, name: owner.name },
      text:
        `Your ${PLANS.pro.name} trial of ResolutionFlow for ${account.name} ends in ${days} ${days === 1 ? 'day' : 'days'} ` +
        `(${account.trialEndsAt.toISOString().slice(0, 16).replace('T', ' ')} UTC). After that the account moves to ` +
        `${PLANS.free.name} (${PLANS.free.limits.engineerSeats} engineer seats, ${PLANS.free.limits.sessionsPerMonth} sessions a month). ` +
        'To keep Pro, upgrade under Billing in the admin web.',
    });
  }
  return due;
}

/**
 * Sends one reminder exactly once: the "sent" mark is taken in the account's transaction and the
 * send runs inside it, so a failed send rolls the mark back (retried next run) and a second worker
 * finds it already taken.
 */
export async function sendTrialReminder(
  database: Database,
  due: TrialReminder,
  send: (due: TrialReminder) => Promise<void>,
  now = new Date(),
): Promise<boolean> {
  const ctx: TenantContext = {
    db: database,
    accountId: due.accountId,
    actor: { kind: 'system', name: 'trial-reminders' },
  };
  return withTransaction(ctx, async (tx) => {
    await ensureBillingRow(tx, due.accountId);
    const column =
      due.reminder === 1
        ? accountBillingTable.trialReminder1dSentAt
        : accountBillingTable.trialReminder3dSentAt;
    const claimed = await tx
      .update(accountBillingTable)
      .set(
        due.reminder === 1
          ? { trialReminder1dSentAt: now, trialReminder3dSentAt: now }
          : { trialReminder3dSentAt: now },
      )
      .where(and(eq(accountBillingTable.accountId, due.accountId), isNull(column)))
      .returning({ id: accountBillingTable.accountId });
    if (claimed.length === 0) return false;
    await send(due);
    await recordAudit(tx, ctx, {
      action: 'billing.trial_reminder_sent',
      target: { type: 'account', id: due.accountId },
      metadata: { reminder: `${due.reminder}d`, daysLeft: due.daysLeft, to: due.owner.userId },
    });
    return true;
  });
}
