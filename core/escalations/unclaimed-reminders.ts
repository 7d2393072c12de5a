import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import type { Database } from '../db/client.ts';
import { selectRows } from '../db/raw.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { escalationRemindersTable, type ReminderStep } from '../db/schema/chat.ts';
import { chatIdentitiesTable } from '../db/schema/chat-identities.ts';
import { usersTable } from '../db/schema/users.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';

/**
 * Escalations older than this are not reminded about: the job starting for the first time (or
 * after an outage) must not page everyone about last month's backlog.
 */
export const REMINDER_HORIZON_MS = 7 * 24 * 3_600_000;

export interface DueReminder {
  sessionId: string;
  step: ReminderStep;
  problemSummary: string;
  ticketExternalId: string | null;
  escalatedAt: string;
  /** Whole minutes it has waited, at `now`. */
  waitingMinutes: number;
  /** The technician channel the package was posted to ({platform, ...ref}), or null when it was kept here. */
  channel: { platform: 'slack' | 'teams'; ref: Record<string, string> } | null;
  /** For the `admins` step: the account's admins and owners, with their chat identities. */
  admins: Array<{
    userId: string;
    name: string;
    chat: Array<{ platform: 'slack' | 'teams'; tenantKey: string; externalUserId: string }>;
  }>;
}

/**
 * What the reminder job should send now for one account: `channel` once an escalation has waited
 * N minutes unclaimed (the account's `escalation_reminder_minutes`), `admins` once it has waited
 * 2N; a step already sent is never due again, a claimed escalation never is, and N = 0 means off.
 */
export async function dueEscalationReminders({
  ctx,
  now = new Date(),
}: {
  ctx: TenantContext;
  now?: Date;
}): Promise<DueReminder[]> {
  authorize(ctx, 'escalations.remind');
  return withTransaction(ctx, async (tx) => {
    const [account] = await tx
      .select({ minutes: accountsTable.escalationReminderMinutes })
      .from(accountsTable)
      .where(eq(accountsTable.id, ctx.accountId));
    const minutes = account?.minutes ?? 0;
    if (minutes <= 0) return [];
    const rows = await selectRows<{
      session_id: string;
      problem_summary: string;
      ticket_external_id: string | null;
      escalated_at: Date | string;
      technician_channel: Record<string, string> | null;
      channel_sent: boolean;
      admins_sent: boolean;
    }>(
      tx,
      sql`
      select s.id as session_id, s.problem_summary, s.ticket_external_id, s.escalated_at,
             n.technician_channel,
             exists (select 1 from escalation_reminders r where r.session_id = s.id and r.step = 'channel') as channel_sent,
             exists (select 1 from escalation_reminders r where r.session_id = s.id and r.step = 'admins') as admins_sent
      from diagnosis_sessions s
      join session_notes n on n.session_id = s.id and n.kind = 'escalation' and n.account_id = s.account_id
      where s.account_id = ${ctx.accountId}
        and s.status in ('escalated', 'escalated_local')
        and s.escalated_at is not null
        and s.escalated_at <= ${new Date(now.getTime() - minutes * 60_000)}
        and s.escalated_at > ${new Date(now.getTime() - REMINDER_HORIZON_MS)}
        and not exists (select 1 from escalation_claims c where c.session_id = s.id)
      order by s.escalated_at, s.id`,
    );
    const due: Array<Omit<DueReminder, 'admins'>> = [];
    for (const r of rows) {
      const escalatedAt = new Date(r.escalated_at);
      const waitingMinutes = Math.floor((now.getTime() - escalatedAt.getTime()) / 60_000);
      const ch = r.technician_channel;
      const platform = ch?.platform;
      const base: Omit<DueReminder, 'admins' | 'step'> = {
        sessionId: r.session_id,
        problemSummary: r.problem_summary,
        ticketExternalId: r.ticket_external_id,
        escalatedAt: escalatedAt.toISOString(),
        waitingMinutes,
        channel:
          platform === 'slack' || platform === 'teams'
            ? {
                platform,
                ref: Object.fromEntries(Object.entries(ch ?? {}).filter(([k]) => k !== 'platform')),
              }
            : null,
      };
      if (!r.channel_sent) due.push({ ...base, step: 'channel' });
      if (!r.admins_sent && waitingMinutes >= 2 * minutes) due.push({ ...base, step: 'admins' });
    }
    const admins = due.some((d) => d.step === 'admins') ? await adminsWithChat(ctx) : [];
    return due.map((d) => ({ ...d, admins: d.step === 'admins' ? admins : [] }));
  });
}

async function adminsWithChat(ctx: TenantContext): Promise<DueReminder['admins']> {
  return withTransaction(ctx, async (tx) => {
    const people = await tx
      .select({ userId: usersTable.id, name: usersTable.name })
      .from(usersTable)
      .where(
        and(
          eq(usersTable.accountId, ctx.accountId),
          isNull(usersTable.disabledAt),
          inArray(usersTable.role, ['owner', 'admin']),
        ),
      )
      .orderBy(asc(usersTable.name), asc(usersTable.id));
    const ids = people.map((p) => p.userId);
    const chats = ids.length
      ? await tx
          .select()
          .from(chatIdentitiesTable)
          .where(
            and(eq(chatIdentitiesTable.accountId, ctx.accountId), inArray(chatIdentitiesTable.userId, ids)),
          )
          .orderBy(asc(chatIdentitiesTable.createdAt))
      : [];
    return people.map((p) => ({
      ...p,
      chat: chats
        .filter((c) => c.userId === p.userId)
        .map((c) => ({ platform: c.platform, tenantKey: c.tenantKey, externalUserId: c.externalUserId })),
    }));
  });
}

/**
 * Claims one reminder step before it is sent: true when this caller is the one to send it (the
 * unique index makes a second run, or a second worker, get false). Audited, with who was told.
 */
export async function reserveReminder({
  ctx,
  reminder,
  now = new Date(),
}: {
  ctx: TenantContext;
  reminder: Pick<DueReminder, 'sessionId' | 'step' | 'waitingMinutes' | 'channel' | 'admins'>;
  now?: Date;
}): Promise<boolean> {
  const grant = authorize(ctx, 'escalations.remind');
  return withTransaction(ctx, async (tx) => {
    const inserted = await tx
      .insert(escalationRemindersTable)
      .values({ accountId: ctx.accountId, sessionId: reminder.sessionId, step: reminder.step, sentAt: now })
      .onConflictDoNothing()
      .returning({ id: escalationRemindersTable.id });
    if (inserted.length === 0) return false;
    await recordAudit(tx, ctx, {
      action: 'escalation.reminder_sent',
      target: { type: 'session', id: reminder.sessionId },
      metadata: {
        step: reminder.step,
        waitingMinutes: reminder.waitingMinutes,
        channel: reminder.channel?.platform ?? null,
        ...(reminder.step === 'admins' ? { admins: reminder.admins.map((a) => a.name) } : {}),
      },
      grant,
    });
    return true;
  });
}

/** Gives a reserved step back when sending it failed, so the job's retry sends it again. */
export async function releaseReminder({
  ctx,
  sessionId,
  step,
}: {
  ctx: TenantContext;
  sessionId: string;
  step: ReminderStep;
}): Promise<void> {
  authorize(ctx, 'escalations.remind');
  await withTransaction(ctx, (tx) =>
    tx
      .delete(escalationRemindersTable)
      .where(
        and(
          eq(escalationRemindersTable.accountId, ctx.accountId),
          eq(escalationRemindersTable.sessionId, sessionId),
          eq(escalationRemindersTable.step, step),
        ),
      ),
  );
}

/** Accounts with reminders switched on and an escalation waiting unclaimed (a cross-tenant sweep read). */
export async function accountsWithUnclaimedEscalations(
  database: Database,
  now = new Date(),
): Promise<string[]> {
  const rows = await withSystemTransaction(database, 'escalation reminder sweep', (tx) =>
    selectRows<{ account_id: string }>(
      tx,
      sql`
      select distinct s.account_id from diagnosis_sessions s
      join accounts a on a.id = s.account_id
      where a.escalation_reminder_minutes > 0
        and s.status in ('escalated', 'escalated_local')
        and s.escalated_at > ${new Date(now.getTime() - REMINDER_HORIZON_MS)}
        and not exists (select 1 from escalation_claims c where c.session_id = s.id)
      order by s.account_id`,
    ),
  );
  return rows.map((r) => r.account_id);
}
