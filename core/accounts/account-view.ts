import type { AccountRow } from '../db/schema/accounts.ts';

/** What the API shows of an account; the row itself never leaves core. */
export interface AccountView {
  id: string;
  name: string;
  /** End of the Pro reverse trial; the plan in force comes from core/billing's effective plan. */
  trialEndsAt: string;
  sessionIdleMinutes: number | null;
  sessionAbsoluteMinutes: number | null;
  auditRetentionDays: number;
  flowPromoteMinWalks: number;
  flowPromoteMinSuccessPercent: number;
  /** Remind about an unclaimed escalation after this many minutes (admins at twice it); 0 is off. */
  escalationReminderMinutes: number;
  preferences: Record<string, unknown>;
  createdAt: string;
}

export function toAccountView(row: AccountRow): AccountView {
  return {
    id: row.id,
    name: row.name,
    trialEndsAt: row.trialEndsAt.toISOString(),
    sessionIdleMinutes: row.sessionIdleMinutes,
    sessionAbsoluteMinutes: row.sessionAbsoluteMinutes,
    auditRetentionDays: row.auditRetentionDays,
    flowPromoteMinWalks: row.flowPromoteMinWalks,
    flowPromoteMinSuccessPercent: row.flowPromoteMinSuccessPercent,
    escalationReminderMinutes: row.escalationReminderMinutes,
    preferences: row.preferences,
    createdAt: row.createdAt.toISOString(),
  };
}
